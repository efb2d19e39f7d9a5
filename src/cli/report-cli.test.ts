// `npm run ocop -- report …` against a fresh database: the certificates report of Lai Châu written as Excel and read
// back; as of a day before the certificate was issued it counts nothing; a bad field or an unknown unit exits with 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase } from '../testing/db.ts';
import type { Database } from '../db/pool.ts';
import { readReport, rowWith, table } from '../modules/oversight/report-test-kit.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ocop-report-cli-'));
let db: Database & { url: string };
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/ocop.ts', 'report', ...args], {
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

describe('CLI: report', { timeout: 90_000 }, () => {
  it('writes the certificates report of a province as Excel; as of an earlier day it counts nothing', async () => {
    const out = join(dir, 'gcn.xlsx');
    const r = await cli('certificates', '--unit', '12', '--as-of', '2026-11-30', '--out', out);
    expect(r.stdout).toContain(out);
    const totals = table(await readReport(readFileSync(out)), 'Tổng hợp theo hạng sao');
    expect(rowWith(totals.rows, '4 sao')?.slice(2)).toEqual([1, 0, 0, 1]);
    const before = join(dir, 'before.xlsx');
    await cli('certificates', '--unit', '12', '--as-of', '2026-10-11', '--out', before);
    const t2 = table(await readReport(readFileSync(before)), 'Tổng hợp theo hạng sao');
    expect(rowWith(t2.rows, 'Tổng cộng')?.slice(2)).toEqual([0, 0, 0, 0]);
  });

  it('writes a PDF', async () => {
    const out = join(dir, 'review.pdf');
    await cli('year-review', '--unit', '12', '--year', '2026', '--as-of', '2026-11-30', '--out', out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits with 2 naming the field: an unknown unit, a bad date', async () => {
    await expect(cli('products', '--unit', '99999', '--out', join(dir, 'x.xlsx'))).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('querystring.unit'),
    });
    await expect(cli('products', '--as-of', '2026-13-01', '--out', join(dir, 'x.xlsx'))).rejects.toMatchObject({
      code: 2,
    });
  });
});
