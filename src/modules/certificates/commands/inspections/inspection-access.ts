// Who sees and who acts on an inspection's records. A plan is the province's (Art. 9.4.a) or the Ministry's
// (Art. 9.4.b): national users see every plan, provincial staff their province's plans and the Ministry's plans that
// cover their products, anyone on a team the plans they sit on. Visits and findings are also seen through the product
// (the producer's own accounts, the commune), so a producer can answer a finding. Acting on a visit needs a seat on the
// team or the office that owns the plan; reporting a fix needs the producer's own account.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../../platform/auth/policy.ts';
import { accessOf, covers, findProductView, type ProductView } from '../../../registry/index.ts';
import type { ItemActor } from '../../domain/inspection-lifecycle.ts';
import { planLevelOf } from '../../domain/inspection-authority.ts';
import type { InspectionPlanRow, InspectionVisitRow } from '../../data/inspection-schema.ts';
import { teamOf, type PlanFilter } from '../../data/inspection-store.ts';
import { planNotFound, productNotFound, visitNotFound } from '../../inspection-policy.ts';
import { listProducts } from '../../../registry/index.ts';

/** The plans list's filter for the actor; null: the actor sees no plan list (producers). */
export function planFilterFor(actor: Actor): PlanFilter | null {
  if (actor.role === 'producer') return null;
  const level = scopeLevel(actor);
  if (level === 'national') return {};
  if (level === 'province') return { province: actor.provinceCode! };
  return { memberId: actor.id };
}

async function isOnTeam(db: Db, actor: Actor, planId: string): Promise<boolean> {
  return ((await teamOf(db, [planId])).get(planId) ?? []).some((m) => m.userId === actor.id);
}

/** The office that owns the plan (Art. 9.4): the province's office for its plan, the Ministry's office for its own. */
export function ownsPlan(actor: Actor, plan: InspectionPlanRow): boolean {
  const level = planLevelOf(actor.role, actor.provinceCode);
  if (plan.level === 'ministry') return level === 'ministry';
  return level === 'province' && actor.provinceCode === plan.provinceCode;
}

/** Whether the actor sits on the plan's team or owns the plan: it may add visits and record findings. */
export async function actsForPlan(db: Db, actor: Actor, plan: InspectionPlanRow): Promise<boolean> {
  return ownsPlan(actor, plan) || (await isOnTeam(db, actor, plan.id));
}

/** Throws "not found" unless the actor may read the plan. */
export async function assertSeesPlan(
  db: Db,
  actor: Actor,
  plan: InspectionPlanRow | undefined,
): Promise<InspectionPlanRow> {
  if (!plan) throw planNotFound();
  const f = planFilterFor(actor);
  if (f && !f.province && !f.memberId) return plan;
  if (f?.province && (plan.provinceCode === f.province || plan.level === 'ministry')) return plan;
  if (await isOnTeam(db, actor, plan.id)) return plan;
  throw planNotFound();
}

/** The product of a visit and whether the actor covers it through the registry (own producer, commune, province). */
export async function productInSight(db: Db, actor: Actor, productId: string): Promise<ProductView | null> {
  const view = await findProductView(db, productId);
  if (!view) return null;
  return covers(await accessOf(db, actor), view) ? view : null;
}

/** The roles the actor plays on a visit's items; throws "not found" when it may not even read the visit. */
export async function rolesOnVisit(
  db: Db,
  actor: Actor,
  visit: InspectionVisitRow | undefined,
  plan: InspectionPlanRow | undefined,
): Promise<{ who: ItemActor[]; product: ProductView }> {
  if (!visit || !plan) throw visitNotFound();
  const product = await findProductView(db, visit.productId);
  if (!product) throw productNotFound();
  const who: ItemActor[] = [];
  if (await actsForPlan(db, actor, plan)) who.push('team');
  const seesProduct = covers(await accessOf(db, actor), product);
  if (actor.role === 'producer' && seesProduct) who.push('producer');
  const national = scopeLevel(actor) === 'national';
  const provinceStaff = scopeLevel(actor) === 'province' && actor.provinceCode === visit.provinceCode;
  if (!who.length && !seesProduct && !national && !provinceStaff) throw visitNotFound();
  return { who, product };
}

/** The products a producer account or a commune officer sees (a few hundred at most). */
export async function productIdsInSight(db: Db, actor: Actor): Promise<string[]> {
  return (await listProducts(db, actor, {}, { limit: 10_000, offset: 0 })).items.map((p) => p.id);
}
