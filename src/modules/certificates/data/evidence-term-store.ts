// Queries of periodic product tests and producers' papers with a term. The only place that builds their SQL.
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { producerPapers, productTests, type ProducerPaperRow, type ProductTestRow } from './inspection-schema.ts';

export async function insertProductTest(tx: Db, v: Omit<typeof productTests.$inferInsert, 'id' | 'createdAt'>): Promise<ProductTestRow> {
  const [row] = await tx.insert(productTests).values(v).returning();
  return row!;
}

export async function findProductTest(db: Db, id: string): Promise<ProductTestRow | undefined> {
  const [row] = await db.select().from(productTests).where(eq(productTests.id, id));
  return row;
}

export async function updateProductTest(tx: Db, id: string, v: Partial<typeof productTests.$inferInsert>): Promise<ProductTestRow> {
  const [row] = await tx.update(productTests).set(v).where(eq(productTests.id, id)).returning();
  return row!;
}

export async function productTestsOf(db: Db, productIds: readonly string[]): Promise<ProductTestRow[]> {
  if (!productIds.length) return [];
  return db.select().from(productTests).where(inArray(productTests.productId, [...productIds]))
    .orderBy(desc(productTests.testedOn), desc(productTests.createdAt)).limit(2000);
}

/** The latest test date of each product. */
export async function lastTestOn(db: Db, productIds: readonly string[]): Promise<Map<string, string>> {
  if (!productIds.length) return new Map();
  const rows = await db.select({ productId: productTests.productId, last: sql<string>`max(${productTests.testedOn})::text` })
    .from(productTests).where(inArray(productTests.productId, [...productIds])).groupBy(productTests.productId);
  return new Map(rows.map((r) => [r.productId, r.last]));
}

export async function insertPaper(tx: Db, v: Omit<typeof producerPapers.$inferInsert, 'id' | 'createdAt'>): Promise<ProducerPaperRow> {
  const [row] = await tx.insert(producerPapers).values(v).returning();
  return row!;
}

export async function findPaper(db: Db, id: string): Promise<ProducerPaperRow | undefined> {
  const [row] = await db.select().from(producerPapers).where(eq(producerPapers.id, id));
  return row;
}

export async function updatePaper(tx: Db, id: string, v: Partial<typeof producerPapers.$inferInsert>): Promise<ProducerPaperRow> {
  const [row] = await tx.update(producerPapers).set(v).where(eq(producerPapers.id, id)).returning();
  return row!;
}

export interface PaperFilter {
  provinceCode?: string;
  producerIds?: string[];
  producerId?: string;
  /** Only papers with a term ending on or before this day. */
  expiringBy?: string;
}

export async function listPaperRows(db: Db, f: PaperFilter, limit: number): Promise<ProducerPaperRow[]> {
  const conds: SQL[] = [];
  if (f.provinceCode) conds.push(eq(producerPapers.provinceCode, f.provinceCode));
  if (f.producerIds) conds.push(f.producerIds.length ? inArray(producerPapers.producerId, f.producerIds) : sql`false`);
  if (f.producerId) conds.push(eq(producerPapers.producerId, f.producerId));
  if (f.expiringBy) conds.push(isNotNull(producerPapers.expiresOn), sql`${producerPapers.expiresOn} <= ${f.expiringBy}`);
  return db.select().from(producerPapers).where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(sql`${producerPapers.expiresOn} nulls last`), asc(producerPapers.kind)).limit(limit);
}

/** The papers behind the given products: theirs, and their producers' papers of no single product. */
export async function papersBehind(db: Db, products: readonly { id: string; producerId: string }[]): Promise<ProducerPaperRow[]> {
  if (!products.length) return [];
  return db.select().from(producerPapers).where(or(
    inArray(producerPapers.productId, products.map((p) => p.id)),
    and(isNull(producerPapers.productId), inArray(producerPapers.producerId, products.map((p) => p.producerId))),
  ));
}
