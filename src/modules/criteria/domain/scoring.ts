// Scoring one scorecard under Decision 26/2026/QĐ-TTg: points (Art. 3.1, Appendix II), star band (Art. 3.3), the
// sheet's star marks ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao", note under each sheet), the
// "Hồ sơ bị loại khi …" conditions, and quick wins towards the next star. Pure: no I/O, bands come as data.
import type { KnockOut, PartCode, ProductSet, StarBand } from './types.ts';
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from './policies.ts';
import { ScoringError } from './scoring-errors.ts';
import {
  bandOf,
  checkBands,
  isApplicable,
  rawPoints,
  required,
  sheetModel,
  validateScorecard,
  type Answer,
  type Scorecard,
  type MarkWaived,
  type Points,
  type ScoreInput,
  type SheetModel,
  type Star,
} from './scoring-model.ts';
import { quickWins, type QuickWins } from './quick-wins.ts';

export type { MarkWaived, Points } from './scoring-model.ts';

export interface CriterionScore {
  code: string;
  points: number;
  maxPoints: number;
  /** The answer as given (null when not given). */
  chosen: Answer;
  /** False when appliesWhen is not met: the criterion scores 0 whatever was chosen. */
  applicable: boolean;
}

/** A criterion keeping the product below `star`: it scores less than the option marked for that star. */
export interface Blocking {
  criterion: string;
  title: string;
  star: 3 | 4 | 5;
  requiredPoints: number;
  actualPoints: number;
  /** Index of the marked option that sets the requirement. */
  requiredOption: number;
}

/** A knock-out condition that holds, as the sheet states it. */
export type KnockedOut = Pick<KnockOut, 'id' | 'kind' | 'criterion' | 'text' | 'line' | 'statement'>;

export interface ScoreResult {
  total: number;
  parts: Record<PartCode, number>;
  /** Art. 3.3 band of the total alone. */
  band: Star;
  /** Final rank: the band capped by unmet star marks; null when a knock-out holds. */
  star: Star | null;
  /** Art. 4.1: only 3★–5★ are recognised and certified. */
  certifiable: boolean;
  /**
   * `ranked`: the sheet was applied to the end; `excluded` ("loại"): an exclusion holds; `stopped` ("dừng đánh giá"):
   * a stop-evaluation condition holds and none excludes. Either knock-out leaves no star.
   */
  outcome: 'ranked' | 'excluded' | 'stopped';
  /** The knock-outs that hold, in sheet order. */
  knockouts: KnockedOut[];
  /** True when a knock-out holds (= outcome ≠ ranked); kept for the procedure's "Hồ sơ bị loại" outcome. */
  disqualified: boolean;
  /** The sheet's words of each knock-out that holds. */
  disqualifiedReasons: string[];
  marksWaived: MarkWaived[];
  /** The scoring rules of OCOP Hub (not the law's) this result was computed under. */
  policy: ScoringPolicy;
  blocking: Blocking[];
  quickWins: QuickWins | null;
  criteria: CriterionScore[];
}

/** Whose star mark does not bind this product: an applicability answered "no", or a flagged mark the policy waives. */
export function marksWaived(model: SheetModel, card: Scorecard, policy: ScoringPolicy): (MarkWaived | null)[] {
  return model.criteria.map(({ criterion: c }) => {
    if (c.applicability && card.applies[c.applicability.id] === false) {
      return { criterion: c.code, reason: 'not-applicable', text: c.applicability.text };
    }
    const flag = c.flags?.find((f) => f.kind === 'mark-out-of-scope');
    if (flag && policy.outOfScopeMarks === 'not-binding')
      return { criterion: c.code, reason: 'council-policy', text: flag.note.vi };
    return null;
  });
}

/** The knock-outs that hold: those ticked, and those decided by points (set 16 §6: any listed criterion at 0). */
export function knockoutsOf(model: SheetModel, card: Scorecard, pts: Points): KnockedOut[] {
  return model.set.knockouts
    .filter((k) =>
      k.decidedBy === 'answer'
        ? card.knockouts.includes(k.id)
        : (k.criteria ?? []).some((code) => {
            const cm = model.byCode.get(code);
            return cm !== undefined && pts.applicable[cm.index] && pts.points[cm.index] === 0;
          }),
    )
    .map(({ id, kind, criterion, text, line, statement }) => ({ id, kind, criterion, text, line, statement }));
}

export function pointsOf(model: SheetModel, card: Scorecard, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): Points {
  const waived = marksWaived(model, card, policy);
  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  const points: number[] = [];
  const applicable: boolean[] = [];
  for (const cm of model.criteria) {
    const applies = isApplicable(model, card.answers, cm.index) !== false;
    const p = applies ? rawPoints(cm, card.answers[cm.index]) : 0;
    points.push(p);
    applicable.push(applies);
    parts[cm.part] += p;
  }
  return {
    total: parts.A + parts.B + parts.C,
    parts,
    points,
    applicable,
    binding: waived.map((w) => w === null),
    waived: waived.filter((w) => w !== null),
  };
}

/**
 * What the star marks are judged on: per criterion, the points to compare with the marked option (a member's own, or
 * the council's per marksAcrossMembers), whether it applies and whether its mark binds at all.
 */
export type MarkBasis = Pick<Points, 'points' | 'applicable' | 'binding'>;

/** Whether every applicable, binding criterion reaches the points of its options marked k★ for all k ≤ star. */
export function marksMet(model: SheetModel, card: Scorecard, pts: MarkBasis, star: number): boolean {
  return model.criteria.every(
    (cm) =>
      !pts.applicable[cm.index] || !pts.binding[cm.index] || pts.points[cm.index]! >= required(cm, card.branch, star),
  );
}

/**
 * The final star for a band: the highest N ≤ band whose marks (and all lower marks) are met. Marks start at 3★, so a
 * product missing a 3★ mark stays at its band capped to 2★ (not certifiable, Art. 4.1.a).
 */
export function starFor(model: SheetModel, card: Scorecard, pts: MarkBasis, band: Star): Star {
  let star: Star = band < 2 ? band : 2;
  for (const s of [3, 4, 5] as const) {
    if (s > band || !marksMet(model, card, pts, s)) break;
    star = s;
  }
  return star;
}

/** For each star from 3★ to the band, each criterion whose mark for that star is not met. */
export function blockingFor(model: SheetModel, card: Scorecard, pts: MarkBasis, band: Star): Blocking[] {
  const out: Blocking[] = [];
  for (const s of [3, 4, 5] as const) {
    if (s > band) break;
    for (const cm of model.criteria) {
      const need = required(cm, card.branch, s);
      const actual = pts.points[cm.index]!;
      if (!pts.applicable[cm.index] || !pts.binding[cm.index] || actual >= need) continue;
      const ladder = cm.ladders.get(cm.criterion.branches ? (card.branch ?? -1) : 0);
      // Before the case is known (all answers of a criterion with cases are null) use the first case that demands this.
      const option = ladder?.reqOption[s] ?? [...cm.ladders.values()].find((l) => l.req[s] === need)!.reqOption[s]!;
      out.push({
        criterion: cm.criterion.code,
        title: cm.criterion.title,
        star: s,
        requiredPoints: need,
        actualPoints: actual,
        requiredOption: option,
      });
    }
  }
  return out;
}

export interface RankOptions {
  /** Rank against this band instead of the total's (the council ranks the mean, Art. 3.3 "tổng điểm trung bình"). */
  band?: Star;
  /** Skip quick wins (members of a council aggregate). */
  quickWins?: boolean;
  policy?: ScoringPolicy;
  /** The council's points per criterion for the star marks (marksAcrossMembers); default: this card's. */
  markPoints?: number[];
  /** The council's knock-outs (knockoutsAcrossMembers); default: this card's. */
  knockouts?: KnockedOut[];
}

/** Ranks a validated scorecard. */
export function rank(
  model: SheetModel,
  card: Scorecard,
  bands: readonly StarBand[],
  opts: RankOptions = {},
): ScoreResult {
  const policy = opts.policy ?? DEFAULT_SCORING_POLICY;
  const pts = pointsOf(model, card, policy);
  const band = opts.band ?? bandOf(pts.total, bands);
  const basis: MarkBasis = opts.markPoints ? { ...pts, points: opts.markPoints } : pts;
  const knockouts = opts.knockouts ?? knockoutsOf(model, card, pts);
  const outcome = knockouts.some((k) => k.kind === 'exclusion') ? 'excluded' : knockouts.length ? 'stopped' : 'ranked';
  const marked = starFor(model, card, basis, band);
  const star = outcome === 'ranked' ? marked : null;
  return {
    total: pts.total,
    parts: pts.parts,
    band,
    star,
    certifiable: star !== null && star >= 3,
    outcome,
    knockouts,
    disqualified: outcome !== 'ranked',
    disqualifiedReasons: knockouts.map((k) => k.text),
    marksWaived: pts.waived,
    policy: { ...policy },
    blocking: blockingFor(model, card, basis, band),
    quickWins:
      star === null || star === 5 || opts.quickWins === false ? null : quickWins(model, card, pts, star, bands),
    criteria: model.criteria.map((cm) => ({
      code: cm.criterion.code,
      points: pts.points[cm.index]!,
      maxPoints: cm.criterion.maxPoints,
      chosen: card.answers[cm.index] ?? null,
      applicable: pts.applicable[cm.index]!,
    })),
  };
}

export function validOrThrow(model: SheetModel, input: unknown, bands: readonly StarBand[]): Scorecard {
  const { card, issues } = validateScorecard(model, input);
  const all = [...checkBands(bands), ...issues];
  if (all.length || !card) throw new ScoringError(all);
  return card;
}

/** Scores one scorecard; throws ScoringError listing every problem of the input. */
export function evaluate(
  set: ProductSet,
  input: ScoreInput,
  bands: readonly StarBand[],
  policy?: ScoringPolicy,
): ScoreResult {
  const model = sheetModel(set);
  return rank(model, validOrThrow(model, input, bands), bands, policy ? { policy } : {});
}

/** Many scorecards of one sheet (the bench's entry point); throws on the first invalid one. */
export function scoreMany(set: ProductSet, inputs: readonly ScoreInput[], bands: readonly StarBand[]): ScoreResult[] {
  const model = sheetModel(set);
  return inputs.map((input) => rank(model, validOrThrow(model, input, bands), bands));
}
