// The face of the reference module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/reference/ is imported from outside (npm run deps checks it).

// An article as Vietnamese legal text cites it: 'Art. 7.3.a' → 'điểm a khoản 3 Điều 7' (pure).
export { articleVi } from './domain/article-text.ts';

// The legal calendar (pure): ISO dates, calendar and working-day arithmetic, holidays announced or defaulted.
export {
  addDays,
  addMonths,
  addWorkingDays,
  buildCalendar,
  dayOfWeek,
  daysBetween,
  DEFAULT_HOLIDAY_MARGIN_DAYS,
  defaultedHolidayNote,
  defaultedHolidaysBetween,
  formatDateVi,
  fromEpochDay,
  holidayOn,
  isoDate,
  isWorkingDay,
  rollToWorkingDay,
  toEpochDay,
  workingDaysBetween,
  yearOf,
} from './domain/calendar.ts';
export type {
  Calendar,
  DefaultedHoliday,
  HolidayEntry,
  HolidayFile,
  HolidayStatus,
  IsoDate,
  PmFixedGroup,
  WorkingDayEntry,
} from './domain/calendar.ts';
// The committed calendar (resources/holidays), read once.
export { loadCalendar } from './data/calendar.ts';
// The lunar calendar (pure), for Tết and the other lunar holidays.
export { lunarToSolar } from './domain/lunar.ts';

// Rule sets: which one governs a filing, which are still applicable (pure, over the rule sets passed in) …
export {
  governsFilingOn,
  isInForceOn,
  ruleSetInForce,
  ruleSetsApplicable,
  supersededFrom,
} from './domain/rule-sets.ts';
export type { RuleSet, RuleSetLevel, StarBand } from './domain/rule-sets.ts';
// … and the committed rule sets (resources/rule-sets.json).
export { getRuleSet, loadRuleSets } from './data/rule-sets.ts';

// Administrative units: how a unit is written, and queries over the 2024 and 2025 sets.
export { unitInText, unitLabel } from './domain/unit-label.ts';
export type { UnitParts } from './domain/unit-label.ts';
// All units a province's old records can name (2025 communes, 2024 districts and communes, the old → new mapping),
// for the onboarding import's resolution of pre-2025 units.
export { provinceUnits } from './data/province-units.ts';
export type { MappingRow, ProvinceUnits, UnitRow } from './data/province-units.ts';
export { formerDistrictsOf, getUnit, listUnits } from './data/admin-units.ts';
export type { AdminUnit } from './data/admin-units.ts';
// Names of the units of a page of records in one query.
export { unitNamesOf } from './data/unit-names.ts';
export type { UnitNames } from './data/unit-names.ts';

// Start-up and HTTP: loading resources/ into the database, and the /api/units and /api/rule-sets routes.
export { loadReferenceData } from './data/load-reference.ts';
export { referenceRoutes } from './routes/reference-routes.ts';
