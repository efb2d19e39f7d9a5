// Registers a product of a producer. The product is listed by its producer's commune (the commune that numbers
// it in the product code of Appendix II).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import { findProducer } from '../data/producer-store.ts';
import { findProductView, insertProduct } from '../data/product-store.ts';
import { productRecord, type PublicProduct } from '../presenters.ts';
import { conflict, invalid } from '../errors.ts';
import { withPlaceNames } from './place-names.ts';
import type { LegalType } from '../domain/legal-types.ts';
import { assertSetAllowed, type ProductInput } from './product-rules.ts';

export async function createProduct(db: Db, actor: Actor, input: ProductInput): Promise<PublicProduct> {
  registryPolicy.assertCan(actor, 'products.create');
  return db.transaction(async (tx) => {
    const access = await accessOf(tx, actor);
    // Shared lock: the producer cannot change legal type or commune under us, others may still add products.
    const producer = await findProducer(tx, input.producerId, { lock: 'share' });
    // A producer outside the actor's area is answered as unknown: we never confirm what lies outside it.
    if (!producer || !covers(access, { ...producer, producerId: producer.id })) {
      throw invalid('body.producerId', 'unknown', 'Không tìm thấy chủ thể này', 'No such producer');
    }
    if (producer.status !== 'active') {
      throw conflict(
        'producer_inactive',
        'Chủ thể đã ngừng hoạt động, không thể thêm sản phẩm',
        'The producer is inactive; no product can be added',
      );
    }
    assertSetAllowed(producer.legalType as LegalType, input.setNo);
    const row = await insertProduct(tx, {
      provinceCode: producer.provinceCode,
      communeCode: producer.communeCode,
      producerId: producer.id,
      name: input.name.trim(),
      setNo: input.setNo,
      description: input.description ?? null,
      specification: input.specification ?? null,
      status: 'active',
      createdBy: actor.id,
    });
    const after = productRecord((await findProductView(tx, row.id))!);
    await audit(tx, actor, {
      action: 'product.create',
      entityType: 'product',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: row.status,
      after,
    });
    return withPlaceNames(tx, after);
  });
}
