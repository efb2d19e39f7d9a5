// Unit tests of the scoring rules on hand-made sheets. Test names cite the rule they check.
import { describe, expect, it } from 'vitest';
import { evaluate, scoreMany, bandOf, ScoringError, type ScoreInput } from './engine.ts';
import { BANDS, choice, FORGED, knockout, sheet, yesno } from './scoring-fixtures.ts';
import type { StarBand } from './types.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * A 100-point sheet: 1.1 has no 0-point option (like set 1's 1.1); 1.2 carries ***, **** and ***** marks; 2.1 is
 * yes/no; 5.2 applies only when 5.1 scores ≥ 1 and carries a *** mark; "7" is a directly scored section.
 */
const S = sheet(
  {
    A: [
      choice('1.1', [1, 2, 3]),
      choice('1.2', [0, '1*3', 2, '3*4', '5*5']),
      yesno('2.1', 2),
      choice('3.1', [0, 10, 20, 30]),
    ],
    B: [
      choice('4.1', [0, 5, 10, 15, 20]),
      choice('5.1', [0, 1, 3]),
      choice('5.2', [0, '1*3', 2], {
        appliesWhen: { criterion: '5.1', minPoints: 1, text: 'Chỉ áp dụng khi có câu chuyện sản phẩm' },
      }),
    ],
    C: [choice('7', [0, 10, 20, 35])],
  },
  [
    FORGED,
    knockout(
      'establishment-certificate',
      'Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định',
    ),
    knockout('registration-dossier', 'Không đáp ứng về hồ sơ đăng ký theo quy định'),
  ],
);

/** 52 points, band 3★, the 3★ mark of 1.2 met, 5.2 not applicable (5.1 scores 0). */
const BASE = { '1.1': 0, '1.2': 1, '2.1': false, '3.1': 2, '4.1': 2, '5.1': 0, '7': 2 } as const;
const MAX = { '1.1': 2, '1.2': 4, '2.1': true, '3.1': 3, '4.1': 4, '5.1': 2, '5.2': 2, '7': 3 } as const;
const card = (
  over: Record<string, number | boolean | null | undefined> = {},
  rest: Partial<ScoreInput> = {},
): ScoreInput => {
  const answers: Record<string, number | boolean | null> = { ...BASE };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete answers[k];
    else answers[k] = v;
  }
  return { answers, ...rest };
};
const score = (over: Record<string, number | boolean | null | undefined> = {}, rest: Partial<ScoreInput> = {}) =>
  evaluate(S, card(over, rest), BANDS);

/** Throws and returns the ScoringError's issues. */
function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ScoringError);
    return (err as ScoringError).issues;
  }
  throw new Error('expected a ScoringError');
}

/** A sheet whose 1.1 scores its own index, to reach any total: 1.1 (0–60) + 4.1 (***, 1) + 7 (0–39). */
const LINEAR = sheet({
  A: [choice('1.1', range(0, 60))],
  B: [choice('4.1', [0, '1*3'])],
  C: [choice('7', range(0, 39))],
});
const linear = (total: number) =>
  evaluate(LINEAR, { answers: { '1.1': Math.min(total - 1, 60), '4.1': 1, '7': Math.max(total - 61, 0) } }, BANDS);

describe('points (Art. 3.1, Appendix II)', () => {
  it('Art. 3.1: the total is the sum of parts A, B and C, each the sum of its chosen options', () => {
    const r = score();
    expect(r.parts).toEqual({ A: 1 + 1 + 0 + 20, B: 10 + 0, C: 20 });
    expect(r.total).toBe(52);
    expect(r.criteria.map((c) => [c.code, c.points])).toEqual([
      ['1.1', 1],
      ['1.2', 1],
      ['2.1', 0],
      ['3.1', 20],
      ['4.1', 10],
      ['5.1', 0],
      ['5.2', 0],
      ['7', 20],
    ]);
  });

  it('Appendix II: every best option gives the sheet maximum, 100 points and 5★', () => {
    const r = evaluate(S, { answers: { ...MAX } }, BANDS);
    expect(r.total).toBe(100);
    expect(r.parts).toEqual({ A: 40, B: 25, C: 35 });
    expect(r.star).toBe(5);
    expect(r.certifiable).toBe(true);
    expect(r.quickWins).toBeNull();
  });

  it('Appendix II: null means "none of the listed options is met" and scores 0, even without a 0-point option (set 1, 1.1)', () => {
    const r = score({ '1.1': null });
    expect(r.criteria[0]).toEqual({ code: '1.1', points: 0, maxPoints: 3, chosen: null, applicable: true });
    expect(r.total).toBe(51);
  });

  it('Appendix II: a yes/no criterion scores its maximum for true, 0 for false or null', () => {
    expect(score({ '2.1': true }).total).toBe(54);
    expect(score({ '2.1': false }).total).toBe(52);
    expect(score({ '2.1': null }).total).toBe(52);
  });

  it('Appendix II: a directly scored section is answered under its section code ("7")', () => {
    expect(score({ '7': 3 }).criteria.find((c) => c.code === '7')).toEqual({
      code: '7',
      points: 35,
      maxPoints: 35,
      chosen: 3,
      applicable: true,
    });
  });

  it('Appendix II (set 1, 5.2 "Chỉ áp dụng khi có câu chuyện sản phẩm"): a criterion whose condition fails scores 0 and needs no answer', () => {
    const r = score({ '5.1': 0, '5.2': undefined });
    expect(r.criteria.find((c) => c.code === '5.2')).toEqual({
      code: '5.2',
      points: 0,
      maxPoints: 2,
      chosen: null,
      applicable: false,
    });
  });

  it('Appendix II (5.2): an answer given for a criterion that does not apply is accepted but scores 0 (decision: stale answers must not fail a form)', () => {
    const r = score({ '5.1': 0, '5.2': 2 });
    expect(r.total).toBe(52);
    expect(r.criteria.find((c) => c.code === '5.2')).toEqual({
      code: '5.2',
      points: 0,
      maxPoints: 2,
      chosen: 2,
      applicable: false,
    });
  });

  it('Appendix II (5.2): once the condition holds the criterion counts and must be answered', () => {
    expect(score({ '5.1': 1, '5.2': 2 }).total).toBe(52 + 1 + 2);
    expect(issuesOf(() => score({ '5.1': 1 }))).toEqual([
      {
        field: 'answers.5.2',
        code: 'required',
        message: { vi: 'Chưa chấm tiêu chí này', en: 'This criterion has no answer' },
      },
    ]);
  });
});

describe('bands (Art. 3.3)', () => {
  it('Art. 3.3: 49.99 is 2★ and 50 is 3★ (bandOf with decimals, as a council mean can be)', () => {
    expect(bandOf(49.99, BANDS)).toBe(2);
    expect(bandOf(50, BANDS)).toBe(3);
  });

  it('Art. 3.3: every band edge — <30 1★, 30–<50 2★, 50–<70 3★, 70–<90 4★, ≥90 5★', () => {
    const cases: [number, number][] = [
      [0, 1],
      [29.99, 1],
      [30, 2],
      [49.99, 2],
      [50, 3],
      [69.99, 3],
      [69.996, 3],
      [70, 4],
      [89.99, 4],
      [90, 5],
      [100, 5],
    ];
    for (const [total, star] of cases) expect([total, bandOf(total, BANDS)]).toEqual([total, star]);
  });

  it('Art. 3.3: evaluate ranks integer totals at each edge (29/30, 49/50, 69/70, 89/90)', () => {
    const cases: [number, number][] = [
      [29, 1],
      [30, 2],
      [49, 2],
      [50, 3],
      [69, 3],
      [70, 4],
      [89, 4],
      [90, 5],
      [100, 5],
    ];
    for (const [total, band] of cases) {
      const r = linear(total);
      expect([r.total, r.band, r.star]).toEqual([total, band, band]);
    }
  });

  it('Art. 3.3: the bands are data — other minimums move the star without code changes', () => {
    const strict: StarBand[] = [
      { star: 1, minPoints: 0 },
      { star: 2, minPoints: 40 },
      { star: 3, minPoints: 60 },
      { star: 4, minPoints: 80 },
      { star: 5, minPoints: 95 },
    ];
    const r = evaluate(LINEAR, { answers: { '1.1': 54, '4.1': 1, '7': 0 } }, strict);
    expect([r.total, r.band, r.star]).toEqual([55, 2, 2]);
    expect(evaluate(LINEAR, { answers: { '1.1': 54, '4.1': 1, '7': 0 } }, BANDS).star).toBe(3);
  });

  it('Art. 3.3: broken bands are refused, not guessed', () => {
    expect(issuesOf(() => evaluate(S, card(), []))).toEqual([
      {
        field: 'bands',
        code: 'invalid_bands',
        message: { vi: 'Thang hạng sao không hợp lệ', en: 'Invalid star bands' },
      },
    ]);
  });
});

describe('star marks (Appendix II note: "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao")', () => {
  it('Appendix II note: *** is the minimum option for 3★ — met, the 52-point card is 3★ and certifiable (Art. 4.1.a)', () => {
    const r = score();
    expect([r.band, r.star, r.certifiable, r.blocking]).toEqual([3, 3, true, []]);
  });

  it('Appendix II note: below the *** option a 3★-band product is capped at 2★, not certifiable, and told why', () => {
    const r = score({ '1.2': 0 });
    expect([r.total, r.band, r.star, r.certifiable]).toEqual([51, 3, 2, false]);
    expect(r.blocking).toEqual([
      { criterion: '1.2', title: 'Tiêu chí 1.2', star: 3, requiredPoints: 1, actualPoints: 0, requiredOption: 1 },
    ]);
  });

  it('Appendix II note: null never meets a mark (every marked option scores more than 0)', () => {
    const r = score({ '1.2': null });
    expect([r.star, r.blocking.map((b) => [b.criterion, b.star, b.actualPoints])]).toEqual([2, [['1.2', 3, 0]]]);
  });

  it('Appendix II note: an unmarked option scoring more than the marked one also meets the mark', () => {
    expect(score({ '1.2': 2 }).star).toBe(3);
  });

  it('Appendix II note: N★ needs every mark k★ with k ≤ N — a 4★ band missing the **** option of 1.2 is 3★', () => {
    const r = score({ '3.1': 3, '4.1': 3, '7': 3 });
    expect([r.total, r.band, r.star, r.certifiable]).toEqual([82, 4, 3, true]);
    expect(r.blocking).toEqual([
      { criterion: '1.2', title: 'Tiêu chí 1.2', star: 4, requiredPoints: 3, actualPoints: 1, requiredOption: 3 },
    ]);
  });

  it('Appendix II note: a 5★ band missing only the ***** option is 4★', () => {
    const r = evaluate(S, { answers: { ...MAX, '1.2': 3 } }, BANDS);
    expect([r.total, r.band, r.star]).toEqual([98, 5, 4]);
    expect(r.blocking.map((b) => [b.criterion, b.star, b.requiredPoints, b.requiredOption])).toEqual([
      ['1.2', 5, 5, 4],
    ]);
  });

  it('Appendix II note: blocking lists, for each star from 3★ to the band, every criterion below its mark', () => {
    const r = evaluate(S, { answers: { ...MAX, '1.2': 0, '5.2': 0 } }, BANDS);
    expect([r.total, r.band, r.star, r.certifiable]).toEqual([93, 5, 2, false]);
    expect(r.blocking.map((b) => [b.star, b.criterion, b.requiredPoints, b.actualPoints])).toEqual([
      [3, '1.2', 1, 0],
      [3, '5.2', 1, 0],
      [4, '1.2', 3, 0],
      [4, '5.2', 1, 0],
      [5, '1.2', 5, 0],
      [5, '5.2', 1, 0],
    ]);
  });

  it('Appendix II note: marks are not checked above the band — a 2★ product has no blocking and keeps its band', () => {
    const r = score({ '1.2': 0, '3.1': 0 });
    expect([r.total, r.band, r.star, r.certifiable, r.blocking]).toEqual([31, 2, 2, false, []]);
  });

  it('Appendix II (5.2): the mark of a criterion that does not apply binds nothing; once it applies it does', () => {
    expect(score({ '5.1': 0, '5.2': 0 }).star).toBe(3);
    const r = score({ '5.1': 1, '5.2': 0 });
    expect([r.total, r.band, r.star]).toEqual([53, 3, 2]);
    expect(r.blocking.map((b) => b.criterion)).toEqual(['5.2']);
  });

  it('Art. 4.1.a: 1★ and 2★ are never certifiable', () => {
    expect(linear(29).certifiable).toBe(false);
    expect(linear(49).certifiable).toBe(false);
    expect(linear(50).certifiable).toBe(true);
  });
});

describe('knock-outs ("Hồ sơ bị loại khi …", "Bị loại nếu …", "… không đánh giá các bước tiếp theo")', () => {
  const ESTABLISHMENT = knockout(
    'establishment-certificate',
    'Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định',
  );
  const REGISTRATION = knockout('registration-dossier', 'Không đáp ứng về hồ sơ đăng ký theo quy định');
  const STOP = knockout(
    'foreign-matter',
    'Chú ý: Nếu có các tạp chất không chấp nhận được … sẽ không đánh giá các bước tiếp theo',
    { kind: 'stop', criterion: '1.1' },
  );
  const THREE = sheet({ A: [choice('1.1', [0, 1, 2])], B: [choice('4.1', range(0, 60))] }, [
    FORGED,
    ESTABLISHMENT,
    REGISTRATION,
    STOP,
  ]);
  const eval3 = (knockouts: Record<string, boolean>) =>
    evaluate(THREE, { answers: { '1.1': 2, '4.1': 60 }, knockouts }, BANDS);

  it('"Hồ sơ bị loại khi: Giả mạo hồ sơ": a forged dossier is "loại" whatever the points — no star, not certifiable, the sheet\'s words quoted', () => {
    const r = evaluate(S, { answers: { ...MAX }, knockouts: { 'forged-dossier': true } }, BANDS);
    expect([r.total, r.band, r.star, r.certifiable, r.outcome, r.disqualified]).toEqual([
      100,
      5,
      null,
      false,
      'excluded',
      true,
    ]);
    expect(r.knockouts.map((k) => [k.id, k.kind, k.text])).toEqual([['forged-dossier', 'exclusion', 'Giả mạo hồ sơ']]);
    expect(r.disqualifiedReasons).toEqual(['Giả mạo hồ sơ']);
    expect(r.quickWins).toBeNull();
  });

  it('each ticked condition is quoted in the sheet\'s order; a stop-evaluation alone gives "dừng đánh giá", an exclusion wins over it', () => {
    const both = eval3({ 'registration-dossier': true, 'establishment-certificate': true, 'forged-dossier': false });
    expect(both.disqualifiedReasons).toEqual([ESTABLISHMENT.text, REGISTRATION.text]);
    expect([both.outcome, both.star]).toEqual(['excluded', null]);
    const stop = eval3({ 'foreign-matter': true });
    expect([stop.outcome, stop.star, stop.knockouts.map((k) => k.criterion)]).toEqual(['stopped', null, ['1.1']]);
    expect(eval3({ 'foreign-matter': true, 'forged-dossier': true }).outcome).toBe('excluded');
  });

  it('all knock-outs answered false: the sheet is applied to the end ("ranked")', () => {
    const r = eval3({
      'forged-dossier': false,
      'establishment-certificate': false,
      'registration-dossier': false,
      'foreign-matter': false,
    });
    expect([r.outcome, r.disqualified, r.star, r.disqualifiedReasons]).toEqual(['ranked', false, 3, []]);
  });

  it('a knock-out the sheet does not print is refused, naming the field (e.g. a food-safety certificate on the handicraft sheet)', () => {
    const noFood = sheet({ A: [choice('1.1', [0, 1])] }, [FORGED, REGISTRATION]);
    const issues = issuesOf(() =>
      evaluate(noFood, { answers: { '1.1': 1 }, knockouts: { 'establishment-certificate': true } }, BANDS),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([['knockouts.establishment-certificate', 'not_in_sheet']]);
  });

  it('a sheet that prints no knock-out (set 26) borrows none from the others', () => {
    const none = sheet({ A: [choice('1.1', [0, 1])] }, []);
    const issues = issuesOf(() =>
      evaluate(none, { answers: { '1.1': 1 }, knockouts: { 'forged-dossier': true } }, BANDS),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([['knockouts.forged-dossier', 'not_in_sheet']]);
  });

  it('set 16 §6 "Nếu được 0 điểm tại một trong các chỉ tiêu trên": decided by the answers, so it cannot be ticked', () => {
    const zero = knockout(
      'sensory-zero',
      'Ghi chú: Nếu được 0 điểm tại một trong các chỉ tiêu trên, sẽ không đánh giá các bước tiếp theo.',
      { kind: 'stop', criterion: '1.2', decidedBy: 'zero-points', criteria: ['1.1', '1.2'] },
    );
    const W = sheet({ A: [choice('1.1', [0, 3]), choice('1.2', [0, 2])], B: [choice('4.1', range(0, 95))] }, [zero]);
    expect(evaluate(W, { answers: { '1.1': 1, '1.2': 1, '4.1': 60 } }, BANDS).outcome).toBe('ranked');
    const r = evaluate(W, { answers: { '1.1': 0, '1.2': 1, '4.1': 95 } }, BANDS);
    expect([r.outcome, r.star, r.knockouts.map((k) => k.id)]).toEqual(['stopped', null, ['sensory-zero']]);
    expect(
      issuesOf(() =>
        evaluate(W, { answers: { '1.1': 1, '1.2': 1, '4.1': 60 }, knockouts: { 'sensory-zero': true } }, BANDS),
      ).map((i) => [i.field, i.code]),
    ).toEqual([['knockouts.sensory-zero', 'not_answerable']]);
  });

  it('validation: unknown or non-boolean knock-out fields are named', () => {
    const issues = issuesOf(() => score({}, { knockouts: { 'forged-dossier': 'yes', other: true } as never }));
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['knockouts.forged-dossier', 'invalid_type'],
      ['knockouts.other', 'not_in_sheet'],
    ]);
  });
});

describe('cases ("Trường hợp", set 26)', () => {
  // 8 and 9 have two cases each; case 1 of 8 carries a *** mark, case 2 none.
  const T = sheet(
    {
      A: [choice('1.1', [0, 25, 40])],
      B: [choice('4.1', [0, 25])],
      C: [
        choice('8', ['1*3@1', '3@1', '1@2', '3@2']),
        choice('9', ['1@1', '2@1', '1@2', '2@2']),
        choice('10', [0, 30]),
      ],
    },
    [],
  );
  const base = { '1.1': 1, '4.1': 1, '10': 0 };

  it('Appendix II set 26: option indexes run over both cases in sheet order, and the case is inferred from the answers', () => {
    const r = evaluate(T, { answers: { ...base, '8': 3, '9': 3 } }, BANDS);
    expect(r.criteria.filter((c) => ['8', '9'].includes(c.code)).map((c) => [c.code, c.chosen, c.points])).toEqual([
      ['8', 3, 3],
      ['9', 3, 2],
    ]);
    expect(r.total).toBe(55);
  });

  it('Appendix II set 26 ("Lựa chọn một trong hai trường hợp"): answers from different cases are refused', () => {
    const issues = issuesOf(() => evaluate(T, { answers: { ...base, '8': 0, '9': 3 } }, BANDS));
    expect(issues).toEqual([
      {
        field: 'answers.9',
        code: 'branch_conflict',
        message: {
          vi: 'Phương án thuộc trường hợp 2, khác trường hợp 1 đã chọn ở tiêu chí 8',
          en: 'Option belongs to case 2, but criterion 8 chose case 1',
        },
      },
    ]);
  });

  it('Appendix II set 26: an option outside the stated case is refused, and so is an unknown case', () => {
    expect(
      issuesOf(() => evaluate(T, { answers: { ...base, '8': 1, '9': 1 }, branch: 2 }, BANDS)).map((i) => [
        i.field,
        i.code,
      ]),
    ).toEqual([
      ['answers.8', 'wrong_branch'],
      ['answers.9', 'wrong_branch'],
    ]);
    expect(
      issuesOf(() => evaluate(T, { answers: { ...base, '8': 1, '9': 1 }, branch: 3 }, BANDS)).map((i) => [
        i.field,
        i.code,
      ]),
    ).toEqual([['branch', 'unknown_branch']]);
    expect(issuesOf(() => score({}, { branch: 1 })).map((i) => [i.field, i.code])).toEqual([
      ['branch', 'unknown_branch'],
    ]);
  });

  it('Appendix II note: marks count within the chosen case only', () => {
    expect(evaluate(T, { answers: { ...base, '8': 2, '9': 2 } }, BANDS).star).toBe(3);
    const r = evaluate(T, { answers: { ...base, '8': null, '9': 0 } }, BANDS);
    expect([r.total, r.band, r.star, r.blocking.map((b) => [b.criterion, b.requiredOption])]).toEqual([
      51,
      3,
      2,
      [['8', 0]],
    ]);
  });

  it("Appendix II set 26: with only null answers the case is open — the least demanding case's marks apply", () => {
    const r = evaluate(T, { answers: { ...base, '8': null, '9': null } }, BANDS);
    expect([r.total, r.star]).toEqual([50, 3]);
  });
});

describe('validation of the input contract', () => {
  it('reports every issue at once, in sheet order then unknown codes, each naming its field in Vietnamese and English', () => {
    const issues = issuesOf(() =>
      evaluate(
        S,
        { answers: { '1.1': 1.5, '1.2': 9, '2.1': 1, '3.1': true, '9.9': 0, '4.1': -1, '7': '2' as never } },
        BANDS,
      ),
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['answers.1.1', 'invalid_option'],
      ['answers.1.2', 'invalid_option'],
      ['answers.2.1', 'expected_boolean'],
      ['answers.3.1', 'expected_option'],
      ['answers.4.1', 'invalid_option'],
      ['answers.5.1', 'required'],
      ['answers.7', 'invalid_type'],
      ['answers.9.9', 'unknown_criterion'],
    ]);
    for (const i of issues) expect(i.message.vi.length > 0 && i.message.en.length > 0).toBe(true);
    expect(issues[0]!.message).toEqual({
      vi: 'Phương án phải là số nguyên từ 0 đến 2',
      en: 'Option must be an integer from 0 to 2',
    });
  });

  it('a missing answer of an applicable criterion is required; an unknown code (e.g. a section number) is refused', () => {
    const issues = issuesOf(() => evaluate(S, { answers: { ...BASE, '1': 0, '1.1': undefined as never } }, BANDS));
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['answers.1.1', 'required'],
      ['answers.1', 'unknown_criterion'],
    ]);
  });

  it('a criterion whose deciding answer is missing or invalid is not reported a second time', () => {
    const issues = issuesOf(() => evaluate(S, { answers: { ...BASE, '5.1': 7 } }, BANDS));
    expect(issues.map((i) => [i.field, i.code])).toEqual([['answers.5.1', 'invalid_option']]);
  });

  it('an input that is not a scorecard is refused', () => {
    expect(issuesOf(() => evaluate(S, null as never, BANDS)).map((i) => [i.field, i.code])).toEqual([
      ['scorecard', 'invalid_type'],
    ]);
    expect(issuesOf(() => evaluate(S, { answers: [] } as never, BANDS)).map((i) => i.code)).toContain('invalid_type');
  });

  it('ScoringError is an Error whose message lists the fields', () => {
    try {
      score({ '1.1': 5 });
    } catch (err) {
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toContain('answers.1.1');
      return;
    }
    throw new Error('expected a ScoringError');
  });
});

describe('scoreMany (bench entry point)', () => {
  it('scores each scorecard exactly as evaluate does', () => {
    const cards = [card(), card({ '1.2': 0 }), { answers: { ...MAX } }];
    expect(scoreMany(S, cards, BANDS)).toEqual(cards.map((c) => evaluate(S, c, BANDS)));
  });
});
