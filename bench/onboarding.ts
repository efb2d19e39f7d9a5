// `npm run bench -- onboarding`: a province's own register of 20,000 rows (Lai Châu's 2024 communes, pre-2025 units,
// 8,000 producers named loosely, half the rows with a decision date, a quarter with a certificate number) uploaded,
// dry-run and committed through the onboarding commands, in this process as the server runs them, on a throw-away
// embedded PostgreSQL. Prints each step's time and the process's peak memory (RSS and heap, sampled every 20 ms).
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/server.ts';
import { actorOf } from '../src/platform/auth/actor.ts';
import { users } from '../src/platform/schema.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { NO_JOBS } from '../src/platform/command-context.ts';
import { certificateRegister } from '../src/modules/certificates/index.ts';
import { dryRunBatch, readBatch, runCommit, startCommit, uploadBatch } from '../src/modules/onboarding/index.ts';
import { sql } from 'drizzle-orm';
import { commitRowByRow } from './onboarding-row-by-row.ts';

const ROWS = Number(process.env.ONBOARDING_ROWS ?? 20_000);
/** Rows of each of the two files the set-based and the row-by-row commit are compared on (0: no comparison). */
const COMPARE = Number(process.env.ONBOARDING_COMPARE ?? 1_000);
const PRODUCTS = [
  'Miến dong',
  'Chè Shan tuyết',
  'Gạo nếp tan',
  'Mật ong rừng',
  'Thảo quả sấy',
  'Rượu ngô',
  'Cá tầm',
  'Thịt trâu gác bếp',
  'Măng khô',
  'Sâm',
];

function peakSampler() {
  let rss = 0;
  let heap = 0;
  const t = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  return {
    reset() {
      rss = 0;
      heap = 0;
    },
    read: () => `peak RSS ${(rss / 2 ** 20).toFixed(0)} MB, heap ${(heap / 2 ** 20).toFixed(0)} MB`,
    stop: () => clearInterval(t),
  };
}

/** CPU seconds used so far by this process and by the embedded PostgreSQL (the postmaster, its live backends and the
 *  children it has reaped), from /proc: a figure the machine's load moves far less than the wall clock. */
function cpuMeter(postmasterPid: number) {
  const tick = 100; // USER_HZ
  const stat = (pid: number | string) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
      return {
        ppid: Number(parts[1]),
        own: Number(parts[11]) + Number(parts[12]),
        kids: Number(parts[13]) + Number(parts[14]),
      };
    } catch {
      return null;
    }
  };
  const pg = () => {
    const pm = stat(postmasterPid);
    let ticks = pm ? pm.own + pm.kids : 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      const st = stat(pid);
      if (st?.ppid === postmasterPid) ticks += st.own;
    }
    return ticks / tick;
  };
  const node = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  return () => ({ node: node(), pg: pg() });
}

type Commune = { d: string; c: string; t: string };

/** A register of `rows` rows in an office's shape; `tag` keeps names and numbers apart between files of one run. Written
 *  with exceljs's streaming writer to a file, so the bench's own workbook does not sit in the memory measured. */
async function writeRegister(file: string, rows: number, communes: Commune[], tag = ''): Promise<Buffer> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('DS');
  ws.addRow(['DANH SÁCH SẢN PHẨM OCOP']).commit();
  ws.addRow([
    'STT',
    'Tên sản phẩm',
    'Chủ thể',
    'Loại hình',
    'Huyện',
    'Xã',
    'Số sao',
    'Năm',
    'Số quyết định',
    'Ngày quyết định',
    'Cơ quan ban hành',
    'Số GCN',
  ]).commit();
  for (let i = 0; i < rows; i++) {
    const p = Math.floor(i / 2.5);
    const c = communes[p % communes.length]!;
    const dated = i % 2 === 0;
    const year = 2020 + (i % 5);
    ws.addRow([
      i + 1,
      `${PRODUCTS[i % PRODUCTS.length]} ${c.c} số ${tag}${i}`,
      i % 3 === 0 ? `Hợp tác xã  nông nghiệp ${c.c} ${tag}${p}` : `HTX Nông nghiệp ${c.c} ${tag}${p}`,
      i % 3 === 0 ? '' : 'HTX',
      c.d,
      `${c.t} ${c.c}`,
      `${3 + (i % 2)} sao`,
      year,
      dated ? `${100 + (i % 800)}/QĐ-UBND` : null,
      dated ? `15/09/${year}` : null,
      'UBND tỉnh Lai Châu',
      dated && i % 4 === 0 ? `${tag}${i}/GCN-OCOP-LC` : null,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return readFileSync(file);
}

export async function benchOnboarding(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-onboarding-'));
  const prepared = await prepareDatabase({ ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1' });
  const db = prepared.db.db;
  const peak = peakSampler();
  try {
    const [u] = await db
      .insert(users)
      .values({
        username: 'bench',
        displayName: 'bench',
        passwordHash: 'x',
        role: 'province_office',
        unitCode: '12',
        provinceCode: '12',
      })
      .returning();
    const actor = actorOf(u!);
    const backend = await db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    const cpu = cpuMeter(
      Number(readFileSync(`/proc/${backend.rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]),
    );
    const communes = (
      await db.execute<Commune>(sql`
        select d.name d, c.name c, c.type t from admin_units c join admin_units d on d.unit_set = 2024 and d.code = c.parent_code
        join admin_unit_mapping m on m.old_code = c.code and m.merge_type = 'whole'
        where c.unit_set = 2024 and c.level = 'commune' and c.province_code = '12' order by c.code`)
    ).rows;
    const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      peak.reset();
      const c0 = cpu();
      const t0 = performance.now();
      const out = await fn();
      const c1 = cpu();
      console.log(
        `onboarding: ${name} ${((performance.now() - t0) / 1000).toFixed(1)} s, ${peak.read()}, ` +
          `CPU: node ${(c1.node - c0.node).toFixed(1)} s, PostgreSQL ${(c1.pg - c0.pg).toFixed(1)} s`,
      );
      return out;
    };
    const deps = { certificates: certificateRegister, clock: fixedClock('2026-11-23'), jobs: NO_JOBS };
    // One row's producer type is neither in its column nor in its name: the office answers "HTX" for such rows.
    const dryRun = (id: string, mapping: unknown) =>
      dryRunBatch(db, actor, id, { mapping: mapping as never, answers: { legalType: 'htx' } }, '2026-11-23');

    // The set-based commit against the row-by-row one it replaced, on two files of the same shape and size (names
    // apart), in this run, on the same database: rows committed per second, and the ratio.
    if (COMPARE) {
      const rate: Record<string, number> = {};
      for (const [tag, how] of [
        ['A', 'row by row'],
        ['B', 'set-based'],
      ] as const) {
        const bytes = await writeRegister(join(dir, `compare-${tag}.xlsx`), COMPARE, communes, tag);
        const b = await uploadBatch(db, actor, { bytes, filename: `${tag}.xlsx`, provinceCode: '12' });
        await dryRun(b.id, b.mapping);
        await startCommit(db, actor, b.id);
        const t0 = performance.now();
        const c0 = cpu();
        let rows: number;
        if (how === 'row by row') rows = await commitRowByRow(db, actor, b.id, deps);
        else {
          await runCommit(db, actor, b.id, deps);
          const v = await readBatch(db, actor, b.id);
          if (v.status !== 'committed') throw new Error(JSON.stringify(v.error));
          rows = v.progress.done;
        }
        const s = (performance.now() - t0) / 1000;
        const c1 = cpu();
        rate[how] = rows / s;
        console.log(
          `onboarding: compare ${how}: ${rows} rows committed in ${s.toFixed(1)} s (${rate[how]!.toFixed(0)} rows/s), ` +
            `CPU: node ${(c1.node - c0.node).toFixed(1)} s, PostgreSQL ${(c1.pg - c0.pg).toFixed(1)} s`,
        );
      }
      console.log(
        `onboarding: set-based / row by row, same run: ×${(rate['set-based']! / rate['row by row']!).toFixed(1)} rows/s`,
      );
    }

    const bytes = await writeRegister(join(dir, 'register.xlsx'), ROWS, communes);
    console.log(`onboarding: ${ROWS} rows, ${(bytes.length / 2 ** 20).toFixed(1)} MB .xlsx`);
    const batch = await step('upload (stream read + store)', () =>
      uploadBatch(db, actor, { bytes, filename: 'bench.xlsx', provinceCode: '12' }),
    );
    const dry = await step('dry run', () => dryRun(batch.id, batch.mapping));
    console.log(`onboarding: dry run summary ${JSON.stringify({ ...(dry.summary as object), questions: undefined })}`);
    if (process.env.ONBOARDING_SKIP_COMMIT) return;
    await step('commit (one transaction)', async () => {
      await startCommit(db, actor, batch.id);
      await runCommit(db, actor, batch.id, deps);
    });
    const done = await readBatch(db, actor, batch.id);
    console.log(
      `onboarding: commit ${done.status}, ${done.progress.done} rows${done.error ? `, ${JSON.stringify(done.error)}` : ''}`,
    );
  } finally {
    peak.stop();
    await prepared.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
