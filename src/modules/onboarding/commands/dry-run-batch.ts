// Step 2–3 of an import: with the column mapping the user confirmed (and the answers to earlier questions), every row
// is planned (domain/plan-row.ts) against the registry and the units of the province, and its outcome stored, so the
// web pages through problems by row and column. Nothing of the registry is written; the batch is locked meanwhile.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError, badRequest, type FieldIssue } from '../../../platform/errors.ts';
import { listProductSets } from '../../criteria/index.ts';
import { provinceRegister, LEGAL_TYPES, type LegalType } from '../../registry/index.ts';
import { loadCalendar, loadRuleSets, provinceUnits } from '../../reference/index.ts';
import {
  FIELD_LABELS,
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../domain/fields.ts';
import {
  FileGroups,
  planRow,
  productKey,
  type Answers,
  type RegisterIndex,
  type RowValues,
} from '../domain/plan-row.ts';
import { UnitIndex } from '../domain/units.ts';
import { rowsAfter, saveOutcomes, updateBatch } from '../data/batch-store.ts';
import { loadBatchFor, readBatch, type BatchView } from './read-batch.ts';

const CHUNK = 2000;

/** The mapping checked against the batch's headers: 400 naming mapping.<field> (vi + en). */
export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): void {
  const issues: FieldIssue[] = [];
  const used = new Map<number, ImportField>();
  for (const [field, col] of Object.entries(mapping) as [ImportField, number][]) {
    if (!IMPORT_FIELDS.includes(field)) continue;
    if (!Number.isInteger(col) || col < 0 || col >= headers.length)
      issues.push({
        field: `mapping.${field}`,
        code: 'no_column',
        message: { vi: `Không có cột số ${col + 1} trong tệp`, en: `The file has no column ${col + 1}` },
      });
    else if (used.has(col))
      issues.push({
        field: `mapping.${field}`,
        code: 'column_twice',
        message: {
          vi: `Cột "${headers[col]}" đã dùng cho ${FIELD_LABELS[used.get(col)!].vi}`,
          en: `Column "${headers[col]}" is already mapped to ${FIELD_LABELS[used.get(col)!].en}`,
        },
      });
    else used.set(col, field);
  }
  for (const f of REQUIRED_FIELDS)
    if (mapping[f] === undefined)
      issues.push({
        field: `mapping.${f}`,
        code: 'required',
        message: {
          vi: `Chưa chọn cột cho "${FIELD_LABELS[f].vi}"`,
          en: `No column chosen for "${FIELD_LABELS[f].en}"`,
        },
      });
  if (mapping.year === undefined && mapping.decisionDate === undefined)
    issues.push({
      field: 'mapping.year',
      code: 'required',
      message: { vi: 'Cần cột năm công nhận hoặc ngày quyết định', en: 'A year or decision date column is needed' },
    });
  if (issues.length) throw badRequest(issues);
}

function checkAnswers(answers: Answers): void {
  if (answers.legalType !== undefined && !LEGAL_TYPES.includes(answers.legalType))
    throw badRequest([
      {
        field: 'answers.legalType',
        code: 'invalid',
        message: { vi: 'Loại hình chủ thể không hợp lệ', en: 'Not a legal type' },
      },
    ]);
}

const valuesOf = (cells: readonly string[], mapping: ColumnMapping): RowValues =>
  Object.fromEntries(
    (Object.entries(mapping) as [ImportField, number][]).map(([f, c]) => [f, cells[c] ?? '']),
  ) as RowValues;

export async function dryRunBatch(
  db: Db,
  actor: Actor,
  id: string,
  input: { mapping: ColumnMapping; answers?: Answers },
  today: string,
): Promise<BatchView> {
  const answers = input.answers ?? {};
  checkAnswers(answers);
  return db.transaction(async (tx) => {
    const batch = await loadBatchFor(tx, actor, id, { lock: true });
    if (batch.status === 'committing' || batch.status === 'committed')
      throw new AppError(409, 'batch_committed', {
        vi: 'Đợt nhập đã ghi vào sổ, không chạy thử lại được',
        en: 'The batch is committed; it cannot be re-run',
      });
    checkMapping(input.mapping, batch.headers);
    // One after the other on the transaction's single connection.
    const units = await provinceUnits(tx, batch.provinceCode);
    const register = await provinceRegister(tx, batch.provinceCode);
    const index: RegisterIndex = { producers: new Map(), products: new Map() };
    for (const p of register.producers)
      if (p.status === 'active') index.producers.set(`${p.communeCode}|${p.nameKey}`, p);
    for (const p of register.products) {
      const m = index.products.get(p.producerId) ?? index.products.set(p.producerId, new Map()).get(p.producerId)!;
      m.set(productKey(p.name), p);
    }
    const ctx = {
      units: new UnitIndex(units),
      register: index,
      groups: new FileGroups(),
      ruleSets: loadRuleSets(),
      setNames: listProductSets('26-2026').map((s) => ({ setNo: s.setNo, name: s.name })),
      calendar: loadCalendar(),
      today,
      answers,
    };
    const counts = { ok: 0, warning: 0, question: 0, rejected: 0 };
    const made = {
      producersMatched: 0,
      producersCreated: 0,
      productsMatched: 0,
      productsCreated: 0,
      results: 0,
      certificates: 0,
      starsKept: 0,
    };
    const questions = new Map<
      string,
      { key: string; oldName: string; options: unknown; rows: number; firstRow: number }
    >();
    let legalTypeQuestions = 0;
    const matched = new Set<string>();
    let after = 0;
    for (;;) {
      const rows = await rowsAfter(tx, id, after, CHUNK);
      if (!rows.length) break;
      const out = rows.map((r) => {
        const { outcome, plan, problems } = planRow(r.rowNo, valuesOf(r.cells, input.mapping), ctx);
        counts[outcome]++;
        if (plan.question) {
          const q = questions.get(plan.question.key) ?? { ...plan.question, rows: 0, firstRow: r.rowNo };
          q.rows++;
          questions.set(plan.question.key, q);
        }
        if (problems.some((p) => p.code === 'unknown_type')) legalTypeQuestions++;
        if (outcome === 'ok' || outcome === 'warning') {
          // Matched producers and products are counted once each, however many rows name them.
          if (plan.producer.action === 'match' && !matched.has(plan.producer.id!)) {
            matched.add(plan.producer.id!);
            made.producersMatched++;
          }
          if (plan.producer.action === 'create') made.producersCreated++;
          if (plan.product.action === 'match' && !matched.has(plan.product.id!)) {
            matched.add(plan.product.id!);
            made.productsMatched++;
          }
          if (plan.product.action === 'create') made.productsCreated++;
          if (plan.result?.record) made.results++;
          else if (plan.result) made.starsKept++;
          if (plan.result?.certificate) made.certificates++;
        }
        return { rowNo: r.rowNo, outcome, plan, problems };
      });
      await saveOutcomes(tx, id, out);
      after = rows[rows.length - 1]!.rowNo;
    }
    const summary = {
      rows: batch.rowCount,
      ...counts,
      ...made,
      questions: [...questions.values()],
      legalTypeQuestions,
    };
    await updateBatch(tx, id, {
      status: 'dry_run',
      mapping: input.mapping,
      answers,
      summary,
      error: null,
      progressDone: 0,
      progressTotal: 0,
    });
    await audit(tx, actor, {
      action: 'onboarding.dry_run',
      entityType: 'onboarding_batch',
      entityId: id,
      provinceCode: batch.provinceCode,
      fromState: batch.status,
      toState: 'dry_run',
      after: { mapping: input.mapping, answers, ...counts },
    });
    return readBatch(tx, actor, id);
  });
}

export type { LegalType };
