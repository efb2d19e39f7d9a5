// The product (or producer) a test or a paper is recorded for, checked against the actor's registry scope: the
// producer's own accounts, its commune, its province, the national level. Outside it the record is "not found".
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { accessOf, covers, findProductView, type ProductView } from '../../../registry/index.ts';
import { productNotFound } from '../../inspection-policy.ts';

export async function productCovered(db: Db, actor: Actor, productId: string): Promise<ProductView> {
  const view = await findProductView(db, productId);
  if (!view || !covers(await accessOf(db, actor), view)) throw productNotFound();
  return view;
}

export async function placeCovered(
  db: Db,
  actor: Actor,
  place: { provinceCode: string; communeCode: string; producerId: string },
): Promise<boolean> {
  return covers(await accessOf(db, actor), place);
}
