// Product ideas and business plans as stored, and their review columns.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { ReviewLevel, ReviewState } from '../domain/cycle-review.ts';
import { cycleBusinessPlans, cycleIdeas, type BusinessPlanRow, type IdeaRow } from './cycle-schema.ts';

export async function insertIdea(tx: Db, values: typeof cycleIdeas.$inferInsert): Promise<IdeaRow> {
  const [row] = await tx.insert(cycleIdeas).values(values).returning();
  return row!;
}

export async function ideaById(db: Db, id: string, lock = false): Promise<IdeaRow | undefined> {
  const q = db.select().from(cycleIdeas).where(eq(cycleIdeas.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The review columns a step writes: the new state, the day and the advice of the level that acted. */
export function reviewColumns(level: ReviewLevel, to: ReviewState, on: string, advice: string | null) {
  if (level === 'commune') return { state: to, communeReviewedOn: on, communeAdvice: advice };
  if (level === 'province') return { state: to, provinceReviewedOn: on, provinceAdvice: advice };
  return { state: to };
}

export async function updateIdea(tx: Db, id: string, set: Partial<IdeaRow>): Promise<IdeaRow> {
  const [row] = await tx.update(cycleIdeas).set(set).where(eq(cycleIdeas.id, id)).returning();
  return row!;
}

export async function insertBusinessPlan(
  tx: Db,
  values: typeof cycleBusinessPlans.$inferInsert,
): Promise<BusinessPlanRow> {
  const [row] = await tx.insert(cycleBusinessPlans).values(values).returning();
  return row!;
}

export async function businessPlanById(db: Db, id: string, lock = false): Promise<BusinessPlanRow | undefined> {
  const q = db.select().from(cycleBusinessPlans).where(eq(cycleBusinessPlans.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function updateBusinessPlan(tx: Db, id: string, set: Partial<BusinessPlanRow>): Promise<BusinessPlanRow> {
  const [row] = await tx.update(cycleBusinessPlans).set(set).where(eq(cycleBusinessPlans.id, id)).returning();
  return row!;
}
