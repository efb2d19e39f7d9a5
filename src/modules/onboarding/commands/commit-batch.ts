// Step 4 of an import: commit, all or nothing. startCommit checks the dry run is clean of questions and marks the
// batch 'committing'; runCommit then writes every importable row in ONE transaction, set-based: rows are read 1,000 at
// a time and their new producers and products written through the registry's bulk commands (the same checks, an
// audit row per record, a statement per few hundred records), then the past results through evaluation's
// recordHistoricalResultsMany (dossier, decision, certificate where star, date and number allow; checked all first)
// — and reports progress on the batch row through the pool, outside that transaction, so the web can poll it. Any failure rolls everything back and leaves the batch
// 'failed' with the row and reason; a batch left 'committing' by a stopped server may be committed again after
// 10 minutes without progress.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError, ItemRefused } from '../../../platform/errors.ts';
import { recordHistoricalResultsMany, type EvaluationDeps, type HistoricalResultBody } from '../../evaluation/index.ts';
import { createProducersMany, createProductsMany, type LegalType } from '../../registry/index.ts';
import type { RowPlan } from '../domain/plan-row.ts';
import { rowsAfter, saveCommitted, updateBatch } from '../data/batch-store.ts';
import { loadBatchFor, readBatch, type BatchView } from './read-batch.ts';

// Rows read, and their producers and products written, 1,000 at a time (a few statements per chunk).
const CHUNK = 1000;
const RESULTS_CHUNK = 2000;

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

/** A refusal of one record of a bulk step, named by its sheet row. */
const atRow = (rowNo: number, vi: string, en: string) =>
  new AppError(400, 'row_refused', { vi: `Dòng ${rowNo}: ${vi}`, en: `Row ${rowNo}: ${en}` });

/** Runs a bulk step over `rowNos`' records; its refusal of one record names that record's row. */
async function forRows<T>(rowNos: number[], step: () => Promise<T>, onRow: (rowNo: number) => void): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (!(err instanceof ItemRefused)) throw err;
    const rowNo = rowNos[err.index]!;
    onRow(rowNo);
    throw atRow(rowNo, err.userMessage.vi, err.userMessage.en);
  }
}

export async function runCommit(db: Db, actor: Actor, id: string, deps: EvaluationDeps): Promise<void> {
  const today = deps.clock.today();
  let current = 0;
  const onRow = (rowNo: number) => (current = rowNo);
  try {
    await db.transaction(async (tx) => {
      const b = await loadBatchFor(tx, actor, id);
      // Row → ids, kept for the whole file: a row may name the producer or product of any row above it.
      const producerOf = new Map<number, string>();
      const productOf = new Map<number, string>();
      const dossierOf = new Map<number, string>();
      const results: PendingResult[] = [];
      let done = 0;
      let after = 0;
      for (;;) {
        const rows = await rowsAfter(tx, id, after, CHUNK, ['ok', 'warning']);
        if (!rows.length) break;
        current = rows[0]!.rowNo;
        const plans = rows.map((r) => ({ rowNo: r.rowNo, plan: r.plan as unknown as RowPlan }));
        // New producers of the chunk in one step, then their products: the rows' matches were settled by the dry run.
        const newProducers = plans.filter((p) => p.plan.producer.action === 'create');
        const producerIds = await forRows(
          newProducers.map((p) => p.rowNo),
          () =>
            createProducersMany(
              tx,
              actor,
              newProducers.map(({ plan }) => ({
                communeCode: plan.unit!.communeCode,
                legalType: plan.producer.legalType as LegalType,
                name: plan.producer.name,
              })),
            ),
          onRow,
        );
        newProducers.forEach((p, i) => producerOf.set(p.rowNo, producerIds[i]!));
        for (const { rowNo, plan } of plans) {
          if (plan.producer.action === 'match') producerOf.set(rowNo, plan.producer.id!);
          else if (plan.producer.action === 'same_as_row') producerOf.set(rowNo, producerOf.get(plan.producer.row!)!);
        }
        const newProducts = plans.filter((p) => p.plan.product.action === 'create');
        const productIds = await forRows(
          newProducts.map((p) => p.rowNo),
          () =>
            createProductsMany(
              tx,
              actor,
              newProducts.map(({ rowNo, plan }) => ({
                producerId: producerOf.get(rowNo)!,
                name: plan.product.name,
                setNo: plan.product.setNo!,
              })),
            ),
          onRow,
        );
        newProducts.forEach((p, i) => productOf.set(p.rowNo, productIds[i]!));
        for (const { rowNo, plan } of plans) {
          if (plan.product.action === 'match') productOf.set(rowNo, plan.product.id!);
          else if (plan.product.action === 'same_as_row') productOf.set(rowNo, productOf.get(plan.product.row!)!);
          if (plan.result?.record) results.push(pendingResult(b.filename, rowNo, productOf.get(rowNo)!, plan));
        }
        done += rows.length;
        after = rows[rows.length - 1]!.rowNo;
        await updateBatch(db, id, { progressDone: done });
      }
      // Past results, per product in decision order: the first is a first evaluation, a higher star an upgrade (the
      // new certificate replaces the earlier one), the same or lower a re-evaluation.
      results.sort(
        (a, c) => a.productId.localeCompare(c.productId) || a.result.decidedOn!.localeCompare(c.result.decidedOn!),
      );
      let prev: { productId: string; star: number } | null = null;
      const bodies = results.map((p): HistoricalResultBody => {
        const kind = KIND_AFTER(prev?.productId === p.productId ? prev.star : null, p.result.star);
        prev = { productId: p.productId, star: p.result.star };
        return {
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
      });
      // Written a few thousand at a time, a product's results never split (a later result replaces the certificate
      // of an earlier one), so what sits in memory stays bounded whatever the file.
      for (let from = 0; from < results.length;) {
        let to = Math.min(from + RESULTS_CHUNK, results.length);
        while (to < results.length && results[to]!.productId === results[to - 1]!.productId) to++;
        const written = await recordHistoricalResultsMany(tx, actor, bodies.slice(from, to), today, deps, {
          numbersMayBeUnknown: true,
        });
        if (!written.ok) {
          const rowNo = results[from + written.index]!.rowNo;
          current = rowNo;
          throw atRow(rowNo, written.issues[0]!.message.vi, written.issues[0]!.message.en);
        }
        written.dossierIds.forEach((d, i) => dossierOf.set(results[from + i]!.rowNo, d));
        from = to;
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

/** What a row records of its past result, with the note that says where it came from. */
function pendingResult(filename: string, rowNo: number, productId: string, plan: RowPlan): PendingResult {
  const o = plan.unit!.original;
  const where = [o.commune, o.district].filter(Boolean).join(', ');
  const note = [
    `Nhập từ sổ đăng ký của tỉnh (${filename}, dòng ${rowNo})`,
    plan.result!.issuingBody ? `cơ quan ban hành: ${plan.result!.issuingBody}` : null,
    where ? `địa bàn ghi trong sổ: ${where}` : null,
  ]
    .filter(Boolean)
    .join('; ');
  return { rowNo, productId, result: plan.result!, note };
}
