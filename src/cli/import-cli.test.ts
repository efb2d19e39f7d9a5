// `npm run ocop -- import <file> --province <code>` against a fresh database: the dry run is printed with its
// questions and problems by row, --map changes a guessed column, --commit writes all importable rows once nothing
// is left to answer, and the rejected rows are written to the file --rejected names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase } from '../testing/db.ts';
import type { Database } from '../db/pool.ts';
import { laiChauXlsx } from '../modules/onboarding/onboarding-test-kit.ts';

const run = promisify(execFile);
let db: Database & { url: string };
const dir = mkdtempSync(join(tmpdir(), 'ocop-import-'));
const file = join(dir, 'ds-ocop-lai-chau.xlsx');
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/ocop.ts', ...args], {
    env: { ...process.env, DATABASE_URL: db.url },
    maxBuffer: 20_000_000,
  });

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(
    `insert into users (username, display_name, password_hash, role) values ('admin', 'admin', 'x', 'admin') on conflict do nothing`,
  );
  writeFileSync(file, await laiChauXlsx());
});
afterAll(async () => db?.close());

describe('CLI: import', { timeout: 120_000 }, () => {
  it('prints the dry run: the question, the problems by row; writes the rejected rows', async () => {
    const rejected = join(dir, 'loai.xlsx');
    const r = await cli('import', file, '--province', '12', '--rejected', rejected);
    expect(r.stdout).toContain('13 dòng: 0 tốt, 9 có ghi chú');
    expect(r.stdout).toContain('1 chờ trả lời, 3 bị loại');
    expect(r.stdout).toMatch(/dòng 15 \[commune\] Không tìm thấy đơn vị hành chính "Xã Không Có"/);
    expect(existsSync(rejected)).toBe(true);
    expect(Number((await db.pool.query('select count(*) n from producers')).rows[0].n)).toBe(0);
  });

  it('--map moves a column; --commit refuses while a question is open, then commits all or nothing', async () => {
    const mapped = await cli('import', file, '--province', '12', '--map', 'Cơ quan ban hành=note');
    expect(mapped.stdout).toContain('Cơ quan ban hành → note');
    await expect(cli('import', file, '--province', '12', '--commit')).rejects.toMatchObject({ code: 1 });
    const r = await cli('import', file, '--province', '12', '--legal-type', 'ho_kinh_doanh', '--commit');
    expect(r.stdout).toContain('Đã ghi 10 dòng');
    expect(Number((await db.pool.query('select count(*) n from producers')).rows[0].n)).toBe(9);
  });
});
