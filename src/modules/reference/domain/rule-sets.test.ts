import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleSetInForce, ruleSetsApplicable, supersededFrom } from './rule-sets.ts';
import { getRuleSet, loadRuleSets } from '../data/rule-sets.ts';

const RULE_SETS = loadRuleSets();

const dayBefore = (iso: string) => new Date(Date.parse(iso + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);
const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(iso + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

describe('rule sets as versioned data', () => {
  it('holds 26/2026, 148/2023 (as amended by 1489/2025) and 1048/2019 (with 781/2020)', () => {
    expect(RULE_SETS.map((r) => r.code)).toEqual(['26-2026', '148-2023', '1048-2019']);
    expect(getRuleSet('148-2023')!.amendedBy.map((a) => [a.code, a.effectiveFrom])).toEqual([
      ['1489/QĐ-TTg', '2025-07-06'],
    ]);
    expect(getRuleSet('1048-2019')!.amendedBy.map((a) => a.code)).toEqual(['781/QĐ-TTg']);
  });

  it('Art. 11 of 26/2026: in force from 2026-05-22; 148 governs the day before', () => {
    expect(ruleSetInForce('2026-05-22', RULE_SETS)!.code).toBe('26-2026');
    expect(ruleSetInForce('2026-11-23', RULE_SETS)!.code).toBe('26-2026');
    expect(ruleSetInForce('2026-05-21', RULE_SETS)!.code).toBe('148-2023');
  });

  it('148/QĐ-TTg governs 2024-06-01 and its first day 2023-02-24; 1048 governs 2023-02-23', () => {
    expect(ruleSetInForce('2024-06-01', RULE_SETS)!.code).toBe('148-2023');
    expect(ruleSetInForce('2023-02-24', RULE_SETS)!.code).toBe('148-2023');
    expect(ruleSetInForce('2023-02-23', RULE_SETS)!.code).toBe('1048-2019');
    expect(ruleSetInForce('2019-01-01', RULE_SETS)).toBeUndefined();
  });

  it('filing periods are contiguous and never overlap (a superseded rule set stops taking filings the day its successor starts)', () => {
    const sorted = [...RULE_SETS].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const lastFiling = supersededFrom(prev, RULE_SETS)
        ? dayBefore(supersededFrom(prev, RULE_SETS)!)
        : prev.effectiveTo!;
      expect(plusDays(lastFiling, 1)).toBe(sorted[i]!.effectiveFrom);
    }
  });

  it('Art. 11.2 of 26/2026: 148/QĐ-TTg (+1489) stays in force through 21/7/2026 — 60 days from 22/5/2026 — and not on 22/7/2026', () => {
    const rs = getRuleSet('148-2023')!;
    expect(rs.effectiveTo).toBe('2026-07-21');
    expect(plusDays(getRuleSet('26-2026')!.effectiveFrom, 60)).toBe(rs.effectiveTo);
    expect(rs.supersededBy).toMatchObject({ code: '26-2026' });
    expect(ruleSetsApplicable('2026-07-21', RULE_SETS).map((r) => r.code)).toEqual(['26-2026', '148-2023']);
    expect(ruleSetsApplicable('2026-07-22', RULE_SETS).map((r) => r.code)).toEqual(['26-2026']);
    expect(ruleSetsApplicable('2026-05-21', RULE_SETS).map((r) => r.code)).toEqual(['148-2023']);
  });

  // The Decision's text lives outside the repository (../shared/reference); the check is skipped where it is absent.
  const lawPath = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'reference',
    'qd-26-2026-QD-TTg.txt',
  );
  it.skipIf(!existsSync(lawPath))(
    'Art. 11 of 26/2026: the dates are the ones written in the Decision (22/5/2026; 148 and 1489 end 60 days later)',
    () => {
      const law = readFileSync(lawPath, 'utf8').replace(/\s+/g, ' ');
      expect(law).toContain('có hiệu lực thi hành từ ngày 22 tháng 5 năm 2026');
      expect(law).toContain('Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023');
      expect(law).toContain('Quyết định số 1489/QĐ-TTg ngày 06 tháng 7 năm 2025');
      expect(law).toContain('hết hiệu lực sau 60 ngày kể từ ngày Quyết định này có hiệu lực thi hành');
      expect(getRuleSet('26-2026')!.effectiveFrom).toBe('2026-05-22');
      expect(getRuleSet('148-2023')!.signedOn).toBe('2023-02-24');
      expect(getRuleSet('148-2023')!.amendedBy[0]!.effectiveFrom).toBe('2025-07-06');
      expect(getRuleSet('148-2023')!.effectiveToArticle).toContain('60 ngày');
    },
  );

  it('Art. 11.1, 11.2 of 26/2026: from 22/5/2026 a new filing follows 26/2026 even while 148 is still in force', () => {
    for (const d of ['2026-05-22', '2026-06-01', '2026-07-21', '2026-07-22'])
      expect(ruleSetInForce(d, RULE_SETS)!.code).toBe('26-2026');
  });

  it('Art. 3.3 of 26/2026: bands 1★ <30, 2★ 30–<50, 3★ 50–<70, 4★ 70–<90, 5★ ≥90', () => {
    expect(getRuleSet('26-2026')!.bands).toEqual([
      { star: 1, minPoints: 0 },
      { star: 2, minPoints: 30 },
      { star: 3, minPoints: 50 },
      { star: 4, minPoints: 70 },
      { star: 5, minPoints: 90 },
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
