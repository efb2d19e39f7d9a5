// Many producers and products at once, in the caller's transaction (the onboarding import of a province's own
// register): the same checks and audit rows as createProducer / createProduct, one statement per few hundred records
// instead of a savepoint, four queries and an audit insert per record. The caller has already matched the records
// against the register (the duplicate check of a name is its "confirm duplicate"); a registration number is still
// refused when the province has it. A refused record throws ItemRefused with its index in the caller's list.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { auditMany } from '../../../platform/audit.ts';
import { forItem, ItemRefused, refusedAs } from '../../../platform/errors.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import { findProducersForShare, insertProducers, lockProvinceProducers } from '../data/producer-store.ts';
import { findProductViews, insertProducts } from '../data/product-store.ts';
import { producerRecord, productRecord } from '../presenters.ts';
import { conflict, invalid } from '../errors.ts';
import type { LegalType } from '../domain/legal-types.ts';
import {
  assertNotDuplicate,
  checkRegistrationDate,
  communePlace,
  outsideArea,
  producerColumns,
  type ProducerInput,
} from './producer-rules.ts';
import { assertSetAllowed, type ProductInput } from './product-rules.ts';

// Producers have 19 columns, products 12: 500 rows stay well under PostgreSQL's 65,535 parameters per statement.
const CHUNK = 500;

/** Staff register producers of their area (a producer account registers its own, one, through createProducer).
 *  Returns the new ids in the order of `inputs`. */
export async function createProducersMany(tx: Db, actor: Actor, inputs: readonly ProducerInput[]): Promise<string[]> {
  registryPolicy.assertCan(actor, 'producers.create');
  if (actor.role === 'producer') throw outsideArea();
  const places = new Map<string, Awaited<ReturnType<typeof communePlace>>>();
  for (const [i, input] of inputs.entries()) {
    forItem(i, () => checkRegistrationDate(input.registrationDate));
    if (places.has(input.communeCode)) continue;
    const place = await communePlace(tx, input.communeCode).catch(refusedAs(i));
    if (!scopeCovers(actor, place)) throw new ItemRefused(i, outsideArea());
    places.set(input.communeCode, place);
  }
  await lockProvinceProducers(
    tx,
    [...places.values()].map((p) => p.provinceCode),
  );
  const values = inputs.map((input) => ({
    id: randomUUID(),
    ...places.get(input.communeCode)!,
    ...producerColumns(input),
    status: 'active',
    createdBy: actor.id,
  }));
  for (const [i, v] of values.entries()) {
    if (!v.registrationNo) continue;
    const probe = { ...v, registrationNo: v.registrationNo, checkRegistrationNo: true, checkName: false };
    await assertNotDuplicate(tx, probe, true).catch(refusedAs(i));
  }
  for (let i = 0; i < values.length; i += CHUNK) {
    const rows = await insertProducers(tx, values.slice(i, i + CHUNK));
    await auditMany(
      tx,
      actor,
      rows.map((row) => ({
        action: 'producer.create',
        entityType: 'producer',
        entityId: row.id,
        provinceCode: row.provinceCode,
        toState: row.status,
        after: producerRecord(row),
      })),
    );
  }
  return values.map((v) => v.id);
}

/** Products of producers in the actor's area, each listed by its producer's commune. Returns the new ids in the
 *  order of `inputs`. */
export async function createProductsMany(tx: Db, actor: Actor, inputs: readonly ProductInput[]): Promise<string[]> {
  registryPolicy.assertCan(actor, 'products.create');
  const access = await accessOf(tx, actor);
  const producers = await findProducersForShare(
    tx,
    inputs.map((p) => p.producerId),
  );
  const values = inputs.map((input, i) => {
    const producer = producers.get(input.producerId);
    // A producer outside the actor's area is answered as unknown: we never confirm what lies outside it.
    if (!producer || !covers(access, { ...producer, producerId: producer.id }))
      throw new ItemRefused(i, invalid('producerId', 'unknown', 'Không tìm thấy chủ thể này', 'No such producer'));
    if (producer.status !== 'active')
      throw new ItemRefused(
        i,
        conflict(
          'producer_inactive',
          'Chủ thể đã ngừng hoạt động, không thể thêm sản phẩm',
          'The producer is inactive; no product can be added',
        ),
      );
    forItem(i, () => assertSetAllowed(producer.legalType as LegalType, input.setNo));
    return {
      id: randomUUID(),
      provinceCode: producer.provinceCode,
      communeCode: producer.communeCode,
      producerId: producer.id,
      name: input.name.trim(),
      setNo: input.setNo,
      description: input.description ?? null,
      specification: input.specification ?? null,
      status: 'active',
      createdBy: actor.id,
    };
  });
  for (let i = 0; i < values.length; i += CHUNK) {
    const rows = await insertProducts(tx, values.slice(i, i + CHUNK));
    const views = await findProductViews(
      tx,
      rows.map((r) => r.id),
    );
    await auditMany(
      tx,
      actor,
      rows.map((row) => ({
        action: 'product.create',
        entityType: 'product',
        entityId: row.id,
        provinceCode: row.provinceCode,
        toState: row.status,
        after: productRecord(views.get(row.id)!),
      })),
    );
  }
  return values.map((v) => v.id);
}
