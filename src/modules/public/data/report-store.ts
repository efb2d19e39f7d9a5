// Queries over consumer reports: the only place that builds their SQL.
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { consumerReports, type ConsumerReportRow } from './schema.ts';

export type ReportValues = typeof consumerReports.$inferInsert;

export async function insertReport(tx: Db, v: ReportValues): Promise<ConsumerReportRow> {
  const [row] = await tx.insert(consumerReports).values(v).returning();
  return row!;
}

/** The sender's reports since `since`: all, and those on the product. */
export async function senderCounts(db: Db, senderHash: string, productId: string, since: { day: Date; product: Date }) {
  const [row] = await db
    .select({
      day: sql<number>`count(*)::int`,
      product: sql<number>`(count(*) filter (where ${consumerReports.productId} = ${productId} and ${consumerReports.createdAt} >= ${since.product.toISOString()}))::int`,
    })
    .from(consumerReports)
    .where(and(eq(consumerReports.senderHash, senderHash), gte(consumerReports.createdAt, since.day)));
  return { day: row?.day ?? 0, product: row?.product ?? 0 };
}

export async function listReports(db: Db, provinceCode: string | null, states: string[]): Promise<ConsumerReportRow[]> {
  return db
    .select()
    .from(consumerReports)
    .where(
      and(
        provinceCode ? eq(consumerReports.provinceCode, provinceCode) : undefined,
        states.length ? inArray(consumerReports.state, states) : undefined,
      ),
    )
    .orderBy(desc(consumerReports.createdAt))
    .limit(500);
}

export async function lockReport(tx: Db, id: string): Promise<ConsumerReportRow | undefined> {
  const [row] = await tx.select().from(consumerReports).where(eq(consumerReports.id, id)).for('update');
  return row;
}

export async function updateReport(tx: Db, id: string, v: Partial<ReportValues>): Promise<ConsumerReportRow> {
  const [row] = await tx.update(consumerReports).set(v).where(eq(consumerReports.id, id)).returning();
  return row!;
}

/** Open consumer reports per product: what the inspection risk list counts (certificates' ConsumerReportCounts). */
export async function openReportCounts(db: Db, productIds: readonly string[]): Promise<Map<string, number>> {
  if (!productIds.length) return new Map();
  const rows = await db
    .select({ productId: consumerReports.productId, n: sql<number>`count(*)::int` })
    .from(consumerReports)
    .where(and(eq(consumerReports.state, 'open'), inArray(consumerReports.productId, [...productIds])))
    .groupBy(consumerReports.productId);
  return new Map(rows.map((r) => [r.productId, r.n]));
}
