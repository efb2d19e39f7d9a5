// The dry run of one register row (pure): where it lies (units.ts), which producer and product it is — matched to the
// registry by the registry's own duplicate key (same 2025 commune, name without diacritics, spacing and legal-form
// words), to a row above it in the file, or to be created — and what past result it records. A result is recorded
// when its decision date is known (checked by evaluation's rules of its time, numbers may be unknown); with the year
// only, the star is checked against the rule sets of that year and kept on the import record, nothing is invented.
import {
  certifyingLevel,
  checkHistoricalResult,
  firstEvaluatingLevel,
  type HistoricalLevel,
} from '../../evaluation/index.ts';
import { legalTypeAllowsSet, producerNameKey, type LegalType } from '../../registry/index.ts';
import { ruleSetInForce, type Calendar, type RuleSet } from '../../reference/index.ts';
import { inferLegalType, levelOfBody, readDate, readPoints, readStar, readYear } from './cells.ts';
import type { ImportField } from './fields.ts';
import { readSetCell, guessSet } from './product-set.ts';
import { problem, type RowProblem } from './problems.ts';
import { checkStarOfYear } from './star-era.ts';
import { fold } from './text.ts';
import type { OriginalUnit, UnitIndex, UnitChoice } from './units.ts';

export type RowValues = Partial<Record<ImportField, string>>;
export type Outcome = 'ok' | 'warning' | 'question' | 'rejected';

export interface Answers {
  /** Old unit code (split commune, or a district named alone) → the 2025 commune chosen for it. */
  units?: Record<string, string>;
  /** The legal type the user gives producers whose type neither the type column nor the name says. */
  legalType?: LegalType;
}

export interface RowPlan {
  unit: { communeCode: string; communeName: string; via: string; original: OriginalUnit } | null;
  producer: {
    action: 'match' | 'create' | 'same_as_row';
    id?: string;
    row?: number;
    name: string;
    legalType: LegalType | null;
    key: string;
  };
  product: {
    action: 'match' | 'create' | 'same_as_row';
    id?: string;
    row?: number;
    name: string;
    setNo: number | null;
  };
  result: {
    star: number;
    year: number;
    decidedOn: string | null;
    decisionNumber: string | null;
    issuingBody: string | null;
    level: HistoricalLevel | null;
    points: number | null;
    certificateNumber: string | null;
    record: boolean;
    certificate: boolean;
  } | null;
  question?: { key: string; oldName: string; options: UnitChoice[] };
}

export interface RegisterIndex {
  /** `${communeCode}|${nameKey}` → registered producer. */
  producers: Map<string, { id: string; name: string; legalType: string }>;
  /** producer id → product name key → registered product. */
  products: Map<string, Map<string, { id: string; name: string; setNo: number }>>;
}

/** What the file itself has seen so far: producers and products of earlier rows, and each product's years. */
export class FileGroups {
  readonly producers = new Map<string, number>();
  readonly products = new Map<string, number>();
  readonly years = new Map<string, number>();
}

export interface PlanContext {
  units: UnitIndex;
  register: RegisterIndex;
  groups: FileGroups;
  ruleSets: readonly RuleSet[];
  setNames: readonly { setNo: number; name: string }[];
  calendar: Calendar;
  today: string;
  answers: Answers;
}

export const productKey = (name: string) => fold(name);

const FIELD_OF_ISSUE: Record<string, ImportField> = {
  filedOn: 'decisionDate',
  decidedOn: 'decisionDate',
  level: 'issuingBody',
  points: 'points',
  star: 'star',
  decisionNumber: 'decisionNumber',
  certificateNumber: 'certificateNumber',
};

export function planRow(
  rowNo: number,
  v: RowValues,
  ctx: PlanContext,
): { outcome: Outcome; plan: RowPlan; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const productName = v.productName ?? '';
  const producerName = v.producerName ?? '';
  if (!productName)
    problems.push(problem('productName', 'required', 'error', 'Chưa có tên sản phẩm', 'The product name is missing'));
  if (!producerName)
    problems.push(problem('producerName', 'required', 'error', 'Chưa có tên chủ thể', 'The producer name is missing'));

  // Where: the 2025 commune, the original unit kept.
  const unit = ctx.units.resolve(v.district ?? '', v.commune ?? '', ctx.answers.units ?? {});
  let question: RowPlan['question'];
  if (unit.kind === 'problem') problems.push(unit.problem);
  if (unit.kind === 'question') {
    question = { key: unit.key, oldName: unit.oldName, options: unit.options };
    problems.push(
      problem(
        'commune',
        'split_unit',
        'question',
        `${unit.oldName} nay thuộc ${unit.options.length} xã, phường (${unit.options.map((o) => o.name).join(', ')}): chọn nơi chủ thể đặt trụ sở`,
        `${unit.oldName} now lies in ${unit.options.length} communes: choose where the producer is based`,
      ),
    );
  }
  const place = unit.kind === 'resolved' ? unit : null;

  // Who: the producer, its legal type (Art. 2.3 of Decision 26/2026/QĐ-TTg) from the column, the name, or the user.
  const key = producerNameKey(producerName);
  const groupKey = `${place?.communeCode ?? '?'}|${key}`;
  const registered = place ? ctx.register.producers.get(groupKey) : undefined;
  const sameRow = ctx.groups.producers.get(groupKey);
  const inferred = inferLegalType(v.legalType ?? '', producerName);
  let legalType: LegalType | null = registered ? (registered.legalType as LegalType) : (inferred?.type ?? null);
  if (!registered && !inferred && producerName) {
    if (ctx.answers.legalType) legalType = ctx.answers.legalType;
    else
      problems.push(
        problem(
          'legalType',
          'unknown_type',
          'question',
          `Không rõ loại hình của "${producerName}" (HTX, tổ hợp tác, doanh nghiệp, hộ kinh doanh…): điền cột loại hình hoặc chọn loại hình chung`,
          `The legal type of "${producerName}" is unknown: fill the type column or choose one for such producers`,
        ),
      );
  }
  const producer: RowPlan['producer'] = registered
    ? { action: 'match', id: registered.id, name: registered.name, legalType, key }
    : sameRow !== undefined
      ? { action: 'same_as_row', row: sameRow, name: producerName, legalType, key }
      : { action: 'create', name: producerName, legalType, key };

  // What: the product, its set (Appendix I) from the column or its name.
  const pKey = productKey(productName);
  const matchedProduct = registered ? ctx.register.products.get(registered.id)?.get(pKey) : undefined;
  const productGroup = `${groupKey}|${pKey}`;
  const productRow = ctx.groups.products.get(productGroup);
  const setNo = matchedProduct?.setNo ?? (v.setNo ? readSetCell(v.setNo, ctx.setNames) : null) ?? guessSet(productName);
  if (setNo === null && productName && !matchedProduct)
    problems.push(
      problem(
        v.setNo ? 'setNo' : 'productName',
        'unknown_set',
        'error',
        `Không xác định được bộ sản phẩm của "${productName}": thêm cột bộ sản phẩm (số 1–26 theo Phụ lục I)`,
        `Cannot tell the product set of "${productName}": add a product set column (1–26, Appendix I)`,
      ),
    );
  // Art. 2.3: hội, hiệp hội and operating centres are producers of tourism services (set 26) only.
  if (setNo !== null && legalType && !matchedProduct && !legalTypeAllowsSet(legalType, setNo))
    problems.push(
      problem(
        'legalType',
        'type_not_allowed',
        'error',
        `Loại hình này chỉ là chủ thể của sản phẩm du lịch (bộ 26, khoản 3 Điều 2)`,
        `This legal type is a producer of tourism services only (set 26, Art. 2.3)`,
      ),
    );
  const product: RowPlan['product'] = matchedProduct
    ? { action: 'match', id: matchedProduct.id, name: matchedProduct.name, setNo }
    : productRow !== undefined
      ? { action: 'same_as_row', row: productRow, name: productName, setNo }
      : { action: 'create', name: productName, setNo };

  const result = planResult(v, ctx, problems);
  if (result && productName) {
    const yearKey = `${productGroup}|${result.year}`;
    const first = ctx.groups.years.get(yearKey);
    if (first !== undefined)
      problems.push(
        problem(
          'year',
          'duplicate',
          'error',
          `Sản phẩm này đã có ở dòng ${first} cùng năm ${result.year}`,
          `This product is already on row ${first} for ${result.year}`,
        ),
      );
  }

  const outcome: Outcome = problems.some((p) => p.severity === 'error')
    ? 'rejected'
    : problems.some((p) => p.severity === 'question')
      ? 'question'
      : problems.length
        ? 'warning'
        : 'ok';
  // Only rows that will import make groups later rows may join.
  if (outcome !== 'rejected') {
    if (producer.action === 'create') ctx.groups.producers.set(groupKey, rowNo);
    if (product.action === 'create') ctx.groups.products.set(productGroup, rowNo);
    if (result) ctx.groups.years.set(`${productGroup}|${result.year}`, rowNo);
  }
  return {
    outcome,
    plan: {
      unit: place
        ? { communeCode: place.communeCode, communeName: place.communeName, via: place.via, original: place.original }
        : null,
      producer,
      product,
      result,
      ...(question ? { question } : {}),
    },
    problems,
  };
}

function planResult(v: RowValues, ctx: PlanContext, problems: RowProblem[]): RowPlan['result'] {
  const star = readStar(v.star ?? '');
  if (star === null) {
    problems.push(
      problem(
        'star',
        v.star ? 'invalid' : 'required',
        'error',
        `Hạng sao "${v.star ?? ''}" không đọc được (1–5, "3 sao", "***")`,
        `The star "${v.star ?? ''}" is unreadable (1–5, "3 sao", "***")`,
      ),
    );
    return null;
  }
  const date = readDate(v.decisionDate ?? '');
  if (date === 'invalid')
    problems.push(
      problem(
        'decisionDate',
        'invalid',
        'error',
        `Ngày quyết định "${v.decisionDate}" không đọc được (dd/mm/yyyy)`,
        `The decision date "${v.decisionDate}" is unreadable (dd/mm/yyyy)`,
      ),
    );
  const decidedOn = date === 'invalid' ? null : date;
  const year = readYear(v.year ?? '') ?? (decidedOn ? Number(decidedOn.slice(0, 4)) : null);
  if (year === null) {
    problems.push(
      problem(
        'year',
        'required',
        'error',
        'Chưa có năm công nhận hay ngày quyết định',
        'Neither the year nor the decision date is given',
      ),
    );
    return null;
  }
  const points = readPoints(v.points ?? '');
  if (Number.isNaN(points))
    problems.push(
      problem(
        'points',
        'invalid',
        'error',
        `Điểm "${v.points}" không phải là số`,
        `Points "${v.points}" is not a number`,
      ),
    );
  const body = v.issuingBody?.trim() || null;
  const bodyLevel = body ? levelOfBody(body) : null;
  if (body && !bodyLevel)
    problems.push(
      problem(
        'issuingBody',
        'unknown_level',
        'warning',
        `Không rõ cấp của "${body}": lấy cấp công nhận theo quy định`,
        `The level of "${body}" is unclear: the level the rules give is used`,
      ),
    );
  const decisionNumber = v.decisionNumber?.trim() || null;
  const certificateNumber = v.certificateNumber?.trim() || null;
  const base = {
    star,
    year,
    decidedOn,
    decisionNumber,
    issuingBody: body,
    points: Number.isNaN(points) ? null : points,
    certificateNumber,
  };

  if (!decidedOn) {
    problems.push(...checkStarOfYear({ star, year, level: bodyLevel }, ctx.ruleSets, ctx.today));
    if (date !== 'invalid')
      problems.push(
        problem(
          'decisionDate',
          'unknown_date',
          'warning',
          `Không có ngày quyết định: nhập sản phẩm, hạng ${star} sao năm ${year} giữ trong hồ sơ nhập, không ghi kết quả hay giấy chứng nhận`,
          `No decision date: the product is imported and its ${star}★ of ${year} kept on the import record; no result or certificate is recorded`,
        ),
      );
    return { ...base, level: bodyLevel, record: false, certificate: false };
  }
  // The level: the issuing body's, else the one the rules of that day give (certifying 3★–5★, evaluating 1★–2★).
  const rs = ruleSetInForce(decidedOn, ctx.ruleSets);
  const level = (bodyLevel ??
    (rs
      ? star >= 3
        ? certifyingLevel(rs, decidedOn, star)
        : firstEvaluatingLevel(rs, decidedOn)
      : null)) as HistoricalLevel | null;
  const check = checkHistoricalResult(
    {
      kind: 'first',
      filedOn: null,
      decidedOn,
      level: level ?? 'province',
      points: base.points,
      star,
      decisionNumber,
      certificateNumber,
    },
    ctx.today,
    { calendar: ctx.calendar, ruleSets: ctx.ruleSets, numbersMayBeUnknown: true },
  );
  if (!check.ok)
    for (const i of check.issues)
      problems.push({ field: FIELD_OF_ISSUE[i.field] ?? 'row', code: i.code, severity: 'error', message: i.message });
  if (!decisionNumber && star >= 3)
    problems.push(
      problem(
        'decisionNumber',
        'unknown',
        'warning',
        'Không có số quyết định: ghi là chưa rõ',
        'No decision number: recorded as unknown',
      ),
    );
  const certificate = star >= 3 && !!certificateNumber;
  if (star >= 3 && !certificateNumber)
    problems.push(
      problem(
        'certificateNumber',
        'unknown',
        'warning',
        'Không có số giấy chứng nhận: ghi kết quả, chưa ghi giấy chứng nhận',
        'No certificate number: the result is recorded, the certificate is not',
      ),
    );
  return { ...base, level, record: true, certificate };
}
