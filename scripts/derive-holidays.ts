// Derives resources/holidays/vn-holidays.json: Vietnam's public holidays 2019–2035 for state agencies (weekly rest on
// Saturday and Sunday), from the Labour Code's rules, the lunar calendar, and what officers recorded as announced in
// resources/holidays/announced.json. Re-runnable and deterministic: `npx tsx scripts/derive-holidays.ts`.
//
// - Statutory days: Bộ luật Lao động 2012, Điều 115 (until 2020) and Bộ luật Lao động 2019, Điều 112 (from 2021,
//   which added the second Quốc khánh day). Tết is modelled as the last day of the lunar year plus days 1–4 of the
//   new one; Quốc khánh's adjacent day (1/9 or 3/9) is the one giving the longer unbroken break, ties going to the one
//   that is a weekday, then to 1/9 — this reproduces the government's choices of 2021–2025. Both are decided by the
//   Prime Minister each year (BLLĐ 2019 Điều 112.3), so announced data replaces them when recorded.
// - Compensatory days: a holiday on a weekly rest day is taken on the next working day (BLLĐ 2019 Điều 111.3;
//   BLLĐ 2012 Điều 115.3).
// - Status: for each year and each holiday whose days the Prime Minister fixes (Tết Âm lịch every year; Quốc khánh's
//   adjacent day from 2021), the file says whether its days are `announced` (a government text is recorded in
//   announced.json, its number in `basis`) or the Labour Code `default` computed here — so a deadline counted over a
//   defaulted holiday can say so (calendar.ts, defaultedHolidaysBetween).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import {
  addDays,
  dayOfWeek,
  formatDateVi,
  isoDate,
  yearOf,
  type HolidayEntry,
  type HolidayFile,
  type HolidayStatus,
  type IsoDate,
  type PmFixedGroup,
  type WorkingDayEntry,
  lunarToSolar,
} from '../src/modules/reference/index.ts';

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2035;

export type HolidayGroup =
  'tet-duong-lich' | 'tet-am-lich' | 'gio-to-hung-vuong' | 'chien-thang' | 'quoc-te-lao-dong' | 'quoc-khanh';

export interface AnnouncedFile {
  years: Record<
    string,
    {
      groups?: Partial<Record<HolidayGroup, { daysOff: IsoDate[]; basis: string }>>;
      swaps?: { dayOff: IsoDate; workingDay: IsoDate; occasion: string; basis: string }[];
    }
  >;
}

const NAMES: Record<HolidayGroup, string> = {
  'tet-duong-lich': 'Tết Dương lịch',
  'tet-am-lich': 'Tết Nguyên đán',
  'gio-to-hung-vuong': 'Giỗ Tổ Hùng Vương',
  'chien-thang': 'Ngày Chiến thắng',
  'quoc-te-lao-dong': 'Ngày Quốc tế Lao động',
  'quoc-khanh': 'Quốc khánh',
};

/** The holidays whose days the Prime Minister fixes each year (BLLĐ 2019 Điều 112.3), in a given year. */
export function pmFixedGroups(year: number): PmFixedGroup[] {
  return year <= 2020 ? ['tet-am-lich'] : ['tet-am-lich', 'quoc-khanh'];
}

const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const isWeekend = (d: IsoDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
const labourCode = (year: number) =>
  year <= 2020
    ? { statute: 'Bộ luật Lao động 2012, Điều 115', compensation: 'Bộ luật Lao động 2012, Điều 115.3' }
    : { statute: 'Bộ luật Lao động 2019, Điều 112', compensation: 'Bộ luật Lao động 2019, Điều 111.3' };

/** Length of the unbroken run of days off around 2 September if `adjacent` is the second Quốc khánh day. */
function quocKhanhBreak(year: number, adjacent: IsoDate): number {
  const off = new Set([isoDate(year, 9, 2), adjacent]);
  for (const h of [...off].sort()) {
    if (!isWeekend(h)) continue;
    let c = addDays(h, 1);
    while (isWeekend(c) || off.has(c)) c = addDays(c, 1);
    off.add(c);
  }
  const isOff = (d: IsoDate) => off.has(d) || isWeekend(d);
  let first = isoDate(year, 9, 2);
  let last = first;
  while (isOff(addDays(first, -1))) first = addDays(first, -1);
  while (isOff(addDays(last, 1))) last = addDays(last, 1);
  return (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1;
}

/** The default second Quốc khánh day (BLLĐ 2019 Điều 112.1.đ: "01 ngày liền kề trước hoặc sau"). */
export function quocKhanhAdjacentDay(year: number): IsoDate {
  const before = isoDate(year, 9, 1);
  const after = isoDate(year, 9, 3);
  const rank = (d: IsoDate) => quocKhanhBreak(year, d) * 2 + (isWeekend(d) ? 0 : 1);
  return rank(after) > rank(before) ? after : before;
}

/** The statutory days of a year by holiday group, before announcements and compensation. */
export function statutoryDays(year: number): Record<HolidayGroup, IsoDate[]> {
  const tet = lunarToSolar(1, 1, year);
  return {
    'tet-duong-lich': [isoDate(year, 1, 1)],
    'tet-am-lich': [-1, 0, 1, 2, 3].map((n) => addDays(tet, n)),
    'gio-to-hung-vuong': [lunarToSolar(10, 3, year)],
    'chien-thang': [isoDate(year, 4, 30)],
    'quoc-te-lao-dong': [isoDate(year, 5, 1)],
    'quoc-khanh': year <= 2020 ? [isoDate(year, 9, 2)] : [isoDate(year, 9, 2), quocKhanhAdjacentDay(year)].sort(),
  };
}

function deriveYear(year: number, announced: AnnouncedFile['years'][string] | undefined) {
  const law = labourCode(year);
  const holidays = new Map<IsoDate, HolidayEntry>();
  const days = new Map<HolidayGroup, IsoDate[]>(); // each group's days off, compensation included
  const add = (h: HolidayEntry, group?: HolidayGroup) => {
    const clash = holidays.get(h.date);
    if (clash)
      throw new Error(`${h.date}: "${h.name}" falls on "${clash.name}"; record the announced days in announced.json`);
    holidays.set(h.date, h);
    if (group) days.set(group, [...(days.get(group) ?? []), h.date]);
  };
  const owed: { h: HolidayEntry; group: HolidayGroup }[] = []; // statutory days on a weekly rest day
  for (const [group, statutory] of Object.entries(statutoryDays(year)) as [HolidayGroup, IsoDate[]][]) {
    const override = announced?.groups?.[group];
    if (override) {
      for (const date of override.daysOff)
        add({ date, name: NAMES[group], kind: 'announced', basis: `${law.statute}; ${override.basis}` }, group);
      continue;
    }
    for (const date of statutory) {
      const h: HolidayEntry = { date, name: NAMES[group], kind: 'statutory', basis: law.statute };
      add(h, group);
      if (isWeekend(date)) owed.push({ h, group });
    }
  }
  const workingDays: WorkingDayEntry[] = [];
  for (const s of announced?.swaps ?? []) {
    add({
      date: s.dayOff,
      name: `Nghỉ hoán đổi dịp ${s.occasion} (làm bù ${formatDateVi(s.workingDay)})`,
      kind: 'announced',
      basis: s.basis,
    });
    workingDays.push({
      date: s.workingDay,
      name: `Làm bù cho ngày nghỉ ${formatDateVi(s.dayOff)} (dịp ${s.occasion})`,
      basis: s.basis,
    });
  }
  // Compensation in date order, each on the first later weekday that is not already a day off.
  for (const { h, group } of owed.sort((a, b) => a.h.date.localeCompare(b.h.date))) {
    let c = addDays(h.date, 1);
    while (isWeekend(c) || holidays.has(c)) c = addDays(c, 1);
    const why = `${formatDateVi(h.date)} trùng ${WEEKDAY_VI[dayOfWeek(h.date)]}`;
    add({ date: c, name: `Nghỉ bù ${h.name} (${why})`, kind: 'compensatory', basis: law.compensation }, group);
  }
  const status: HolidayStatus[] = pmFixedGroups(year).map((group) => {
    const off = [...(days.get(group) ?? [])].sort();
    const override = announced?.groups?.[group];
    const span = `${formatDateVi(off[0]!)}–${formatDateVi(off[off.length - 1]!)}`;
    const rule =
      group === 'tet-am-lich'
        ? 'ngày cuối năm âm lịch và mùng 1–4 Tết'
        : `ngày 02/09 và ngày liền kề ${formatDateVi(quocKhanhAdjacentDay(year))}`;
    const basis =
      override?.basis ??
      `Mặc định theo ${law.statute} (${rule}, nghỉ bù theo ${law.compensation.split(', ')[1]}): nghỉ ${span}; chưa có văn bản công bố được ghi`;
    return {
      year,
      group,
      name: NAMES[group],
      source: override ? 'announced' : 'default',
      basis,
      from: off[0]!,
      to: off[off.length - 1]!,
    };
  });
  return { holidays: [...holidays.values()], workingDays, status };
}

export function deriveHolidays(announced: AnnouncedFile, from = FIRST_YEAR, to = LAST_YEAR): HolidayFile {
  const holidays: HolidayEntry[] = [];
  const workingDays: WorkingDayEntry[] = [];
  const status: HolidayStatus[] = [];
  for (let y = from; y <= to; y++) {
    const r = deriveYear(y, announced.years[String(y)]);
    holidays.push(...r.holidays);
    workingDays.push(...r.workingDays);
    status.push(...r.status);
  }
  // A swap recorded with its year may give a day off in the year before (31/12/2018 for the Saturday 5/1/2019 worked):
  // the file keeps only the days of the years it covers.
  const covered = (x: { date: IsoDate }) => yearOf(x.date) >= from && yearOf(x.date) <= to;
  const byDate = (a: { date: IsoDate }, b: { date: IsoDate }) => a.date.localeCompare(b.date);
  return {
    years: { from, to },
    holidays: holidays.filter(covered).sort(byDate),
    workingDays: workingDays.filter(covered).sort(byDate),
    status,
  };
}

export const holidaysDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'holidays');

export function readAnnounced(): AnnouncedFile {
  return JSON.parse(readFileSync(join(holidaysDir, 'announced.json'), 'utf8')) as AnnouncedFile;
}

/** The file's text: one entry per line, so a diff shows exactly which days changed. */
export function formatHolidayFile(file: HolidayFile): string {
  const lines = (xs: object[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return [
    '{',
    '  "$comment": "Derived by scripts/derive-holidays.ts from the Labour Code, the lunar calendar and announced.json. Do not edit; see README.md.",',
    `  "years": ${JSON.stringify(file.years)},`,
    '  "weeklyRestDays": ["Saturday", "Sunday"],',
    `  "holidays": [\n${lines(file.holidays)}\n  ],`,
    `  "workingDays": [\n${lines(file.workingDays)}\n  ],`,
    `  "status": [\n${lines(file.status ?? [])}\n  ]`,
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = deriveHolidays(readAnnounced());
  writeFileSync(join(holidaysDir, 'vn-holidays.json'), formatHolidayFile(file));
  const count = (k: string) => file.holidays.filter((h) => h.kind === k).length;
  console.log(
    `vn-holidays.json: ${file.years.from}–${file.years.to}, ${file.holidays.length} days off ` +
      `(${count('statutory')} statutory, ${count('compensatory')} compensatory, ${count('announced')} announced), ` +
      `${file.workingDays.length} make-up working days; ` +
      `${(file.status ?? []).filter((x) => x.source === 'announced').length} holidays announced, ` +
      `${(file.status ?? []).filter((x) => x.source === 'default').length} Labour Code defaults`,
  );
}
