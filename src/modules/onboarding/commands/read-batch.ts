// Reading a batch and a page of its rows, in the actor's province: what the web's wizard and the CLI show.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { notFound } from '../../../platform/errors.ts';
import { FIELD_LABELS, IMPORT_FIELDS, REQUIRED_FIELDS } from '../domain/fields.ts';
import { findBatch, listBatches, pageRows, type BatchRow, type StoredRow } from '../data/batch-store.ts';
import { onboardingPolicy, assertMayImport } from '../policy.ts';

export const FIELDS = IMPORT_FIELDS.map((f) => ({
  field: f,
  label: FIELD_LABELS[f],
  required: REQUIRED_FIELDS.includes(f),
}));

export function presentBatch(b: BatchRow) {
  return {
    id: b.id,
    provinceCode: b.provinceCode,
    kind: b.kind,
    filename: b.filename,
    status: b.status,
    headers: b.headers,
    mapping: b.mapping,
    answers: b.answers,
    rowCount: b.rowCount,
    summary: b.summary,
    progress: { done: b.progressDone, total: b.progressTotal },
    error: b.error,
    stale: b.stale,
    createdAt: b.createdAt,
    committedAt: b.committedAt,
    fields: FIELDS,
  };
}
export type BatchView = ReturnType<typeof presentBatch>;

const batchNotFound = () => notFound({ vi: 'đợt nhập này', en: 'This import batch' });

/** The batch if the actor may import for its province; else "not found" (nothing confirmed outside the area). */
export async function loadBatchFor(db: Db, actor: Actor, id: string, opts: { lock?: boolean } = {}): Promise<BatchRow> {
  onboardingPolicy.assertCan(actor, 'onboarding.import');
  const b = await findBatch(db, id, opts);
  if (!b) throw batchNotFound();
  try {
    assertMayImport(actor, b.provinceCode);
  } catch {
    throw batchNotFound();
  }
  return b;
}

export async function readBatch(db: Db, actor: Actor, id: string): Promise<BatchView> {
  return presentBatch(await loadBatchFor(db, actor, id));
}

export async function listMyBatches(db: Db, actor: Actor, limit = 50): Promise<BatchView[]> {
  onboardingPolicy.assertCan(actor, 'onboarding.import');
  return (await listBatches(db, actor.provinceCode, limit)).map(presentBatch);
}

export function presentRow(r: StoredRow, headers: readonly string[]) {
  return {
    rowNo: r.rowNo,
    cells: Object.fromEntries(headers.map((h, i) => [h || `#${i + 1}`, r.cells[i] ?? ''])),
    outcome: r.outcome,
    plan: r.plan,
    problems: r.problems,
    producerId: r.producerId,
    productId: r.productId,
    dossierId: r.dossierId,
  };
}

export async function readRows(
  db: Db,
  actor: Actor,
  id: string,
  q: { outcome?: string; limit: number; offset: number },
) {
  const b = await loadBatchFor(db, actor, id);
  const { rows, total } = await pageRows(db, id, q.outcome, q.limit, q.offset);
  return { items: rows.map((r) => presentRow(r, b.headers)), total };
}
