// The SQL of import batches and their rows: the only place that builds it. Rows are written and read in chunks
// (jsonb_to_recordset), so a 50,000-row batch never sits in memory at once.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { RowProblem } from '../domain/problems.ts';

export type BatchRow = {
  id: string;
  provinceCode: string;
  kind: string;
  filename: string;
  status: string;
  headers: string[];
  mapping: Record<string, number>;
  answers: Record<string, unknown>;
  rowCount: number;
  summary: Record<string, unknown> | null;
  progressDone: number;
  progressTotal: number;
  error: Record<string, unknown> | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  committedAt: string | null;
  stale: boolean;
};

export type StoredRow = {
  rowNo: number;
  cells: string[];
  outcome: string;
  plan: Record<string, unknown> | null;
  problems: RowProblem[];
  producerId: string | null;
  productId: string | null;
  dossierId: string | null;
};

const BATCH_COLUMNS = sql`id, province_code as "provinceCode", kind, filename, status, headers, mapping, answers,
  row_count as "rowCount", summary, progress_done as "progressDone", progress_total as "progressTotal", error,
  created_by as "createdBy", created_at::text as "createdAt", updated_at::text as "updatedAt",
  committed_at::text as "committedAt", (status = 'committing' and updated_at < now() - interval '10 minutes') as stale`;

export async function insertBatch(
  tx: Db,
  b: { provinceCode: string; filename: string; headers: string[]; mapping: Record<string, number>; createdBy: string },
): Promise<string> {
  const r = await tx.execute<{ id: string }>(sql`
    insert into onboarding_batches (province_code, filename, headers, mapping, created_by)
    values (${b.provinceCode}, ${b.filename}, ${JSON.stringify(b.headers)}::jsonb, ${JSON.stringify(b.mapping)}::jsonb, ${b.createdBy})
    returning id`);
  return r.rows[0]!.id;
}

export async function insertRows(tx: Db, batchId: string, provinceCode: string, rows: { rowNo: number; cells: string[] }[]): Promise<void> {
  if (!rows.length) return;
  const data = JSON.stringify(rows.map((r) => ({ row_no: r.rowNo, cells: r.cells })));
  await tx.execute(sql`
    insert into onboarding_rows (batch_id, province_code, row_no, cells)
    select ${batchId}, ${provinceCode}, x.row_no, x.cells from jsonb_to_recordset(${data}::jsonb) as x(row_no int, cells jsonb)`);
}

export async function findBatch(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<BatchRow | undefined> {
  const r = await db.execute<BatchRow>(
    sql`select ${BATCH_COLUMNS} from onboarding_batches where id = ${id} ${opts.lock ? sql`for update` : sql``}`,
  );
  return r.rows[0];
}

export async function listBatches(db: Db, provinceCode: string | null, limit: number): Promise<BatchRow[]> {
  const r = await db.execute<BatchRow>(sql`
    select ${BATCH_COLUMNS} from onboarding_batches
    ${provinceCode ? sql`where province_code = ${provinceCode}` : sql``}
    order by created_at desc limit ${limit}`);
  return r.rows;
}

export async function updateBatch(
  db: Db,
  id: string,
  set: Partial<{ status: string; mapping: unknown; answers: unknown; rowCount: number; summary: unknown; progressDone: number; progressTotal: number; error: unknown; committed: boolean }>,
): Promise<void> {
  const parts = [sql`updated_at = now()`];
  if (set.status !== undefined) parts.push(sql`status = ${set.status}`);
  if (set.mapping !== undefined) parts.push(sql`mapping = ${JSON.stringify(set.mapping)}::jsonb`);
  if (set.answers !== undefined) parts.push(sql`answers = ${JSON.stringify(set.answers)}::jsonb`);
  if (set.rowCount !== undefined) parts.push(sql`row_count = ${set.rowCount}`);
  if (set.summary !== undefined) parts.push(sql`summary = ${JSON.stringify(set.summary)}::jsonb`);
  if (set.progressDone !== undefined) parts.push(sql`progress_done = ${set.progressDone}`);
  if (set.progressTotal !== undefined) parts.push(sql`progress_total = ${set.progressTotal}`);
  if (set.error !== undefined) parts.push(sql`error = ${set.error === null ? null : JSON.stringify(set.error)}::jsonb`);
  if (set.committed) parts.push(sql`committed_at = now()`);
  await db.execute(sql`update onboarding_batches set ${sql.join(parts, sql`, `)} where id = ${id}`);
}

/** Rows after `afterRowNo`, in sheet order, `limit` at a time (keyset: no offset scans). */
export async function rowsAfter(db: Db, batchId: string, afterRowNo: number, limit: number, outcomes?: readonly string[]): Promise<StoredRow[]> {
  const r = await db.execute<StoredRow>(sql`
    select row_no as "rowNo", cells, outcome, plan, problems, producer_id as "producerId", product_id as "productId",
      dossier_id as "dossierId"
    from onboarding_rows where batch_id = ${batchId} and row_no > ${afterRowNo}
    ${outcomes ? sql`and outcome in (${sql.join(outcomes.map((o) => sql`${o}`), sql`, `)})` : sql``}
    order by row_no limit ${limit}`);
  return r.rows;
}

export async function pageRows(db: Db, batchId: string, outcome: string | undefined, limit: number, offset: number): Promise<{ rows: StoredRow[]; total: number }> {
  const where = sql`batch_id = ${batchId} ${outcome ? sql`and outcome = ${outcome}` : sql``}`;
  const [rows, count] = await Promise.all([
    db.execute<StoredRow>(sql`
      select row_no as "rowNo", cells, outcome, plan, problems, producer_id as "producerId", product_id as "productId",
        dossier_id as "dossierId"
      from onboarding_rows where ${where} order by row_no limit ${limit} offset ${offset}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from onboarding_rows where ${where}`),
  ]);
  return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
}

export async function saveOutcomes(tx: Db, batchId: string, rows: { rowNo: number; outcome: string; plan: unknown; problems: unknown }[]): Promise<void> {
  if (!rows.length) return;
  const data = JSON.stringify(rows.map((r) => ({ row_no: r.rowNo, outcome: r.outcome, plan: r.plan, problems: r.problems })));
  await tx.execute(sql`
    update onboarding_rows o set outcome = x.outcome, plan = x.plan, problems = x.problems
    from jsonb_to_recordset(${data}::jsonb) as x(row_no int, outcome text, plan jsonb, problems jsonb)
    where o.batch_id = ${batchId} and o.row_no = x.row_no`);
}

export async function saveCommitted(tx: Db, batchId: string, rows: { rowNo: number; producerId: string; productId: string; dossierId: string | null }[]): Promise<void> {
  if (!rows.length) return;
  const data = JSON.stringify(rows.map((r) => ({ row_no: r.rowNo, producer_id: r.producerId, product_id: r.productId, dossier_id: r.dossierId })));
  await tx.execute(sql`
    update onboarding_rows o set producer_id = x.producer_id, product_id = x.product_id, dossier_id = x.dossier_id
    from jsonb_to_recordset(${data}::jsonb) as x(row_no int, producer_id uuid, product_id uuid, dossier_id uuid)
    where o.batch_id = ${batchId} and o.row_no = x.row_no`);
}
