// Quick wins: the cheapest set of answer changes that lifts a scorecard to the next star, i.e. reaches that star's
// band minimum (Art. 3.3) AND meets every star mark up to it (note under each Appendix II sheet). Solved exactly by
// dynamic programming over units of criteria × points gained (sheets have ≤ 34 criteria and gains ≤ 100 points).
//
// Cost of a change (a simple proxy for effort: how many rungs of the sheet's ladder the producer must climb):
//   - choice criterion, option i → option j of the same case: the number of distinct point values v among that
//     case's options with points(i) < v ≤ points(j); options are never lowered and equal-points moves are pointless;
//   - null (none of the options met) → option j: the rank of j's points among the case's distinct values (≥ 1);
//   - yes/no criterion, false or null → true: 1.
// Among plans of equal cost: fewer changes, then less overshoot over the band minimum, then changes earlier in the
// sheet (the set of changed criteria, compared in sheet order), then the first enumerated (lower options first).
import type { StarBand } from './types.ts';
import {
  bandMinimum,
  isApplicable,
  ladderFor,
  rawPoints,
  required,
  type Answer,
  type Points,
  type Scorecard,
  type SheetModel,
  type Star,
} from './scoring-model.ts';

export interface QuickWinChange {
  criterion: string;
  title: string;
  /** The current answer (null also when none was given). */
  fromOption: Answer;
  /** The answer to reach: an option index, true, or null (a criterion that starts to apply must be answered). */
  toOption: Answer;
  toText: string;
  /** Points this change adds to the total, including points of dependent criteria it makes count (appliesWhen). */
  pointsGained: number;
  /** The lowest star whose mark this change satisfies, or null when it only adds points. */
  forMark: 3 | 4 | 5 | null;
  cost: number;
}

export interface QuickWins {
  targetStar: Star;
  /** Points missing to the target band's minimum (0 when only marks are missing). */
  pointsNeeded: number;
  totalCost: number;
  /** The case (set 26) the changes assume. */
  branch?: number;
  /** Cheapest first, then sheet order. */
  changes: QuickWinChange[];
}

interface Choice {
  answer: Answer | undefined;
  cost: number;
  changed: boolean;
}

/** A feasible way to answer one unit: its gain in points, cost, number of changed criteria and the answers. */
interface UnitMove {
  gain: number;
  cost: number;
  changes: number;
  answers: (Answer | undefined)[];
  costs: number[];
}

function choicesOf(model: SheetModel, i: number, current: Answer | undefined, branch: number | undefined): Choice[] {
  const cm = model.criteria[i]!;
  const list: Choice[] = [{ answer: current, cost: 0, changed: false }];
  // A missing answer is fine while the criterion does not apply; if a move makes it apply it must be answered.
  if (current === undefined) list.push({ answer: null, cost: 0, changed: true });
  if (cm.criterion.kind === 'yesno') {
    if (current !== true) list.push({ answer: true, cost: 1, changed: true });
    return list;
  }
  const ladder = ladderFor(cm, branch);
  if (!ladder) return list;
  const from = typeof current === 'number' ? cm.criterion.options[current]!.points : -Infinity;
  let steps = 0;
  for (const level of ladder.levels) {
    if (level.points <= from) continue;
    steps += 1;
    list.push({ answer: level.option, cost: steps, changed: true });
  }
  return list;
}

/** Every feasible way to answer a unit for the target star, best (cost, changes) per gain. */
function unitMoves(
  model: SheetModel,
  unit: number[],
  work: (Answer | undefined)[],
  pts: Points,
  branch: number | undefined,
  target: number,
): UnitMove[] {
  if (unit.length === 1) return singleMoves(model, unit[0]!, work[unit[0]!], pts, branch, target);
  const choices = unit.map((i) => choicesOf(model, i, work[i], branch));
  const saved = unit.map((i) => work[i]);
  const best = new Map<number, UnitMove>();
  const pick = new Array<number>(unit.length).fill(0);
  for (;;) {
    unit.forEach((i, k) => (work[i] = choices[k]![pick[k]!]!.answer));
    let gain = 0;
    let cost = 0;
    let changes = 0;
    let ok = true;
    for (let k = 0; k < unit.length && ok; k++) {
      const i = unit[k]!;
      const cm = model.criteria[i]!;
      const choice = choices[k]![pick[k]!]!;
      const applies = isApplicable(model, work, i) === true;
      // A change to a criterion that does not count is pointless; a counting criterion needs an answer and its marks.
      if (choice.changed ? !applies : applies && choice.answer === undefined) ok = false;
      const points = applies ? rawPoints(cm, choice.answer) : 0;
      if (applies && pts.binding[i] && points < required(cm, branch, target)) ok = false;
      gain += points - pts.points[i]!;
      cost += choice.cost;
      if (choice.changed) changes += 1;
    }
    if (ok && gain >= 0) {
      const prev = best.get(gain);
      if (!prev || cost < prev.cost || (cost === prev.cost && changes < prev.changes)) {
        best.set(gain, {
          gain,
          cost,
          changes,
          answers: unit.map((i) => work[i]),
          costs: unit.map((_, k) => choices[k]![pick[k]!]!.cost),
        });
      }
    }
    // Next combination (odometer over the unit's criteria).
    let k = unit.length - 1;
    while (k >= 0 && pick[k] === choices[k]!.length - 1) pick[k--] = 0;
    if (k < 0) break;
    pick[k]! += 1;
  }
  unit.forEach((i, k) => (work[i] = saved[k]));
  return [...best.values()].sort((a, b) => a.gain - b.gain);
}

/** The common case, a criterion on its own (always answered, always applicable): its climbs meeting the mark. */
function singleMoves(
  model: SheetModel,
  i: number,
  current: Answer | undefined,
  pts: Points,
  branch: number | undefined,
  target: number,
): UnitMove[] {
  const cm = model.criteria[i]!;
  const need = pts.binding[i] ? required(cm, branch, target) : 0;
  const moves: UnitMove[] = [];
  for (const choice of choicesOf(model, i, current, branch)) {
    if (choice.answer === undefined) continue;
    const points = rawPoints(cm, choice.answer);
    if (points < need || (choice.changed && points <= pts.points[i]!)) continue;
    moves.push({
      gain: points - pts.points[i]!,
      cost: choice.cost,
      changes: choice.changed ? 1 : 0,
      answers: [choice.answer],
      costs: [choice.cost],
    });
  }
  return moves;
}

interface Plan {
  cost: number;
  changes: number;
  overshoot: number;
  /** Changed units as a bit set weighted by sheet order (earlier unit = higher bit): larger is preferred. */
  mask: number;
  moves: UnitMove[];
  branch: number | undefined;
}

type Rank = Pick<Plan, 'cost' | 'changes' | 'overshoot' | 'mask'>;

function better(a: Rank, b: Rank): boolean {
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.changes !== b.changes) return a.changes < b.changes;
  if (a.overshoot !== b.overshoot) return a.overshoot < b.overshoot;
  return a.mask > b.mask;
}

function solve(
  model: SheetModel,
  card: Scorecard,
  pts: Points,
  target: number,
  minimum: number,
  branch: number | undefined,
): Plan | null {
  const work = [...card.answers];
  const units = model.units.map((unit) => unitMoves(model, unit, work, pts, branch, target));
  if (units.some((moves) => moves.length === 0)) return null;
  const G = units.reduce((sum, moves) => sum + moves.at(-1)!.gain, 0) + 1;
  const U = units.length;
  // dp over gains: best (cost, changes, mask) to gain exactly g with the units seen so far; additive, so exact.
  // Plain loops over typed arrays: this runs for every scorecard (the bench scores 10,000 in a row).
  let cost = new Float64Array(G).fill(Infinity);
  let count = new Float64Array(G);
  let mask = new Float64Array(G);
  let nCost = new Float64Array(G);
  let nCount = new Float64Array(G);
  let nMask = new Float64Array(G);
  cost[0] = 0;
  const back = new Int32Array(U * G).fill(-1);
  for (let u = 0; u < U; u++) {
    const moves = units[u]!;
    const weight = 2 ** (U - 1 - u);
    nCost.fill(Infinity);
    for (let g = 0; g < G; g++) {
      const c0 = cost[g]!;
      if (c0 === Infinity) continue;
      for (let k = 0; k < moves.length; k++) {
        const m = moves[k]!;
        const g2 = g + m.gain;
        const c = c0 + m.cost;
        const n = count[g]! + m.changes;
        const w = mask[g]! + (m.changes ? weight : 0);
        const old = nCost[g2]!;
        if (c < old || (c === old && (n < nCount[g2]! || (n === nCount[g2] && w > nMask[g2]!)))) {
          nCost[g2] = c;
          nCount[g2] = n;
          nMask[g2] = w;
          back[u * G + g2] = k;
        }
      }
    }
    [cost, nCost] = [nCost, cost];
    [count, nCount] = [nCount, count];
    [mask, nMask] = [nMask, mask];
  }
  const rankAt = (x: number): Rank => ({ cost: cost[x]!, changes: count[x]!, overshoot: x, mask: mask[x]! });
  let bestG = -1;
  for (let g = 0; g < G; g++) {
    if (cost[g] === Infinity || pts.total + g < minimum) continue;
    if (bestG < 0 || better(rankAt(g), rankAt(bestG))) bestG = g;
  }
  if (bestG < 0) return null;
  const moves: UnitMove[] = new Array(U);
  for (let u = U - 1, g = bestG; u >= 0; u--) {
    const m = units[u]![back[u * G + g]!]!;
    moves[u] = m;
    g -= m.gain;
  }
  return {
    cost: cost[bestG]!,
    changes: count[bestG]!,
    overshoot: pts.total + bestG - minimum,
    mask: mask[bestG]!,
    moves,
    branch,
  };
}

function textOf(model: SheetModel, i: number, a: Answer): string {
  if (typeof a === 'number') return model.criteria[i]!.criterion.options[a]!.text;
  return a === true ? 'Có (đạt tiêu chí)' : 'Không đáp ứng phương án nào';
}

function changesOf(model: SheetModel, card: Scorecard, pts: Points, plan: Plan, target: number): QuickWinChange[] {
  const work = [...card.answers];
  const costs: number[] = [];
  model.units.forEach((unit, u) =>
    unit.forEach((i, k) => {
      work[i] = plan.moves[u]!.answers[k];
      costs[i] = plan.moves[u]!.costs[k]!;
    }),
  );
  const out = new Map<number, QuickWinChange>();
  const changed = (i: number) => work[i] !== card.answers[i];
  const gained = (i: number) =>
    (isApplicable(model, work, i) === true ? rawPoints(model.criteria[i]!, work[i]) : 0) - pts.points[i]!;
  for (const cm of model.criteria) {
    const i = cm.index;
    if (!changed(i)) continue;
    const to = work[i] ?? null;
    out.set(i, {
      criterion: cm.criterion.code,
      title: cm.criterion.title,
      fromOption: card.answers[i] ?? null,
      toOption: to,
      toText: textOf(model, i, to),
      pointsGained: gained(i),
      forMark:
        ([3, 4, 5] as const).find(
          (s) => s <= target && pts.binding[i] && required(cm, plan.branch, s) > pts.points[i]!,
        ) ?? null,
      cost: costs[i]!,
    });
  }
  // An unchanged criterion that now counts (its appliesWhen criterion was raised): credit the change that caused it.
  for (const cm of model.criteria) {
    if (changed(cm.index) || !gained(cm.index)) continue;
    let p = cm.parent;
    while (p >= 0 && !changed(p)) p = model.criteria[p]!.parent;
    const entry = out.get(p);
    if (entry) entry.pointsGained += gained(cm.index);
  }
  return [...out.entries()].sort(([i, a], [j, b]) => a.cost - b.cost || i - j).map(([, c]) => c);
}

/**
 * The cheapest changes to reach the star after `star` (≤ 5), or null when there is none. When the case is not known
 * yet (set 26 with only null answers on criteria with cases), every case is tried and the cheapest kept.
 */
export function quickWins(
  model: SheetModel,
  card: Scorecard,
  pts: Points,
  star: Star,
  bands: readonly StarBand[],
): QuickWins | null {
  if (star >= 5) return null;
  const target = (star + 1) as Star;
  const minimum = bandMinimum(target, bands);
  if (minimum === undefined) return null;
  const cases = card.branch !== undefined || model.branchNos.length === 0 ? [card.branch] : model.branchNos;
  let best: Plan | null = null;
  for (const b of cases) {
    const plan = solve(model, card, pts, target, minimum, b);
    if (plan && (!best || better(plan, best))) best = plan;
  }
  if (!best) return null;
  const changes = changesOf(model, card, pts, best, target);
  return {
    targetStar: target,
    pointsNeeded: Math.max(0, minimum - pts.total),
    totalCost: best.cost,
    ...(best.branch !== undefined ? { branch: best.branch } : {}),
    changes,
  };
}
