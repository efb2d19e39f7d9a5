// Step 4 of an import: commit, all or nothing. startCommit checks the dry run is clean of questions and marks the
// batch 'committing'; runCommit then writes every importable row in ONE transaction — producers and products through
// the registry's own commands (their checks and audit rows), past results through evaluation's prepare/write steps
// (dossier, decision, certificate where star, date and number allow) — and reports progress on the batch row through
// the pool, outside that transaction, so the web can poll it. Any failure rolls everything back and leaves the batch
// 'failed' with the row and reason; a batch left 'committing' by a stopped server may be committed again after
// 10 minutes without progress.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import {
  prepareHistoricalResult,
  writeHistoricalResult,
  type EvaluationDeps,
  type HistoricalResultBody,
} from '../../evaluation/index.ts';
import { createProducer, createProduct, type LegalType } from '../../registry/index.ts';
import type { RowPlan } from '../domain/plan-row.ts';
import { rowsAfter, saveCommitted, updateBatch } from '../data/batch-store.ts';
import { loadBatchFor, readBatch, type BatchView } from './read-batch.ts';

const CHUNK = 500;
const PROGRESS_EVERY = 100;

export async function startCommit(db: Db, actor: Actor, id: string): Promise<BatchView> {
  return db.transaction(async (tx) => {
    const b = await loadBatchFor(tx, actor, id, { lock: true });
    const summary = (b.summary ?? {}) as { ok?: number; warning?: number; question?: number };
    const refuse = (code: string, vi: string, en: string) => new AppError(409, code, { vi, en });
    if (b.status === 'committed')
      throw refuse('batch_committed', 'Đợt nhập đã được ghi vào sổ', 'The batch is already committed');
    if (b.status === 'committing' && !b.stale)
      throw refuse('batch_committing', 'Đợt nhập đang được ghi', 'The batch is being committed');
    if (b.status === 'uploaded')
      throw refuse('dry_run_first', 'Hãy chạy thử trước khi ghi', 'Run the dry run before committing');
    if ((summary.question ?? 0) > 0)
      throw refuse(
        'questions_open',
        `Còn ${summary.question} dòng chờ trả lời (xã bị chia tách, loại hình chủ thể)`,
        `${summary.question} row(s) wait for an answer (split communes, producer types)`,
      );
    const total = (summary.ok ?? 0) + (summary.warning ?? 0);
    if (!total) throw refuse('nothing_to_import', 'Không có dòng nào nhập được', 'No row can be imported');
    await updateBatch(tx, id, { status: 'committing', progressDone: 0, progressTotal: total, error: null });
    await audit(tx, actor, {
      action: 'onboarding.commit_start',
      entityType: 'onboarding_batch',
      entityId: id,
      provinceCode: b.provinceCode,
      fromState: b.status,
      toState: 'committing',
    });
    return readBatch(tx, actor, id);
  });
}

interface PendingResult {
  rowNo: number;
  productId: string;
  result: NonNullable<RowPlan['result']>;
  note: string;
}

const KIND_AFTER = (prev: number | null, star: number): HistoricalResultBody['kind'] =>
  prev === null ? 'first' : star > prev ? 'upgrade' : 'reevaluation';

export async function runCommit(db: Db, actor: Actor, id: string, deps: EvaluationDeps): Promise<void> {
  const today = deps.clock.today();
  let current = 0;
  try {
    await db.transaction(async (tx) => {
      const b = await loadBatchFor(tx, actor, id);
      const producerOf = new Map<number, string>();
      const productOf = new Map<number, string>();
      const dossierOf = new Map<number, string>();
      const results: PendingResult[] = [];
      let done = 0;
      let after = 0;
      for (;;) {
        const rows = await rowsAfter(tx, id, after, CHUNK, ['ok', 'warning']);
        if (!rows.length) break;
        for (const r of rows) {
          current = r.rowNo;
          const plan = r.plan as unknown as RowPlan;
          const unit = plan.unit!;
          let producerId: string;
          if (plan.producer.action === 'match') producerId = plan.producer.id!;
          else if (plan.producer.action === 'same_as_row') producerId = producerOf.get(plan.producer.row!)!;
          else
            producerId = (
              await createProducer(tx, actor, {
                communeCode: unit.communeCode,
                legalType: plan.producer.legalType as LegalType,
                name: plan.producer.name,
                confirmDuplicate: true,
              })
            ).id;
          producerOf.set(r.rowNo, producerId);
          let productId: string;
          if (plan.product.action === 'match') productId = plan.product.id!;
          else if (plan.product.action === 'same_as_row') productId = productOf.get(plan.product.row!)!;
          else
            productId = (
              await createProduct(tx, actor, { producerId, name: plan.product.name, setNo: plan.product.setNo! })
            ).id;
          productOf.set(r.rowNo, productId);
          if (plan.result?.record) {
            const o = unit.original;
            const where = [o.commune, o.district].filter(Boolean).join(', ');
            const note = [
              `Nhập từ sổ đăng ký của tỉnh (${b.filename}, dòng ${r.rowNo})`,
              plan.result.issuingBody ? `cơ quan ban hành: ${plan.result.issuingBody}` : null,
              where ? `địa bàn ghi trong sổ: ${where}` : null,
            ]
              .filter(Boolean)
              .join('; ');
            results.push({ rowNo: r.rowNo, productId, result: plan.result, note });
          }
          if (++done % PROGRESS_EVERY === 0) await updateBatch(db, id, { progressDone: done });
        }
        after = rows[rows.length - 1]!.rowNo;
      }
      // Past results, per product in decision order: the first is a first evaluation, a higher star an upgrade (the
      // new certificate replaces the earlier one), the same or lower a re-evaluation.
      results.sort(
        (a, c) => a.productId.localeCompare(c.productId) || a.result.decidedOn!.localeCompare(c.result.decidedOn!),
      );
      let prev: { productId: string; star: number } | null = null;
      for (const p of results) {
        current = p.rowNo;
        const kind = KIND_AFTER(prev?.productId === p.productId ? prev.star : null, p.result.star);
        const body: HistoricalResultBody = {
          productId: p.productId,
          kind,
          filedOn: null,
          decidedOn: p.result.decidedOn!,
          level: p.result.level!,
          points: p.result.points,
          star: p.result.star,
          decisionNumber: p.result.decisionNumber,
          certificateNumber: p.result.certificateNumber,
          note: p.note,
        };
        const prepared = await prepareHistoricalResult(tx, actor, body, today, deps, { numbersMayBeUnknown: true });
        if (!prepared.ok) {
          const i = prepared.issues[0]!;
          throw new AppError(400, 'row_refused', {
            vi: `Dòng ${p.rowNo}: ${i.message.vi}`,
            en: `Row ${p.rowNo}: ${i.message.en}`,
          });
        }
        const written = await writeHistoricalResult(tx, actor, prepared.record, today, deps);
        dossierOf.set(p.rowNo, written.dossierId);
        prev = { productId: p.productId, star: p.result.star };
      }
      const committed = [...producerOf.keys()].map((rowNo) => ({
        rowNo,
        producerId: producerOf.get(rowNo)!,
        productId: productOf.get(rowNo)!,
        dossierId: dossierOf.get(rowNo) ?? null,
      }));
      for (let i = 0; i < committed.length; i += 2000) await saveCommitted(tx, id, committed.slice(i, i + 2000));
      await updateBatch(tx, id, { status: 'committed', progressDone: done, committed: true });
      await audit(tx, actor, {
        action: 'onboarding.commit',
        entityType: 'onboarding_batch',
        entityId: id,
        provinceCode: b.provinceCode,
        fromState: 'committing',
        toState: 'committed',
        after: { rows: done, results: results.length },
      });
    });
  } catch (err) {
    const e = err instanceof AppError ? err.userMessage : { vi: 'Lỗi khi ghi vào sổ', en: (err as Error).message };
    await updateBatch(db, id, { status: 'failed', error: { rowNo: current || null, message: e } });
    if (!(err instanceof AppError)) throw err;
  }
}
