// Council aggregation (Art. 7.3–7.4 council; Art. 3.3 ranks by "tổng điểm trung bình", the members' mean total).
import { describe, expect, it } from 'vitest';
import { aggregate, evaluate, truncate2, ScoringError, type Answer, type ScoreInput } from './engine.ts';
import { BANDS, choice, sheet, yesno } from './scoring-fixtures.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const story = { criterion: '5.1', minPoints: 1, text: 'Chỉ áp dụng khi có câu chuyện sản phẩm' };
const S = sheet({
  A: [
    choice('1.1', [1, 1, 3]),
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
/** 52 points, 3★ (1.1 scores 1, 1.2 meets its *** mark). */
const BASE: Record<string, Answer> = { '1.1': 0, '1.2': 1, '2.1': false, '3.1': 2, '4.1': 2, '5.1': 0, '7': 2 };
const card = (over: Record<string, Answer> = {}, rest: Partial<ScoreInput> = {}): ScoreInput => ({
  answers: { ...BASE, ...over },
  ...rest,
});

/** 1.1 scores its index (0–60), 4.1 carries a *** mark, 7 scores its index (0–39): any total. */
const LINEAR = sheet({
  A: [choice('1.1', range(0, 60))],
  B: [choice('4.1', [0, '1*3'])],
  C: [choice('7', range(0, 39))],
});
const linear = (total: number): ScoreInput => ({
  answers: { '1.1': Math.min(total - 1, 60), '4.1': 1, '7': Math.max(total - 61, 0) },
});

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ScoringError);
    return (err as ScoringError).issues.map((i) => [i.field, i.code]);
  }
  throw new Error('expected a ScoringError');
}

describe('mean and band (Art. 3.3 "tổng điểm trung bình")', () => {
  it("Art. 3.3: the band comes from the members' mean total, kept to two decimals", () => {
    const r = aggregate(LINEAR, [linear(52), linear(82), linear(71)], BANDS);
    expect([r.mean, r.total, r.band, r.star]).toEqual([68.33, 68.33, 3, 3]);
    expect(r.members).toEqual([
      { total: 52, band: 3, star: 3, disqualified: false, knockouts: [] },
      { total: 82, band: 4, star: 4, disqualified: false, knockouts: [] },
      { total: 71, band: 4, star: 4, disqualified: false, knockouts: [] },
    ]);
  });

  it('Art. 3.3: a mean of 69.996 is 69.99 and 3★ — truncated, never rounded up into the 4★ band', () => {
    const cards = [...Array.from({ length: 249 }, () => linear(70)), linear(69)];
    const r = aggregate(LINEAR, cards, BANDS);
    expect([r.mean, r.band, r.star]).toEqual([69.99, 3, 3]);
    expect(truncate2(17499, 250)).toBe(69.99);
  });

  it('Art. 3.3: 70, 70, 69 is 69.66 and 3★; 70, 70, 70 is exactly 70 and 4★', () => {
    expect(aggregate(LINEAR, [linear(70), linear(70), linear(69)], BANDS)).toMatchObject({ mean: 69.66, band: 3 });
    expect(aggregate(LINEAR, [linear(70), linear(70), linear(70)], BANDS)).toMatchObject({
      mean: 70,
      band: 4,
      star: 4,
    });
  });

  it("Art. 3.1: parts are the members' mean per part, truncated to two decimals the same way", () => {
    const r = aggregate(S, [card(), card({ '3.1': 3 }), card({ '7': 3, '2.1': true })], BANDS);
    expect(r.parts).toEqual({ A: truncate2(22 + 32 + 24, 3), B: 10, C: truncate2(20 + 20 + 35, 3) });
    expect(r.parts).toEqual({ A: 26, B: 10, C: 25 });
    expect(r.mean).toBe(61);
  });
});

describe('consensus answers (lower median by points)', () => {
  it("odd count: the median member's option by points", () => {
    const r = aggregate(S, [card({ '1.2': 0 }), card({ '1.2': 4 }), card({ '1.2': 2 })], BANDS);
    expect(r.consensus.answers['1.2']).toBe(2);
  });

  it('even count: the lower of the two middle options (conservative, never rounds up)', () => {
    const r = aggregate(S, [card({ '1.2': 1 }), card({ '1.2': 3 }), card({ '1.2': 4 }), card({ '1.2': 0 })], BANDS);
    expect(r.consensus.answers['1.2']).toBe(1);
    expect(aggregate(S, [card({ '2.1': true }), card({ '2.1': false })], BANDS).consensus.answers['2.1']).toBe(false);
  });

  it('ties on points resolve to the lower option: null before a 0-point option, the first of two equal options', () => {
    expect(aggregate(S, [card({ '1.2': 0 }), card({ '1.2': null })], BANDS).consensus.answers['1.2']).toBeNull();
    // 1.1's options 0 and 1 both score 1 point.
    expect(aggregate(S, [card({ '1.1': 1 }), card({ '1.1': 0 })], BANDS).consensus.answers['1.1']).toBe(0);
    expect(
      aggregate(S, [card({ '1.1': 1 }), card({ '1.1': 1 }), card({ '1.1': 0 })], BANDS).consensus.answers['1.1'],
    ).toBe(1);
  });

  it("Appendix II (5.2): a member's answer to a criterion that does not apply on their scorecard counts as null (0 points)", () => {
    const r = aggregate(
      S,
      [card({ '5.1': 0, '5.2': 2 }), card({ '5.1': 1, '5.2': 2 }), card({ '5.1': 2, '5.2': 1 })],
      BANDS,
    );
    expect([r.consensus.answers['5.1'], r.consensus.answers['5.2']]).toEqual([1, 1]);
    expect(r.spread.find((s) => s.code === '5.2')).toEqual({ code: '5.2', min: 0, max: 2, points: [0, 2, 1] });
  });

  it('Appendix II note: the star is checked on the consensus — a *** mark two of three members deny blocks 3★ whatever the mean', () => {
    const r = aggregate(
      S,
      [
        card({ '1.2': 0, '3.1': 3, '7': 3 }),
        card({ '1.2': 0, '3.1': 3, '7': 3 }),
        card({ '1.2': 4, '3.1': 3, '7': 3 }),
      ],
      BANDS,
    );
    expect([r.mean, r.band, r.star, r.certifiable]).toEqual([77.66, 4, 2, false]);
    expect(r.blocking.map((b) => [b.criterion, b.star])).toEqual([
      ['1.2', 3],
      ['1.2', 4],
    ]);
    expect(r.members.map((m) => [m.total, m.star])).toEqual([
      [76, 2],
      [76, 2],
      [81, 4],
    ]);
    expect(r.quickWins).toMatchObject({
      targetStar: 3,
      pointsNeeded: 0,
      changes: [{ criterion: '1.2', toOption: 1, forMark: 3 }],
    });
  });

  it("criteria of the result are the consensus answers' points", () => {
    const r = aggregate(S, [card({ '7': 0 }), card({ '7': 3 }), card({ '7': 1 })], BANDS);
    expect(r.criteria.find((c) => c.code === '7')).toEqual({
      code: '7',
      points: 10,
      maxPoints: 35,
      chosen: 1,
      applicable: true,
    });
  });

  it('one scorecard is its own consensus: the aggregate equals evaluate', () => {
    const input = card({ '1.2': 0, '5.1': 0, '5.2': 2 });
    const { mean, spreadFlag, spreadThreshold, spread, members, consensus, ...rest } = aggregate(S, [input], BANDS);
    expect(rest).toEqual(evaluate(S, input, BANDS));
    expect(consensus).toEqual(input);
    expect([mean, spreadFlag, spreadThreshold, members.length, spread.every((s) => s.min === s.max)]).toEqual([
      51,
      false,
      10,
      1,
      true,
    ]);
  });
});

describe('spread between members', () => {
  it('spreadFlag when totals differ by more than the threshold (default 10, strictly more)', () => {
    expect(aggregate(S, [card(), card({ '3.1': 3 })], BANDS).spreadFlag).toBe(false); // 52 vs 62: 10
    expect(aggregate(S, [card(), card({ '3.1': 3, '1.1': 2 })], BANDS).spreadFlag).toBe(true); // 52 vs 64
    expect(aggregate(S, [card(), card({ '3.1': 3, '1.1': 2 })], BANDS, { spreadThreshold: 12 }).spreadFlag).toBe(false);
    expect(aggregate(S, [card(), card({ '3.1': 3, '1.1': 2 })], BANDS, { spreadThreshold: 11.5 }).spreadFlag).toBe(
      true,
    );
  });

  it("per criterion: min, max and each member's points in scorecard order", () => {
    const r = aggregate(S, [card({ '4.1': 0 }), card({ '4.1': 4 }), card({ '4.1': 2 })], BANDS);
    expect(r.spread.find((s) => s.code === '4.1')).toEqual({ code: '4.1', min: 0, max: 20, points: [0, 20, 10] });
    expect(r.spread.map((s) => s.code)).toEqual(['1.1', '1.2', '2.1', '3.1', '4.1', '5.1', '5.2', '7']);
  });
});

describe('disqualification in council', () => {
  it('"Hồ sơ bị loại khi": one member\'s finding disqualifies the aggregate (conservative); members show who', () => {
    const r = aggregate(S, [card(), card({}, { knockouts: { 'forged-dossier': true } }), card()], BANDS);
    expect([r.disqualified, r.star, r.certifiable, r.quickWins, r.disqualifiedReasons]).toEqual([
      true,
      null,
      false,
      null,
      ['Giả mạo hồ sơ'],
    ]);
    expect(r.members.map((m) => [m.star, m.disqualified])).toEqual([
      [3, false],
      [null, true],
      [3, false],
    ]);
    expect(r.consensus.knockouts).toEqual({ 'forged-dossier': true });
  });
});

describe("validation of a council's scorecards", () => {
  it('each scorecard is validated and issues name its index, all at once', () => {
    expect(
      issuesOf(() =>
        aggregate(S, [card(), card({ '1.1': 7 }), card({ '2.1': 1 }), { answers: { ...BASE, '9': 0 } }], BANDS),
      ),
    ).toEqual([
      ['scorecards.1.answers.1.1', 'invalid_option'],
      ['scorecards.2.answers.2.1', 'expected_boolean'],
      ['scorecards.3.answers.9', 'unknown_criterion'],
    ]);
  });

  it('at least one scorecard; a non-negative threshold', () => {
    expect(issuesOf(() => aggregate(S, [], BANDS))).toEqual([['scorecards', 'required']]);
    expect(issuesOf(() => aggregate(S, [card()], BANDS, { spreadThreshold: -1 }))).toEqual([
      ['spreadThreshold', 'invalid_type'],
    ]);
  });

  it('Appendix II set 26: members must score the same case of the product', () => {
    const T = sheet({ A: [choice('1.1', range(0, 60))], C: [choice('8', ['1@1', '3@1', '1@2', '3@2'])] }, []);
    expect(
      issuesOf(() =>
        aggregate(
          T,
          [
            { answers: { '1.1': 50, '8': 0 } },
            { answers: { '1.1': 50, '8': null } },
            { answers: { '1.1': 50, '8': 3 } },
          ],
          BANDS,
        ),
      ),
    ).toEqual([['scorecards.2.branch', 'branch_conflict']]);
    const r = aggregate(
      T,
      [{ answers: { '1.1': 50, '8': 1 } }, { answers: { '1.1': 50, '8': null } }, { answers: { '1.1': 50, '8': 0 } }],
      BANDS,
    );
    expect(r.consensus).toEqual({ answers: { '1.1': 50, '8': 0 }, branch: 1 });
  });
});
