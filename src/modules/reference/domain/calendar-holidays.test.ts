import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deriveHolidays,
  formatHolidayFile,
  holidaysDir,
  quocKhanhAdjacentDay,
  readAnnounced,
  statutoryDays,
  FIRST_YEAR,
  LAST_YEAR,
} from '../../../../scripts/derive-holidays.ts';
import { addDays, dayOfWeek, isWorkingDay, yearOf, type HolidayStatus } from './calendar.ts';
import { loadCalendar } from '../data/calendar.ts';
import { lunarToSolar } from './lunar.ts';

const cal = loadCalendar();
const file = JSON.parse(readFileSync(join(holidaysDir, 'vn-holidays.json'), 'utf8')) as ReturnType<
  typeof deriveHolidays
>;
const on = (date: string) => cal.holidays.get(date);
const offIn = (year: number) => file.holidays.filter((h) => yearOf(h.date) === year);

describe('resources/holidays/vn-holidays.json', () => {
  it('is up to date: re-running scripts/derive-holidays.ts gives the committed file byte for byte', () => {
    expect(readFileSync(join(holidaysDir, 'vn-holidays.json'), 'utf8')).toBe(
      formatHolidayFile(deriveHolidays(readAnnounced())),
    );
  });

  it(`covers ${FIRST_YEAR}–${LAST_YEAR}; one entry per date, sorted, each with a name and a legal basis`, () => {
    expect(file.years).toEqual({ from: 2019, to: 2035 });
    const dates = file.holidays.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const h of file.holidays) {
      expect(h.name.length).toBeGreaterThan(0);
      expect(['statutory', 'compensatory', 'announced']).toContain(h.kind);
      expect(h.basis).toMatch(/Bộ luật Lao động|\/VPCP-KGVX|\/TB-BNV/);
      expect(yearOf(h.date), h.date).toBeGreaterThanOrEqual(2019); // 31/12/2018, swapped for 5/1/2019, is not kept
    }
    for (const w of file.workingDays) expect(on(w.date)).toBeUndefined();
    for (const w of file.workingDays) expect(w.basis).toMatch(/\/VPCP-KGVX|\/TB-BNV/);
  });

  it('BLLĐ 2019 Art. 112.1: 11 statutory days a year from 2021; BLLĐ 2012 Art. 115.1: 10 days in 2019–2020', () => {
    const count = (y: number) => Object.values(statutoryDays(y)).flat().length;
    expect(count(2019)).toBe(10);
    expect(count(2020)).toBe(10);
    for (let y = 2021; y <= LAST_YEAR; y++) expect(count(y), `${y}`).toBe(11);
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) expect(offIn(y).length, `${y}`).toBeGreaterThanOrEqual(count(y));
  });

  it('BLLĐ 2019 Art. 112.1.b: Tết defaults to the last day of the lunar year plus days 1–4 (e.g. 2027: 5–9/2)', () => {
    expect(statutoryDays(2027)['tet-am-lich']).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
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
    expect(
      offIn(2019)
        .filter((h) => h.name === 'Quốc khánh')
        .map((h) => h.date),
    ).toEqual(['2019-09-02']);
    expect(
      offIn(2020)
        .filter((h) => h.name === 'Quốc khánh')
        .map((h) => h.date),
    ).toEqual(['2020-09-02']);
    expect(on('2020-05-01')).toMatchObject({ kind: 'statutory', basis: 'Bộ luật Lao động 2012, Điều 115' });
  });

  it('BLLĐ 2019 Art. 112.1.đ: the default second Quốc khánh day reproduces the choices of 2021–2025', () => {
    expect([2021, 2022, 2023, 2024, 2025].map(quocKhanhAdjacentDay)).toEqual([
      '2021-09-03',
      '2022-09-01',
      '2023-09-01',
      '2024-09-03',
      '2025-09-01',
    ]);
    expect(on('2023-09-04')?.kind).toBe('announced'); // 2/9/2023 was a Saturday: the text gives Monday 4/9 in lieu
    expect(quocKhanhAdjacentDay(2026)).toBe('2026-09-01'); // Wednesday: a tie, the day before
    expect(quocKhanhAdjacentDay(2027)).toBe('2027-09-03'); // Thursday: Friday bridges to the weekend
  });

  it('announced 2025 (VPCP 8726/VPCP-KGVX): Tết 27–31/1, so 3/2 works; 2/5 off for Saturday 26/4 worked', () => {
    for (const d of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'])
      expect(on(d)?.kind).toBe('announced');
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

  it('announced 2019 (VPCP 6519/VPCP-KGVX): Tết 4–8/2; 31/12/2018 and 29/4 off for Saturdays 5/1 and 4/5 worked', () => {
    expect(['2019-02-04', '2019-02-08'].map((d) => on(d)?.basis)).toEqual([
      expect.stringContaining('6519/VPCP-KGVX'),
      expect.stringContaining('6519/VPCP-KGVX'),
    ]);
    expect(isWorkingDay('2019-01-05', cal)).toBe(true);
    expect(isWorkingDay('2019-05-04', cal)).toBe(true);
    expect(on('2019-04-29')).toMatchObject({ kind: 'announced', basis: expect.stringContaining('6519/VPCP-KGVX') });
    expect(on('2018-12-31')).toBeUndefined(); // before the years the file covers
  });

  it('announced Tết 2020, 2021, 2023 (29 Tết to mùng 5), not the Labour Code default (30 Tết to mùng 4 + compensation)', () => {
    const tet = (y: number) =>
      offIn(y)
        .filter((h) => h.name === 'Tết Nguyên đán')
        .map((h) => h.date);
    expect(tet(2020)).toEqual([
      '2020-01-23',
      '2020-01-24',
      '2020-01-25',
      '2020-01-26',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
    ]);
    expect(tet(2021)).toEqual([
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-13',
      '2021-02-14',
      '2021-02-15',
      '2021-02-16',
    ]);
    expect(tet(2023)).toEqual([
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ]);
    for (const d of ['2020-01-30', '2021-02-17', '2023-01-27']) expect(isWorkingDay(d, cal), d).toBe(true);
    expect(on('2020-01-23')?.basis).toContain('9087/VPCP-KGVX ngày 07/10/2019');
    expect(on('2021-02-10')?.basis).toContain('9895/VPCP-KGVX ngày 26/11/2020');
    expect(on('2023-01-20')?.basis).toContain('8056/VPCP-KGVX ngày 01/12/2022');
  });

  it('announced 2024 (VPCP 8662/VPCP-KGVX): Tết 8/2–14/2, each day with its basis; 29/4 off for Saturday 4/5 (VPCP 2450)', () => {
    const tet = offIn(2024).filter((h) => h.name === 'Tết Nguyên đán');
    expect(tet.map((h) => h.date)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    for (const h of tet)
      expect(h).toMatchObject({ kind: 'announced', basis: expect.stringContaining('8662/VPCP-KGVX ngày 03/11/2023') });
    expect(isWorkingDay('2024-02-07', cal)).toBe(true);
    expect(isWorkingDay('2024-02-15', cal)).toBe(true); // the default would have kept it off
    expect(isWorkingDay('2024-04-29', cal)).toBe(false);
    expect(isWorkingDay('2024-05-04', cal)).toBe(true);
    expect(on('2024-04-29')?.basis).toContain('2450/VPCP-KGVX ngày 12/4/2024');
    expect(['2024-09-02', '2024-09-03'].map((d) => on(d)?.kind)).toEqual(['announced', 'announced']);
  });

  it('announced Quốc khánh 2026 (TB 9441/TB-BNV): 1–2/9, and Monday 31/8 off for Saturday 22/8 worked', () => {
    expect(['2026-08-31', '2026-09-01', '2026-09-02'].map((d) => isWorkingDay(d, cal))).toEqual([false, false, false]);
    expect(isWorkingDay('2026-08-22', cal)).toBe(true);
    expect(isWorkingDay('2026-09-03', cal)).toBe(true);
  });

  it('two holidays on one date are refused: the officer must record the announced days', () => {
    const clash = { years: { '2027': { groups: { 'quoc-khanh': { daysOff: ['2027-05-01'], basis: 'test' } } } } };
    expect(() => deriveHolidays(clash, 2027, 2027)).toThrow(/announced\.json/);
  });
});

describe('vn-holidays.json status: announced by a named text, or the Labour Code default', () => {
  const status = file.status as HolidayStatus[];
  const of = (year: number, group: string) => status.find((s) => s.year === year && s.group === group);

  it("one status per year for Tết, and for Quốc khánh's adjacent day from 2021 (BLLĐ 2012 had one fixed day)", () => {
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      expect(
        status.filter((s) => s.year === y).map((s) => s.group),
        `${y}`,
      ).toEqual(y <= 2020 ? ['tet-am-lich'] : ['tet-am-lich', 'quoc-khanh']);
    }
  });

  it('2019–2026 are announced, each with the number of its text; 2027–2035 are defaults computed from the Labour Code', () => {
    for (const s of status) {
      if (s.year <= 2026) {
        expect(s.source, `${s.year} ${s.group}`).toBe('announced');
        expect(s.basis, `${s.year} ${s.group}`).toMatch(/\d+\/(VPCP-KGVX|TB-BNV)/);
      } else {
        expect(s.source, `${s.year} ${s.group}`).toBe('default');
        expect(s.basis).toMatch(/^Mặc định theo Bộ luật Lao động 2019, Điều 112 .*chưa có văn bản công bố được ghi$/);
      }
    }
  });

  it("from–to spans the holiday's days off, compensation included (default Tết 2027: 5–9/2 + 10–11/2 in lieu of the weekend)", () => {
    expect(of(2027, 'tet-am-lich')).toMatchObject({ source: 'default', from: '2027-02-05', to: '2027-02-11' });
    expect(of(2027, 'quoc-khanh')).toMatchObject({ source: 'default', from: '2027-09-02', to: '2027-09-03' });
    expect(of(2024, 'tet-am-lich')).toMatchObject({ source: 'announced', from: '2024-02-08', to: '2024-02-14' });
    for (const s of status)
      for (const d of [s.from, s.to]) expect(isWorkingDay(d, cal), `${s.year} ${s.group} ${d}`).toBe(false);
  });

  it('a year recorded in announced.json turns its status to announced (the derivation, not the committed file)', () => {
    const derived = deriveHolidays(
      {
        years: {
          '2027': {
            groups: {
              'tet-am-lich': {
                daysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
                basis: 'Văn bản X/VPCP-KGVX (test)',
              },
            },
          },
        },
      },
      2027,
      2027,
    );
    expect(derived.status).toEqual([
      expect.objectContaining({
        group: 'tet-am-lich',
        source: 'announced',
        basis: 'Văn bản X/VPCP-KGVX (test)',
        from: '2027-02-04',
        to: '2027-02-10',
      }),
      expect.objectContaining({ group: 'quoc-khanh', source: 'default' }),
    ]);
  });
});
