// Scoring one scorecard under Decision 26/2026/QĐ-TTg: points (Art. 3.1, Appendix II), star band (Art. 3.3), the
// sheet's star marks ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao", note under each sheet), the
// "Hồ sơ bị loại khi …" conditions, and quick wins towards the next star. Pure: no I/O, bands come as data.
import type { PartCode, ProductSet, StarBand } from './types.ts';
import { ScoringError } from './scoring-errors.ts';
import {
  bandOf, checkBands, isApplicable, rawPoints, required, sheetModel, validateScorecard,
  type Answer, type Scorecard, type ScoreInput, type SheetModel, type Star,
} from './scoring-model.ts';
import { quickWins, type QuickWins } from './quick-wins.ts';

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

export interface ScoreResult {
  total: number;
  parts: Record<PartCode, number>;
  /** Art. 3.3 band of the total alone. */
  band: Star;
  /** Final rank: the band capped by unmet star marks; null when the dossier is disqualified. */
  star: Star | null;
  /** Art. 4.1: only 3★–5★ are recognised and certified. */
  certifiable: boolean;
  disqualified: boolean;
  disqualifiedReasons: string[];
  blocking: Blocking[];
  quickWins: QuickWins | null;
  criteria: CriterionScore[];
}

/** Points of a validated scorecard, before ranking. */
export interface Points {
  total: number;
  parts: Record<PartCode, number>;
  /** Effective points per criterion (0 when not applicable). */
  points: number[];
  applicable: boolean[];
}

export function pointsOf(model: SheetModel, card: Scorecard): Points {
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
  return { total: parts.A + parts.B + parts.C, parts, points, applicable };
}

/** Whether every applicable criterion reaches the points of its options marked k★ for all k ≤ star. */
export function marksMet(model: SheetModel, card: Scorecard, pts: Points, star: number): boolean {
  return model.criteria.every((cm) => !pts.applicable[cm.index] || pts.points[cm.index]! >= required(cm, card.branch, star));
}

/**
 * The final star for a band: the highest N ≤ band whose marks (and all lower marks) are met. Marks start at 3★, so a
 * product missing a 3★ mark stays at its band capped to 2★ (not certifiable, Art. 4.1.a).
 */
export function starFor(model: SheetModel, card: Scorecard, pts: Points, band: Star): Star {
  let star: Star = band < 2 ? band : 2;
  for (const s of [3, 4, 5] as const) {
    if (s > band || !marksMet(model, card, pts, s)) break;
    star = s;
  }
  return star;
}

/** For each star from 3★ to the band, each criterion whose mark for that star is not met. */
export function blockingFor(model: SheetModel, card: Scorecard, pts: Points, band: Star): Blocking[] {
  const out: Blocking[] = [];
  for (const s of [3, 4, 5] as const) {
    if (s > band) break;
    for (const cm of model.criteria) {
      const need = required(cm, card.branch, s);
      const actual = pts.points[cm.index]!;
      if (!pts.applicable[cm.index] || actual >= need) continue;
      const ladder = cm.ladders.get(cm.criterion.branches ? card.branch ?? -1 : 0);
      // Before the case is known (all answers of a criterion with cases are null) use the first case that demands this.
      const option = ladder?.reqOption[s]
        ?? [...cm.ladders.values()].find((l) => l.req[s] === need)!.reqOption[s]!;
      out.push({ criterion: cm.criterion.code, title: cm.criterion.title, star: s, requiredPoints: need, actualPoints: actual, requiredOption: option });
    }
  }
  return out;
}

export interface RankOptions {
  /** Rank against this band instead of the total's (the council ranks the mean, Art. 3.3 "tổng điểm trung bình"). */
  band?: Star;
  /** Skip quick wins (members of a council aggregate). */
  quickWins?: boolean;
}

/** Ranks a validated scorecard. */
export function rank(model: SheetModel, card: Scorecard, bands: readonly StarBand[], opts: RankOptions = {}): ScoreResult {
  const pts = pointsOf(model, card);
  const band = opts.band ?? bandOf(pts.total, bands);
  const disqualified = card.disqualifiedReasons.length > 0;
  const marked = starFor(model, card, pts, band);
  const star = disqualified ? null : marked;
  return {
    total: pts.total,
    parts: pts.parts,
    band,
    star,
    certifiable: star !== null && star >= 3,
    disqualified,
    disqualifiedReasons: card.disqualifiedReasons,
    blocking: blockingFor(model, card, pts, band),
    quickWins: star === null || star === 5 || opts.quickWins === false ? null : quickWins(model, card, pts, star, bands),
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
export function evaluate(set: ProductSet, input: ScoreInput, bands: readonly StarBand[]): ScoreResult {
  const model = sheetModel(set);
  return rank(model, validOrThrow(model, input, bands), bands);
}

/** Many scorecards of one sheet (the bench's entry point); throws on the first invalid one. */
export function scoreMany(set: ProductSet, inputs: readonly ScoreInput[], bands: readonly StarBand[]): ScoreResult[] {
  const model = sheetModel(set);
  return inputs.map((input) => rank(model, validOrThrow(model, input, bands), bands));
}
