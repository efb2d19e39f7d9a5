// One pool for writes, an optional second for read-only queries (DATABASE_READ_URL, a replica).
import pg from 'pg';
import { drizzle, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';

// Dates stay strings ("2026-05-22"): a calendar date of the law has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
// bigint counts fit comfortably in a JS number for our volumes.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));

/** A database or a transaction: commands take either, so the caller decides the transaction boundary. */
export type Db = PgDatabase<NodePgQueryResultHKT, Record<string, never>>;

export interface Database {
  pool: pg.Pool;
  readPool: pg.Pool;
  /** Drizzle over the primary: every write goes here. */
  db: Db;
  /** Drizzle over the replica when configured, else the primary. */
  readDb: Db;
  close(): Promise<void>;
}

/** An idle connection can die (server restart, failover, shutdown); the pool replaces it, the process must not crash. */
function onIdleError(err: Error & { code?: string }) {
  if (err.code !== '57P01') console.warn(`[ocop] idle database connection lost: ${err.message}`);
}

export function openDatabase(url: string, readUrl?: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'ocop-hub' });
  const readPool = readUrl ? new pg.Pool({ connectionString: readUrl, max, application_name: 'ocop-hub-read' }) : pool;
  pool.on('error', onIdleError);
  if (readPool !== pool) readPool.on('error', onIdleError);
  return {
    pool,
    readPool,
    db: drizzle(pool),
    readDb: drizzle(readPool),
    async close() {
      await pool.end();
      if (readPool !== pool) await readPool.end();
    },
  };
}
