// Queries over decisions (certificates are the certificates module's, reached through certificate-register.ts).
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { decisions, type DecisionRow } from './schema.ts';

export type DecisionValues = Omit<typeof decisions.$inferInsert, 'id' | 'createdAt'>;

export async function insertDecision(tx: Db, v: DecisionValues): Promise<DecisionRow> {
  const [row] = await tx.insert(decisions).values(v).returning();
  return row!;
}

/** Many decisions in one statement (a bulk import of past results). */
export async function insertDecisions(tx: Db, v: DecisionValues[]): Promise<DecisionRow[]> {
  return v.length ? tx.insert(decisions).values(v).returning() : [];
}

export async function findDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row;
}

/** The decision with this number of this issuer, if already recorded (a decision lists many products). */
export async function findDecisionByNumber(db: Db, level: string, provinceCode: string | null, number: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions)
    .where(and(eq(decisions.level, level), provinceCode ? eq(decisions.provinceCode, provinceCode) : sql`${decisions.provinceCode} is null`, eq(decisions.number, number)));
  return row;
}

export async function listDecisionRows(db: Db, where: { provinceCode?: string; level?: string; kind?: string }, page: { limit: number; offset: number }) {
  const conds: SQL[] = [];
  if (where.provinceCode) conds.push(eq(decisions.provinceCode, where.provinceCode));
  if (where.level) conds.push(eq(decisions.level, where.level));
  if (where.kind) conds.push(eq(decisions.kind, where.kind));
  const w = conds.length ? and(...conds) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select().from(decisions).where(w).orderBy(desc(decisions.signedOn), desc(decisions.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(decisions).where(w),
  ]);
  return { rows, total: count?.n ?? 0 };
}
