// Changes a product's name, set, description, specification or status. Its producer and code are not changed
// here: a code is issued by allocate-product-code.ts, and a product does not move between producers.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import { findProducer } from '../data/producer-store.ts';
import { findProductView, lockProduct, updateProductRow } from '../data/product-store.ts';
import { productRecord, type PublicProduct } from '../presenters.ts';
import { productNotFound } from '../errors.ts';
import { withPlaceNames } from './place-names.ts';
import type { LegalType } from '../domain/legal-types.ts';
import { assertSetAllowed, type ProductInput } from './product-rules.ts';

export type ProductPatch = Partial<Omit<ProductInput, 'producerId'>> & { status?: 'active' | 'inactive' };

export async function updateProduct(db: Db, actor: Actor, id: string, patch: ProductPatch): Promise<PublicProduct> {
  registryPolicy.assertCan(actor, 'products.update');
  return db.transaction(async (tx) => {
    const access = await accessOf(tx, actor);
    const locked = await lockProduct(tx, id);
    if (!locked || !covers(access, locked)) throw productNotFound();
    const before = productRecord((await findProductView(tx, id))!);
    if (patch.setNo !== undefined && patch.setNo !== locked.setNo) {
      const producer = await findProducer(tx, locked.producerId, { lock: 'share' });
      assertSetAllowed(producer!.legalType as LegalType, patch.setNo);
    }
    await updateProductRow(tx, id, {
      name: patch.name?.trim() ?? locked.name,
      setNo: patch.setNo ?? locked.setNo,
      description: patch.description !== undefined ? patch.description : locked.description,
      specification: patch.specification !== undefined ? patch.specification : locked.specification,
      status: patch.status ?? locked.status,
    });
    const after = productRecord((await findProductView(tx, id))!);
    await audit(tx, actor, {
      action: 'product.update',
      entityType: 'product',
      entityId: id,
      provinceCode: locked.provinceCode,
      fromState: locked.status,
      toState: after.status,
      before,
      after,
    });
    return withPlaceNames(tx, after);
  });
}
