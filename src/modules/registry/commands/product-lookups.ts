// What other modules (evaluation: dossiers, past results, certificates) read and lock of products. Each takes the
// caller's client: inside a transaction it reads and locks in that transaction, so the caller's writes and the lock
// commit or roll back together. The registry's tables stay behind these functions.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { accessOf, readScope } from '../policy.ts';
import * as store from '../data/product-store.ts';
import type { Page } from '../data/producer-store.ts';

/** A product with the producer fields shown beside it (name, legal type). */
export type ProductView = store.ProductView;

/** The product with its producer, or undefined. No scope check: callers check with `covers` (or answer "not found"). */
export const findProductView = (db: Db, id: string): Promise<ProductView | undefined> => store.findProductView(db, id);

/** Several products with their producers in one query, by id (a page of records that point at products). */
export const findProductViews = (db: Db, ids: readonly string[]): Promise<Map<string, ProductView>> =>
  store.findProductViews(db, ids);

/**
 * Locks the product's row until the caller's transaction ends: one open dossier per product, a past result and a
 * product code allocated on the same product queue on it. False when there is no such product.
 */
export async function lockProduct(tx: Db, id: string): Promise<boolean> {
  return (await store.lockProduct(tx, id)) !== undefined;
}

/** Locks several products' rows (a bulk import of past results), in id order so two such locks cannot deadlock. */
export const lockProducts = (tx: Db, ids: readonly string[]): Promise<void> => store.lockProducts(tx, ids);

/** The products the actor sees in the registry (its area; a producer account: its own), matching name, code or producer. */
export async function productViewsInSight(
  db: Db,
  actor: Actor,
  filter: { q?: string },
  page: Page,
): Promise<{ rows: ProductView[]; total: number }> {
  return store.listProductViews(db, readScope(await accessOf(db, actor)), filter, page);
}
