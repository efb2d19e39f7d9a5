// Quick wins: cheapest changes to the next star (band minimum of Art. 3.3 + every star mark up to it, Appendix II note).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyQuickWins, evaluate, type Answer, type ScoreInput } from './engine.ts';
import { BANDS, choice, sheet, yesno, type OptionSpec } from './scoring-fixtures.ts';
import type { Criterion, ProductSet, StarBand } from './types.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const story = { criterion: '5.1', minPoints: 1, text: 'Chỉ áp dụng khi có câu chuyện sản phẩm' };

const S = sheet({
  A: [
    choice('1.1', [1, 2, 3]),
    choice('1.2', [0, '1*3', 2, '3*4', '5*5']),
    yesno('2.1', 2),
    choice('3.1', [0, 10, 20, 30]),
  ],
  B: [
    choice('4.1', [0, 5, 10, 15, 20]),
    choice('5.1', [0, 1, 3]),
    choice('5.2', [0, '1*3', 2], { appliesWhen: story }),
  ],
  C: [choice('7', [0, 10, 20, 35])],
});
const BASE: Record<string, Answer> = { '1.1': 0, '1.2': 1, '2.1': false, '3.1': 2, '4.1': 2, '5.1': 0, '7': 2 };

/** Applies the quick wins and re-scores: the star they promise must be reached. */
function reached(set: ProductSet, input: ScoreInput, bands: StarBand[] = BANDS) {
  const r = evaluate(set, input, bands);
  const after = evaluate(set, applyQuickWins(input, r.quickWins!), bands);
  return { before: r, after };
}

describe('quick wins: target and content', () => {
  it('Art. 3.3 + Appendix II note: from 3★ (52 points) the target is 4★ — reach 70 points AND the **** option of 1.2', () => {
    const r = evaluate(S, { answers: BASE }, BANDS);
    expect(r.star).toBe(3);
    expect(r.quickWins).toEqual({
      targetStar: 4,
      pointsNeeded: 18,
      totalCost: 4,
      changes: [
        {
          criterion: '7',
          title: 'Tiêu chí 7',
          fromOption: 2,
          toOption: 3,
          toText: 'Phương án 3',
          pointsGained: 15,
          forMark: null,
          cost: 1,
        },
        // 1 → 5 points costs 3 steps (2, 3, 5) where 1 → 3 costs 2, but it saves a third change (fewer changes wins).
        {
          criterion: '1.2',
          title: 'Tiêu chí 1.2',
          fromOption: 1,
          toOption: 4,
          toText: 'Phương án 4',
          pointsGained: 4,
          forMark: 4,
          cost: 3,
        },
      ],
    });
    const after = evaluate(S, applyQuickWins({ answers: BASE }, r.quickWins!), BANDS);
    expect([after.total, after.star]).toEqual([71, 4]);
  });

  it('Appendix II note: when only a *** mark is missing, the target is 3★ with 0 points needed and the fix is for mark 3', () => {
    const r = evaluate(S, { answers: { ...BASE, '1.2': 0 } }, BANDS);
    expect([r.band, r.star]).toEqual([3, 2]);
    expect(r.quickWins).toMatchObject({
      targetStar: 3,
      pointsNeeded: 0,
      totalCost: 1,
      changes: [{ criterion: '1.2', fromOption: 0, toOption: 1, forMark: 3, cost: 1 }],
    });
  });

  it('quick wins are null at 5★ and for a disqualified dossier', () => {
    const max = { '1.1': 2, '1.2': 4, '2.1': true, '3.1': 3, '4.1': 4, '5.1': 2, '5.2': 2, '7': 3 };
    expect(evaluate(S, { answers: max }, BANDS).quickWins).toBeNull();
    expect(evaluate(S, { answers: BASE, knockouts: { 'forged-dossier': true } }, BANDS).quickWins).toBeNull();
  });

  it('Art. 3.3 bands are data: without a band for the next star there is no quick win', () => {
    expect(
      evaluate(
        S,
        { answers: BASE },
        BANDS.filter((b) => b.star !== 4),
      ).quickWins,
    ).toBeNull();
  });
});

describe("quick wins: cost = steps climbed on the criterion's ladder of distinct point values", () => {
  // 1.1: options 0, 1, 1, 3 (two options share 1 point) with the 3-point one marked ***; 1.2 scores its index.
  const C = sheet({ A: [choice('1.1', [0, 1, 1, '3*3']), choice('1.2', range(0, 47)), yesno('2.1', 1)] });

  it('null → option costs its rank among the distinct point values (0, 1, 3 → the 3-point option costs 3)', () => {
    const r = evaluate(C, { answers: { '1.1': null, '1.2': 47, '2.1': false } }, BANDS);
    expect(r.quickWins!.changes).toEqual([
      {
        criterion: '1.1',
        title: 'Tiêu chí 1.1',
        fromOption: null,
        toOption: 3,
        toText: 'Phương án 3',
        pointsGained: 3,
        forMark: 3,
        cost: 3,
      },
    ]);
  });

  it('option i → j costs the number of distinct point values above i up to j (both 1-point options → 3 cost 1)', () => {
    for (const from of [1, 2]) {
      expect(
        evaluate(C, { answers: { '1.1': from, '1.2': 47, '2.1': false } }, BANDS).quickWins!.changes,
      ).toMatchObject([{ criterion: '1.1', fromOption: from, toOption: 3, pointsGained: 2, cost: 1 }]);
    }
  });

  it('yes/no false → true costs 1, and changes are listed cheapest first', () => {
    // 1.1 at 3 points; need 50 − 48 = 2 points: 2.1 (+1, cost 1) and 1.2 47 → 48 (+1, cost 1) tie; the plan is
    // two changes of cost 1 each, listed in sheet order.
    const r = evaluate(C, { answers: { '1.1': 3, '1.2': 45, '2.1': false } }, BANDS);
    expect(r.quickWins!.changes.map((c) => [c.criterion, c.toOption, c.cost, c.pointsGained])).toEqual([
      ['1.2', 47, 2, 2],
    ]);
    const y = evaluate(C, { answers: { '1.1': 3, '1.2': 46, '2.1': false } }, BANDS);
    expect(y.quickWins!.changes.map((c) => [c.criterion, c.toOption, c.cost])).toEqual([['1.2', 47, 1]]);
    const t = evaluate(C, { answers: { '1.1': 3, '1.2': 47, '2.1': false } }, BANDS);
    expect(t.star).toBe(3); // 51 points: already 3★, target 4★ needs 19 points — more than 2.1 and 1.2 can give
    expect(t.quickWins).toBeNull();
  });
});

describe('quick wins: tie-breaks (cost, then fewer changes, then less overshoot, then sheet order)', () => {
  it('equal cost: less overshoot wins (+2 rather than +3 when 2 points are missing)', () => {
    const O = sheet({ A: [choice('1.1', range(0, 48)), choice('1.2', [0, 3]), choice('1.3', [0, 2])] });
    const r = evaluate(O, { answers: { '1.1': 48, '1.2': 0, '1.3': 0 } }, BANDS);
    expect(r.quickWins!.changes.map((c) => [c.criterion, c.pointsGained])).toEqual([['1.3', 2]]);
  });

  it('equal cost, changes and overshoot: the criterion earlier in the sheet wins', () => {
    const first = (a: string, b: string) =>
      sheet({ A: [choice('1.1', [0, 48]), choice(a, [0, 2]), choice(b, [0, 2])] });
    const answers = { '1.1': 1, '1.2': 0, '1.3': 0 };
    expect(evaluate(first('1.2', '1.3'), { answers }, BANDS).quickWins!.changes.map((c) => c.criterion)).toEqual([
      '1.2',
    ]);
    expect(evaluate(first('1.3', '1.2'), { answers }, BANDS).quickWins!.changes.map((c) => c.criterion)).toEqual([
      '1.3',
    ]);
  });

  it('the result is deterministic: the same scorecard always gives the same plan', () => {
    const a = evaluate(S, { answers: BASE }, BANDS).quickWins;
    for (let i = 0; i < 5; i++) expect(evaluate(S, { answers: { ...BASE } }, BANDS).quickWins).toEqual(a);
  });
});

describe('quick wins: appliesWhen (set 1, 5.2 counts only with a product story)', () => {
  const D = sheet({
    A: [choice('1.1', range(0, 45))],
    B: [choice('5.1', [0, 1]), choice('5.2', [0, 4], { appliesWhen: story })],
  });

  it("raising 5.1 makes a stale 5.2 answer count: the change is credited with both criteria's points", () => {
    const { before, after } = reached(D, { answers: { '1.1': 45, '5.1': 0, '5.2': 1 } });
    expect(before.quickWins!.changes).toEqual([
      {
        criterion: '5.1',
        title: 'Tiêu chí 5.1',
        fromOption: 0,
        toOption: 1,
        toText: 'Phương án 1',
        pointsGained: 5,
        forMark: null,
        cost: 1,
      },
    ]);
    expect([after.total, after.star]).toEqual([50, 3]);
  });

  it('a 5.2 left unanswered must be answered once 5.1 makes it count; the plan says so and stays valid', () => {
    const { before, after } = reached(D, { answers: { '1.1': 45, '5.1': 0 } });
    expect(
      before.quickWins!.changes.map((c) => [c.criterion, c.fromOption, c.toOption, c.pointsGained, c.cost]),
    ).toEqual([
      ['5.1', 0, 1, 1, 1],
      ['5.2', null, 1, 4, 2],
    ]);
    expect([after.total, after.star]).toEqual([50, 3]);
  });
});

describe('quick wins: cases (set 26)', () => {
  // Criterion 8: case 1 offers 1 or 3 points, case 2 offers 2 or 3; all answers null so the case is still open.
  const T = sheet(
    {
      A: [choice('1.1', range(0, 48))],
      C: [choice('8', ['1@1', '3@1', '2@2', '3@2']), choice('9', ['1@1', '2@1', '1@2', '2@2'])],
    },
    [],
  );

  it('Appendix II set 26: with the case open, every case is tried and the plan states the case it assumes', () => {
    const input: ScoreInput = { answers: { '1.1': 48, '8': null, '9': null } };
    const { before, after } = reached(T, input);
    expect(before.quickWins).toMatchObject({
      targetStar: 3,
      branch: 2,
      totalCost: 1,
      changes: [{ criterion: '8', fromOption: null, toOption: 2, cost: 1 }],
    });
    expect([after.total, after.star]).toEqual([50, 3]);
  });

  it('Appendix II set 26: a known case is kept — options of the other case are never proposed', () => {
    const r = evaluate(T, { answers: { '1.1': 48, '8': null, '9': null }, branch: 1 }, BANDS);
    expect(r.quickWins).toMatchObject({ branch: 1 });
    for (const c of r.quickWins!.changes)
      if (typeof c.toOption === 'number' && c.criterion !== '1.1') expect(c.toOption).toBeLessThan(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Exactness: on random small sheets the plan's cost equals a brute-force search over every climbing combination.

type Spec = { options: OptionSpec[] } | { yesno: number };

/** Cost of one change as documented in quick-wins.ts, computed independently. */
function stepCost(c: Criterion, from: Answer | undefined, to: Answer | undefined, branch: number | undefined): number {
  if (from === to) return 0;
  if (c.kind === 'yesno') return to === true ? 1 : 0;
  if (typeof to !== 'number') return 0;
  const opts = c.options.filter((o) => !c.branches || o.branch === branch);
  const fromPts = typeof from === 'number' ? c.options[from]!.points : -Infinity;
  return new Set(opts.map((o) => o.points).filter((p) => p > fromPts && p <= c.options[to]!.points)).size;
}

function bruteForce(set: ProductSet, input: ScoreInput, target: number, bands: StarBand[]) {
  const criteria = set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
  const current = input.answers;
  const choices = criteria.map((c) => {
    const cur = current[c.code];
    const list: (Answer | undefined)[] = [cur];
    if (cur === undefined) list.push(null);
    if (c.kind === 'yesno') {
      if (cur !== true) list.push(true);
    } else {
      const from = typeof cur === 'number' ? c.options[cur]!.points : -Infinity;
      c.options.forEach((o, i) => o.points > from && list.push(i));
    }
    return list;
  });
  const start = evaluate(set, input, bands).total;
  let best: [number, number, number] | null = null;
  const pick = choices.map(() => 0);
  for (;;) {
    const answers: Record<string, Answer> = {};
    criteria.forEach((c, k) => {
      const a = choices[k]![pick[k]!];
      if (a !== undefined) answers[c.code] = a;
    });
    let r;
    try {
      r = evaluate(set, { ...input, answers }, bands);
    } catch {
      r = null;
    }
    if (r && r.star !== null && r.star >= target) {
      const cost = criteria.reduce(
        (s, c, k) => s + stepCost(c, current[c.code], choices[k]![pick[k]!], input.branch),
        0,
      );
      const changes = criteria.filter((c, k) => choices[k]![pick[k]!] !== current[c.code]).length;
      const minimum = bands.find((b) => b.star === target)!.minPoints;
      const key: [number, number, number] = [cost, changes, r.total - minimum];
      if (
        !best ||
        key[0] < best[0] ||
        (key[0] === best[0] && (key[1] < best[1] || (key[1] === best[1] && key[2] < best[2])))
      )
        best = key;
    }
    let k = pick.length - 1;
    while (k >= 0 && pick[k] === choices[k]!.length - 1) pick[k--] = 0;
    if (k < 0) break;
    pick[k]! += 1;
  }
  return { best, start };
}

const optionSpec = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(null, 3, 4, 5))
  .map(([p, s]) => (s ? `${p}*${s}` : p) as OptionSpec);
const criterionSpec: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 4, arbitrary: fc.array(optionSpec, { minLength: 1, maxLength: 4 }).map((options) => ({ options })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => ({ yesno: n })) },
);

function build(specs: Spec[], dependent: boolean): ProductSet {
  const criteria = specs.map((s, i) => {
    const code = `1.${i + 1}`;
    const extra =
      dependent && i === specs.length - 1 && i > 0
        ? { appliesWhen: { criterion: '1.1', minPoints: 1, text: 'khi 1.1 ≥ 1' } }
        : {};
    if ('yesno' in s) return yesno(code, s.yesno, extra);
    // Keep options in ascending points like the law's sheets (the engine does not rely on it).
    const sorted = [...s.options].sort((a, b) => parseInt(String(a), 10) - parseInt(String(b), 10));
    return choice(code, sorted, extra);
  });
  return sheet({ A: criteria });
}

function proportionalBands(set: ProductSet): StarBand[] {
  const max = set.parts.reduce((s, p) => s + p.maxPoints, 0);
  return [0, 0.3, 0.5, 0.7, 0.9].map((f, i) => ({ star: (i + 1) as StarBand['star'], minPoints: Math.ceil(f * max) }));
}

describe('quick wins: exact (property, brute force on random small sheets)', () => {
  it('the plan is as cheap as the cheapest brute-force plan, with as few changes and as little overshoot, and reaches the target', () => {
    fc.assert(
      fc.property(
        fc.array(criterionSpec, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        (specs, dependent, seeds) => {
          const set = build(specs, dependent);
          const bands = proportionalBands(set);
          const criteria = set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
          const answers: Record<string, Answer> = {};
          criteria.forEach((c, i) => {
            const seed = seeds[i]!;
            answers[c.code] =
              c.kind === 'yesno'
                ? [null, false, true][seed % 3]!
                : seed % (c.options.length + 1) === c.options.length
                  ? null
                  : seed % (c.options.length + 1);
          });
          const input: ScoreInput = { answers };
          const r = evaluate(set, input, bands);
          const { best } = bruteForce(set, input, (r.star ?? 5) + 1, bands);
          if (r.star === 5 || !best) {
            expect(r.quickWins).toBeNull();
            return;
          }
          const qw = r.quickWins!;
          const minimum = bands.find((b) => b.star === qw.targetStar)!.minPoints;
          const after = evaluate(set, applyQuickWins(input, qw), bands);
          expect(qw.targetStar).toBe(r.star! + 1);
          expect(after.star).toBeGreaterThanOrEqual(qw.targetStar);
          expect([qw.totalCost, qw.changes.length, after.total - minimum]).toEqual(best);
          expect(qw.changes.reduce((s, c) => s + c.cost, 0)).toBe(qw.totalCost);
          expect(qw.changes.reduce((s, c) => s + c.pointsGained, 0)).toBe(after.total - r.total);
        },
      ),
      { numRuns: 300, seed: 20260522 },
    );
  });
});
