// The names a list of business plans shows: each plan's product (or its idea's name before the product exists) and
// producer, read in three queries for the whole list.
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { cycleIdeas, type BusinessPlanRow } from './cycle-schema.ts';

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

export async function namesOfPlans(db: Db, plans: readonly BusinessPlanRow[]) {
  const productIds = [...new Set(plans.map((p) => p.productId).filter((x): x is string => !!x))];
  const producerIds = [...new Set(plans.map((p) => p.producerId))];
  const ideaIds = [...new Set(plans.map((p) => p.ideaId).filter((x): x is string => !!x))];
  const products = productIds.length
    ? (
        await db.execute<{ id: string; name: string }>(
          sql`select id, name from products where id in (${idList(productIds)})`,
        )
      ).rows
    : [];
  const producers = producerIds.length
    ? (
        await db.execute<{ id: string; name: string }>(
          sql`select id, name from producers where id in (${idList(producerIds)})`,
        )
      ).rows
    : [];
  const ideas = ideaIds.length
    ? await db.select({ id: cycleIdeas.id, name: cycleIdeas.name }).from(cycleIdeas).where(inArray(cycleIdeas.id, ideaIds))
    : [];
  return {
    products: new Map(products.map((r) => [r.id, r.name])),
    producers: new Map(producers.map((r) => [r.id, r.name])),
    ideas: new Map(ideas.map((r) => [r.id, r.name])),
  };
}
