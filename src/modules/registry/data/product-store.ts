// Queries over products and the commune counters of product codes: the only place that builds their SQL.
import { and, eq, inArray, isNull, isNotNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { insertAsJson } from '../../../db/insert-as-json.ts';
import { producers, products, productCodeCounters, type ProductRow } from './tables.ts';
import { scopeConditions, searchMatches, type ReadScope } from './scope.ts';
import type { Page } from './producer-store.ts';

export type ProductValues = Omit<typeof products.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
/** A product with the producer fields lists show beside it. */
export type ProductView = ProductRow & { producerName: string; legalType: string };

export interface ProductFilter {
  q?: string;
  provinceCode?: string;
  communeCode?: string;
  legalType?: string;
  setNo?: number;
  status?: string;
  producerId?: string;
  hasCode?: boolean;
}

function conditions(scope: ReadScope, f: ProductFilter): SQL | undefined {
  const conds = scopeConditions(scope, { provinceCode: products.provinceCode, communeCode: products.communeCode, producerId: products.producerId });
  if (f.provinceCode) conds.push(eq(products.provinceCode, f.provinceCode));
  if (f.communeCode) conds.push(eq(products.communeCode, f.communeCode));
  if (f.legalType) conds.push(eq(producers.legalType, f.legalType));
  if (f.setNo) conds.push(eq(products.setNo, f.setNo));
  if (f.status) conds.push(eq(products.status, f.status));
  if (f.producerId) conds.push(eq(products.producerId, f.producerId));
  if (f.hasCode !== undefined) conds.push(f.hasCode ? isNotNull(products.productCode) : isNull(products.productCode));
  const q = f.q?.trim();
  // A product is found by its own name or code, or by its producer's name.
  if (q) conds.push(or(searchMatches(products.search, q), searchMatches(producers.search, q))!);
  return conds.length ? and(...conds) : undefined;
}

const viewColumns = { product: products, producerName: producers.name, legalType: producers.legalType };
const flatten = (r: { product: ProductRow; producerName: string; legalType: string }): ProductView =>
  ({ ...r.product, producerName: r.producerName, legalType: r.legalType });

export async function listProductViews(db: Db, scope: ReadScope, filter: ProductFilter, page: Page): Promise<{ rows: ProductView[]; total: number }> {
  const where = conditions(scope, filter);
  const [rows, [count]] = await Promise.all([
    db.select(viewColumns).from(products).innerJoin(producers, eq(producers.id, products.producerId)).where(where)
      .orderBy(sql`${products.name} collate vi`, products.id).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(products).innerJoin(producers, eq(producers.id, products.producerId)).where(where),
  ]);
  return { rows: rows.map(flatten), total: count?.n ?? 0 };
}

export async function findProductView(db: Db, id: string): Promise<ProductView | undefined> {
  const [row] = await db.select(viewColumns).from(products).innerJoin(producers, eq(producers.id, products.producerId)).where(eq(products.id, id));
  return row && flatten(row);
}

/** Several products with their producers in one query (lists of records that point at products). */
export async function findProductViews(db: Db, ids: readonly string[]): Promise<Map<string, ProductView>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const rows = await db.select(viewColumns).from(products).innerJoin(producers, eq(producers.id, products.producerId)).where(inArray(products.id, wanted));
  return new Map(rows.map((r) => { const v = flatten(r); return [v.id, v]; }));
}

/**
 * For another module's query over rows that point at products: the product `productId` points at has a name or code
 * matching `like` (a LIKE pattern over search_key() forms). One condition in the caller's query, served by the
 * trigram index on products.search, so the products table's SQL stays here.
 */
export const productSearchLike = (productId: SQLWrapper, like: SQL): SQL =>
  sql`exists (select 1 from products p where p.id = ${productId} and p.search like ${like})`;

/** Locks the product row for the rest of the transaction (writes, code allocation). */
export async function lockProduct(tx: Db, id: string): Promise<ProductRow | undefined> {
  const [row] = await tx.select().from(products).where(eq(products.id, id)).for('update');
  return row;
}

export async function insertProduct(tx: Db, values: ProductValues): Promise<ProductRow> {
  const [row] = await tx.insert(products).values(values).returning();
  return row!;
}

/** Many products in one statement (a bulk import), each with the id its caller gave it. */
export async function insertProducts(tx: Db, values: (ProductValues & { id: string })[]): Promise<ProductRow[]> {
  if (!values.length) return [];
  await insertAsJson(tx, products, values);
  return tx.select().from(products).where(inArray(products.id, values.map((v) => v.id)));
}

/** Locks several product rows for the rest of the transaction, in id order (no deadlock with another such lock). */
export async function lockProducts(tx: Db, ids: readonly string[]): Promise<void> {
  const wanted = [...new Set(ids)].sort();
  if (wanted.length) await tx.select({ id: products.id }).from(products).where(inArray(products.id, wanted)).orderBy(products.id).for('update');
}

export async function updateProductRow(tx: Db, id: string, values: Partial<ProductValues>): Promise<ProductRow> {
  const [row] = await tx.update(products).set({ ...values, updatedAt: new Date() }).where(eq(products.id, id)).returning();
  return row!;
}

/** A producer moved commune: its products are listed by the new commune (issued codes stay as they were). */
export async function moveProducerProducts(tx: Db, producerId: string, provinceCode: string, communeCode: string): Promise<void> {
  await tx.update(products).set({ provinceCode, communeCode, updatedAt: new Date() }).where(eq(products.producerId, producerId));
}

/**
 * The commune's next product number. The upsert takes the counter row's lock and keeps it until the caller's
 * transaction ends: concurrent allocations queue on it, a rolled-back allocation gives its number back, so the
 * numbers of committed codes run 1, 2, 3 … with no gap and no repeat.
 */
export async function nextCodeSeq(tx: Db, provinceCode: string, communeCode: string): Promise<number> {
  const [row] = await tx.insert(productCodeCounters).values({ provinceCode, communeCode, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [productCodeCounters.provinceCode, productCodeCounters.communeCode],
      set: { lastSeq: sql`${productCodeCounters.lastSeq} + 1` },
    })
    .returning({ seq: productCodeCounters.lastSeq });
  return row!.seq;
}
