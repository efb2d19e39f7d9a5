import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonths, addWorkingDays, buildCalendar, dayOfWeek, daysBetween, formatDateVi, fromEpochDay, holidayOn,
  isWorkingDay, loadCalendar, rollToWorkingDay, toEpochDay, workingDaysBetween,
} from './calendar.ts';

const cal = loadCalendar();

describe('calendar dates (ISO YYYY-MM-DD, no time zone)', () => {
  it('rejects anything that is not a real date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-2-3', '2026-02-03T00:00', '', '20260203']) {
      expect(() => toEpochDay(bad), bad).toThrow(RangeError);
    }
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(toEpochDay('2028-02-29'))).toBe('2028-02-29');
  });

  it('addDays, daysBetween and dayOfWeek (2026-05-22 is a Friday)', () => {
    expect(addDays('2026-05-22', 10)).toBe('2026-06-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-05-22', '2026-07-21')).toBe(60);
    expect(daysBetween('2026-07-21', '2026-05-22')).toBe(-60);
    expect(dayOfWeek('2026-05-22')).toBe(5);
    expect(dayOfWeek('2026-05-24')).toBe(0);
    expect(formatDateVi('2026-05-22')).toBe('22/05/2026');
  });

  it('BLDS Art. 148.3: addMonths clamps to the end of a shorter month (31 Jan + 1 month = 28/29 Feb)', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2028-02-29', 36)).toBe('2031-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-06-15', 36)).toBe('2029-06-15');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonths('2026-05-22', 0)).toBe('2026-05-22');
  });

  it('property: addMonths keeps the day-of-month unless the target month is shorter, then takes its last day', () => {
    const day = fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2090-12-31') }).map(fromEpochDay);
    fc.assert(fc.property(day, fc.integer({ min: -120, max: 120 }), (d, n) => {
      const r = addMonths(d, n);
      const monthIndex = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
      expect(monthIndex(r) - monthIndex(d)).toBe(n);
      const wanted = Number(d.slice(8));
      const got = Number(r.slice(8));
      expect(got === wanted || (got < wanted && addDays(r, 1).slice(8) === '01')).toBe(true);
    }));
  });
});

describe('working days (state agencies: Saturday and Sunday off, plus holidays)', () => {
  it('weekdays work, weekends and holidays do not; an announced make-up Saturday works (2026-01-10)', () => {
    expect(isWorkingDay('2026-05-22', cal)).toBe(true);
    expect(isWorkingDay('2026-05-23', cal)).toBe(false);
    expect(isWorkingDay('2026-05-24', cal)).toBe(false);
    expect(isWorkingDay('2026-01-02', cal)).toBe(false); // swapped day off
    expect(isWorkingDay('2026-01-10', cal)).toBe(true); // make-up Saturday
    expect(isWorkingDay('2026-02-18', cal)).toBe(false);
    expect(holidayOn('2026-04-27', cal)?.kind).toBe('compensatory');
  });

  it('refuses dates outside the years the holiday data covers rather than guess', () => {
    expect(() => isWorkingDay('2036-01-02', cal)).toThrow(/2019–2035/);
    expect(() => isWorkingDay('2018-12-31', cal)).toThrow(RangeError);
  });

  it('convention: the day of receipt is not counted; day 1 is the next working day', () => {
    expect(addWorkingDays('2026-05-22', 1, cal)).toBe('2026-05-25'); // Fri → Mon
    expect(addWorkingDays('2026-05-25', 1, cal)).toBe('2026-05-26');
    expect(addWorkingDays('2026-05-22', 15, cal)).toBe('2026-06-12');
  });

  it('convention: receipt on a day off (Saturday, electronic filing) counts exactly like the working day before it', () => {
    expect(addWorkingDays('2026-05-23', 15, cal)).toBe(addWorkingDays('2026-05-22', 15, cal));
    expect(addWorkingDays('2026-05-24', 1, cal)).toBe('2026-05-25');
  });

  it('n = 0 rolls a day off forward to the next working day (BLDS 148.5); negative n counts back', () => {
    expect(addWorkingDays('2026-05-23', 0, cal)).toBe('2026-05-25');
    expect(addWorkingDays('2026-05-22', 0, cal)).toBe('2026-05-22');
    expect(rollToWorkingDay('2026-04-30', cal)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-25', -1, cal)).toBe('2026-05-22');
    expect(addWorkingDays('2026-05-25', -6, cal)).toBe('2026-05-15');
    expect(() => addWorkingDays('2026-05-25', 1.5, cal)).toThrow(RangeError);
  });

  it('holidays are skipped: Tết 2026 (16–20/2), Giỗ Tổ 2026 with its compensatory day, 30/4–1/5', () => {
    expect(addWorkingDays('2026-02-13', 1, cal)).toBe('2026-02-23');
    expect(addWorkingDays('2026-04-24', 1, cal)).toBe('2026-04-28');
    expect(addWorkingDays('2026-04-29', 1, cal)).toBe('2026-05-04');
  });

  it('workingDaysBetween counts (a, b]: a excluded, b included; reversed order gives the negative', () => {
    expect(workingDaysBetween('2026-05-22', '2026-05-22', cal)).toBe(0);
    expect(workingDaysBetween('2026-05-22', '2026-05-25', cal)).toBe(1);
    expect(workingDaysBetween('2026-05-22', '2026-06-12', cal)).toBe(15);
    expect(workingDaysBetween('2026-06-12', '2026-05-22', cal)).toBe(-15);
    expect(workingDaysBetween('2026-02-13', '2026-02-22', cal)).toBe(0);
  });

  it('buildCalendar: any holiday list works, and a make-up working day overrides the weekend', () => {
    const tiny = buildCalendar({
      years: { from: 2030, to: 2030 },
      holidays: [{ date: '2030-03-04', name: 'test', kind: 'announced', basis: 'test' }],
      workingDays: [{ date: '2030-03-09', name: 'make-up', basis: 'test' }],
    });
    expect(addWorkingDays('2030-03-01', 1, tiny)).toBe('2030-03-05');
    expect(addWorkingDays('2030-03-08', 1, tiny)).toBe('2030-03-09');
    expect(workingDaysBetween('2030-03-01', '2030-03-10', tiny)).toBe(5);
  });

  const day = fc.integer({ min: toEpochDay('2019-01-15'), max: toEpochDay('2034-06-30') }).map(fromEpochDay);
  const n = fc.integer({ min: 1, max: 60 });

  it('property: addWorkingDays lands on a working day, after the start, with exactly n working days in between', () => {
    fc.assert(fc.property(day, n, (d, k) => {
      const r = addWorkingDays(d, k, cal);
      expect(isWorkingDay(r, cal)).toBe(true);
      expect(r > d).toBe(true);
      expect(workingDaysBetween(d, r, cal)).toBe(k);
      expect(workingDaysBetween(d, addDays(r, -1), cal)).toBe(k - 1);
    }), { numRuns: 500 });
  });

  it('property: adding m then n working days equals adding m + n; and counting back undoes counting forward', () => {
    fc.assert(fc.property(day, n, n, (d, a, b) => {
      expect(addWorkingDays(addWorkingDays(d, a, cal), b, cal)).toBe(addWorkingDays(d, a + b, cal));
      const r = addWorkingDays(d, a, cal);
      // back from r: the start itself if it is a working day, else the last working day before it
      expect(addWorkingDays(r, -a, cal)).toBe(isWorkingDay(d, cal) ? d : addWorkingDays(d, -1, cal));
    }), { numRuns: 300 });
  });

  it('property: working days never exceed calendar days, and at least 5 of every 7 … minus holidays', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 400 }), (a, len) => {
      const b = addDays(a, len);
      const w = workingDaysBetween(a, b, cal);
      expect(w).toBeLessThanOrEqual(len);
      const off = [...cal.holidays.keys()].filter((h) => h > a && h <= b).length;
      expect(w).toBeGreaterThanOrEqual(Math.floor(len / 7) * 5 - off);
    }), { numRuns: 200 });
  });
});
