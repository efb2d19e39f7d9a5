import { describe, it, expect } from 'vitest';
import { loadCalendar, getRuleSet } from '../../reference/index.ts';
import { checkHistoricalResult, starForPoints, type HistoricalResultInput } from './historical-result.ts';

const TODAY = '2026-11-23';
const base: HistoricalResultInput = {
  kind: 'first',
  filedOn: '2024-05-10',
  decidedOn: '2024-09-12',
  level: 'district',
  points: 62,
  star: 3,
  decisionNumber: '1354/QĐ-UBND',
  certificateNumber: '013/GCN-OCOP-12-2024',
};
const check = (over: Partial<HistoricalResultInput>) =>
  checkHistoricalResult({ ...base, ...over }, TODAY, { calendar: loadCalendar() });
const fields = (over: Partial<HistoricalResultInput>) => {
  const r = check(over);
  return r.ok ? [] : r.issues.map((i) => `${i.field}:${i.code}`);
};

describe('historical results: the rule set of the filing day', () => {
  it('148/QĐ-TTg before 6/7/2025: the district certifies 3★, recorded under 148-2023 (qd148), valid 36 months', () => {
    const r = check({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan).toMatchObject({
      ruleSet: '148-2023',
      procedure: 'qd148',
      star: 3,
      state: 'province_certified',
      transitional: false,
      expiresOn: '2027-09-12',
    });
    expect(r.plan.message.vi).toContain('UBND cấp huyện');
  });

  it('148/QĐ-TTg before 6/7/2025: a 3★ decided by the province is refused, naming the district', () => {
    const r = check({ level: 'province' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ field: 'level', code: 'wrong_level' });
    expect(r.issues[0]!.message.vi).toContain('UBND cấp huyện công nhận sản phẩm 3 sao');
    expect(r.issues[0]!.message.en).toContain('148/QĐ-TTg');
  });

  it('148/QĐ-TTg: the province certifies 4★ (≥ 70 forwarded by the district), the centre 5★', () => {
    expect(check({ level: 'province', points: 74, star: 4 }).ok).toBe(true);
    expect(fields({ level: 'district', points: 74, star: 4 })).toEqual(['level:wrong_level']);
    const five = check({ level: 'central', points: 91, star: 5, certificateNumber: '05/GCN-BNN-2024' });
    expect(five.ok && five.plan.state).toBe('ministry_certified');
  });

  it('148/QĐ-TTg as amended by 1489/QĐ-TTg (from 6/7/2025): the province certifies 3★, districts no longer exist', () => {
    const r = check({ filedOn: '2025-05-02', decidedOn: '2025-08-20', level: 'province' });
    expect(r.ok && r.plan.procedure).toBe('qd148');
    expect(fields({ filedOn: '2025-05-02', decidedOn: '2025-08-20', level: 'district' })).toEqual([
      'level:wrong_level',
    ]);
    const after = check({ filedOn: '2025-08-01', decidedOn: '2025-10-20', level: 'province' });
    expect(after.ok && after.plan.procedure).toBe('qd148-1489');
    if (after.ok) expect(after.plan.message.vi).toContain('1489/QĐ-TTg');
  });

  it('1048/QĐ-TTg (+781/QĐ-TTg): the province certifies 3★ and 4★; a district 3★ is refused', () => {
    const r = check({ filedOn: '2021-03-01', decidedOn: '2021-08-15', level: 'province', points: 58, star: 3 });
    expect(r.ok && r.plan.ruleSet).toBe('1048-2019');
    expect(r.ok && r.plan.procedure).toBe('qd1048');
    expect(fields({ filedOn: '2021-03-01', decidedOn: '2021-08-15', level: 'district' })).toEqual([
      'level:wrong_level',
    ]);
  });

  it('1048/QĐ-TTg filed, decided after 148/QĐ-TTg took effect: still the 1048 rule set of the filing day', () => {
    const r = check({ filedOn: '2022-12-20', decidedOn: '2023-04-10', level: 'province' });
    expect(r.ok && r.plan.ruleSet).toBe('1048-2019');
  });

  it('before the first OCOP rule set (21/8/2019): refused on the filing date', () => {
    expect(fields({ filedOn: '2019-05-01', decidedOn: '2019-10-01' })).toEqual(['filedOn:no_rule_set']);
  });
});

describe('historical results: star and points band (Điều 3 of each rule set)', () => {
  it('Điều 3 148/QĐ-TTg: 50 → 3★, 70 → 4★, 90 → 5★, 30 → 2★', () => {
    const rs = getRuleSet('148-2023')!;
    expect([0, 29.9, 30, 49.99, 50, 69, 70, 89.5, 90, 100].map((p) => starForPoints(rs, p))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('Điều 3: a star that does not match the points is refused with the band and the article', () => {
    const r = check({ points: 72, star: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((i) => i.field === 'star')!.message.vi).toContain('72 điểm ứng với hạng 4 sao');
    expect(r.issues.find((i) => i.field === 'star')!.message.vi).toContain('Điều 3 Quyết định 148/QĐ-TTg');
  });

  it('points outside 0–100 and stars outside 1–5 are refused', () => {
    expect(fields({ points: 101 })).toContain('points:out_of_range');
    expect(fields({ star: 6 })).toContain('star:out_of_range');
  });

  it('Điều 3: 1★/2★ get no certificate (result notice by the evaluating level), a certificate number is refused', () => {
    const r = check({ points: 40, star: 2, certificateNumber: null, decisionNumber: null });
    expect(r.ok && r.plan).toMatchObject({ state: 'result_notice', expiresOn: null, certificateNumber: null });
    expect(fields({ points: 40, star: 2 })).toEqual(['certificateNumber:not_certified']);
  });

  it('3★–5★ need a decision number and a certificate number', () => {
    expect(fields({ decisionNumber: '', certificateNumber: ' ' })).toEqual([
      'decisionNumber:required',
      'certificateNumber:required',
    ]);
    expect(fields({ decisionNumber: 'abc' })).toEqual(['decisionNumber:invalid']);
  });
});

describe('historical results: dates (Art. 11.1, 12.2 of 26/2026)', () => {
  it('the decision cannot precede the filing nor be in the future', () => {
    expect(fields({ decidedOn: '2024-05-01' })).toEqual(['decidedOn:before_filing']);
    expect(fields({ filedOn: '2026-04-01', decidedOn: '2026-12-01', level: 'province' })).toEqual([
      'decidedOn:in_future',
    ]);
  });

  it('Art. 11.1: a dossier filed from 22/5/2026 follows 26/2026 in OCOP Hub, not a historical record', () => {
    expect(fields({ filedOn: '2026-05-22', decidedOn: '2026-07-01', level: 'province' })).toContain(
      'filedOn:current_rules',
    );
  });

  it('Art. 12.2.a: filed before 22/5/2026, a first evaluation decided by 21/7/2026 is transitional under 148 (1489)', () => {
    const r = check({ filedOn: '2026-04-01', decidedOn: '2026-07-21', level: 'province' });
    expect(r.ok && r.plan).toMatchObject({
      ruleSet: '148-2023',
      procedure: 'qd148-1489',
      transitional: true,
      expiresOn: '2029-07-21',
    });
    const late = check({ filedOn: '2026-04-01', decidedOn: '2026-07-22', level: 'province' });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.issues[0]).toMatchObject({ field: 'decidedOn', code: 'transition_deadline' });
    if (!late.ok) expect(late.issues[0]!.message.vi).toContain('điểm a khoản 2 Điều 12');
  });

  it('Art. 12.2.b: a re-evaluation filed before 22/5/2026 must be decided within 30 days (21/6 → Monday 22/6/2026)', () => {
    expect(check({ kind: 'reevaluation', filedOn: '2026-04-01', decidedOn: '2026-06-22', level: 'province' }).ok).toBe(
      true,
    );
    expect(fields({ kind: 'reevaluation', filedOn: '2026-04-01', decidedOn: '2026-06-23', level: 'province' })).toEqual(
      ['decidedOn:transition_deadline'],
    );
  });

  it('Art. 12.2: a 1048-era dossier still pending on 22/5/2026 is decided under 148-2023', () => {
    const r = check({ filedOn: '2023-01-10', decidedOn: '2026-06-10', level: 'province' });
    expect(r.ok && r.plan.ruleSet).toBe('148-2023');
  });
});
