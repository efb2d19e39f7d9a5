// Queries of historical results (results decided before OCOP Hub): the typed-in record and the decision it reuses.
// The certificates it checks and replaces are the register's (certificate-register.ts, the port). The only place
// that builds their SQL.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { insertAsJson } from '../../../db/insert-as-json.ts';
import { decisions, historicalResults, type DecisionRow, type HistoricalResultRow } from './schema.ts';
import { containsPattern } from '../../../db/search.ts';

export type HistoricalResultValues = Omit<typeof historicalResults.$inferInsert, 'id' | 'createdAt' | 'search'>;

export async function insertHistoricalResult(tx: Db, v: HistoricalResultValues): Promise<HistoricalResultRow> {
  const [row] = await tx.insert(historicalResults).values(v).returning();
  return row!;
}

/** Many past results in one statement (a bulk import). */
export async function insertHistoricalResults(tx: Db, v: HistoricalResultValues[]): Promise<HistoricalResultRow[]> {
  if (!v.length) return [];
  await insertAsJson(tx, historicalResults, v);
  return tx.select().from(historicalResults).where(inArray(historicalResults.dossierId, v.map((r) => r.dossierId)));
}

/** A decision lists many products: the same issuer level, province, number and day is the same decision. */
export async function findSameDecision(db: Db, v: { level: string; provinceCode: string; number: string; signedOn: string }): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(and(
    eq(decisions.level, v.level), eq(decisions.provinceCode, v.provinceCode), eq(decisions.number, v.number), eq(decisions.signedOn, v.signedOn),
  ));
  return row;
}

/** The decisions already recorded among `keys` (issuer level, province, number, day), by `decisionKey`. */
export async function findSameDecisions(db: Db, keys: readonly { level: string; provinceCode: string; number: string; signedOn: string }[]): Promise<Map<string, DecisionRow>> {
  if (!keys.length) return new Map();
  const rows = await db.select().from(decisions).where(and(
    inArray(decisions.provinceCode, [...new Set(keys.map((k) => k.provinceCode))]),
    inArray(decisions.number, [...new Set(keys.map((k) => k.number))]),
  ));
  const wanted = new Set(keys.map(decisionKey));
  return new Map(rows.map((r) => [decisionKey(r), r] as const).filter(([k]) => wanted.has(k)));
}

export const decisionKey = (v: { level: string; provinceCode: string | null; number: string | null; signedOn: string | null }) =>
  [v.level, v.provinceCode, v.number, v.signedOn].join('|');

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
