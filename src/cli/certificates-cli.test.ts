// `npm run ocop -- certificates daily --today YYYY-MM-DD` against a fresh database: the notices due that day are sent
// and listed, a second run sends nothing (each notice once), a day that is not a real date exits with code 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase } from '../testing/db.ts';
import type { Database } from '../db/pool.ts';

const run = promisify(execFile);
let db: Database & { url: string };
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/ocop.ts', ...args], {
    env: { ...process.env, DATABASE_URL: db.url },
    maxBuffer: 20_000_000,
  });

beforeAll(async () => {
  db = await createTestDatabase();
  const p = await db.pool.query(
    `insert into producers (province_code, commune_code, legal_type, name, name_key) values ('12', '03390', 'htx', 'HTX Bình Lư', 'htx binh lu') returning id`,
  );
  const pr = await db.pool.query(
    `insert into products (province_code, commune_code, producer_id, name, set_no) values ('12', '03390', $1, 'Miến dong Bình Lư', 1) returning id`,
    [p.rows[0].id],
  );
  await db.pool.query(
    `insert into certificates (province_code, product_id, number, star, issued_on, expires_on) values ('12', $1, '001/GCN-OCOP-12-2026', 4, '2026-10-12', '2029-10-12')`,
    [pr.rows[0].id],
  );
});
afterAll(async () => db?.close());

describe('CLI: certificates daily', { timeout: 60_000 }, () => {
  it('Art. 7.6.a: on the day the window opens it sends that notice, once', async () => {
    const first = await cli('certificates', 'daily', '--today', '2029-04-15');
    expect(first.stdout).toContain('1 thông báo đã gửi');
    expect(first.stdout).toMatch(/001\/GCN-OCOP-12-2026\s+window_opens/);
    const second = await cli('certificates', 'daily', '--today', '2029-04-15');
    expect(second.stdout).toContain('0 thông báo đã gửi');
    const kinds = await db.pool.query(`select kind from certificate_notices`);
    expect(kinds.rows).toEqual([{ kind: 'window_opens' }]);
  });

  it('refuses a day that does not exist with exit code 2', async () => {
    await expect(cli('certificates', 'daily', '--today', '2029-02-30')).rejects.toMatchObject({ code: 2 });
  });
});
