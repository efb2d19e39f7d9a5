// Answers to any product set's criteria sheet (Appendix II of 26/2026) worth about a target number of points, for
// the demo's Form 02 and council scorecards: every criterion starts at its best option (100 points, 5★), then
// options are stepped down one at a time, from the last criterion up, while the total stays at or above the target
// and the star marks of the total's band stay met (the star is the band: no "blocked" result by accident).
import {
  allCriteria,
  getProductSet,
  evaluate,
  type Answer,
  type ScoreResult,
  type Criterion,
} from '../criteria/index.ts';
import { getRuleSet } from '../reference/index.ts';

export const DEMO_RULE_SET = '26-2026';

export type Answers = Record<string, Answer>;

function sheet(setNo: number) {
  const set = getProductSet(DEMO_RULE_SET, setNo);
  const bands = getRuleSet(DEMO_RULE_SET)?.bands;
  if (!set || !bands) throw new Error(`demo: no criteria sheet for set ${setNo} of ${DEMO_RULE_SET}`);
  if (allCriteria(set).some((r) => r.criterion.branches?.length))
    throw new Error(`demo: set ${setNo} has cases (Trường hợp); not supported`);
  return { set, bands };
}

/** The option scoring the most points (first in sheet order on ties), or true for yes/no. */
function best(c: Criterion): Answer {
  if (c.kind === 'yesno') return true;
  let i = 0;
  c.options.forEach((o, j) => {
    if (o.points > c.options[i]!.points) i = j;
  });
  return i;
}

/** The next option down the ladder (the best one scoring fewer points than the current answer), or undefined. */
function stepDown(c: Criterion, a: Answer): Answer | undefined {
  if (c.kind === 'yesno') return a === true ? false : undefined;
  if (typeof a !== 'number') return undefined;
  const current = c.options[a]!.points;
  let next: number | undefined;
  c.options.forEach((o, j) => {
    if (o.points < current && (next === undefined || o.points > c.options[next]!.points)) next = j;
  });
  return next;
}

const cache = new Map<string, Answers>();

export function scoreOf(setNo: number, answers: Answers): ScoreResult {
  const { set, bands } = sheet(setNo);
  return evaluate(set, { answers }, bands);
}

/** Answers to set `setNo` worth at least `target` points (and as close above it as single steps allow). */
export function answersFor(setNo: number, target: number): Answers {
  const key = `${setNo}:${target}`;
  const hit = cache.get(key);
  if (hit) return { ...hit };
  const { set, bands } = sheet(setNo);
  const criteria = allCriteria(set).map((r) => r.criterion);
  const answers: Answers = Object.fromEntries(criteria.map((c) => [c.code, best(c)]));
  let total = evaluate(set, { answers }, bands).total;
  let moved = true;
  while (moved && total > target) {
    moved = false;
    for (const c of [...criteria].reverse()) {
      const next = stepDown(c, answers[c.code]!);
      if (next === undefined) continue;
      const trial = { ...answers, [c.code]: next };
      const r = evaluate(set, { answers: trial }, bands);
      if (r.total < target || r.star !== r.band) continue;
      answers[c.code] = next;
      total = r.total;
      moved = true;
      if (total <= target) break;
    }
  }
  cache.set(key, answers);
  return { ...answers };
}
