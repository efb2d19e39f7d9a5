// Activities and trade promotion: writing one (its unit, kind, lead unit, partners, schedule, budget, status and
// outcome, the products it showed), in one transaction with an audit row; the list in the reader's scope. A done
// fair, training or sales point counts in the plans' targets (data/measure-targets.ts) by its start date.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { AppError, badRequest, forbidden, notFound, type FieldIssue } from '../../../platform/errors.ts';
import { getUnit } from '../../reference/index.ts';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_LABELS,
  activityProblems,
  type ActivityKind,
  type ActivityStatus,
  type Platform,
} from '../domain/activity-kinds.ts';
import {
  activityById,
  deleteActivity,
  findActivities,
  insertActivity,
  productsInProvince,
  productsOfActivities,
  replaceActivityProducts,
  updateActivity,
  type ActivityFields,
} from '../data/activity-store.ts';
import { planById } from '../data/plan-store.ts';
import type { ActivityRow } from '../data/schema.ts';
import { assertMayRead, assertMayWrite, mayWrite, programmePolicy, type UnitPlace } from '../policy.ts';

export interface ActivityInput {
  /** The province (2025 code) or one of its communes. */
  unitCode: string;
  planId?: string | null;
  kind: ActivityKind;
  title: string;
  leadUnit: string;
  partners?: string[];
  place?: string | null;
  platform?: Platform | null;
  year: number;
  quarter?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  budget?: number | null;
  status: ActivityStatus;
  participants?: number | null;
  revenue?: number | null;
  outcome?: string | null;
  productIds?: string[];
}

const activityNotFound = () => notFound({ vi: 'hoạt động', en: 'Activity' });
const placeOf = (a: Pick<ActivityRow, 'provinceCode' | 'communeCode'>): UnitPlace => ({
  provinceCode: a.provinceCode,
  communeCode: a.communeCode,
});

async function checked(db: Db, input: ActivityInput): Promise<ActivityFields> {
  const issues: FieldIssue[] = [];
  const unit = await getUnit(db, 2025, input.unitCode);
  if (!unit)
    issues.push({
      field: 'body.unitCode',
      code: 'unknown_unit',
      message: {
        vi: `Không có đơn vị hành chính mã ${input.unitCode}`,
        en: `No administrative unit ${input.unitCode}`,
      },
    });
  for (const p of activityProblems({ ...input }))
    issues.push({ field: `body.${p.field}`, code: 'inconsistent', message: p.message });
  const provinceCode = unit?.provinceCode ?? '';
  if (input.planId) {
    const plan = await planById(db, input.planId);
    if (!plan || plan.provinceCode !== provinceCode)
      issues.push({
        field: 'body.planId',
        code: 'unknown_plan',
        message: { vi: 'Không có kế hoạch này trong tỉnh', en: 'No such plan in the province' },
      });
  }
  const wanted = [...new Set(input.productIds ?? [])];
  const found = await productsInProvince(db, provinceCode, wanted);
  wanted.forEach((id, i) => {
    if (!found.has(id))
      issues.push({
        field: `body.productIds.${i}`,
        code: 'unknown_product',
        message: { vi: 'Không có sản phẩm này trong tỉnh', en: 'No such product in the province' },
      });
  });
  if (issues.length || !unit) throw badRequest(issues);
  return {
    provinceCode,
    communeCode: unit.level === 'commune' ? unit.code : null,
    planId: input.planId ?? null,
    kind: input.kind,
    title: input.title,
    leadUnit: input.leadUnit,
    partners: input.partners ?? [],
    place: input.place ?? null,
    platform: input.platform ?? null,
    year: input.year,
    quarter: input.quarter ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    budget: input.budget ?? null,
    status: input.status,
    participants: input.participants ?? null,
    revenue: input.revenue ?? null,
    outcome: input.outcome ?? null,
  };
}

export async function createActivity(db: Db, actor: Actor, input: ActivityInput): Promise<string> {
  const fields = await checked(db, input);
  assertMayWrite(actor, 'activities.write', placeOf(fields));
  return db.transaction(async (tx) => {
    const a = await insertActivity(tx, fields, actor.id);
    await replaceActivityProducts(tx, a, [...new Set(input.productIds ?? [])]);
    await audit(tx, actor, {
      action: 'activity.create',
      entityType: 'activity',
      entityId: a.id,
      provinceCode: a.provinceCode,
      after: { ...fields, productIds: input.productIds ?? [] },
    });
    return a.id;
  });
}

export async function saveActivity(db: Db, actor: Actor, id: string, version: number, input: ActivityInput) {
  const fields = await checked(db, input);
  await db.transaction(async (tx) => {
    const before = await activityById(tx, id, true);
    if (!before) throw activityNotFound();
    assertMayWrite(actor, 'activities.write', placeOf(before));
    assertMayWrite(actor, 'activities.write', placeOf(fields));
    const a = await updateActivity(tx, id, version, fields);
    if (!a)
      throw new AppError(409, 'stale_version', {
        vi: 'Hoạt động vừa được người khác lưu; hãy tải lại trước khi sửa',
        en: 'Someone else saved this activity meanwhile; reload it before editing',
      });
    await replaceActivityProducts(tx, a, [...new Set(input.productIds ?? [])]);
    await audit(tx, actor, {
      action: 'activity.update',
      entityType: 'activity',
      entityId: id,
      provinceCode: a.provinceCode,
      fromState: before.status,
      toState: a.status,
      before,
      after: { ...fields, productIds: input.productIds ?? [] },
    });
  });
}

export async function removeActivity(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await activityById(tx, id, true);
    if (!before) throw activityNotFound();
    assertMayWrite(actor, 'activities.write', placeOf(before));
    await deleteActivity(tx, id);
    await audit(tx, actor, { action: 'activity.delete', entityType: 'activity', entityId: id, before });
  });
}

async function present(db: Db, actor: Actor, rows: ActivityRow[]) {
  const products = await productsOfActivities(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((a) => ({
    id: a.id,
    version: a.version,
    provinceCode: a.provinceCode,
    communeCode: a.communeCode,
    planId: a.planId,
    kind: a.kind,
    kindLabel: ACTIVITY_KIND_LABELS[a.kind as ActivityKind],
    title: a.title,
    leadUnit: a.leadUnit,
    partners: a.partners,
    place: a.place,
    platform: a.platform,
    year: a.year,
    quarter: a.quarter,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    budget: a.budget,
    status: a.status,
    statusLabel: ACTIVITY_STATUS_LABELS[a.status as ActivityStatus],
    participants: a.participants,
    revenue: a.revenue,
    outcome: a.outcome,
    products: products.get(a.id) ?? [],
    may: { edit: mayWrite(actor, 'activities.write', placeOf(a)) },
  }));
}

export async function listActivities(
  db: Db,
  actor: Actor,
  q: { year?: number; kind?: string; planId?: string },
  page: { limit: number; offset: number },
) {
  if (!programmePolicy.can(actor, 'activities.read')) throw forbidden();
  const level = scopeLevel(actor);
  const { rows, total } = await findActivities(
    db,
    {
      ...q,
      provinceCode: level === 'national' ? undefined : actor.provinceCode!,
      communeOrProvince: level === 'commune' ? actor.unitCode! : undefined,
    },
    page.limit,
    page.offset,
  );
  return { items: await present(db, actor, rows), total };
}

export async function readActivity(db: Db, actor: Actor, id: string) {
  const a = await activityById(db, id);
  if (!a) throw activityNotFound();
  assertMayRead(actor, 'activities.read', placeOf(a));
  return (await present(db, actor, [a]))[0]!;
}
