// Reading the registry: one producer or product, or a filtered page of them. Scope is checked by the query
// itself for lists (readScope) and on the record for single reads.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { accessOf, covers, readScope, registryPolicy } from '../policy.ts';
import { findProducer, listProducerRows, type Page, type ProducerFilter } from '../data/producer-store.ts';
import { findProductView, listProductViews, type ProductFilter } from '../data/product-store.ts';
import { presentProducer, presentProduct, type PublicProducer, type PublicProduct } from '../presenters.ts';
import { invalid, producerNotFound, productNotFound } from '../errors.ts';
import { unitNamesForPage } from './place-names.ts';

/** An export holds the whole filtered list; past this many rows the filter must be narrowed. */
export const MAX_EXPORT_ROWS = 50_000;

export async function getProducer(db: Db, actor: Actor, id: string): Promise<PublicProducer> {
  registryPolicy.assertCan(actor, 'registry.read');
  const row = await findProducer(db, id);
  if (!row || !covers(await accessOf(db, actor), { ...row, producerId: row.id })) throw producerNotFound();
  return presentProducer(row, await unitNamesForPage(db, [row]));
}

export async function listProducers(
  db: Db,
  actor: Actor,
  filter: ProducerFilter,
  page: Page,
): Promise<{ items: PublicProducer[]; total: number }> {
  registryPolicy.assertCan(actor, 'registry.read');
  const { rows, total } = await listProducerRows(db, readScope(await accessOf(db, actor)), filter, page);
  const units = await unitNamesForPage(db, rows);
  return { items: rows.map((r) => presentProducer(r, units)), total };
}

export async function getProduct(db: Db, actor: Actor, id: string): Promise<PublicProduct> {
  registryPolicy.assertCan(actor, 'registry.read');
  const view = await findProductView(db, id);
  if (!view || !covers(await accessOf(db, actor), view)) throw productNotFound();
  return presentProduct(view, await unitNamesForPage(db, [view]));
}

export async function listProducts(
  db: Db,
  actor: Actor,
  filter: ProductFilter,
  page: Page,
): Promise<{ items: PublicProduct[]; total: number }> {
  registryPolicy.assertCan(actor, 'registry.read');
  const { rows, total } = await listProductViews(db, readScope(await accessOf(db, actor)), filter, page);
  const units = await unitNamesForPage(db, rows);
  return { items: rows.map((r) => presentProduct(r, units)), total };
}

const tooMany = (total: number, max: number) =>
  invalid(
    'query',
    'too_many_rows',
    `Danh sách có ${total} dòng, vượt giới hạn xuất ${max}; hãy lọc hẹp hơn`,
    `The list has ${total} rows, more than the export limit of ${max}; narrow the filters`,
  );

/** The whole filtered list for an export; refused rather than silently cut when it is too long. */
export async function exportProducers(
  db: Db,
  actor: Actor,
  filter: ProducerFilter,
  max = MAX_EXPORT_ROWS,
): Promise<PublicProducer[]> {
  const { items, total } = await listProducers(db, actor, filter, { limit: max, offset: 0 });
  if (total > max) throw tooMany(total, max);
  return items;
}

export async function exportProducts(
  db: Db,
  actor: Actor,
  filter: ProductFilter,
  max = MAX_EXPORT_ROWS,
): Promise<PublicProduct[]> {
  const { items, total } = await listProducts(db, actor, filter, { limit: max, offset: 0 });
  if (total > max) throw tooMany(total, max);
  return items;
}
