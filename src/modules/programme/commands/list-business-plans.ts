// The business plans a reader sees (seed 001 §III.2.1.3): staff those of their area, a producer account its own —
// newest first, each with the review actions open to the reader, its implementation, and the names a list shows
// (product, producer, commune) from one query, so the web app makes no call per row.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { forbidden } from '../../../platform/errors.ts';
import { accessOf } from '../../registry/index.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { cycleBusinessPlans } from '../data/cycle-schema.ts';
import { namesOfPlans } from '../data/plan-names.ts';
import { implementationOf } from '../data/plan-implementation.ts';
import { cyclePolicy, mayReadCycle, reviewLevels } from '../cycle-policy.ts';
import { planOut, planPlace } from './read-cycle.ts';

export async function listBusinessPlans(db: Db, actor: Actor, q: { state?: string; communeCode?: string }) {
  if (!cyclePolicy.can(actor, 'cycle.read')) throw forbidden();
  const own = (await accessOf(db, actor)).ownProducerId;
  const level = scopeLevel(actor);
  const where: (SQL | undefined)[] = [
    level !== 'national' ? eq(cycleBusinessPlans.provinceCode, actor.provinceCode!) : undefined,
    level === 'commune' ? eq(cycleBusinessPlans.communeCode, actor.unitCode!) : undefined,
    q.communeCode ? eq(cycleBusinessPlans.communeCode, q.communeCode) : undefined,
    q.state ? eq(cycleBusinessPlans.state, q.state) : undefined,
  ];
  if (actor.role === 'producer') {
    if (!own) return { items: [] };
    where.push(eq(cycleBusinessPlans.producerId, own));
  }
  const rows = (
    await db
      .select()
      .from(cycleBusinessPlans)
      .where(and(...where))
      .orderBy(desc(cycleBusinessPlans.submittedOn), desc(cycleBusinessPlans.createdAt))
      .limit(500)
  ).filter((b) => mayReadCycle(actor, planPlace(b), own));
  const names = await namesOfPlans(db, rows);
  const communes = await unitNamesOf(
    db,
    rows.map((r) => r.communeCode),
  );
  const implementation = await implementationOf(
    db,
    rows.map((b) => b.id),
  );
  const items = [];
  for (const b of rows) {
    const out = await planOut(db, b, reviewLevels(actor, planPlace(b), own), actor, implementation);
    items.push({
      ...out,
      productName: (b.productId && names.products.get(b.productId)) || names.ideas.get(b.ideaId ?? '') || null,
      producerName: names.producers.get(b.producerId) ?? '',
      communeName: communes.get(b.communeCode) ?? b.communeCode,
    });
  }
  return { items };
}
