// The scoring engine's view of a criteria sheet (Appendix II of Decision 26/2026/QĐ-TTg) and the validation of a
// scorecard against it. Pure; the compiled model of a sheet is memoised per ProductSet object (catalogue sets are
// frozen, so the cache can never go stale).
import type { Criterion, PartCode, ProductSet, StarBand } from './types.ts';
import { issue, type ScoringIssue } from './scoring-errors.ts';

/** 0-based option index (over all cases, in sheet order), yes/no, or null = "none of the listed options is met". */
export type Answer = number | boolean | null;
export type Star = StarBand['star'];

/** One scorecard, as the public HTTP API receives it. */
export interface ScoreInput {
  answers: Record<string, Answer>;
  /** The "Trường hợp" (case) of set 26 that applies to the whole scorecard; inferred from the answers when omitted. */
  branch?: number;
  /** Knock-out conditions ticked by the scorer, by id (`ProductSet.knockouts`, decided by an answer): true = it holds. */
  knockouts?: Record<string, boolean>;
  /** Answers to applicability questions (`Criterion.applicability`), by id: false = the criterion's mark does not bind. */
  applies?: Record<string, boolean>;
}

/** Options of one criterion within one case (key 0 = the criterion has no cases). */
export interface Ladder {
  /** Global option indexes of this case, in sheet order. */
  options: number[];
  /** Distinct point values ascending, each with the first option (sheet order) scoring it: the steps of the ladder. */
  levels: { points: number; option: number }[];
  /** req[s] (s = 3, 4, 5): points needed for s★ = max points over options marked k★ with k ≤ s; 0 = no mark. */
  req: number[];
  /** reqOption[s]: the marked option giving req[s], or -1. */
  reqOption: number[];
}

export interface CriterionModel {
  index: number;
  criterion: Criterion;
  part: PartCode;
  /** Index of the criterion named by appliesWhen, or -1. */
  parent: number;
  /** Case number of each option (0 when the criterion has no cases). */
  optionBranch: number[];
  /** Keyed by case number, or 0 when the criterion has no cases. */
  ladders: Map<number, Ladder>;
  /** For a criterion with cases scored before the case is known: the least demanding case's requirement. */
  reqAnyCase: number[];
}

export interface SheetModel {
  set: ProductSet;
  criteria: CriterionModel[];
  byCode: Map<string, CriterionModel>;
  /** Case numbers used anywhere in the sheet (set 26: [1, 2]). */
  branchNos: number[];
  /** Criteria linked by appliesWhen (e.g. set 1: 5.1 with 5.2), every other criterion alone; sheet order. */
  units: number[][];
}

/** A validated scorecard: answers by criterion index (undefined = not given). */
export interface Scorecard {
  answers: (Answer | undefined)[];
  branch: number | undefined;
  /** Ids of the knock-outs the scorer ticked (decided by an answer). */
  knockouts: string[];
  /** Applicability answers by id, as given. */
  applies: Record<string, boolean>;
}

const STARS = [3, 4, 5] as const;
const cache = new WeakMap<ProductSet, SheetModel>();

function ladderOf(c: Criterion, options: number[]): Ladder {
  const levels: Ladder['levels'] = [];
  for (const i of [...options].sort((a, b) => c.options[a]!.points - c.options[b]!.points || a - b)) {
    const points = c.options[i]!.points;
    if (levels.at(-1)?.points !== points) levels.push({ points, option: i });
  }
  const req = [0, 0, 0, 0, 0, 0];
  const reqOption = [-1, -1, -1, -1, -1, -1];
  for (const s of STARS) {
    for (const i of options) {
      const o = c.options[i]!;
      if (o.minStar !== null && o.minStar <= s && (reqOption[s] === -1 || o.points > req[s]!)) {
        req[s] = o.points;
        reqOption[s] = i;
      }
    }
  }
  return { options, levels, req, reqOption };
}

export function sheetModel(set: ProductSet): SheetModel {
  const hit = cache.get(set);
  if (hit) return hit;
  const flat = set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria.map((c) => ({ part: p.code, c }))));
  const indexOf = new Map(flat.map(({ c }, i) => [c.code, i]));
  const branchNos = new Set<number>();
  const criteria = flat.map(({ part, c }, index): CriterionModel => {
    const optionBranch = c.options.map((o) => (c.branches ? (o.branch ?? 0) : 0));
    const ladders = new Map<number, Ladder>();
    const keys = c.branches ? c.branches.map((b) => b.no) : [0];
    for (const k of keys) {
      if (k) branchNos.add(k);
      ladders.set(
        k,
        ladderOf(
          c,
          c.options.map((_, i) => i).filter((i) => optionBranch[i] === k),
        ),
      );
    }
    const reqAnyCase = [0, 1, 2, 3, 4, 5].map((s) => Math.min(...[...ladders.values()].map((l) => l.req[s]!)));
    const parent = c.appliesWhen ? (indexOf.get(c.appliesWhen.criterion) ?? -1) : -1;
    return { index, criterion: c, part, parent, optionBranch, ladders, reqAnyCase };
  });
  // Units: connected components of the appliesWhen links, so quick wins can treat "5.1 makes 5.2 count" as one move.
  const root = criteria.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (const cm of criteria) if (cm.parent >= 0) root[find(cm.index)] = find(cm.parent);
  const groups = new Map<number, number[]>();
  for (const cm of criteria) {
    const r = find(cm.index);
    groups.set(r, [...(groups.get(r) ?? []), cm.index]);
  }
  const units = [...groups.values()].sort((a, b) => a[0]! - b[0]!);
  const model: SheetModel = {
    set,
    criteria,
    byCode: new Map(criteria.map((cm) => [cm.criterion.code, cm])),
    branchNos: [...branchNos].sort((a, b) => a - b),
    units,
  };
  cache.set(set, model);
  return model;
}

/** Points an answer would earn if the criterion applies: null/false/missing score 0 (Appendix II, one option each). */
export function rawPoints(cm: CriterionModel, a: Answer | undefined): number {
  if (typeof a === 'number') return cm.criterion.options[a]!.points;
  return a === true ? cm.criterion.maxPoints : 0;
}

/**
 * Whether a criterion is scored: appliesWhen (e.g. set 1, 5.2 "Chỉ áp dụng khi có câu chuyện sản phẩm") holds when the
 * named criterion applies itself and its answer scores at least minPoints. Undefined when that answer is missing.
 */
export function isApplicable(
  model: SheetModel,
  answers: readonly (Answer | undefined)[],
  i: number,
  depth = 0,
): boolean | undefined {
  const cm = model.criteria[i]!;
  if (cm.parent < 0 || depth > model.criteria.length) return true;
  const parentAnswer = answers[cm.parent];
  if (parentAnswer === undefined) return undefined;
  const parentApplies = isApplicable(model, answers, cm.parent, depth + 1);
  if (parentApplies === undefined) return undefined;
  return parentApplies && rawPoints(model.criteria[cm.parent]!, parentAnswer) >= cm.criterion.appliesWhen!.minPoints;
}

/** The points needed on this criterion for `star` (3–5) under the scorecard's case; 0 when it carries no mark. */
export function required(cm: CriterionModel, branch: number | undefined, star: number): number {
  if (star < 3) return 0;
  if (!cm.criterion.branches) return cm.ladders.get(0)!.req[star]!;
  const ladder = branch === undefined ? undefined : cm.ladders.get(branch);
  return ladder ? ladder.req[star]! : cm.reqAnyCase[star]!;
}

export function ladderFor(cm: CriterionModel, branch: number | undefined): Ladder | undefined {
  return cm.ladders.get(cm.criterion.branches ? (branch ?? -1) : 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Knock-outs (Appendix II: "Hồ sơ bị loại khi …", "Bị loại nếu …", "… không đánh giá các bước tiếp theo") and
// applicability answers ("Áp dụng bắt buộc đối với …"): yes/no facts keyed by the ids of the sheet's data.

function validateFlags(
  value: unknown,
  field: string,
  allowed: Map<string, string | null>,
  issues: ScoringIssue[],
  setNo: number,
): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.push(
      issue(field, 'invalid_type', 'Phải là một đối tượng { mã: true/false }', 'Must be an object { id: true/false }'),
    );
    return out;
  }
  for (const [key, flag] of Object.entries(value)) {
    const why = allowed.get(key);
    if (why === undefined) {
      issues.push(
        issue(
          `${field}.${key}`,
          'not_in_sheet',
          `Phiếu của bộ sản phẩm số ${setNo} không có điều kiện "${key}"`,
          `The sheet of product set ${setNo} has no condition "${key}"`,
        ),
      );
    } else if (why !== null) {
      issues.push(
        issue(`${field}.${key}`, 'not_answerable', why, 'This condition follows from the answers; it is not ticked'),
      );
    } else if (typeof flag !== 'boolean') {
      issues.push(issue(`${field}.${key}`, 'invalid_type', 'Phải là true hoặc false', 'Must be true or false'));
    } else out[key] = flag;
  }
  return out;
}

function validateKnockouts(model: SheetModel, value: unknown, prefix: string, issues: ScoringIssue[]): string[] {
  const allowed = new Map(
    model.set.knockouts.map((k) => [
      k.id,
      k.decidedBy === 'answer'
        ? null
        : `Điều kiện này suy ra từ các câu trả lời (${k.criteria?.join(', ')}), không đánh dấu trực tiếp`,
    ]),
  );
  const flags = validateFlags(value, `${prefix}knockouts`, allowed, issues, model.set.setNo);
  return Object.keys(flags).filter((k) => flags[k]);
}

function validateApplies(
  model: SheetModel,
  value: unknown,
  prefix: string,
  issues: ScoringIssue[],
): Record<string, boolean> {
  const allowed = new Map(
    model.criteria.flatMap((cm) =>
      cm.criterion.applicability ? [[cm.criterion.applicability.id, null] as const] : [],
    ),
  );
  return validateFlags(value, `${prefix}applies`, allowed, issues, model.set.setNo);
}

// ---------------------------------------------------------------------------------------------------------------
// Validation of one scorecard. Collects every issue; `prefix` is "" or "scorecards.2." for the council aggregate.

function validateAnswer(cm: CriterionModel, value: unknown, field: string, issues: ScoringIssue[]): Answer | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const c = cm.criterion;
  if (c.kind === 'yesno') {
    if (typeof value === 'boolean') return value;
    issues.push(
      typeof value === 'number'
        ? issue(
            field,
            'expected_boolean',
            'Tiêu chí có/không: trả lời true, false hoặc null',
            'Yes/no criterion: answer true, false or null',
          )
        : issue(field, 'invalid_type', 'Giá trị không hợp lệ', 'Invalid value'),
    );
    return undefined;
  }
  if (typeof value === 'boolean') {
    issues.push(
      issue(
        field,
        'expected_option',
        'Tiêu chí có các phương án: trả lời bằng số thứ tự phương án (từ 0) hoặc null',
        'Criterion with options: answer with the option index (from 0) or null',
      ),
    );
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= c.options.length) {
    issues.push(
      typeof value === 'number'
        ? issue(
            field,
            'invalid_option',
            `Phương án phải là số nguyên từ 0 đến ${c.options.length - 1}`,
            `Option must be an integer from 0 to ${c.options.length - 1}`,
          )
        : issue(field, 'invalid_type', 'Giá trị không hợp lệ', 'Invalid value'),
    );
    return undefined;
  }
  return value;
}

/**
 * Validates a scorecard against the sheet. Decision on answers for criteria that do not apply (appliesWhen not met):
 * they are not required; if given, they are still checked (type, range, case) but accepted whatever option they
 * name and score 0. A form that keeps a stale answer after the deciding criterion changed must not fail, and the
 * sheet itself says such a criterion is simply not scored.
 */
export function validateScorecard(
  model: SheetModel,
  input: unknown,
  prefix = '',
): { card?: Scorecard; issues: ScoringIssue[] } {
  const issues: ScoringIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      issues: [
        issue(
          prefix.replace(/\.$/, '') || 'scorecard',
          'invalid_type',
          'Phiếu chấm phải là một đối tượng',
          'The scorecard must be an object',
        ),
      ],
    };
  }
  const {
    answers: rawAnswers,
    branch: rawBranch,
    knockouts: rawKnockouts,
    applies: rawApplies,
  } = input as Record<string, unknown>;
  if (typeof rawAnswers !== 'object' || rawAnswers === null || Array.isArray(rawAnswers)) {
    issues.push(
      issue(
        `${prefix}answers`,
        'invalid_type',
        'answers phải là một đối tượng { mã tiêu chí: phương án }',
        'answers must be an object { criterion code: option }',
      ),
    );
  }
  let branch: number | undefined;
  if (rawBranch !== undefined && rawBranch !== null) {
    if (typeof rawBranch === 'number' && model.branchNos.includes(rawBranch)) branch = rawBranch;
    else {
      issues.push(
        issue(
          `${prefix}branch`,
          'unknown_branch',
          model.branchNos.length
            ? `Trường hợp phải là một trong: ${model.branchNos.join(', ')}`
            : 'Phiếu này không có các trường hợp',
          model.branchNos.length ? `Case must be one of: ${model.branchNos.join(', ')}` : 'This sheet has no cases',
        ),
      );
    }
  }
  const knockouts = validateKnockouts(model, rawKnockouts, prefix, issues);
  const applies = validateApplies(model, rawApplies, prefix, issues);

  // Issues about answers are reported in sheet order (then unknown codes), whatever the order of the JSON keys.
  const answers: (Answer | undefined)[] = model.criteria.map(() => undefined);
  const perCriterion: ScoringIssue[][] = model.criteria.map(() => []);
  const unknown: ScoringIssue[] = [];
  for (const [code, value] of Object.entries((rawAnswers ?? {}) as Record<string, unknown>)) {
    const field = `${prefix}answers.${code}`;
    const cm = model.byCode.get(code);
    if (cm) answers[cm.index] = validateAnswer(cm, value, field, perCriterion[cm.index]!);
    else
      unknown.push(
        issue(
          field,
          'unknown_criterion',
          `Không có tiêu chí "${code}" trong phiếu này`,
          `No criterion "${code}" in this sheet`,
        ),
      );
  }
  const bad = (i: number) => perCriterion[i]!.length > 0;

  // One case for the whole scorecard (set 26: "Lựa chọn một trong hai trường hợp"): the given one, else the first
  // answered criterion's; every other answered criterion with cases must agree.
  const branchInvalid = issues.some((i) => i.field === `${prefix}branch`);
  let caseFrom: string | undefined;
  for (const cm of model.criteria) {
    const a = answers[cm.index];
    if (!cm.criterion.branches || typeof a !== 'number' || branchInvalid) continue;
    const b = cm.optionBranch[a]!;
    const field = `${prefix}answers.${cm.criterion.code}`;
    if (branch === undefined) {
      branch = b;
      caseFrom = cm.criterion.code;
    } else if (b !== branch) {
      perCriterion[cm.index]!.push(
        caseFrom
          ? issue(
              field,
              'branch_conflict',
              `Phương án thuộc trường hợp ${b}, khác trường hợp ${branch} đã chọn ở tiêu chí ${caseFrom}`,
              `Option belongs to case ${b}, but criterion ${caseFrom} chose case ${branch}`,
            )
          : issue(
              field,
              'wrong_branch',
              `Phương án thuộc trường hợp ${b}, không phải trường hợp ${branch} của phiếu`,
              `Option belongs to case ${b}, not to the scorecard's case ${branch}`,
            ),
      );
    }
  }

  for (const cm of model.criteria) {
    if (answers[cm.index] !== undefined || bad(cm.index)) continue;
    // Missing: required when the criterion applies; unknown applicability (its deciding answer is itself missing
    // or invalid) is not reported twice.
    const applies = cm.parent >= 0 && bad(cm.parent) ? undefined : isApplicable(model, answers, cm.index);
    if (applies) {
      perCriterion[cm.index]!.push(
        issue(
          `${prefix}answers.${cm.criterion.code}`,
          'required',
          'Chưa chấm tiêu chí này',
          'This criterion has no answer',
        ),
      );
    }
  }
  issues.push(...perCriterion.flat(), ...unknown);
  return issues.length ? { issues } : { card: { answers, branch, knockouts, applies }, issues };
}

/** Bands of Art. 3.3 as data: checked once per call so a broken rule set fails loudly instead of mis-ranking. */
export function checkBands(bands: readonly StarBand[]): ScoringIssue[] {
  const ok =
    Array.isArray(bands) &&
    bands.length > 0 &&
    bands.every((b) => [1, 2, 3, 4, 5].includes(b.star) && Number.isFinite(b.minPoints));
  return ok ? [] : [issue('bands', 'invalid_bands', 'Thang hạng sao không hợp lệ', 'Invalid star bands')];
}

/** Art. 3.3: the band of a total is the highest star whose minimum it reaches (1★ when none). */
export function bandOf(total: number, bands: readonly StarBand[]): Star {
  let star: Star = 1;
  for (const b of bands) if (total >= b.minPoints && b.star > star) star = b.star;
  return star;
}

export function bandMinimum(star: number, bands: readonly StarBand[]): number | undefined {
  return bands.find((b) => b.star === star)?.minPoints;
}

// ---- what scoring computes before ranking (here, below both scoring.ts and quick-wins.ts that use it) ----

/** A criterion whose star mark does not bind this product, and why. */
export interface MarkWaived {
  criterion: string;
  /** `not-applicable`: the sheet binds only other products (Criterion.applicability); `council-policy`: outOfScopeMarks. */
  reason: 'not-applicable' | 'council-policy';
  text: string;
}

/** Points of a validated scorecard, before ranking. */
export interface Points {
  total: number;
  parts: Record<PartCode, number>;
  /** Effective points per criterion (0 when not applicable). */
  points: number[];
  applicable: boolean[];
  /** Whether the criterion's star mark binds this product (see marksWaived). */
  binding: boolean[];
  waived: MarkWaived[];
}
