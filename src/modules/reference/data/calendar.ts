// The committed calendar of public holidays and make-up working days (resources/holidays/vn-holidays.json, derived by
// scripts/derive-holidays.ts), read once. Working-day arithmetic over it is pure (domain/calendar.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCalendar, type Calendar, type HolidayFile } from '../domain/calendar.ts';
import { resourcesDir } from './resources.ts';

let loaded: Calendar | undefined;

/** The committed calendar, read once. */
export function loadCalendar(): Calendar {
  loaded ??= buildCalendar(
    JSON.parse(readFileSync(join(resourcesDir(), 'holidays', 'vn-holidays.json'), 'utf8')) as HolidayFile,
  );
  return loaded;
}
