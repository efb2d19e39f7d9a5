import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { solarToLunar, lunarToSolar, leapMonthOf, lunarMonthLength, newMoonJde, sunLongitude } from './lunar.ts';
import { addDays, fromEpochDay, toEpochDay } from './calendar.ts';

const TET: Record<number, string> = {
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

describe('astronomy (Meeus, Astronomical Algorithms)', () => {
  it('example 49.a: the new moon of 1977 February is JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it("example 25.a: the sun's apparent longitude on 1992-10-13 0h TD is 199.909°", () => {
    expect(sunLongitude(2448908.5)).toBeCloseTo(199.909, 2);
  });
});

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('Tết (1 tháng Giêng) falls on the known dates 2019–2035', () => {
    for (const [year, date] of Object.entries(TET)) {
      expect(lunarToSolar(1, 1, Number(year)), `Tết ${year}`).toBe(date);
      expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
    }
  });

  it("uses UTC+7, not China's UTC+8: Tết 1985-01-21, 2007-02-17 and 2030-02-02 (China: 02-20, 02-18, 02-03)", () => {
    expect(lunarToSolar(1, 1, 1985)).toBe('1985-01-21');
    expect(lunarToSolar(1, 1, 2007)).toBe('2007-02-17');
    expect(lunarToSolar(1, 1, 2030)).toBe('2030-02-02'); // new moon 2030-02-02 16:07 UT = 23:07 in Hà Nội
  });

  it('Giỗ Tổ Hùng Vương (10/3 lunar) falls on the known dates 2019–2026', () => {
    const known = [
      '2019-04-14',
      '2020-04-02',
      '2021-04-21',
      '2022-04-10',
      '2023-04-29',
      '2024-04-18',
      '2025-04-07',
      '2026-04-26',
    ];
    expect(known.map((_, i) => lunarToSolar(10, 3, 2019 + i))).toEqual(known);
  });

  it('leap months: 2017 → 6, 2020 → 4, 2023 → 2, 2025 → 6, 2028 → 5, 2031 → 3, 2033 → 11; none in 2024, 2026', () => {
    expect([2017, 2020, 2023, 2025, 2028, 2031, 2033].map(leapMonthOf)).toEqual([6, 4, 2, 6, 5, 3, 11]);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });

  it('leap month 2 of 2023 began on 2023-03-22 and leap month 6 of 2025 on 2025-07-25', () => {
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
  });

  it('the last day of a lunar year is the day before Tết (29 or 30 tháng Chạp), and belongs to the old year', () => {
    expect(solarToLunar('2024-02-09')).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(lunarMonthLength(12, 2025)).toBe(29);
  });

  it("rejects a leap month the year does not have, a day past the month's end, and month 13", () => {
    expect(() => lunarToSolar(1, 4, 2024, true)).toThrow(RangeError);
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(0, 1, 2025)).toThrow(RangeError);
  });

  it('refuses years outside 1900–2100', () => {
    expect(() => solarToLunar('1850-06-01')).toThrow(RangeError);
  });

  const dayIn = fc.integer({ min: toEpochDay('1901-03-01'), max: toEpochDay('2099-10-31') }).map(fromEpochDay);

  it('property: lunarToSolar(solarToLunar(d)) = d for every day 1901–2099', () => {
    fc.assert(
      fc.property(dayIn, (d) => {
        const l = solarToLunar(d);
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the next day is the next lunar day, or day 1 of the next month after day 29 or 30', () => {
    fc.assert(
      fc.property(dayIn, (d) => {
        const a = solarToLunar(d);
        const b = solarToLunar(addDays(d, 1));
        if (b.day === 1) {
          expect([29, 30]).toContain(a.day);
          const sameNumber = b.month === a.month && b.leap && !a.leap;
          expect(sameNumber || b.month === (a.month % 12) + 1).toBe(true);
        } else {
          expect(b).toEqual({ ...a, day: a.day + 1 });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('every lunar year 1901–2099 has 12 months (353–355 days) or 13 with one leap month (383–385 days)', () => {
    for (let y = 1901; y <= 2099; y++) {
      const days = toEpochDay(lunarToSolar(1, 1, y + 1)) - toEpochDay(lunarToSolar(1, 1, y));
      const leap = leapMonthOf(y);
      if (leap === null) expect(days, `${y}`).toBeGreaterThanOrEqual(353);
      if (leap === null) expect(days, `${y}`).toBeLessThanOrEqual(355);
      if (leap !== null) expect(days, `${y}`).toBeGreaterThanOrEqual(383);
      if (leap !== null) expect(days, `${y}`).toBeLessThanOrEqual(385);
    }
  });
});
