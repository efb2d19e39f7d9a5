// The legal calendar: calendar dates as ISO strings (YYYY-MM-DD, no time zone) and working-day arithmetic for
// Vietnamese administrative procedure. Public holidays are data (resources/holidays/vn-holidays.json, derived by
// scripts/derive-holidays.ts); this file only interprets them.
//
// Counting convention (Bộ luật Dân sự 2015, Điều 147.2 and 148): a period "from" a day does not count that day;
// it starts on the next day. For working days this means: addWorkingDays(receivedOn, n) is the n-th working day
// strictly after receivedOn — a dossier received on a Saturday starts counting on Monday, exactly like one received
// on Friday. The result is always a working day, so the BLDS Art. 148.5 roll-over ("a last day that is a weekly rest
// day or holiday moves to the next working day") only matters for calendar-day periods: see rollToWorkingDay.
//
// Pure: the calendar comes in as an argument; data/calendar.ts reads the committed one (loadCalendar).

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface HolidayEntry {
  date: IsoDate;
  name: string;
  kind: 'statutory' | 'compensatory' | 'announced';
  basis: string;
}

/** A weekly rest day the government turned into a working day (a make-up Saturday of a swap). */
export interface WorkingDayEntry {
  date: IsoDate;
  name: string;
  basis: string;
}

/** The holidays whose days the Prime Minister fixes each year (BLLĐ 2019 Điều 112.3): Tết, and Quốc khánh's adjacent day. */
export type PmFixedGroup = 'tet-am-lich' | 'quoc-khanh';

/**
 * Where a year's days off for one such holiday come from: `announced` — a government text recorded in
 * resources/holidays/announced.json, its number in `basis`; `default` — computed from the Labour Code because no text is
 * recorded (years after the last announcement, or one not yet entered). `from`–`to` span the holiday's days off,
 * compensatory days included.
 */
export interface HolidayStatus {
  year: number;
  group: PmFixedGroup;
  name: string;
  source: 'announced' | 'default';
  basis: string;
  from: IsoDate;
  to: IsoDate;
}

/** The shape of resources/holidays/vn-holidays.json. */
export interface HolidayFile {
  years: { from: number; to: number };
  holidays: HolidayEntry[];
  workingDays: WorkingDayEntry[];
  /** Per year and PM-fixed holiday: announced or Labour Code default. Absent in hand-built test calendars. */
  status?: HolidayStatus[];
}

export interface Calendar {
  /** The years the holiday data covers; working-day questions outside them throw (better than a silent guess). */
  readonly fromYear: number;
  readonly toYear: number;
  readonly holidays: ReadonlyMap<IsoDate, HolidayEntry>;
  readonly workingWeekendDays: ReadonlyMap<IsoDate, WorkingDayEntry>;
  readonly status: readonly HolidayStatus[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (proleptic Gregorian). Throws on anything that is not a real `YYYY-MM-DD` date. */
export function toEpochDay(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`no such date: ${date}`);
  }
  return ms / DAY_MS;
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** b − a in calendar days (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * Same day n months later; when that month is shorter the last day of the month is taken
 * (BLDS 2015 Art. 148.3: "nếu tháng kết thúc thời hạn không có ngày tương ứng thì … ngày cuối cùng của tháng đó").
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  toEpochDay(date); // validates
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return isoDate(ty, tm, Math.min(d, lastDay));
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

// ---- the calendar of working days ----

export function buildCalendar(file: HolidayFile): Calendar {
  return {
    fromYear: file.years.from,
    toYear: file.years.to,
    holidays: new Map(file.holidays.map((h) => [h.date, h])),
    workingWeekendDays: new Map(file.workingDays.map((w) => [w.date, w])),
    status: file.status ?? [],
  };
}

function checkCovered(date: IsoDate, calendar: Calendar): void {
  const y = yearOf(date);
  if (y < calendar.fromYear || y > calendar.toYear) {
    throw new RangeError(
      `the holiday calendar covers ${calendar.fromYear}–${calendar.toYear}, not ${date}; re-run scripts/derive-holidays.ts`,
    );
  }
}

export function holidayOn(date: IsoDate, calendar: Calendar): HolidayEntry | undefined {
  return calendar.holidays.get(date);
}

/**
 * Saturday and Sunday are weekly rest days for state agencies (Quyết định 188/1999/QĐ-TTg) unless an announcement
 * made that day a make-up working day; holidays (statutory, compensatory, announced) are never working days.
 */
export function isWorkingDay(date: IsoDate, calendar: Calendar): boolean {
  checkCovered(date, calendar);
  if (calendar.holidays.has(date)) return false;
  if (calendar.workingWeekendDays.has(date)) return true;
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
}

/** The date itself when it is a working day, otherwise the next working day (BLDS 2015 Art. 148.5). */
export function rollToWorkingDay(date: IsoDate, calendar: Calendar): IsoDate {
  let d = date;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/**
 * The n-th working day strictly after `start` (the start day is never counted). n = 0 gives `start` rolled to a
 * working day; a negative n counts back: the |n|-th working day strictly before `start`.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: Calendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
  if (n === 0) return rollToWorkingDay(start, calendar);
  const step = n > 0 ? 1 : -1;
  let d = start;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/**
 * Working days in (a, b]: a is not counted, b is. Negative (−count of (b, a]) when b is before a.
 * Inverse of addWorkingDays: workingDaysBetween(a, addWorkingDays(a, n)) === n for every n ≥ 1.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: Calendar): number {
  if (b < a) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count++;
  return count;
}

// ---- announced or default: what a deadline rests on ----

/**
 * Days either side of a defaulted holiday's default days within which a counted period is affected by the decision
 * still to come: the announcement may take the day before 29 Tết or 3/9 instead of 1/9, move compensatory days, or
 * swap a weekday for a Saturday worked a week away (2019–2026: the make-up Saturday was 5–9 days from the day off).
 */
export const DEFAULT_HOLIDAY_MARGIN_DAYS = 7;

/** A holiday whose days a period counts over are the Labour Code default, not an announcement. */
export interface DefaultedHoliday {
  year: number;
  group: PmFixedGroup;
  /** The default days off (compensation included). */
  from: IsoDate;
  to: IsoDate;
  basis: string;
  message: { vi: string; en: string };
}

const GROUP_VI: Record<PmFixedGroup, string> = {
  'tet-am-lich': 'Tết Âm lịch',
  'quoc-khanh': 'Quốc khánh (ngày nghỉ liền kề)',
};
const GROUP_EN: Record<PmFixedGroup, string> = {
  'tet-am-lich': 'Tết (Lunar New Year)',
  'quoc-khanh': 'National Day (the adjacent day)',
};

function defaultedMessage(s: HolidayStatus): { vi: string; en: string } {
  return {
    vi:
      `Ngày nghỉ ${GROUP_VI[s.group]} năm ${s.year} (${formatDateVi(s.from)}–${formatDateVi(s.to)}) là mặc định theo Bộ luật Lao động, ` +
      `chưa có văn bản công bố; hạn có thể thay đổi khi Thủ tướng Chính phủ quyết định ngày nghỉ.`,
    en:
      `The ${GROUP_EN[s.group]} holiday of ${s.year} (${s.from} to ${s.to}) is the Labour Code default; no government ` +
      `announcement is recorded, so the date may change once the Prime Minister fixes the days off.`,
  };
}

/**
 * The holidays with Labour Code default days (no announcement recorded) that a period counted over (a, b] — a not
 * counted, b counted, as workingDaysBetween — depends on: those whose default days, widened by
 * DEFAULT_HOLIDAY_MARGIN_DAYS either side, meet (a, b]. Empty when every holiday in reach is announced. Pure.
 */
export function defaultedHolidaysBetween(a: IsoDate, b: IsoDate, calendar: Calendar): DefaultedHoliday[] {
  const [from, to] = b < a ? [b, a] : [a, b];
  toEpochDay(from);
  toEpochDay(to); // validates
  return calendar.status
    .filter((s) => s.source === 'default')
    .filter(
      (s) => addDays(s.from, -DEFAULT_HOLIDAY_MARGIN_DAYS) <= to && addDays(s.to, DEFAULT_HOLIDAY_MARGIN_DAYS) > from,
    )
    .map((s) => ({
      year: s.year,
      group: s.group,
      from: s.from,
      to: s.to,
      basis: s.basis,
      message: defaultedMessage(s),
    }));
}

/** One note {vi, en} for the holidays of defaultedHolidaysBetween, or null when there are none. */
export function defaultedHolidayNote(list: readonly DefaultedHoliday[]): { vi: string; en: string } | null {
  if (list.length === 0) return null;
  return { vi: list.map((d) => d.message.vi).join(' '), en: list.map((d) => d.message.en).join(' ') };
}
