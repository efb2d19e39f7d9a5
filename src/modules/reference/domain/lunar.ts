// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the meridian of UTC+7 — the time zone
// Vietnam has used for its calendar since 1967, which is why Tết sometimes differs from the Chinese New Year
// (UTC+8): e.g. 1985 and 2007.
//
// Rules of the calendar:
//  1. A month begins on the local (UTC+7) day that contains a new moon (sóc).
//  2. Month 11 is the month that contains the December solstice (sun's apparent longitude 270°, Đông chí).
//  3. If 13 months lie between one month 11 and the next, one of them is a leap month (tháng nhuận): the first month
//     after month 11 that contains no major solar term (trung khí, sun's longitude a multiple of 30°). It carries
//     the number of the month before it.
// Astronomy (Jean Meeus, Astronomical Algorithms, 2nd ed.): new moons from ch. 49 with all periodic and planetary
// terms (error ~ seconds), the sun's apparent longitude from ch. 25 (error ~0.01°, i.e. ~15 minutes of time), and
// ΔT = TT − UT from the Espenak–Meeus polynomials. Valid for Gregorian years 1900–2100.
import { fromEpochDay, toEpochDay, yearOf, isoDate, type IsoDate } from './calendar.ts';

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, named by the Gregorian year in which its month 1 (Tết) begins. */
  year: number;
  leap: boolean;
}

const TZ_HOURS = 7;
const EPOCH_JD = 2440587.5; // Julian date of 1970-01-01T00:00Z
const rad = (deg: number) => (deg * Math.PI) / 180;
const sin = (deg: number) => Math.sin(rad(deg));

/** ΔT (seconds) for a decimal year; Espenak & Meeus (NASA, 2006) polynomials. */
function deltaT(year: number): number {
  if (year < 1900 || year > 2150) throw new RangeError(`lunar calendar is computed for 1900–2100, not ${year}`);
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}

const decimalYear = (jd: number) => 2000 + (jd - 2451545) / 365.25;
const ttToUt = (jde: number) => jde - deltaT(decimalYear(jde)) / 86400;
const utToTt = (jd: number) => jd + deltaT(decimalYear(jd)) / 86400;

/** Julian Ephemeris Day (TT) of the true new moon number k; k = 0 is the new moon of 2000-01-06 (Meeus ch. 49). */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T ** 2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3; // sun's mean anomaly
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4; // moon's
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3;
  jde +=
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  // planetary arguments: [coefficient, constant, rate per lunation]
  const planetary: [number, number, number][] = [
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  jde += 0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * T ** 2);
  for (const [c, a0, rate] of planetary) jde += c * sin(a0 + rate * k);
  return jde;
}

/** The sun's apparent geocentric longitude in degrees [0, 360) at a Julian Ephemeris Day (Meeus ch. 25). */
export function sunLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T ** 2;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T ** 2;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T ** 2) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M);
  const apparent = L0 + C - 0.00569 - 0.00478 * sin(125.04 - 1934.136 * T);
  return ((apparent % 360) + 360) % 360;
}

// Days are counted as epoch days (days since 1970-01-01) of the local UTC+7 calendar.
const localDayOfInstant = (jdUt: number) => Math.floor(jdUt - EPOCH_JD + TZ_HOURS / 24);
const startOfLocalDay = (day: number) => day + EPOCH_JD - TZ_HOURS / 24; // JD (UT) of local midnight

/** Local day on which new moon k falls. */
const newMoonDay = (k: number) => localDayOfInstant(ttToUt(newMoonJde(k)));
/** Which 30° sector (0 = spring equinox … 9 = from the December solstice) the sun is in when a local day begins. */
const sunSectorAtStart = (day: number) => Math.floor(sunLongitude(utToTt(startOfLocalDay(day))) / 30);
/** Index k of the last new moon whose local day is on or before `day`. */
function lunationOnOrBefore(day: number): number {
  let k = Math.floor((day + EPOCH_JD - 2451550.1) / 29.530588853);
  while (newMoonDay(k + 1) <= day) k++;
  while (newMoonDay(k) > day) k--;
  return k;
}

/** k of the month 11 that contains the December solstice of Gregorian year y. */
function month11Of(y: number): number {
  const k = lunationOnOrBefore(toEpochDay(isoDate(y, 12, 31)));
  // The month starting at the last new moon of the year contains the solstice unless the sun had already passed 270°
  // when it began; then the solstice is in the month before.
  return sunSectorAtStart(newMoonDay(k)) >= 9 ? k - 1 : k;
}

interface LunarMonth {
  start: number;
  length: number;
  month: number;
  leap: boolean;
  year: number;
}

/**
 * The months from the month 11 containing the solstice of year y − 1 up to (not including) the next month 11 — one
 * "suì". Months 11 and 12 (and a leap 11/12) belong to lunar year y − 1; months 1–10 belong to lunar year y.
 */
const suiCache = new Map<number, LunarMonth[]>();
function monthsOfSui(y: number): LunarMonth[] {
  const cached = suiCache.get(y);
  if (cached) return cached;
  const first = month11Of(y - 1);
  const count = month11Of(y) - first; // 12, or 13 in a leap suì
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(first + i));
  let leapAt = -1;
  if (count === 13) {
    // Rule 3: the first month (after month 11) whose start and end see the sun in the same sector has no major term.
    for (let i = 1; i < count && leapAt < 0; i++)
      if (sunSectorAtStart(starts[i]!) === sunSectorAtStart(starts[i + 1]!)) leapAt = i;
    if (leapAt < 0) throw new Error(`no month without a major solar term in the leap suì ending ${y}`);
  }
  const months: LunarMonth[] = [];
  let number = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapAt;
    if (i > 0 && !leap) number = (number % 12) + 1;
    months.push({
      start: starts[i]!,
      length: starts[i + 1]! - starts[i]!,
      month: number,
      leap,
      year: number >= 11 ? y - 1 : y,
    });
  }
  suiCache.set(y, months);
  return months;
}

/** The lunar date of a Gregorian calendar date (both as seen in Vietnam, UTC+7). */
export function solarToLunar(date: IsoDate): LunarDate {
  const day = toEpochDay(date);
  const y = yearOf(date);
  const sui = day >= newMoonDay(month11Of(y)) ? monthsOfSui(y + 1) : monthsOfSui(y);
  const m = sui.findLast((x) => x.start <= day)!;
  return { day: day - m.start + 1, month: m.month, year: m.year, leap: m.leap };
}

function findMonth(month: number, year: number, leap: boolean): LunarMonth {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`lunar month must be 1–12, got ${month}`);
  const m = monthsOfSui(month >= 11 ? year + 1 : year).find(
    (x) => x.month === month && x.leap === leap && x.year === year,
  );
  if (!m) throw new RangeError(`lunar year ${year} has no ${leap ? 'leap ' : ''}month ${month}`);
  return m;
}

/**
 * The Gregorian date of a lunar date. Throws RangeError when the month does not exist (a leap month the year does
 * not have) or the day is past the month's end (29 or 30 days).
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  const m = findMonth(month, year, leap);
  if (!Number.isInteger(day) || day < 1 || day > m.length)
    throw new RangeError(`lunar ${month}/${year} has ${m.length} days, not day ${day}`);
  return fromEpochDay(m.start + day - 1);
}

/** Days in a lunar month (29 or 30). */
export function lunarMonthLength(month: number, year: number, leap = false): number {
  return findMonth(month, year, leap).length;
}

/** The leap month of a lunar year, or null. */
export function leapMonthOf(year: number): number | null {
  const leap = [...monthsOfSui(year), ...monthsOfSui(year + 1)].find((m) => m.year === year && m.leap);
  return leap?.month ?? null;
}
