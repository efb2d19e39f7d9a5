// Reading inspection plans: the list in the reader's scope, and one plan with its team, the certificates it covers
// and its visits (what the plan page shows), with whether the reader may add a visit.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { findProductViews } from '../../../registry/index.ts';
import { findPlan, listPlanRows, targetsOf, teamOf, visitsOf } from '../../data/inspection-store.ts';
import type { InspectionPlanRow } from '../../data/inspection-schema.ts';
import { inspectionPolicy } from '../../inspection-policy.ts';
import { actsForPlan, assertSeesPlan, planFilterFor } from './inspection-access.ts';

const presentPlan = (p: InspectionPlanRow) => ({
  id: p.id,
  provinceCode: p.provinceCode,
  level: p.level,
  kind: p.kind,
  year: p.year,
  documentNo: p.documentNo,
  documentDate: p.documentDate,
  title: p.title,
  reason: p.reason,
  leadId: p.leadId,
});

export async function listInspectionPlans(
  db: Db,
  actor: Actor,
  f: { year?: number },
  page: { limit: number; offset: number },
) {
  inspectionPolicy.assertCan(actor, 'inspections.read');
  const scope = planFilterFor(actor);
  if (!scope) return { items: [], total: 0 };
  const { rows, total } = await listPlanRows(db, { ...scope, ...f }, page);
  const teams = await teamOf(
    db,
    rows.map((r) => r.plan.id),
  );
  return {
    items: rows.map((r) => ({
      ...presentPlan(r.plan),
      leadName: teams.get(r.plan.id)?.find((m) => m.userId === r.plan.leadId)?.displayName ?? null,
      targets: r.targets,
      visits: r.visits,
      openFindings: r.openFindings,
    })),
    total,
  };
}

export async function getInspectionPlan(db: Db, actor: Actor, id: string) {
  inspectionPolicy.assertCan(actor, 'inspections.read');
  const plan = await assertSeesPlan(db, actor, await findPlan(db, id));
  const [team, targets, visits] = await Promise.all([
    teamOf(db, [id]),
    targetsOf(db, id),
    visitsOf(db, { planId: id }),
  ]);
  const views = await findProductViews(
    db,
    targets.map((c) => c.productId),
  );
  const mayAct = await actsForPlan(db, actor, plan);
  return {
    ...presentPlan(plan),
    team: (team.get(id) ?? []).map((m) => ({ ...m, lead: m.userId === plan.leadId })),
    targets: targets.map((c) => ({
      certificateId: c.id,
      number: c.number,
      star: c.star,
      expiresOn: c.extendedUntil ?? c.expiresOn,
      status: c.status,
      provinceCode: c.provinceCode,
      productId: c.productId,
      productName: views.get(c.productId)?.name ?? null,
      producerName: views.get(c.productId)?.producerName ?? null,
    })),
    visits: visits.map((v) => ({
      id: v.visit.id,
      certificateId: v.visit.certificateId,
      productId: v.visit.productId,
      productName: views.get(v.visit.productId)?.name ?? null,
      visitOn: v.visit.visitOn,
      place: v.visit.place,
      items: v.items,
      checked: v.checked,
      openFindings: v.openFindings,
    })),
    mayAddVisit: inspectionPolicy.can(actor, 'inspections.visit') && mayAct,
  };
}
