// The scoring engine on the real sheets of Decision 26/2026/QĐ-TTg (resources/criteria/26-2026.json): scenarios on
// sets 1, 7, 11, 21 and 26, and fast-check properties over random valid scorecards of every set.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate, applyQuickWins, evaluate, ScoringError, type Answer, type ScoreInput } from './engine.ts';
import { allCriteria, totalPoints } from './catalogue.ts';
import { getProductSet } from '../data/catalogue.ts';
import { getRuleSet } from '../../reference/index.ts';
import type { Criterion, ProductSet } from './types.ts';

const BANDS = getRuleSet('26-2026')!.bands;
const SETS = [1, 7, 11, 21, 26] as const;
const setOf = (n: number) => getProductSet('26-2026', n)!;
const criteriaOf = (set: ProductSet) => allCriteria(set).map((r) => r.criterion);
const branchNos = (set: ProductSet) => [...new Set(criteriaOf(set).flatMap((c) => c.branches?.map((b) => b.no) ?? []))];

/** Option indexes of a criterion within a case (all options when the criterion has no cases). */
const optionsIn = (c: Criterion, branch: number | undefined) =>
  c.options.map((o, i) => ({ o, i })).filter(({ o }) => !c.branches || o.branch === branch);

function best(c: Criterion, branch: number | undefined): Answer {
  if (c.kind === 'yesno') return true;
  return optionsIn(c, branch).reduce((a, b) => (b.o.points > a.o.points ? b : a)).i;
}

function maxAnswers(set: ProductSet, branch?: number): Record<string, Answer> {
  return Object.fromEntries(criteriaOf(set).map((c) => [c.code, best(c, branch)]));
}

/** The scorecard's case: stated, or that of its first answered option with a case. */
function caseOf(set: ProductSet, input: ScoreInput): number | undefined {
  if (input.branch !== undefined) return input.branch;
  for (const c of criteriaOf(set)) {
    const a = input.answers[c.code];
    if (c.branches && typeof a === 'number') return c.options[a]!.branch;
  }
  return undefined;
}

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ScoringError);
    return (err as ScoringError).issues.map((i) => [i.field, i.code]);
  }
  throw new Error('expected a ScoringError');
}

describe('real sheets: scenarios', () => {
  it.each(SETS)('Art. 3.1 + 3.3: the best option everywhere gives set %i 100 points (A 40, B 25, C 35) and 5★', (n) => {
    const set = setOf(n);
    const r = evaluate(set, { answers: maxAnswers(set, branchNos(set)[0]) }, BANDS);
    expect([r.total, r.parts, r.band, r.star, r.certifiable, r.blocking, r.quickWins]).toEqual([
      100,
      { A: 40, B: 25, C: 35 },
      5,
      5,
      true,
      [],
      null,
    ]);
  });

  it.each(SETS)('Appendix II: null everywhere ("none of the options met") gives set %i 0 points and 1★', (n) => {
    const set = setOf(n);
    const answers = Object.fromEntries(
      criteriaOf(set)
        .filter((c) => !c.appliesWhen)
        .map((c) => [c.code, null]),
    );
    const r = evaluate(set, { answers }, BANDS);
    expect([r.total, r.band, r.star, r.certifiable]).toEqual([0, 1, 1, false]);
    expect(r.quickWins?.targetStar).toBe(2);
  });

  it('Appendix II set 1, 1.1 "Nguồn gốc sản phẩm" has no 0-point option: null scores 0', () => {
    const set = setOf(1);
    const r = evaluate(set, { answers: { ...maxAnswers(set), '1.1': null } }, BANDS);
    expect([r.total, r.criteria[0]]).toEqual([
      97,
      { code: '1.1', points: 0, maxPoints: 3, chosen: null, applicable: true },
    ]);
  });

  it('Appendix II set 1 note: 2.2 "Đóng gói sáng tạo, bao bì đẹp***" is the minimum for 3★ — below it a 3★ band is 2★', () => {
    const set = setOf(1);
    // Top options everywhere except 2.2 (simple packaging, 1 point) and a few lowered to land in the 3★ band.
    const answers = {
      ...maxAnswers(set),
      '2.2': 1,
      '3.1': 0,
      '4.3': 0,
      '6.2': 0,
      '8': 0,
      '4.2': 0,
      '1.2': 0,
      '4.1': 1,
      '5.1': 0,
      '5.3': 1,
      '10': 0,
      '9': 0,
      '1.5': 0,
      '6.1': 0,
    };
    const r = evaluate(set, { answers }, BANDS);
    expect([r.band, r.star, r.certifiable]).toEqual([3, 2, false]);
    expect(r.blocking).toEqual([
      {
        criterion: '2.2',
        title: 'Đóng gói, bao bì sản phẩm',
        star: 3,
        requiredPoints: 2,
        actualPoints: 1,
        requiredOption: 2,
      },
    ]);
    expect(r.quickWins).toMatchObject({
      targetStar: 3,
      pointsNeeded: 0,
      changes: [{ criterion: '2.2', toOption: 2, forMark: 3, cost: 1 }],
    });
  });

  it('Appendix II set 1 note: 1.6 marks its lowest option ****, so a 4★ product cannot leave environmental protection unmet', () => {
    const set = setOf(1);
    const r = evaluate(
      set,
      { answers: { ...maxAnswers(set), '1.6': null, '1.3': 1, '1.5': 2, '4.1': 2, '1.2': 0, '4.3': 2 } },
      BANDS,
    );
    expect([r.band, r.star]).toEqual([4, 3]);
    expect(r.blocking.map((b) => [b.criterion, b.star, b.requiredOption])).toEqual([['1.6', 4, 0]]);
  });

  it('Appendix II set 1, section 8 (DataNote, line 725): the 5-point option carries no *****, so the **** option suffices for 5★', () => {
    const set = setOf(1);
    const r = evaluate(set, { answers: { ...maxAnswers(set), '8': 2 } }, BANDS);
    expect([r.total, r.star]).toEqual([98, 5]);
    expect(
      evaluate(set, { answers: { ...maxAnswers(set), '8': 1 } }, BANDS).blocking.map((b) => [b.criterion, b.star]),
    ).toEqual([
      ['8', 4],
      ['8', 5],
    ]);
  });

  it('Appendix II set 1, 5.2: with no product story (5.1 = 0) the story structure is not scored and not required', () => {
    const set = setOf(1);
    const { ['5.2']: _, ...rest } = maxAnswers(set);
    const r = evaluate(set, { answers: { ...rest, '5.1': 0 } }, BANDS);
    expect(r.criteria.find((c) => c.code === '5.2')).toEqual({
      code: '5.2',
      points: 0,
      maxPoints: 2,
      chosen: null,
      applicable: false,
    });
    expect(r.total).toBe(100 - 5 - 2);
    expect(issuesOf(() => evaluate(set, { answers: { ...rest, '5.1': 1 } }, BANDS))).toEqual([
      ['answers.5.2', 'required'],
    ]);
  });

  it('Appendix II set 7, 3.1 (DataNote): the household and the company options both score 1, as printed', () => {
    const set = setOf(7);
    const a = evaluate(set, { answers: { ...maxAnswers(set), '3.1': 0 } }, BANDS);
    const b = evaluate(set, { answers: { ...maxAnswers(set), '3.1': 1 } }, BANDS);
    expect([a.total, b.total]).toEqual([98, 98]);
  });

  it('Appendix II set 11, section 6: criteria under the "6.1" heading are answered as 6.1.1 and 6.1.2; "6.1" itself is not a criterion', () => {
    const set = setOf(11);
    expect(
      criteriaOf(set)
        .filter((c) => c.code.startsWith('6.'))
        .map((c) => c.code),
    ).toEqual(['6.1.1', '6.1.2', '6.2.1', '6.2.2', '6.2.3']);
    expect(issuesOf(() => evaluate(set, { answers: { ...maxAnswers(set), '6.1': 0 } }, BANDS))).toEqual([
      ['answers.6.1', 'unknown_criterion'],
    ]);
    expect(evaluate(set, { answers: { ...maxAnswers(set), '6.1.1': 1 } }, BANDS).total).toBe(99);
  });

  it('Appendix II set 21 (handicrafts): 2.3 is yes/no; the sheet lists no food-safety condition, so that flag is refused', () => {
    const set = setOf(21);
    expect(evaluate(set, { answers: { ...maxAnswers(set), '2.3': false } }, BANDS).total).toBe(99);
    expect(issuesOf(() => evaluate(set, { answers: { ...maxAnswers(set), '2.3': 1 } }, BANDS))).toEqual([
      ['answers.2.3', 'expected_boolean'],
    ]);
    expect(
      issuesOf(() =>
        evaluate(set, { answers: maxAnswers(set), knockouts: { 'establishment-certificate': true } }, BANDS),
      ),
    ).toEqual([['knockouts.establishment-certificate', 'not_in_sheet']]);
    const r = evaluate(set, { answers: maxAnswers(set), knockouts: { 'forged-dossier': true } }, BANDS);
    expect([r.star, r.disqualifiedReasons]).toEqual([null, ['Giả mạo hồ sơ']]);
  });

  it('Appendix II set 26: criteria 8, 9 and 15 have two cases; the case is inferred and must be the same for all three', () => {
    const set = setOf(26);
    const max1 = maxAnswers(set, 1);
    expect([max1['8'], max1['9'], max1['15']]).toEqual([1, 1, 1]);
    const max2 = maxAnswers(set, 2);
    expect([max2['8'], max2['9'], max2['15']]).toEqual([3, 3, 3]);
    expect(evaluate(set, { answers: max2 }, BANDS).total).toBe(100);
    expect(issuesOf(() => evaluate(set, { answers: { ...max1, '15': 3 } }, BANDS))).toEqual([
      ['answers.15', 'branch_conflict'],
    ]);
    expect(issuesOf(() => evaluate(set, { answers: max1, branch: 2 }, BANDS))).toEqual([
      ['answers.8', 'wrong_branch'],
      ['answers.9', 'wrong_branch'],
      ['answers.15', 'wrong_branch'],
    ]);
  });

  it('Appendix II set 26 prints no "Hồ sơ bị loại khi" (DataNote): it has no knock-out, none is borrowed (a forged dossier is refused by the procedure, Art. 7.1, 8.1.a)', () => {
    const set = setOf(26);
    expect(set.knockouts).toEqual([]);
    expect(
      issuesOf(() => evaluate(set, { answers: maxAnswers(set, 1), knockouts: { 'forged-dossier': true } }, BANDS)),
    ).toEqual([['knockouts.forged-dossier', 'not_in_sheet']]);
  });

  it('Appendix II set 26 note: 3.5 "Sở hữu trí tuệ" marks *** and ****; 3.4 marks ****', () => {
    const set = setOf(26);
    const r = evaluate(set, { answers: { ...maxAnswers(set, 1), '3.5': null, '3.4': 0 } }, BANDS);
    expect([r.total, r.band, r.star]).toEqual([95, 5, 2]);
    expect(r.blocking.map((b) => [b.criterion, b.star])).toEqual([
      ['3.5', 3],
      ['3.4', 4],
      ['3.5', 4],
      ['3.4', 5],
      ['3.5', 5],
    ]);
    expect(r.quickWins!.changes.map((c) => [c.criterion, c.toOption, c.forMark])).toEqual([['3.5', 0, 3]]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties over random valid scorecards of the real sheets.

/** A random valid scorecard: `seeds` pick the options (within one case), `top` biases towards the best options. */
function scorecardArb(set: ProductSet, top = false): fc.Arbitrary<ScoreInput> {
  const criteria = criteriaOf(set);
  const cases = branchNos(set);
  return fc
    .record({
      branch: cases.length ? fc.constantFrom(...cases) : fc.constant(undefined),
      statedCase: fc.boolean(),
      omitUnscored: fc.boolean(),
      seeds: fc.array(fc.nat(), { minLength: criteria.length, maxLength: criteria.length }),
    })
    .map(({ branch, statedCase, omitUnscored, seeds }) => {
      const answers: Record<string, Answer> = {};
      criteria.forEach((c, k) => {
        const seed = seeds[k]!;
        if (c.kind === 'yesno') {
          answers[c.code] = top ? seed % 8 !== 0 : [true, false, null][seed % 3]!;
          return;
        }
        const idx = optionsIn(c, branch)
          .sort((a, b) => a.o.points - b.o.points)
          .map((x) => x.i);
        const list: Answer[] = top
          ? [idx.at(-1)!, idx.at(-1)!, idx.at(-1)!, idx.at(-2) ?? idx.at(-1)!]
          : [...idx, null];
        answers[c.code] = list[seed % list.length]!;
      });
      // Criteria that do not apply (set 1–25, 5.2 without a story) may be left out.
      for (const c of criteria) {
        if (omitUnscored && c.appliesWhen) {
          const parent = criteria.find((p) => p.code === c.appliesWhen!.criterion)!;
          const a = answers[parent.code];
          if ((typeof a === 'number' ? parent.options[a]!.points : 0) < c.appliesWhen.minPoints) delete answers[c.code];
        }
      }
      return branch !== undefined && statedCase ? { answers, branch } : { answers };
    });
}

const ALL_SETS = Array.from({ length: 26 }, (_, i) => i + 1);
const runs = (n: number) => ({ numRuns: SETS.includes(n as never) ? 150 : 25, seed: 20260522 + n });

describe('real sheets: properties (fast-check)', () => {
  it.each(ALL_SETS)(
    'Art. 3.1: set %i — total = A + B + C, each part ≤ its maximum, 0 ≤ total ≤ 100, each criterion ≤ its maximum',
    (n) => {
      const set = setOf(n);
      const max = Object.fromEntries(set.parts.map((p) => [p.code, p.maxPoints]));
      fc.assert(
        fc.property(scorecardArb(set), (input) => {
          const r = evaluate(set, input, BANDS);
          expect(r.total).toBe(r.parts.A + r.parts.B + r.parts.C);
          for (const p of ['A', 'B', 'C'] as const) expect(r.parts[p]).toBeLessThanOrEqual(max[p]!);
          expect(r.total >= 0 && r.total <= totalPoints(set) && totalPoints(set) === 100).toBe(true);
          for (const c of r.criteria) expect(c.points >= 0 && c.points <= c.maxPoints).toBe(true);
        }),
        runs(n),
      );
    },
  );

  it.each(ALL_SETS)(
    'Art. 3.3 + Appendix II note: set %i — star ≤ band, and star = band exactly when nothing blocks',
    (n) => {
      const set = setOf(n);
      fc.assert(
        fc.property(scorecardArb(set), (input) => {
          const r = evaluate(set, input, BANDS);
          // Set 16 §6: a 0 on a sensory criterion stops the evaluation (no star), decided by the answers themselves.
          if (r.outcome !== 'ranked') {
            expect([r.star, r.certifiable, r.knockouts.map((k) => k.id)]).toEqual([null, false, ['sensory-zero']]);
            return;
          }
          expect(r.star!).toBeLessThanOrEqual(r.band);
          expect(r.star === r.band).toBe(r.blocking.length === 0);
          expect(r.certifiable).toBe(r.star! >= 3);
          if (r.star! < r.band) expect(r.blocking.some((b) => b.star === Math.max(3, r.star! + 1))).toBe(true);
        }),
        runs(n),
      );
    },
  );

  it.each(SETS)('Appendix II note: set %i — raising one answer (more points, same case) never lowers the star', (n) => {
    const set = setOf(n);
    const criteria = criteriaOf(set);
    fc.assert(
      fc.property(scorecardArb(set), fc.nat(), fc.nat(), (input, which, to) => {
        const before = evaluate(set, input, BANDS);
        const c = criteria[which % criteria.length]!;
        const cur = input.answers[c.code];
        const branch = caseOf(set, input) ?? branchNos(set)[0];
        const curPts = typeof cur === 'number' ? c.options[cur]!.points : cur === true ? c.maxPoints : -1;
        const higher: Answer[] =
          c.kind === 'yesno'
            ? cur === true
              ? []
              : [true]
            : optionsIn(c, typeof cur === 'number' && c.branches ? c.options[cur]!.branch : branch)
                .filter((x) => x.o.points > curPts)
                .map((x) => x.i);
        if (!higher.length) return;
        const answers = { ...input.answers, [c.code]: higher[to % higher.length]! };
        // A criterion that starts to count (5.2 after 5.1) must be answered: the least answer, null.
        for (const d of criteria) if (d.appliesWhen && !(d.code in answers)) answers[d.code] = null;
        const after = evaluate(set, { ...input, answers }, BANDS);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.star!).toBeGreaterThanOrEqual(before.star!);
      }),
      runs(n),
    );
  });

  it.each(SETS)(
    'Art. 3.3 + Appendix II note: set %i — meeting every 5★ mark with a total ≥ 90 gives 5★ (and all marks met gives star = band)',
    (n) => {
      const set = setOf(n);
      let fives = 0;
      fc.assert(
        fc.property(scorecardArb(set, true), (input) => {
          const answers = { ...input.answers };
          const branch = caseOf(set, input) ?? branchNos(set)[0];
          for (const c of criteriaOf(set)) {
            const marked = optionsIn(c, branch).filter(({ o }) => o.minStar !== null);
            if (!marked.length) continue;
            const need = marked.reduce((a, b) => (b.o.points > a.o.points ? b : a));
            const a = answers[c.code];
            if (a === undefined || typeof a !== 'number' || c.options[a]!.points < need.o.points)
              answers[c.code] = need.i;
          }
          const r = evaluate(set, { ...input, answers, ...(branch !== undefined ? { branch } : {}) }, BANDS);
          expect(r.blocking).toEqual([]);
          expect(r.star).toBe(r.band);
          if (r.total >= 90) {
            fives += 1;
            expect([r.star, r.certifiable]).toEqual([5, true]);
          }
        }),
        runs(n),
      );
      expect(fives).toBeGreaterThan(0);
    },
  );

  it.each(SETS)('quick wins: set %i — applying them reaches the target star, at the stated cost and points', (n) => {
    const set = setOf(n);
    fc.assert(
      fc.property(scorecardArb(set), (input) => {
        const r = evaluate(set, input, BANDS);
        if (r.star === 5) {
          expect(r.quickWins).toBeNull();
          return;
        }
        const qw = r.quickWins!;
        expect(qw.targetStar).toBe(r.star! + 1);
        const after = evaluate(set, applyQuickWins(input, qw), BANDS);
        expect(after.star!).toBeGreaterThanOrEqual(qw.targetStar);
        expect(after.total - r.total).toBe(qw.changes.reduce((s, c) => s + c.pointsGained, 0));
        expect(qw.totalCost).toBe(qw.changes.reduce((s, c) => s + c.cost, 0));
        expect(qw.pointsNeeded).toBe(Math.max(0, BANDS.find((b) => b.star === qw.targetStar)!.minPoints - r.total));
        for (let k = 1; k < qw.changes.length; k++)
          expect(qw.changes[k]!.cost).toBeGreaterThanOrEqual(qw.changes[k - 1]!.cost);
      }),
      runs(n),
    );
  });

  it.each(SETS)('council: set %i — the aggregate of one scorecard equals evaluate', (n) => {
    const set = setOf(n);
    fc.assert(
      fc.property(scorecardArb(set), (input) => {
        const { mean, spreadFlag, spreadThreshold, spread, members, consensus, ...rest } = aggregate(
          set,
          [input],
          BANDS,
        );
        const single = evaluate(set, input, BANDS);
        expect(rest).toEqual(single);
        expect([mean, spreadFlag, members]).toEqual([
          single.total,
          false,
          [
            {
              total: single.total,
              band: single.band,
              star: single.star,
              disqualified: single.disqualified,
              knockouts: single.knockouts.map((k) => k.id),
            },
          ],
        ]);
      }),
      runs(n),
    );
  });

  it.each(SETS)(
    "council: set %i — mean within the members' totals, band of the exact mean, consensus within each spread, order of members irrelevant",
    (n) => {
      const set = setOf(n);
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 4 }).chain((k) => fc.array(scorecardArb(set), { minLength: k, maxLength: k })),
          (cards) => {
            const cases = new Set(cards.map((c) => caseOf(set, c)).filter((b) => b !== undefined));
            if (cases.size > 1) {
              // Members disagreeing on the case (set 26) are refused, naming the scorecards.
              expect(
                issuesOf(() => aggregate(set, cards, BANDS)).every(
                  ([field, code]) => /^scorecards\.\d+\.branch$/.test(field!) && code === 'branch_conflict',
                ),
              ).toBe(true);
              return;
            }
            const r = aggregate(set, cards, BANDS);
            const totals = r.members.map((m) => m.total);
            const sum = totals.reduce((a, b) => a + b, 0);
            expect(r.mean >= Math.min(...totals) - 0.01 && r.mean <= Math.max(...totals)).toBe(true);
            expect(r.mean).toBeLessThanOrEqual(sum / totals.length);
            expect(sum / totals.length - r.mean).toBeLessThan(0.01);
            expect(r.band).toBe(
              Math.max(...BANDS.filter((b) => sum >= b.minPoints * totals.length).map((b) => b.star)),
            );
            r.criteria.forEach((c, k) =>
              expect(c.points >= r.spread[k]!.min && c.points <= r.spread[k]!.max).toBe(true),
            );
            const reversed = aggregate(set, [...cards].reverse(), BANDS);
            expect([reversed.mean, reversed.band, reversed.star, reversed.consensus]).toEqual([
              r.mean,
              r.band,
              r.star,
              r.consensus,
            ]);
          },
        ),
        { ...runs(n), numRuns: Math.ceil(runs(n).numRuns / 2) },
      );
    },
  );
});
