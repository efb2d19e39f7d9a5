// `npm run bench -- reports`: the standard reports at national scale. 40,000 products of 20,000 producers over all
// 3,321 communes, 20,000 dossiers (bench/national-data.ts) and one certificate per product (every tenth expired in
// 2025, every fiftieth revoked on 1/9/2026, every seventh issued in 2026 from an upgrade dossier) in a throw-away
// embedded PostgreSQL — about twice the country's OCOP register. Times each report, Excel and PDF, for the province
// with the most certificates, today and as of a past day, and the national certificates report; each three times,
// the median printed with its size, so an empty report cannot pass for a fast one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/server.ts';
import type { Actor } from '../src/platform/auth/actor.ts';
import { produceReport, REPORT_KINDS, type ReportFormat, type ReportKind } from '../src/modules/oversight/index.ts';
import { todayInVietnam } from '../src/modules/registry/index.ts';
import { generateNationalData } from './national-data.ts';

const PRODUCTS = 40_000;
// Today (the generated rows are registered today, so a report of today's year lists them).
const TODAY = todayInVietnam();
const actor = (provinceCode: string | null): Actor => ({
  id: '00000000-0000-0000-0000-000000000000',
  username: 'bench',
  displayName: 'bench',
  role: provinceCode ? 'province_office' : 'ministry_office',
  unitSet: 2025,
  unitCode: provinceCode,
  provinceCode,
  mustChangePassword: false,
});

export async function benchReports(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-reports-'));
  const prepared = await prepareDatabase({ ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1' });
  try {
    const t0 = performance.now();
    const pool = prepared.db.pool;
    await generateNationalData(pool, { producers: 20_000, products: PRODUCTS, dossiers: 20_000 });
    await pool.query(
      `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on, status, revoked_on)
       select province_code, id,
         lpad((row_number() over (partition by province_code order by id))::text, 5, '0') || '/GCN-OCOP-' || province_code,
         3 + (row_number() over (order by id))::int % 3, 75,
         case when (row_number() over (order by id)) % 10 = 0 then date '2022-03-01'
              when (row_number() over (order by id)) % 7 = 0 then date '2026-03-01' + ((row_number() over (order by id))::int % 200)
              else date '2024-06-01' end,
         case when (row_number() over (order by id)) % 10 = 0 then date '2025-03-01'
              when (row_number() over (order by id)) % 7 = 0 then date '2029-03-01' + ((row_number() over (order by id))::int % 200)
              else date '2027-06-01' end,
         case when (row_number() over (order by id)) % 50 = 0 then 'revoked' else 'valid' end,
         case when (row_number() over (order by id)) % 50 = 0 then date '2026-09-01' end
       from products`,
    );
    // Certificates of 2026 earned by an upgrade dossier of the product (the year-end review counts them apart).
    await pool.query(`update certificates c set dossier_id = d.id
      from (select distinct on (product_id) id, product_id from dossiers where kind = 'upgrade' order by product_id, id) d
      where d.product_id = c.product_id and c.issued_on >= '2026-01-01'`);
    // Two rounds a province in 2026, each with its council; every fourth dossier scored in one of them.
    await pool.query(`insert into rounds (province_code, level, year, number, cutoff_on, finish_before)
      select distinct province_code, 'province', 2026, n, date '2026-04-30', date '2026-06-30'
      from dossiers, generate_series(1, 2) n`);
    await pool.query(`insert into councils (round_id, province_code, level, decision_no, decision_date)
      select id, province_code, 'province', number || '/QĐ-UBND', date '2026-03-01' from rounds`);
    await pool.query(`insert into council_outcomes (council_id, dossier_id, province_code, aggregate, mean, star, spread_flag, outcome, decided_at)
      select c.id, d.id, d.province_code, '{}', 40 + k % 60, case when 40 + k % 60 >= 50 then 3 + (k % 60 >= 30)::int else 2 end,
        false, 'certify', timestamptz '2026-06-20 10:00+07'
      from (select id, province_code, row_number() over (order by id) as k from dossiers) d
      join rounds r on r.province_code = d.province_code and r.number = 1 + d.k % 2
      join councils c on c.round_id = r.id
      where d.k % 4 = 0`);
    await pool.query('analyze');
    const [{ province_code: province, n }] = (
      await pool.query(
        `select province_code, count(*)::int as n from certificates group by 1 order by 2 desc, 1 limit 1`,
      )
    ).rows;
    console.log(
      `reports: ${PRODUCTS.toLocaleString('en')} products and certificates, 20,000 dossiers generated in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
        `province ${province} holds ${n.toLocaleString('en')} certificates`,
    );
    const time = async (label: string, kind: ReportKind, format: ReportFormat, unit: string, asOf?: string) => {
      const runs: number[] = [];
      let size = 0;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const r = await produceReport(
          prepared.db.readDb,
          actor(unit === 'national' ? null : province),
          kind,
          format,
          { unit, asOf },
          TODAY,
        );
        runs.push(performance.now() - t);
        size = r.body.length;
      }
      const median = runs.sort((a, b) => a - b)[1]!;
      console.log(
        `  ${label.padEnd(44)} ${format.padEnd(4)} ${median.toFixed(0).padStart(6)} ms  ${(size / 1024).toFixed(0)} KiB`,
      );
    };
    for (const kind of REPORT_KINDS)
      for (const format of ['xlsx', 'pdf'] as const) {
        await time(`${kind}, province ${province}, today`, kind, format, province);
        if (kind === 'certificates' || kind === 'year-review')
          await time(`${kind}, province ${province}, as of 2026-06-30`, kind, format, province, '2026-06-30');
      }
    await time('certificates, national, today', 'certificates', 'xlsx', 'national');
    await time('year-review, national, today', 'year-review', 'xlsx', 'national');
  } finally {
    await prepared.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
