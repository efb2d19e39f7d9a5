// Issue 13, finding 3: the audit log's hash chain shows tampering — a row changed, removed or slipped in — and the
// sealer never passes a row whose transaction is still running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase } from '../testing/db.ts';
import type { Database } from '../db/pool.ts';
import { audit } from './audit.ts';
import { sealAudit, verifyAudit } from './audit-chain.ts';

let db: Database & { url: string };
const write = (action: string, reason: string | null = null) =>
  db.db.transaction((tx) => audit(tx, null, { action, entityType: 'test', reason }));
const idOf = async (action: string) =>
  Number((await db.pool.query(`select id from audit_log where action = $1`, [action])).rows[0].id);

/** Tampering as a superuser can: with the append-only trigger switched off. */
async function tamper(sql: string, params: unknown[] = []) {
  const c = await db.pool.connect();
  try {
    await c.query('begin');
    await c.query('alter table audit_log disable trigger audit_log_no_update');
    await c.query(sql, params);
    await c.query('alter table audit_log enable trigger audit_log_no_update');
    await c.query('commit');
  } finally {
    c.release();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

describe('the audit hash chain', () => {
  it('seals rows in order, and an intact chain verifies with its head', async () => {
    for (let i = 0; i < 5; i++) await write(`a.${i}`);
    expect(await sealAudit(db.pool)).toBeGreaterThanOrEqual(5);
    const v = await verifyAudit(db.pool);
    expect(v.broken).toBeNull();
    expect(v.sealed).toBe(v.rows);
    expect(v.head!.id).toBe(await idOf('a.4'));
    // Sealed rows stay append-only: changing one through the app's path is refused.
    await expect(db.pool.query(`update audit_log set reason = 'x' where action = 'a.1'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.pool.query(`update audit_log set hash = null where action = 'a.1'`)).rejects.toThrow(/append-only/);
  });

  it('never seals past a row whose transaction is still running, then seals it once it commits', async () => {
    const slow = new pg.Client({ connectionString: db.url });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query(`insert into audit_log (action, entity_type) values ('slow', 'test')`);
      await write('fast');
      await sealAudit(db.pool);
      const fast = await db.pool.query(`select hash from audit_log where action = 'fast'`);
      expect(fast.rows[0].hash).toBeNull();
      await slow.query('commit');
    } finally {
      await slow.end();
    }
    await sealAudit(db.pool);
    expect((await verifyAudit(db.pool)).broken).toBeNull();
    const order = await db.pool.query(`select action from audit_log where action in ('slow','fast') order by id`);
    expect(order.rows.map((r) => r.action)).toEqual(['slow', 'fast']);
  });

  it('a row whose content was changed breaks the chain at that row', async () => {
    await write('b.1', 'lý do thật');
    await write('b.2');
    await sealAudit(db.pool);
    await tamper(`update audit_log set reason = 'lý do giả' where action = 'b.1'`);
    expect((await verifyAudit(db.pool)).broken).toEqual({ id: await idOf('b.1'), problem: 'changed' });
    await tamper(`update audit_log set reason = 'lý do thật' where action = 'b.1'`);
    expect((await verifyAudit(db.pool)).broken).toBeNull();
  });

  it('a removed row breaks the chain at the row after it, and a rewritten tail misses the recorded head', async () => {
    await write('c.1');
    await write('c.2');
    await write('c.3');
    await sealAudit(db.pool);
    const recorded = (await verifyAudit(db.pool)).head!;
    await tamper(`delete from audit_log where action = 'c.2'`);
    expect((await verifyAudit(db.pool)).broken).toEqual({ id: await idOf('c.3'), problem: 'link' });
    // Whoever deletes and re-seals everything after it still cannot keep the head an operator recorded.
    await tamper(`update audit_log set hash = null, prev_hash = null where action = 'c.3'`);
    await sealAudit(db.pool);
    expect((await verifyAudit(db.pool)).broken).toBeNull();
    expect((await verifyAudit(db.pool, recorded)).broken).toEqual({ id: recorded.id, problem: 'expected_head' });
  });
});

describe('CLI: audit verify', { timeout: 60_000 }, () => {
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ocop.ts', 'audit', 'verify', ...args], {
      env: { ...process.env, DATABASE_URL: db.url },
    });

  it('prints the head of an intact chain; exits 1 naming the row when a row was changed', async () => {
    await write('d.1', 'trước');
    const ok = await cli();
    expect(ok.stdout).toMatch(/the chain holds/);
    const head = /head: (\d+:[0-9a-f]{64})/.exec(ok.stdout)![1]!;
    expect((await cli('--expect', head)).stdout).toMatch(/the chain holds/);
    await tamper(`update audit_log set reason = 'sau' where action = 'd.1'`);
    const bad = await cli().then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad!.code).toBe(1);
    expect(bad!.stderr).toContain(`CHAIN BROKEN at row ${await idOf('d.1')}`);
  });
});
