// GET /api/reports: the standard reports the user may produce, and the unit they default to (the user's own). An
// account without the right gets an empty list, not an error: the web app shows its Reports page from this answer.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { reportPolicy } from '../report-policy.ts';
import { REPORT_CATALOGUE, REPORT_FORMATS, REPORT_KINDS } from '../domain/report-kinds.ts';
import { resolveReportUnit } from './report-unit.ts';

export async function reportCatalogue(db: Db, actor: Actor) {
  if (!reportPolicy.can(actor, 'reports.read')) return { reports: [], unit: null };
  const unit = await resolveReportUnit(db, actor, undefined);
  return {
    reports: REPORT_KINDS.map((k) => ({
      ...REPORT_CATALOGUE[k],
      params: [...REPORT_CATALOGUE[k].params],
      formats: [...REPORT_FORMATS],
    })),
    unit: { code: unit.code, level: unit.level, label: unit.label, provinceCode: unit.provinceCode },
  };
}
