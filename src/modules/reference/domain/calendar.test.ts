import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addWorkingDays,
  buildCalendar,
  dayOfWeek,
  daysBetween,
  defaultedHolidayNote,
  defaultedHolidaysBetween,
  formatDateVi,
  fromEpochDay,
  holidayOn,
  isWorkingDay,
  rollToWorkingDay,
  toEpochDay,
  workingDaysBetween,
  DEFAULT_HOLIDAY_MARGIN_DAYS,
} from './calendar.ts';
import { loadCalendar } from '../data/calendar.ts';

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
    fc.assert(
      fc.property(day, fc.integer({ min: -120, max: 120 }), (d, n) => {
        const r = addMonths(d, n);
        const monthIndex = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
        expect(monthIndex(r) - monthIndex(d)).toBe(n);
        const wanted = Number(d.slice(8));
        const got = Number(r.slice(8));
        expect(got === wanted || (got < wanted && addDays(r, 1).slice(8) === '01')).toBe(true);
      }),
    );
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
    fc.assert(
      fc.property(day, n, (d, k) => {
        const r = addWorkingDays(d, k, cal);
        expect(isWorkingDay(r, cal)).toBe(true);
        expect(r > d).toBe(true);
        expect(workingDaysBetween(d, r, cal)).toBe(k);
        expect(workingDaysBetween(d, addDays(r, -1), cal)).toBe(k - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('property: adding m then n working days equals adding m + n; and counting back undoes counting forward', () => {
    fc.assert(
      fc.property(day, n, n, (d, a, b) => {
        expect(addWorkingDays(addWorkingDays(d, a, cal), b, cal)).toBe(addWorkingDays(d, a + b, cal));
        const r = addWorkingDays(d, a, cal);
        // back from r: the start itself if it is a working day, else the last working day before it
        expect(addWorkingDays(r, -a, cal)).toBe(isWorkingDay(d, cal) ? d : addWorkingDays(d, -1, cal));
      }),
      { numRuns: 300 },
    );
  });

  it('property: working days never exceed calendar days, and at least 5 of every 7 … minus holidays', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (a, len) => {
        const b = addDays(a, len);
        const w = workingDaysBetween(a, b, cal);
        expect(w).toBeLessThanOrEqual(len);
        const off = [...cal.holidays.keys()].filter((h) => h > a && h <= b).length;
        expect(w).toBeGreaterThanOrEqual(Math.floor(len / 7) * 5 - off);
      }),
      { numRuns: 200 },
    );
  });
});

describe('defaultedHolidaysBetween: does a counted period rest on holidays nobody has announced yet?', () => {
  it('a period across Tết 2027 (no text recorded) names it, with the default days and a note in both languages', () => {
    const found = defaultedHolidaysBetween('2027-02-01', '2027-03-01', cal);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ year: 2027, group: 'tet-am-lich', from: '2027-02-05', to: '2027-02-11' });
    expect(found[0]!.message.vi).toBe(
      'Ngày nghỉ Tết Âm lịch năm 2027 (05/02/2027–11/02/2027) là mặc định theo Bộ luật Lao động, chưa có văn bản công bố; ' +
        'hạn có thể thay đổi khi Thủ tướng Chính phủ quyết định ngày nghỉ.',
    );
    expect(found[0]!.message.en).toContain(
      'Tết (Lunar New Year) holiday of 2027 (2027-02-05 to 2027-02-11) is the Labour Code default',
    );
    expect(found[0]!.basis).toContain('Bộ luật Lao động 2019');
  });

  it('an announced year says nothing: Tết 2024, 2025, 2026 and Quốc khánh 2026', () => {
    expect(defaultedHolidaysBetween('2024-02-01', '2024-03-06', cal)).toEqual([]);
    expect(defaultedHolidaysBetween('2025-01-20', '2025-02-20', cal)).toEqual([]);
    expect(defaultedHolidaysBetween('2026-02-10', '2026-03-13', cal)).toEqual([]);
    expect(defaultedHolidaysBetween('2026-08-20', '2026-09-10', cal)).toEqual([]);
    expect(defaultedHolidayNote([])).toBeNull();
  });

  it('a period far from any Tết or Quốc khánh says nothing, even in a defaulted year (the other holidays are fixed by law)', () => {
    expect(defaultedHolidaysBetween('2027-04-20', '2027-05-20', cal)).toEqual([]);
  });

  it(`a period within ${DEFAULT_HOLIDAY_MARGIN_DAYS} days of the default days counts (the announcement may choose other days); (a, b]`, () => {
    // Default Tết 2027: 5–11/2. 29/1 is 7 days before 5/2; 18/2 is 7 days after 11/2.
    expect(defaultedHolidaysBetween('2027-01-20', '2027-01-29', cal).map((d) => d.year)).toEqual([2027]);
    expect(defaultedHolidaysBetween('2027-01-20', '2027-01-28', cal)).toEqual([]);
    expect(defaultedHolidaysBetween('2027-02-17', '2027-03-01', cal).map((d) => d.year)).toEqual([2027]);
    expect(defaultedHolidaysBetween('2027-02-18', '2027-03-01', cal)).toEqual([]); // 18/2 itself is not counted
    expect(defaultedHolidaysBetween('2027-03-01', '2027-02-01', cal)).toHaveLength(1); // order does not matter
  });

  it('a long period names every defaulted holiday it meets, in order; the note joins them', () => {
    const found = defaultedHolidaysBetween('2027-01-01', '2028-03-01', cal);
    expect(found.map((d) => `${d.year} ${d.group}`)).toEqual([
      '2027 tet-am-lich',
      '2027 quoc-khanh',
      '2028 tet-am-lich',
    ]);
    const note = defaultedHolidayNote(found)!;
    expect(note.vi).toContain('Quốc khánh (ngày nghỉ liền kề) năm 2027 (02/09/2027–03/09/2027)');
    expect(note.vi.split('là mặc định')).toHaveLength(4);
  });

  it('a hand-built calendar without status says nothing', () => {
    const tiny = buildCalendar({ years: { from: 2030, to: 2030 }, holidays: [], workingDays: [] });
    expect(defaultedHolidaysBetween('2030-01-01', '2030-12-31', tiny)).toEqual([]);
  });
});
