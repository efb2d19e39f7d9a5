import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deriveHolidays, formatHolidayFile, holidaysDir, quocKhanhAdjacentDay, readAnnounced, statutoryDays,
  FIRST_YEAR, LAST_YEAR,
} from '../../../../scripts/derive-holidays.ts';
import { addDays, dayOfWeek, isWorkingDay, loadCalendar, yearOf } from './calendar.ts';
import { lunarToSolar } from './lunar.ts';

const cal = loadCalendar();
const file = JSON.parse(readFileSync(join(holidaysDir, 'vn-holidays.json'), 'utf8')) as ReturnType<typeof deriveHolidays>;
const on = (date: string) => cal.holidays.get(date);
const offIn = (year: number) => file.holidays.filter((h) => yearOf(h.date) === year);

describe('resources/holidays/vn-holidays.json', () => {
  it('is up to date: re-running scripts/derive-holidays.ts gives the committed file byte for byte', () => {
    expect(readFileSync(join(holidaysDir, 'vn-holidays.json'), 'utf8')).toBe(formatHolidayFile(deriveHolidays(readAnnounced())));
  });

  it(`covers ${FIRST_YEAR}–${LAST_YEAR}; one entry per date, sorted, each with a name and a legal basis`, () => {
    expect(file.years).toEqual({ from: 2019, to: 2035 });
    const dates = file.holidays.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const h of file.holidays) {
      expect(h.name.length).toBeGreaterThan(0);
      expect(['statutory', 'compensatory', 'announced']).toContain(h.kind);
      expect(h.basis).toMatch(/Bộ luật Lao động|VPCP|Thủ tướng/);
    }
    for (const w of file.workingDays) expect(on(w.date)).toBeUndefined();
  });

  it('BLLĐ 2019 Art. 112.1: 11 statutory days a year from 2021; BLLĐ 2012 Art. 115.1: 10 days in 2019–2020', () => {
    const count = (y: number) => Object.values(statutoryDays(y)).flat().length;
    expect(count(2019)).toBe(10);
    expect(count(2020)).toBe(10);
    for (let y = 2021; y <= LAST_YEAR; y++) expect(count(y), `${y}`).toBe(11);
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) expect(offIn(y).length, `${y}`).toBeGreaterThanOrEqual(count(y));
  });

  it('BLLĐ 2019 Art. 112.1.b: Tết defaults to the last day of the lunar year plus days 1–4 (e.g. 2027: 5–9/2)', () => {
    expect(statutoryDays(2027)['tet-am-lich']).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const tet = lunarToSolar(1, 1, y);
      expect(on(addDays(tet, -1))?.name, `${y}`).toBe('Tết Nguyên đán');
      expect(on(tet)?.name, `${y}`).toBe('Tết Nguyên đán');
    }
  });

  it('BLLĐ 2019 Art. 112.1.e: Giỗ Tổ Hùng Vương on 10/3 lunar (2024-04-18, 2025-04-07, 2026-04-26)', () => {
    for (const d of ['2024-04-18', '2025-04-07', '2026-04-26']) expect(on(d)?.name).toBe('Giỗ Tổ Hùng Vương');
  });

  it('BLLĐ 2019 Art. 111.3: a holiday on a weekly rest day is taken on the next working day', () => {
    expect(on('2026-04-27')).toMatchObject({ kind: 'compensatory', basis: 'Bộ luật Lao động 2019, Điều 111.3' });
    expect(on('2022-01-03')?.kind).toBe('compensatory'); // 1/1/2022 was a Saturday
    // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 Monday → off 29/4–3/5 as announced that year
    expect(['2023-05-02', '2023-05-03'].map((d) => on(d)?.kind)).toEqual(['compensatory', 'compensatory']);
    for (const h of file.holidays.filter((x) => x.kind === 'compensatory')) {
      expect([1, 2, 3, 4, 5], h.date).toContain(dayOfWeek(h.date));
    }
  });

  it('BLLĐ 2012 Art. 115.3 for 2019–2020, with one Quốc khánh day (2/9) only', () => {
    expect(offIn(2019).filter((h) => h.name === 'Quốc khánh').map((h) => h.date)).toEqual(['2019-09-02']);
    expect(offIn(2020).filter((h) => h.name === 'Quốc khánh').map((h) => h.date)).toEqual(['2020-09-02']);
    expect(on('2020-05-01')).toMatchObject({ kind: 'statutory', basis: 'Bộ luật Lao động 2012, Điều 115' });
  });

  it('BLLĐ 2019 Art. 112.1.đ: the default second Quốc khánh day reproduces the choices of 2021–2025', () => {
    expect([2021, 2022, 2023, 2024, 2025].map(quocKhanhAdjacentDay)).toEqual(['2021-09-03', '2022-09-01', '2023-09-01', '2024-09-03', '2025-09-01']);
    expect(on('2023-09-04')?.kind).toBe('compensatory'); // 2/9/2023 was a Saturday
    expect(quocKhanhAdjacentDay(2026)).toBe('2026-09-01'); // Wednesday: a tie, the day before
    expect(quocKhanhAdjacentDay(2027)).toBe('2027-09-03'); // Thursday: Friday bridges to the weekend
  });

  it('announced 2025 (VPCP 8726/VPCP-KGVX): Tết 27–31/1, so 3/2 works; 2/5 off for Saturday 26/4 worked', () => {
    for (const d of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) expect(on(d)?.kind).toBe('announced');
    expect(isWorkingDay('2025-02-03', cal)).toBe(true);
    expect(isWorkingDay('2025-05-02', cal)).toBe(false);
    expect(isWorkingDay('2025-04-26', cal)).toBe(true);
    expect(isWorkingDay('2025-09-01', cal)).toBe(false);
  });

  it('announced 2026 (VPCP 12729/VPCP-KGVX): 2/1 off for Saturday 10/1 worked; Tết 16–20/2', () => {
    expect(on('2026-01-02')?.kind).toBe('announced');
    expect(isWorkingDay('2026-01-10', cal)).toBe(true);
    expect(['2026-02-16', '2026-02-20'].map((d) => on(d)?.kind)).toEqual(['announced', 'announced']);
    expect(isWorkingDay('2026-02-23', cal)).toBe(true);
  });

  it('two holidays on one date are refused: the officer must record the announced days', () => {
    const clash = { years: { '2027': { groups: { 'quoc-khanh': { daysOff: ['2027-05-01'], basis: 'test' } } } } };
    expect(() => deriveHolidays(clash, 2027, 2027)).toThrow(/announced\.json/);
  });
});
