// Council aggregation (Hội đồng đánh giá, phân hạng, Art. 7.3–7.4): several members' scorecards of one product.
// Art. 3.3 ranks by "tổng điểm trung bình" — the members' mean total — so the band comes from the exact mean. The star
// marks are yes/no facts about single options, which a mean cannot express; they are checked on consensus answers.
//
// Consensus of a criterion: the lower median of the members' answers ordered by points (for an even count the lower
// of the two middle answers — conservative, it never rounds up). Equal points are ordered null/false first, then by
// option index, so ties resolve to the lower option. A member's answer to a criterion that does not apply on their
// own scorecard counts as null (they gave it 0 points) — unless it applies on nobody's scorecard, where the answers
// are kept as given (they score 0 anyway, but let quick wins see them). One scorecard is its own consensus.
//
// Where the Decision is silent the council's policies decide (policies.ts, "quy định của Hội đồng"):
// - star marks across members (marksAcrossMembers): by default met when more than half of the members reach the
//   marked option — exactly the lower-median consensus answer's points; or every member; or the mean points;
// - knock-outs (knockoutsAcrossMembers): by default one member's tick holds for the council (a forged dossier or a
//   missing certificate is a fact one member can establish; the council resolves it before proposing a rank); or a
//   majority; a knock-out decided by points (set 16 §6) is judged on each member's own answers the same way;
// - an applicability answer (set 21 §7) waives a mark only when more than half of the members answered "no";
// - a spread of the members' totals above spreadThreshold flags the dossier for discussion.
import type { PartCode, ProductSet, StarBand } from './types.ts';
import { ScoringError, issue, type ScoringIssue } from './scoring-errors.ts';
import {
  checkBands,
  rawPoints,
  sheetModel,
  validateScorecard,
  type Answer,
  type Scorecard,
  type ScoreInput,
  type SheetModel,
  type Star,
} from './scoring-model.ts';
import { knockoutsOf, pointsOf, rank, type KnockedOut, type Points, type ScoreResult } from './scoring.ts';
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from './policies.ts';

/** The council's policies; any left out take their default (DEFAULT_SCORING_POLICY). */
export type AggregateOptions = Partial<ScoringPolicy>;

export interface CriterionSpread {
  code: string;
  min: number;
  max: number;
  /** Each member's points, in scorecard order. */
  points: number[];
}

export interface MemberScore {
  total: number;
  band: Star;
  star: Star | null;
  disqualified: boolean;
  /** Ids of the knock-outs that hold on this member's scorecard. */
  knockouts: string[];
}

/**
 * Same fields as a single evaluation, where total and parts are the members' means (each truncated to 2 decimals,
 * so A + B + C may fall short of total by up to 0.02), band is the exact mean's, and star, blocking, criteria and
 * quick wins come from the consensus answers (quick wins' pointsNeeded is measured from the consensus total).
 */
export interface AggregateResult extends ScoreResult {
  mean: number;
  spreadFlag: boolean;
  spreadThreshold: number;
  spread: CriterionSpread[];
  members: MemberScore[];
  consensus: ScoreInput;
}

/** Keeps two decimals without ever rounding up (69.996 → 69.99, never 70). Points are integers, so sum·100/n is exact enough. */
export function truncate2(sum: number, n: number): number {
  return Math.trunc((sum * 100) / n) / 100;
}

/** Art. 3.3 band of the mean sum/n, compared exactly (sum ≥ min·n) so 69.996 stays in the 3★ band. */
function bandOfMean(sum: number, n: number, bands: readonly StarBand[]): Star {
  let star: Star = 1;
  for (const b of bands) if (sum >= b.minPoints * n && b.star > star) star = b.star;
  return star;
}

/** Sort key of an answer: points, then missing < null < false < option index / true (equal keys = equal answers). */
function orderKey(model: SheetModel, i: number, a: Answer | undefined): [number, number] {
  const cm = model.criteria[i]!;
  const tie = a === undefined ? -3 : a === null ? -2 : a === false ? -1 : a === true ? 0 : a;
  return [rawPoints(cm, a ?? null), tie];
}

export function consensusAnswer(model: SheetModel, i: number, cards: Scorecard[], pts: Points[]): Answer | undefined {
  const appliesSomewhere = pts.some((p) => p.applicable[i]);
  const values = cards.map((card, m) =>
    appliesSomewhere ? (pts[m]!.applicable[i] ? (card.answers[i] ?? null) : null) : card.answers[i],
  );
  const sorted = values
    .map((a) => ({ a, key: orderKey(model, i, a) }))
    .sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]);
  return sorted[Math.floor((sorted.length - 1) / 2)]!.a;
}

function validateAll(
  model: SheetModel,
  scorecards: unknown,
  bands: readonly StarBand[],
  threshold: unknown,
): Scorecard[] {
  const issues: ScoringIssue[] = [...checkBands(bands)];
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0) {
    issues.push(
      issue(
        'spreadThreshold',
        'invalid_type',
        'Ngưỡng chênh lệch phải là số không âm',
        'The spread threshold must be a non-negative number',
      ),
    );
  }
  if (!Array.isArray(scorecards) || scorecards.length === 0) {
    issues.push(issue('scorecards', 'required', 'Cần ít nhất một phiếu chấm', 'At least one scorecard is required'));
    throw new ScoringError(issues);
  }
  const cards: Scorecard[] = [];
  scorecards.forEach((input, m) => {
    const r = validateScorecard(model, input, `scorecards.${m}.`);
    issues.push(...r.issues);
    if (r.card) cards.push(r.card);
  });
  // Members score one product, so its case (set 26) is one fact: scorecards that state different cases disagree.
  const first = cards.findIndex((c) => c.branch !== undefined);
  if (!issues.length && first >= 0) {
    cards.forEach((c, m) => {
      if (c.branch !== undefined && c.branch !== cards[first]!.branch) {
        issues.push(
          issue(
            `scorecards.${m}.branch`,
            'branch_conflict',
            `Phiếu theo trường hợp ${c.branch}, khác trường hợp ${cards[first]!.branch} của phiếu ${first}`,
            `Scorecard uses case ${c.branch}, scorecard ${first} uses case ${cards[first]!.branch}`,
          ),
        );
      }
    });
  }
  if (issues.length) throw new ScoringError(issues);
  return cards;
}

const more = (count: number, n: number) => count * 2 > n;

/** Per criterion, the points the star marks are judged on (marksAcrossMembers). */
function markPointsOf(model: SheetModel, pts: Points[], rule: ScoringPolicy['marksAcrossMembers']): number[] {
  return model.criteria.map((cm) => {
    const points = pts.map((p) => (p.applicable[cm.index] ? p.points[cm.index]! : 0)).sort((a, b) => a - b);
    if (rule === 'all-members') return points[0]!;
    if (rule === 'mean-points') return points.reduce((a, b) => a + b, 0) / points.length;
    return points[Math.floor((points.length - 1) / 2)]!; // lower median: more than half reach it
  });
}

export function aggregate(
  set: ProductSet,
  scorecards: readonly ScoreInput[],
  bands: readonly StarBand[],
  options: AggregateOptions = {},
): AggregateResult {
  const policy: ScoringPolicy = { ...DEFAULT_SCORING_POLICY, ...options };
  const { spreadThreshold } = policy;
  const model = sheetModel(set);
  const cards = validateAll(model, scorecards, bands, spreadThreshold);
  const n = cards.length;
  const pts = cards.map((card) => pointsOf(model, card, policy));
  const memberKnockouts = cards.map((card, m) => knockoutsOf(model, card, pts[m]!));
  const members = cards.map((card, m): MemberScore => {
    const r = rank(model, card, bands, { quickWins: false, policy });
    return {
      total: r.total,
      band: r.band,
      star: r.star,
      disqualified: r.disqualified,
      knockouts: memberKnockouts[m]!.map((k) => k.id),
    };
  });

  const answers: Record<string, Answer> = {};
  for (const cm of model.criteria) {
    const a = consensusAnswer(model, cm.index, cards, pts);
    if (a !== undefined) answers[cm.criterion.code] = a;
  }
  const held = (k: KnockedOut) => memberKnockouts.filter((list) => list.some((x) => x.id === k.id)).length;
  const knockouts = set.knockouts
    .map((k) => memberKnockouts.flat().find((x) => x.id === k.id))
    .filter(
      (k): k is KnockedOut => k !== undefined && (policy.knockoutsAcrossMembers === 'any-member' || more(held(k), n)),
    );
  const applies: Record<string, boolean> = {};
  for (const cm of model.criteria) {
    const id = cm.criterion.applicability?.id;
    if (id && more(cards.filter((c) => c.applies[id] === false).length, n)) applies[id] = false;
  }
  const ticked = knockouts.filter((k) => set.knockouts.find((x) => x.id === k.id)?.decidedBy === 'answer');
  const branch = cards.find((c) => c.branch !== undefined)?.branch;
  const consensus: ScoreInput = {
    answers,
    ...(branch !== undefined ? { branch } : {}),
    ...(ticked.length ? { knockouts: Object.fromEntries(ticked.map((k) => [k.id, true])) } : {}),
    ...(Object.keys(applies).length ? { applies } : {}),
  };
  const checked = validateScorecard(model, consensus);
  if (!checked.card) throw new ScoringError(checked.issues); // cannot happen: consensus answers are members' answers

  const sum = pts.reduce((s, p) => s + p.total, 0);
  const result = rank(model, checked.card, bands, {
    band: bandOfMean(sum, n, bands),
    policy,
    knockouts,
    markPoints: markPointsOf(model, pts, policy.marksAcrossMembers),
  });
  const parts = {} as Record<PartCode, number>;
  for (const code of ['A', 'B', 'C'] as const)
    parts[code] = truncate2(
      pts.reduce((s, p) => s + p.parts[code], 0),
      n,
    );
  const totals = pts.map((p) => p.total);
  const mean = truncate2(sum, n);
  return {
    ...result,
    total: mean,
    parts,
    mean,
    spreadFlag: Math.max(...totals) - Math.min(...totals) > spreadThreshold,
    spreadThreshold,
    spread: model.criteria.map((cm) => {
      const points = pts.map((p) => p.points[cm.index]!);
      return { code: cm.criterion.code, min: Math.min(...points), max: Math.max(...points), points };
    }),
    members,
    consensus,
  };
}
