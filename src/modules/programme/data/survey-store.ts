// Communes' surveys of candidate products and their rows as stored.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { cycleIdeas, cycleSurveyRows, cycleSurveys, type SurveyLine, type SurveyRow } from './cycle-schema.ts';

export async function insertSurvey(tx: Db, values: typeof cycleSurveys.$inferInsert): Promise<SurveyRow> {
  const [row] = await tx.insert(cycleSurveys).values(values).returning();
  return row!;
}

export async function surveyById(db: Db, id: string, lock = false): Promise<SurveyRow | undefined> {
  const q = db.select().from(cycleSurveys).where(eq(cycleSurveys.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function surveyOf(db: Db, communeCode: string, year: number): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(cycleSurveys)
    .where(and(eq(cycleSurveys.communeCode, communeCode), eq(cycleSurveys.year, year)));
  return row;
}

export type LineFields = Omit<typeof cycleSurveyRows.$inferInsert, 'surveyId' | 'provinceCode' | 'communeCode' | 'position'>;

export async function appendLines(tx: Db, survey: SurveyRow, lines: readonly LineFields[]): Promise<void> {
  if (!lines.length) return;
  const res = await tx.execute<{ n: number }>(
    sql`select coalesce(max(position), 0)::int as n from cycle_survey_rows where survey_id = ${survey.id}`,
  );
  const start = Number(res.rows[0]!.n);
  await tx.insert(cycleSurveyRows).values(
    lines.map((l, i) => ({
      ...l,
      surveyId: survey.id,
      provinceCode: survey.provinceCode,
      communeCode: survey.communeCode,
      position: start + i + 1,
    })),
  );
}

export async function surveyLineById(db: Db, id: string): Promise<SurveyLine | undefined> {
  const [row] = await db.select().from(cycleSurveyRows).where(eq(cycleSurveyRows.id, id));
  return row;
}

/** Surveys in an area, newest first. */
export async function findSurveys(db: Db, q: { provinceCode?: string; communeCode?: string; year?: number }) {
  const where = [
    q.provinceCode ? eq(cycleSurveys.provinceCode, q.provinceCode) : undefined,
    q.communeCode ? eq(cycleSurveys.communeCode, q.communeCode) : undefined,
    q.year ? eq(cycleSurveys.year, q.year) : undefined,
  ].filter((w) => w !== undefined);
  return db
    .select()
    .from(cycleSurveys)
    .where(and(...where))
    .orderBy(asc(cycleSurveys.communeCode), asc(cycleSurveys.year));
}

/** The rows of the surveys, each with the idea made of it (if any). */
export async function linesOf(db: Db, surveyIds: readonly string[]) {
  if (!surveyIds.length) return [];
  return db
    .select({ line: cycleSurveyRows, ideaId: cycleIdeas.id })
    .from(cycleSurveyRows)
    .leftJoin(cycleIdeas, eq(cycleIdeas.surveyRowId, cycleSurveyRows.id))
    .where(inArray(cycleSurveyRows.surveyId, [...surveyIds]))
    .orderBy(asc(cycleSurveyRows.surveyId), asc(cycleSurveyRows.position));
}
