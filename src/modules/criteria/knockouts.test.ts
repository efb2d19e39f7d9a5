// Knock-out conditions and applicability on the real sheets of Decision 26/2026/QĐ-TTg, Appendix II: each condition is
// data (set, criterion, the law's words, line), applied by the engine, and listed in resources/criteria/NOTES.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, evaluate, type Answer } from './domain/engine.ts';
import { allCriteria } from './domain/catalogue.ts';
import { getCatalogue, getProductSet } from './data/catalogue.ts';
import { getRuleSet } from '../reference/index.ts';
import type { ProductSet } from './domain/types.ts';

const BANDS = getRuleSet('26-2026')!.bands;
const SOURCE = readFileSync(
  new URL('../../../../shared/reference/qd-26-2026-QD-TTg.txt', import.meta.url),
  'utf8',
).split('\n');
const setOf = (n: number) => getProductSet('26-2026', n)!;
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function best(set: ProductSet): Record<string, Answer> {
  return Object.fromEntries(
    allCriteria(set).map(({ criterion: c }) => [
      c.code,
      c.kind === 'yesno' ? true : c.options.reduce((b, o, i) => (o.points > c.options[b]!.points ? i : b), 0),
    ]),
  );
}

/** The sets whose sheet carries knock-out `id`, with the criterion it stands beside. */
const carriers = (id: string) =>
  getCatalogue('26-2026')!.sets.flatMap((s) =>
    s.knockouts.filter((k) => k.id === id).map((k) => [s.setNo, k.criterion]),
  );

describe('Appendix II knock-outs are data, swept over the 26 sheets', () => {
  it('"Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc": sets 7–15 and 18–20, beside 1.1', () => {
    expect(carriers('imported-material')).toEqual([...range(7, 15), 18, 19, 20].map((n) => [n, '1.1']));
  });

  it('"Bị loại nếu phát hiện giống hệt sản phẩm của nhà sản xuất khác": sets 5–14, beside 2.1', () => {
    expect(carriers('identical-product')).toEqual(range(5, 14).map((n) => [n, '2.1']));
  });

  it('"Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ": sets 21–22, beside 6.2', () => {
    expect(carriers('ip-infringement')).toEqual([
      [21, '6.2'],
      [22, '6.2'],
    ]);
  });

  it('"… tạp chất … sẽ không đánh giá các bước tiếp theo" (set 1: "Không xem xét các chỉ tiêu khác"): sets 1–13, 15, 17; set 16 by its 0-point sentence', () => {
    expect(carriers('foreign-matter').map(([n]) => n)).toEqual([...range(1, 13), 15, 17]);
    expect(carriers('sensory-zero')).toEqual([[16, '6.4']]);
    expect(setOf(16).knockouts.find((k) => k.id === 'sensory-zero')).toMatchObject({
      decidedBy: 'zero-points',
      criteria: ['6.1', '6.2', '6.3', '6.4'],
    });
  });

  it('papers the "Hồ sơ bị loại khi" paragraph names: production licence (15, 17), declaration dossier (18), production conditions and product declaration (19, 20)', () => {
    expect(carriers('production-licence')).toEqual([
      [15, null],
      [17, null],
    ]);
    expect(carriers('declaration-dossier')).toEqual([[18, null]]);
    expect(carriers('mandatory-production-conditions')).toEqual([
      [19, null],
      [20, null],
    ]);
    expect(carriers('product-declaration')).toEqual([
      [19, null],
      [20, null],
    ]);
    expect(carriers('notification-form')).toEqual([
      [19, '6'],
      [20, '6'],
    ]);
    expect(carriers('forged-dossier').map(([n]) => n)).toEqual(range(1, 25));
    expect(carriers('establishment-certificate').map(([n]) => n)).toEqual(range(1, 18));
  });

  it('each condition keeps the exact words of the law at its line, and NOTES.md lists it', () => {
    const notes = readFileSync(new URL('../../../resources/criteria/NOTES.md', import.meta.url), 'utf8');
    for (const set of getCatalogue('26-2026')!.sets) {
      for (const k of set.knockouts) {
        const printed = SOURCE[k.line - 1]!.replace(/\s+/g, ' ');
        if (k.criterion !== null) expect(printed, `set ${set.setNo} ${k.id}`).toContain(k.text);
        else expect(printed, `set ${set.setNo} ${k.id}`).toMatch(/[Bb]ị loại khi/);
        expect(notes).toContain(`\`${k.id}\``);
        expect(notes, `set ${set.setNo} line ${k.line}`).toMatch(new RegExp(`\\b${k.line}\\b`));
      }
    }
  });
});

describe('knock-outs applied by the engine (no star, the condition quoted)', () => {
  it('Appendix II set 16 §6 "Nếu được 0 điểm tại một trong các chỉ tiêu trên": bottled water with foreign matter at 97 points gets no star', () => {
    const set = setOf(16);
    const r = evaluate(set, { answers: { ...best(set), '6.1': 0 } }, BANDS);
    expect([r.total, r.band, r.star, r.certifiable, r.outcome]).toEqual([97, 5, null, false, 'stopped']);
    expect(r.knockouts.map((k) => [k.id, k.text])).toEqual([
      [
        'sensory-zero',
        'Ghi chú: Nếu được 0 điểm tại một trong các chỉ tiêu trên, sẽ không đánh giá các bước tiếp theo.',
      ],
    ]);
  });

  it.each([2, 9, 15])(
    'Appendix II set %i §6.1 "tạp chất không chấp nhận được … không đánh giá các bước tiếp theo": ticked, the evaluation stops',
    (n) => {
      const set = setOf(n);
      const r = evaluate(set, { answers: best(set), knockouts: { 'foreign-matter': true } }, BANDS);
      expect([r.total, r.star, r.outcome, r.knockouts[0]!.criterion]).toEqual([100, null, 'stopped', '6.1']);
    },
  );

  it.each([7, 14, 20])(
    'Appendix II set %i §1.1 "Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu …": excluded',
    (n) => {
      const set = setOf(n);
      const r = evaluate(set, { answers: best(set), knockouts: { 'imported-material': true } }, BANDS);
      expect([r.star, r.outcome, r.knockouts[0]!.text]).toEqual([
        null,
        'excluded',
        'Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc',
      ]);
    },
  );

  it('Appendix II set 5 §2.1 "Bị loại nếu phát hiện giống hệt …" and set 22 §6.2 "vi phạm sở hữu trí tuệ, sẽ bị loại bỏ": excluded', () => {
    expect(
      evaluate(setOf(5), { answers: best(setOf(5)), knockouts: { 'identical-product': true } }, BANDS).outcome,
    ).toBe('excluded');
    const r = evaluate(setOf(22), { answers: best(setOf(22)), knockouts: { 'ip-infringement': true } }, BANDS);
    expect([r.outcome, r.knockouts[0]!.text]).toEqual([
      'excluded',
      'Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ',
    ]);
  });

  it('Appendix II sets 15, 18, 19 "Hồ sơ bị loại khi": missing production licence, declaration dossier, product declaration exclude', () => {
    expect(
      evaluate(setOf(15), { answers: best(setOf(15)), knockouts: { 'production-licence': true } }, BANDS).outcome,
    ).toBe('excluded');
    expect(
      evaluate(setOf(18), { answers: best(setOf(18)), knockouts: { 'declaration-dossier': true } }, BANDS).outcome,
    ).toBe('excluded');
    const r = evaluate(
      setOf(19),
      { answers: best(setOf(19)), knockouts: { 'product-declaration': true, 'notification-form': true } },
      BANDS,
    );
    expect([r.outcome, r.knockouts.map((k) => k.id)]).toEqual([
      'excluded',
      ['product-declaration', 'notification-form'],
    ]);
  });

  it('Appendix II sets 1–4 §2.1 "Không đánh giá những sản phẩm có tính phổ biến …": a common product is not evaluated', () => {
    const r = evaluate(setOf(3), { answers: best(setOf(3)), knockouts: { 'common-product': true } }, BANDS);
    expect([r.star, r.outcome, r.knockouts[0]!.criterion]).toEqual([null, 'stopped', '2.1']);
  });
});

describe('star marks that bind only where the sheet says they apply', () => {
  const set = setOf(21);
  /** 95 points: the best everywhere, no quality declaration (§7 none met, 0 of 4), 1.2 one point lower. */
  const c12 = allCriteria(set).find((r) => r.criterion.code === '1.2')!.criterion;
  const answers = { ...best(set), '7': null, '1.2': c12.options.findIndex((o) => o.points === c12.maxPoints - 1) };

  it('Appendix II set 21 §7 "Áp dụng bắt buộc đối với các sản phẩm phải công bố chất lượng theo quy định": a handicraft that need not declare, at 95 points, is not capped by §7', () => {
    const r = evaluate(set, { answers, applies: { 'quality-declaration-required': false } }, BANDS);
    expect([r.total, r.star, r.certifiable, r.blocking]).toEqual([95, 5, true, []]);
    expect(r.marksWaived).toEqual([expect.objectContaining({ criterion: '7', reason: 'not-applicable' })]);
  });

  it('Appendix II set 21 §7: a handicraft that must declare quality (or is not asked) is held by the "***" mark, as printed', () => {
    for (const applies of [{ 'quality-declaration-required': true }, undefined]) {
      const r = evaluate(set, { answers, ...(applies ? { applies } : {}) }, BANDS);
      expect([r.total, r.star, r.blocking.filter((b) => b.criterion === '7').map((b) => b.star)]).toEqual([
        95,
        2,
        [3, 4, 5],
      ]);
    }
  });

  it('Appendix II set 21 §7 "khuyến khích các sản phẩm còn lại": the points of a declaration still count when the mark does not bind', () => {
    const r = evaluate(
      set,
      { answers: { ...answers, '7': 2 }, applies: { 'quality-declaration-required': false } },
      BANDS,
    );
    expect([r.total, r.star]).toEqual([99, 5]);
  });

  it('Appendix II set 21 §8 (food-safety certificate for a handicraft, flagged): binds as printed by default; a council policy "not-binding" waives the mark', () => {
    const s8 = { ...best(set), '8': null };
    expect(evaluate(set, { answers: s8 }, BANDS).star).toBe(2);
    const r = evaluate(set, { answers: s8 }, BANDS, {
      marksAcrossMembers: 'majority',
      knockoutsAcrossMembers: 'any-member',
      spreadThreshold: 10,
      outOfScopeMarks: 'not-binding',
    });
    expect([r.total, r.star, r.marksWaived.map((w) => [w.criterion, w.reason])]).toEqual([
      95,
      5,
      [['8', 'council-policy']],
    ]);
    expect(r.policy.outOfScopeMarks).toBe('not-binding');
  });

  it('council: the §7 mark is waived only when more than half of the members answer "no" (our rule, documented in READINGS.md)', () => {
    const no = { answers, applies: { 'quality-declaration-required': false } };
    expect(aggregate(set, [no, no, { answers }], BANDS).star).toBe(5);
    expect(aggregate(set, [no, { answers }, { answers }], BANDS).star).toBe(2);
  });
});

describe('council policies over members (quy định của Hội đồng, not the law)', () => {
  const set = setOf(1);
  const full = best(set);
  // 1.3 carries ***** on its best option (3 points); option 1 (2 points) misses it.
  const miss = { ...full, '1.3': 1 };

  it('marksAcrossMembers: majority (default) needs more than half of the members at the marked option; all-members every one; mean-points the mean points', () => {
    const cards = [{ answers: full }, { answers: full }, { answers: miss }];
    expect(aggregate(set, cards, BANDS).star).toBe(5);
    expect(aggregate(set, cards, BANDS, { marksAcrossMembers: 'all-members' }).star).toBe(4);
    expect(aggregate(set, cards, BANDS, { marksAcrossMembers: 'mean-points' }).star).toBe(4); // mean 2.67 < 3
    expect(aggregate(set, [{ answers: full }, { answers: miss }], BANDS).star).toBe(4); // one of two is not more than half
    expect(aggregate(set, cards, BANDS, { marksAcrossMembers: 'all-members' }).policy.marksAcrossMembers).toBe(
      'all-members',
    );
  });

  it("knockoutsAcrossMembers: any-member (default) — one member's tick holds; majority — needs more than half", () => {
    const ticked = { answers: full, knockouts: { 'foreign-matter': true } };
    const cards = [ticked, { answers: full }, { answers: full }];
    expect(aggregate(set, cards, BANDS).outcome).toBe('stopped');
    const r = aggregate(set, cards, BANDS, { knockoutsAcrossMembers: 'majority' });
    expect([r.outcome, r.star, r.members.map((m) => m.knockouts)]).toEqual(['ranked', 5, [['foreign-matter'], [], []]]);
    expect(
      aggregate(set, [ticked, ticked, { answers: full }], BANDS, { knockoutsAcrossMembers: 'majority' }).outcome,
    ).toBe('stopped');
  });
});
