import { describe, it, expect } from 'vitest';
import { RULE_SETS, ruleSetInForce, getRuleSet } from './rule-sets.ts';

describe('rule sets as versioned data', () => {
  it('holds 26/2026, 148/2023 (as amended by 1489/2025) and 1048/2019 (with 781/2020)', () => {
    expect(RULE_SETS.map((r) => r.code)).toEqual(['26-2026', '148-2023', '1048-2019']);
    expect(getRuleSet('148-2023')!.amendedBy.map((a) => [a.code, a.effectiveFrom])).toEqual([['1489/QĐ-TTg', '2025-07-06']]);
    expect(getRuleSet('1048-2019')!.amendedBy.map((a) => a.code)).toEqual(['781/QĐ-TTg']);
  });

  it('Art. 11 of 26/2026: in force from 2026-05-22; 148 governs the day before', () => {
    expect(ruleSetInForce('2026-05-22')!.code).toBe('26-2026');
    expect(ruleSetInForce('2026-11-23')!.code).toBe('26-2026');
    expect(ruleSetInForce('2026-05-21')!.code).toBe('148-2023');
  });

  it('148/QĐ-TTg governs 2024-06-01 and its first day 2023-02-24; 1048 governs 2023-02-23', () => {
    expect(ruleSetInForce('2024-06-01')!.code).toBe('148-2023');
    expect(ruleSetInForce('2023-02-24')!.code).toBe('148-2023');
    expect(ruleSetInForce('2023-02-23')!.code).toBe('1048-2019');
    expect(ruleSetInForce('2019-01-01')).toBeUndefined();
  });

  it('periods are contiguous and never overlap', () => {
    const sorted = [...RULE_SETS].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prevEnd = new Date(sorted[i - 1]!.effectiveTo! + 'T00:00:00Z');
      prevEnd.setUTCDate(prevEnd.getUTCDate() + 1);
      expect(prevEnd.toISOString().slice(0, 10)).toBe(sorted[i]!.effectiveFrom);
    }
  });

  it('Art. 3.3 of 26/2026: bands 1★ <30, 2★ 30–<50, 3★ 50–<70, 4★ 70–<90, 5★ ≥90', () => {
    expect(getRuleSet('26-2026')!.bands).toEqual([
      { star: 1, minPoints: 0 }, { star: 2, minPoints: 30 }, { star: 3, minPoints: 50 }, { star: 4, minPoints: 70 }, { star: 5, minPoints: 90 },
    ]);
  });

  it('Art. 4.1 of 26/2026: province certifies 3★/4★, the Ministry 5★; Art. 4.3: 36 months', () => {
    const rs = getRuleSet('26-2026')!;
    expect(rs.levels.find((l) => l.level === 'province')!.certifiesStars).toEqual([3, 4]);
    expect(rs.levels.find((l) => l.level === 'central')!.certifiesStars).toEqual([5]);
    expect(rs.certificateValidityMonths).toBe(36);
    expect(rs.levels.some((l) => l.level === 'district')).toBe(false);
  });

  it('148/QĐ-TTg: a district council certified 3★ and forwarded ≥70 to the province; parts A40/B25/C35', () => {
    const rs = getRuleSet('148-2023')!;
    const district = rs.levels.find((l) => l.level === 'district')!;
    expect(district.certifiesStars).toEqual([3]);
    expect(district.forwardsAtPoints).toBe(70);
    expect(rs.parts).toEqual({ A: 40, B: 25, C: 35 });
    expect(getRuleSet('1048-2019')!.parts).toEqual({ A: 35, B: 25, C: 40 });
  });
});
