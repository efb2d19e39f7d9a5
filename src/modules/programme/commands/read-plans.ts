// Reading plans: the list in the reader's scope, and one plan with the progress of each target on a day (today by
// default, a past day to see "what was true on 31/12/2024"): actual / target, the state, the trend at each quarter's
// end, and the figure per commune — the province's figure rolled up from its communes.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { forbidden } from '../../../platform/errors.ts';
import { LEGAL_TYPE_NAMES } from '../../registry/index.ts';
import { unitLabel, unitNamesOf, type IsoDate } from '../../reference/index.ts';
import { planPeriod, PROGRESS_LABELS, targetProgress } from '../domain/progress.ts';
import { describeTarget, targetKind, type TargetMode } from '../domain/target-kinds.ts';
import { findPlanUnit, planArea, type PlanUnit } from '../data/plan-area.ts';
import { measureTarget, total } from '../data/measure-targets.ts';
import { findPlans, planById, targetsOf } from '../data/plan-store.ts';
import type { PlanRow, TargetRow } from '../data/schema.ts';
import { assertMayReadPlan, mayReadPlan, mayWritePlan, programmePolicy } from '../policy.ts';
import { placeOf, planNotFound } from './write-plan.ts';

const legalTypeLabel = (t: string | null) => (t ? LEGAL_TYPE_NAMES[t as keyof typeof LEGAL_TYPE_NAMES] : undefined);

const unitOut = (u: PlanUnit) => ({
  unitSet: u.unitSet,
  code: u.code,
  level: u.level,
  name: unitLabel(u),
  provinceCode: u.provinceCode,
});

function planOut(p: PlanRow, unit: PlanUnit, actor: Actor) {
  const may = mayWritePlan(actor, placeOf(unit));
  return {
    id: p.id,
    version: p.version,
    unit: unitOut(unit),
    year: p.year,
    title: p.title,
    docNumber: p.docNumber,
    docDate: p.docDate,
    legalBases: p.legalBases,
    notes: p.notes,
    updatedAt: p.updatedAt.toISOString(),
    may: { edit: may, delete: may },
  };
}

const specOf = (t: TargetRow) => ({
  kind: t.kind,
  star: t.star,
  mode: t.mode as TargetMode | null,
  legalType: t.legalType,
  target: t.target,
  wording: t.wording,
});

export async function listPlans(db: Db, actor: Actor, q: { year?: number; unitCode?: string }) {
  if (!programmePolicy.can(actor, 'plans.read')) throw forbidden();
  const level = scopeLevel(actor);
  const rows = await findPlans(db, {
    ...q,
    provinceCode: level === 'national' ? undefined : actor.provinceCode!,
    communeOf: level === 'commune' ? { provinceCode: actor.provinceCode!, communeCode: actor.unitCode! } : undefined,
  });
  const targets = await targetsOf(
    db,
    rows.map((r) => r.id),
  );
  const items = [];
  for (const p of rows) {
    const unit = await findPlanUnit(db, p.unitSet as 2024 | 2025, p.unitCode);
    if (!unit || !mayReadPlan(actor, placeOf(unit))) continue;
    items.push({ ...planOut(p, unit, actor), targetCount: targets.get(p.id)!.length });
  }
  return { items, total: items.length };
}

export async function readPlan(db: Db, actor: Actor, id: string, today: IsoDate, asOf?: IsoDate) {
  const plan = await planById(db, id);
  if (!plan) throw planNotFound();
  const unit = await findPlanUnit(db, plan.unitSet as 2024 | 2025, plan.unitCode);
  if (!unit) throw planNotFound();
  assertMayReadPlan(actor, placeOf(unit));
  const day = asOf ?? today;
  const period = planPeriod(plan.year, day);
  const area = await planArea(db, unit);
  const rows = (await targetsOf(db, [plan.id])).get(plan.id)!;
  const targets = [];
  const communes = new Set<string>();
  for (const t of rows) {
    const kind = targetKind(t.kind)!;
    const spec = specOf(t);
    const counts = period.notStarted ? new Map() : await measureTarget(db, spec, area, period.from, period.on);
    const progress = targetProgress(kind, t.target, counts ? total(counts) : null, period);
    const trend = [];
    if (counts && kind.measured)
      for (const point of period.points.slice(0, -1)) {
        const at = await measureTarget(db, spec, area, period.from, point);
        trend.push({ on: point, actual: at ? total(at) : 0 });
      }
    if (counts && !period.notStarted) trend.push({ on: period.on, actual: total(counts) });
    for (const c of counts?.keys() ?? []) communes.add(c);
    targets.push({ t, kind, spec, progress, trend, counts });
  }
  const names = await unitNamesOf(db, communes);
  return {
    ...planOut(plan, unit, actor),
    asOf: day,
    period: { from: period.from, on: period.on, notStarted: period.notStarted, elapsed: period.elapsed },
    targets: targets.map(({ t, kind, spec, progress, trend, counts }) => ({
      id: t.id,
      ...spec,
      label: describeTarget(spec, legalTypeLabel(t.legalType)),
      unitLabel: kind.unit,
      source: kind.source,
      measure: kind.measure,
      ...progress,
      stateLabel: PROGRESS_LABELS[progress.state],
      trend,
      byCommune: [...(counts?.entries() ?? [])]
        .map(([code, actual]) => ({ code, name: names.get(code) ?? code, actual }))
        .sort((a, b) => b.actual - a.actual || a.name.localeCompare(b.name, 'vi')),
    })),
  };
}
