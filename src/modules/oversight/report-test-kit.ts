// Test support for the standard reports: a world written as it stands (SQL), on the evaluation test server (people
// of every role in Lai Châu 12 — Bình Lư 03390, Tân Phong 03408 — and Điện Biên 11 — 03127), and a reader of the
// Excel files the reports produce (exceljs), table by table.
import ExcelJS from 'exceljs';
import type { EvaluationTestServer } from '../evaluation/evaluation-test-kit.ts';

type S = EvaluationTestServer;
const q = async (s: S, text: string, values: unknown[]) => (await s.db.pool.query(text, values)).rows[0]?.id as string;

export async function producer(s: S, o: { commune: string; province?: string; name: string; legalType?: string }) {
  return q(
    s,
    `insert into producers (province_code, commune_code, legal_type, name, name_key) values ($1, $2, $3, $4, $4) returning id`,
    [o.province ?? '12', o.commune, o.legalType ?? 'htx', o.name],
  );
}

export async function product(
  s: S,
  o: { producer: string; commune: string; province?: string; name: string; setNo?: number; registeredOn: string },
) {
  return q(
    s,
    `insert into products (province_code, commune_code, producer_id, name, set_no, created_at)
     values ($1, $2, $3, $4, $5, ($6::date + time '09:00') at time zone 'Asia/Ho_Chi_Minh') returning id`,
    [o.province ?? '12', o.commune, o.producer, o.name, o.setNo ?? 1, o.registeredOn],
  );
}

export async function dossier(
  s: S,
  o: { product: string; kind: string; year: number; openedOn: string; state?: string; decision?: [string, string] },
) {
  const p = (
    await s.db.pool.query(`select province_code, commune_code, producer_id, set_no from products where id = $1`, [
      o.product,
    ])
  ).rows[0];
  const facts = o.decision ? { decision: { number: o.decision[0], date: o.decision[1] } } : {};
  return q(
    s,
    `insert into dossiers (province_code, commune_code, producer_id, product_id, kind, rule_set, set_no, state, facts,
       year, submitted_on, created_at)
     values ($1, $2, $3, $4, $5, '26-2026', $6, $7, $8, $9, $10::date, ($10::date + time '08:00') at time zone 'Asia/Ho_Chi_Minh')
     returning id`,
    [
      p.province_code,
      p.commune_code,
      p.producer_id,
      o.product,
      o.kind,
      p.set_no,
      o.state ?? 'province_certified',
      JSON.stringify(facts),
      o.year,
      o.openedOn,
    ],
  );
}

export async function certificate(
  s: S,
  o: { product: string; number: string; star: number; on: string; until: string; dossier?: string; province?: string },
) {
  return q(
    s,
    `insert into certificates (province_code, product_id, dossier_id, number, star, points, issued_on, expires_on)
     values ($1, $2, $3, $4, $5, 75, $6, $7) returning id`,
    [o.province ?? '12', o.product, o.dossier ?? null, o.number, o.star, o.on, o.until],
  );
}

export async function supersede(s: S, old: string, by: string) {
  await s.db.pool.query(`update certificates set status = 'superseded', superseded_by = $1 where id = $2`, [by, old]);
}

export async function revoke(s: S, id: string, on: string, decisionNumber: string) {
  await s.db.pool.query(`update certificates set status = 'revoked', revoked_on = $2 where id = $1`, [id, on]);
  await s.db.pool.query(
    `insert into certificate_revocations (province_code, certificate_id, ground_code, basis_trigger, basis_date,
       basis_reference, decision_number, decision_date, decided_by, due_on)
     values ('12', $1, 'b', 'authority_conclusion', $2, 'KL-01', $3, $2, 'province_chair', $2)`,
    [id, on, decisionNumber],
  );
}

export async function round(s: S, o: { province?: string | null; level?: string; year: number; number: number }) {
  const r = await q(
    s,
    `insert into rounds (province_code, level, year, number, cutoff_on, finish_before) values ($1, $2, $3, $4, $5, $6) returning id`,
    [o.province ?? '12', o.level ?? 'province', o.year, o.number, `${o.year}-04-30`, `${o.year}-06-30`],
  );
  const c = await q(
    s,
    `insert into councils (round_id, province_code, level, decision_no, decision_date) values ($1, $2, $3, $4, $5) returning id`,
    [r, o.province ?? '12', o.level ?? 'province', `${10 + o.number}/QĐ-UBND`, `${o.year}-03-01`],
  );
  return c;
}

export async function outcome(
  s: S,
  o: { council: string; dossier: string; mean: number; star: number | null; outcome: string; on: string },
) {
  await s.db.pool.query(
    `insert into council_outcomes (council_id, dossier_id, province_code, aggregate, mean, star, spread_flag, outcome, decided_at)
     values ($1, $2, '12', '{}', $3, $4, false, $5, ($6::date + time '10:00') at time zone 'Asia/Ho_Chi_Minh')`,
    [o.council, o.dossier, o.mean, o.star, o.outcome, o.on],
  );
}

export type Row = (string | number | null)[];

/** The sheet of a report's .xlsx, read back with exceljs. */
export async function readReport(body: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const plain = (v: ExcelJS.CellValue): string | number | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v);

/** Every row's values (column 1 first), as strings and numbers. */
export function rowsOf(ws: ExcelJS.Worksheet): Row[] {
  const out: Row[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const vals: Row = [];
    for (let i = 1; i <= ws.columnCount; i++) vals.push(plain(row.getCell(i).value));
    while (vals.length && vals[vals.length - 1] === null) vals.pop();
    out[n - 1] = vals;
  });
  return Array.from(out, (r) => r ?? []);
}

/** The table whose caption contains `caption`: its header and its rows (the total row included), up to a blank row. */
export function table(ws: ExcelJS.Worksheet, caption: string): { header: Row; rows: Row[] } {
  const all = rowsOf(ws);
  const at = all.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Biểu') && r[0].includes(caption));
  if (at < 0) throw new Error(`no table "${caption}"`);
  const rows: Row[] = [];
  for (let i = at + 2; i < all.length && all[i]!.some((v) => v !== null); i++) rows.push(all[i]!);
  return { header: all[at + 1]!, rows };
}

/** The row whose column `col` (0-based) equals `key`. */
export const rowWith = (rows: Row[], key: string, col = 1): Row | undefined => rows.find((r) => r[col] === key);
