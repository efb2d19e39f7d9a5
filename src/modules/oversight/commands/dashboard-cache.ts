// The dashboard's figures kept for readers who ask the same question before anything changed: offices opening their
// first screen at the start of the day ask for the same unit and day again and again, and each answer costs six
// grouped queries over the whole register (bench/README.md). The key is (database, unit, day, today) and the data
// version — PostgreSQL's current snapshot (pg_current_snapshot: the transactions finished and in flight). Any write
// transaction that ends changes it, so a figure is never older than the last commit, whoever wrote it (a command,
// the import, the demo, a test's own SQL); a read-only moment keeps it, and concurrent misses share one read. Kept
// per database handle (test servers in one process each have their own), at most a minute and 200 answers.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';

const TTL_MS = 60_000;
const MAX_ENTRIES = 200;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

/** The version of the data: changes whenever a write transaction commits or aborts. */
async function dataVersion(db: Db): Promise<string> {
  const r = await db.execute<{ v: string }>(sql`select pg_current_snapshot()::text as v`);
  return r.rows[0]!.v;
}

export async function cachedFigures<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  const version = await dataVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const k = `${version}\u0000${key}`;
  const now = Date.now();
  const hit = cache.get(k);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  cache.set(k, { at: now, value });
  // A failed read is not kept; the oldest answers go first (a Map keeps insertion order).
  value.catch(() => cache.delete(k));
  for (const old of cache.keys()) {
    if (cache.size <= MAX_ENTRIES) break;
    cache.delete(old);
  }
  return value;
}
