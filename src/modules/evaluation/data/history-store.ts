// Queries of historical results (results decided before OCOP Hub): the typed-in record and the decision it reuses.
// The certificates it checks and replaces are the register's (certificate-register.ts, the port). The only place
// that builds their SQL.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { decisions, historicalResults, type DecisionRow, type HistoricalResultRow } from './schema.ts';
import { containsPattern } from '../../../db/search.ts';

export type HistoricalResultValues = Omit<typeof historicalResults.$inferInsert, 'id' | 'createdAt' | 'search'>;

export async function insertHistoricalResult(tx: Db, v: HistoricalResultValues): Promise<HistoricalResultRow> {
  const [row] = await tx.insert(historicalResults).values(v).returning();
  return row!;
}

/** A decision lists many products: the same issuer level, province, number and day is the same decision. */
export async function findSameDecision(db: Db, v: { level: string; provinceCode: string; number: string; signedOn: string }): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(and(
    eq(decisions.level, v.level), eq(decisions.provinceCode, v.provinceCode), eq(decisions.number, v.number), eq(decisions.signedOn, v.signedOn),
  ));
  return row;
}

export interface HistoricalFilter {
  provinceCode?: string;
  year?: number;
  star?: number;
  q?: string;
}

export async function listHistoricalRows(db: Db, f: HistoricalFilter, page: { limit: number; offset: number }) {
  const conds: SQL[] = [];
  if (f.provinceCode) conds.push(eq(historicalResults.provinceCode, f.provinceCode));
  if (f.year) conds.push(sql`extract(year from ${historicalResults.decidedOn}) = ${f.year}`);
  if (f.star) conds.push(eq(historicalResults.star, f.star));
  const q = f.q?.trim();
  if (q) conds.push(sql`${historicalResults.search} like ${containsPattern(q)}`);
  const w = conds.length ? and(...conds) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select().from(historicalResults)
      .where(w).orderBy(desc(historicalResults.decidedOn), desc(historicalResults.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(historicalResults).where(w),
  ]);
  return { rows, total: count?.n ?? 0 };
}
