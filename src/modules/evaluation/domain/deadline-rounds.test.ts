import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, fromEpochDay, toEpochDay } from '../../reference/index.ts';
import { ministryRoundFor, provinceRoundFor } from './deadline-rounds.ts';

const pick = (r: ReturnType<typeof provinceRoundFor>) => [r.year, r.round, r.mustFinishBefore, r.lastDay];

describe('Art. 5.1: provincial rounds', () => {
  it('Art. 5.1: forwarded before 30/4 → round 1, finished before 30/6 (29/6 at the latest)', () => {
    expect(pick(provinceRoundFor('2026-01-01'))).toEqual([2026, 1, '2026-06-30', '2026-06-29']);
    expect(pick(provinceRoundFor('2026-04-29'))).toEqual([2026, 1, '2026-06-30', '2026-06-29']);
  });

  it('Art. 5.1: "trước ngày 30 tháng 4" is strict — forwarded on 30/4 → round 2, before 30/12', () => {
    const r = provinceRoundFor('2026-04-30');
    expect(pick(r)).toEqual([2026, 2, '2026-12-30', '2026-12-29']);
    expect(r.submittedBefore).toBe('2026-10-30');
    expect(r.message.vi).toContain('thuộc đợt 02 năm 2026');
    expect(r.message.vi).toContain('chậm nhất ngày 29/12/2026');
    expect(r.message.vi).toContain('khoản 1 Điều 5');
  });

  it('Art. 5.1: forwarded 29/10 → round 2; from 30/10 to 31/12 → round 1 of the next year', () => {
    expect(pick(provinceRoundFor('2026-10-29'))).toEqual([2026, 2, '2026-12-30', '2026-12-29']);
    expect(pick(provinceRoundFor('2026-10-30'))).toEqual([2027, 1, '2027-06-30', '2027-06-29']);
    expect(pick(provinceRoundFor('2026-12-31'))).toEqual([2027, 1, '2027-06-30', '2027-06-29']);
  });

  it('Art. 5.1 property: the round is the first cut-off after the date, and ends within 8 months', () => {
    const day = fc.integer({ min: toEpochDay('2026-05-22'), max: toEpochDay('2040-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, (d) => {
        const r = provinceRoundFor(d);
        expect(d < r.submittedBefore).toBe(true);
        const lastIn = provinceRoundFor(addDays(r.submittedBefore, -1));
        expect([lastIn.round, lastIn.year]).toEqual([r.round, r.year]); // every day up to the cut-off shares the round
        expect(provinceRoundFor(r.submittedBefore).submittedBefore > r.submittedBefore).toBe(true); // the cut-off day does not
        expect(r.lastDay).toBe(addDays(r.mustFinishBefore, -1));
        expect(daysBetween(d, r.mustFinishBefore)).toBeGreaterThanOrEqual(62);
        expect(daysBetween(d, r.mustFinishBefore)).toBeLessThanOrEqual(245);
      }),
    );
  });
});

describe('Art. 5.2: national rounds (Ministry of Agriculture and Environment)', () => {
  it('Art. 5.2: proposed 29/7 → round 1, before 30/9; 30/7 → round 2 of the same year, before 30/3 of the next', () => {
    expect(pick(ministryRoundFor('2026-07-29'))).toEqual([2026, 1, '2026-09-30', '2026-09-29']);
    expect(pick(ministryRoundFor('2026-07-30'))).toEqual([2026, 2, '2027-03-30', '2027-03-29']);
  });

  it('Art. 5.2: proposed 31/12 or 29/1 → round 2 of the year before, finished before 30/3', () => {
    expect(pick(ministryRoundFor('2026-12-31'))).toEqual([2026, 2, '2027-03-30', '2027-03-29']);
    const r = ministryRoundFor('2027-01-29');
    expect(pick(r)).toEqual([2026, 2, '2027-03-30', '2027-03-29']);
    expect(r.submittedBefore).toBe('2027-01-30');
    expect(r.message.en).toContain('national round 2 of 2026');
  });

  it('Art. 5.2: proposed 30/1 → round 1 of that year, before 30/9', () => {
    expect(pick(ministryRoundFor('2027-01-30'))).toEqual([2027, 1, '2027-09-30', '2027-09-29']);
  });

  it("Art. 5.1 + 5.2: the levels chain — a province round's last day leads to the national round of the same number and year", () => {
    for (let y = 2027; y <= 2035; y++) {
      for (const forwarded of [`${y}-03-01`, `${y}-09-01`]) {
        const p = provinceRoundFor(forwarded);
        const m = ministryRoundFor(p.lastDay);
        expect([m.round, m.year], forwarded).toEqual([p.round, p.year]);
      }
    }
  });

  it('rejects a malformed date', () => {
    expect(() => provinceRoundFor('2026-02-30')).toThrow(RangeError);
    expect(() => ministryRoundFor('30/07/2026')).toThrow(RangeError);
  });
});
