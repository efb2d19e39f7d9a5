// The implementation of business plans as stored (seed 001 §III.2.1.4): the supports given and the problems met.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { cyclePlanProblems, cyclePlanSupports } from './cycle-schema.ts';

/** The supports and problems of the plans given, read in two queries (a list reads them once for all its plans). */
export async function implementationOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return { supports: [], problems: [] };
  const supports = await db
    .select()
    .from(cyclePlanSupports)
    .where(inArray(cyclePlanSupports.businessPlanId, [...ids]))
    .orderBy(cyclePlanSupports.givenOn);
  const problems = await db
    .select()
    .from(cyclePlanProblems)
    .where(inArray(cyclePlanProblems.businessPlanId, [...ids]))
    .orderBy(cyclePlanProblems.notedOn);
  return { supports, problems };
}
