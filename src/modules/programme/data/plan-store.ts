// Plans and their targets as stored. A plan's targets are replaced as a whole when it is saved (their positions are
// the plan's order); progress is never stored.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { planTargets, programmePlans, type PlanRow, type TargetRow } from './schema.ts';

export interface PlanFields {
  provinceCode: string;
  unitSet: 2024 | 2025;
  unitCode: string;
  year: number;
  title: string;
  docNumber: string | null;
  docDate: string | null;
  legalBases: string[];
  notes: string | null;
}

export interface TargetFields {
  kind: string;
  star: number | null;
  mode: string | null;
  legalType: string | null;
  target: number;
  wording: string | null;
}

export async function insertPlan(tx: Db, fields: PlanFields, createdBy: string): Promise<PlanRow> {
  const [row] = await tx
    .insert(programmePlans)
    .values({ ...fields, createdBy })
    .returning();
  return row!;
}

/** Updates the plan if its version is still `version`; undefined when another save came first. */
export async function updatePlan(tx: Db, id: string, version: number, fields: PlanFields): Promise<PlanRow | undefined> {
  const [row] = await tx
    .update(programmePlans)
    .set({ ...fields, version: sql`${programmePlans.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(programmePlans.id, id), eq(programmePlans.version, version)))
    .returning();
  return row;
}

export async function replaceTargets(tx: Db, plan: PlanRow, targets: readonly TargetFields[]): Promise<void> {
  await tx.delete(planTargets).where(eq(planTargets.planId, plan.id));
  if (!targets.length) return;
  await tx
    .insert(planTargets)
    .values(targets.map((t, i) => ({ ...t, planId: plan.id, provinceCode: plan.provinceCode, position: i + 1 })));
}

export async function deletePlan(tx: Db, id: string): Promise<void> {
  await tx.delete(programmePlans).where(eq(programmePlans.id, id));
}

export async function planById(db: Db, id: string, forUpdate = false): Promise<PlanRow | undefined> {
  const q = db.select().from(programmePlans).where(eq(programmePlans.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function targetsOf(db: Db, planIds: readonly string[]): Promise<Map<string, TargetRow[]>> {
  const out = new Map<string, TargetRow[]>(planIds.map((id) => [id, []]));
  if (!planIds.length) return out;
  const rows = await db
    .select()
    .from(planTargets)
    .where(inArray(planTargets.planId, [...planIds]))
    .orderBy(asc(planTargets.planId), asc(planTargets.position));
  for (const r of rows) out.get(r.planId)!.push(r);
  return out;
}

export interface PlanFilter {
  provinceCode?: string;
  year?: number;
  unitCode?: string;
  /** A commune officer's view: its province's own plans and its commune's. */
  communeOf?: { provinceCode: string; communeCode: string };
}

export async function findPlans(db: Db, f: PlanFilter): Promise<PlanRow[]> {
  const where: SQL[] = [];
  if (f.provinceCode) where.push(eq(programmePlans.provinceCode, f.provinceCode));
  if (f.year) where.push(eq(programmePlans.year, f.year));
  if (f.unitCode) where.push(eq(programmePlans.unitCode, f.unitCode));
  if (f.communeOf)
    where.push(
      sql`${programmePlans.unitCode} in (${f.communeOf.provinceCode}, ${f.communeOf.communeCode})`,
      eq(programmePlans.unitSet, 2025),
    );
  return db
    .select()
    .from(programmePlans)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(programmePlans.year), asc(programmePlans.unitSet), asc(programmePlans.unitCode), asc(programmePlans.title))
    .limit(500);
}
