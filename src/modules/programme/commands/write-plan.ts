// Writing a plan: its unit, year, document and targets, in one transaction with an audit row. The unit must exist in
// its set (a 2024 district for a plan of history); each target's kind must be known and take the parameters given.
// Saving replaces the targets as a whole and checks the version the editor started from (a concurrent save → 409).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError, badRequest, notFound, type FieldIssue } from '../../../platform/errors.ts';
import { targetKind, unexpectedParams, type TargetMode } from '../domain/target-kinds.ts';
import { findPlanUnit, type PlanUnit } from '../data/plan-area.ts';
import { deletePlan, insertPlan, planById, replaceTargets, updatePlan, type PlanFields } from '../data/plan-store.ts';
import { assertMayWritePlan, type PlanPlace } from '../policy.ts';

export interface PlanInput {
  unitSet: 2024 | 2025;
  unitCode: string;
  year: number;
  title: string;
  docNumber?: string | null;
  docDate?: string | null;
  legalBases?: string[];
  notes?: string | null;
  targets: {
    kind: string;
    star?: number | null;
    mode?: TargetMode | null;
    legalType?: string | null;
    target: number;
    wording?: string | null;
  }[];
}

export const planNotFound = () => notFound({ vi: 'kế hoạch', en: 'Plan' });

export function placeOf(unit: Pick<PlanUnit, 'unitSet' | 'level' | 'code' | 'provinceCode'>): PlanPlace {
  const commune = unit.unitSet === 2025 && unit.level === 'commune';
  return { provinceCode: unit.provinceCode, communeCode: commune ? unit.code : null };
}

async function checked(db: Db, input: PlanInput): Promise<{ unit: PlanUnit; fields: PlanFields }> {
  const issues: FieldIssue[] = [];
  const unit = await findPlanUnit(db, input.unitSet, input.unitCode);
  if (!unit)
    issues.push({
      field: 'body.unitCode',
      code: 'unknown_unit',
      message: {
        vi: `Không có đơn vị hành chính mã ${input.unitCode} trong danh mục năm ${input.unitSet}`,
        en: `No administrative unit ${input.unitCode} in the ${input.unitSet} set`,
      },
    });
  input.targets.forEach((t, i) => {
    if (!targetKind(t.kind))
      issues.push({
        field: `body.targets.${i}.kind`,
        code: 'unknown_kind',
        message: { vi: `Loại chỉ tiêu không có: ${t.kind}`, en: `Unknown target kind: ${t.kind}` },
      });
    for (const p of unexpectedParams({ ...t }))
      issues.push({
        field: `body.targets.${i}.${p}`,
        code: 'not_for_kind',
        message: {
          vi: 'Loại chỉ tiêu này không có tham số này',
          en: 'This target kind does not take this parameter',
        },
      });
  });
  if (issues.length || !unit) throw badRequest(issues);
  const fields: PlanFields = {
    provinceCode: unit.provinceCode,
    unitSet: input.unitSet,
    unitCode: unit.code,
    year: input.year,
    title: input.title,
    docNumber: input.docNumber ?? null,
    docDate: input.docDate ?? null,
    legalBases: input.legalBases ?? [],
    notes: input.notes ?? null,
  };
  return { unit, fields };
}

const targetFields = (input: PlanInput) =>
  input.targets.map((t) => ({
    kind: t.kind,
    star: t.star ?? null,
    mode: t.mode ?? null,
    legalType: t.legalType ?? null,
    target: t.target,
    wording: t.wording ?? null,
  }));

export async function createPlan(db: Db, actor: Actor, input: PlanInput): Promise<string> {
  const { unit, fields } = await checked(db, input);
  assertMayWritePlan(actor, placeOf(unit));
  return db.transaction(async (tx) => {
    const plan = await insertPlan(tx, fields, actor.id);
    await replaceTargets(tx, plan, targetFields(input));
    await audit(tx, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      provinceCode: plan.provinceCode,
      after: { ...fields, targets: targetFields(input) },
    });
    return plan.id;
  });
}

const stale = () =>
  new AppError(409, 'stale_version', {
    vi: 'Kế hoạch vừa được người khác lưu; hãy tải lại trước khi sửa',
    en: 'Someone else saved this plan meanwhile; reload it before editing',
  });

export async function savePlan(db: Db, actor: Actor, id: string, version: number, input: PlanInput): Promise<void> {
  const { unit, fields } = await checked(db, input);
  await db.transaction(async (tx) => {
    const before = await planById(tx, id, true);
    if (!before) throw planNotFound();
    const beforeUnit = await findPlanUnit(tx, before.unitSet as 2024 | 2025, before.unitCode);
    if (beforeUnit) assertMayWritePlan(actor, placeOf(beforeUnit));
    assertMayWritePlan(actor, placeOf(unit));
    const plan = await updatePlan(tx, id, version, fields);
    if (!plan) throw stale();
    await replaceTargets(tx, plan, targetFields(input));
    await audit(tx, actor, {
      action: 'plan.update',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceCode,
      before,
      after: { ...fields, targets: targetFields(input) },
    });
  });
}

export async function removePlan(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await planById(tx, id, true);
    if (!before) throw planNotFound();
    const unit = await findPlanUnit(tx, before.unitSet as 2024 | 2025, before.unitCode);
    assertMayWritePlan(actor, unit ? placeOf(unit) : { provinceCode: before.provinceCode, communeCode: null });
    await deletePlan(tx, id);
    await audit(tx, actor, {
      action: 'plan.delete',
      entityType: 'plan',
      entityId: id,
      provinceCode: before.provinceCode,
      before,
    });
  });
}
