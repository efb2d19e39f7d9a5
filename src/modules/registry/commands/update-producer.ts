// Changes a producer's profile. Moving it to another commune moves its products' listing along; deactivating
// it is for staff only.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { forbidden } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import {
  findProducer,
  lockProvinceProducers,
  productSetsOtherThan,
  updateProducerRow,
} from '../data/producer-store.ts';
import { moveProducerProducts } from '../data/product-store.ts';
import { isTourismOnly, TOURISM_SET_NO, LEGAL_TYPE_NAMES } from '../domain/legal-types.ts';
import { producerRecord, type PublicProducer } from '../presenters.ts';
import { invalid, producerNotFound } from '../errors.ts';
import { withPlaceNames } from './place-names.ts';
import {
  assertNotDuplicate,
  checkRegistrationDate,
  communePlace,
  outsideArea,
  producerColumns,
  type ProducerInput,
} from './producer-rules.ts';

export type ProducerPatch = Partial<ProducerInput> & { status?: 'active' | 'inactive'; confirmDuplicate?: boolean };

export async function updateProducer(db: Db, actor: Actor, id: string, patch: ProducerPatch): Promise<PublicProducer> {
  registryPolicy.assertCan(actor, 'producers.update');
  checkRegistrationDate(patch.registrationDate);
  return db.transaction(async (tx) => {
    const access = await accessOf(tx, actor);
    const before = await findProducer(tx, id, { lock: 'update' });
    if (!before || !covers(access, { ...before, producerId: before.id })) throw producerNotFound();
    if (
      patch.status !== undefined &&
      patch.status !== before.status &&
      !registryPolicy.can(actor, 'producers.set-status')
    ) {
      throw forbidden({
        vi: 'Chỉ cán bộ quản lý mới được đổi trạng thái chủ thể',
        en: 'Only staff may change a producer’s status',
      });
    }
    const moving = patch.communeCode !== undefined && patch.communeCode !== before.communeCode;
    const place = moving
      ? await communePlace(tx, patch.communeCode!)
      : { provinceCode: before.provinceCode, communeCode: before.communeCode };
    if (!scopeCovers(actor, place)) throw outsideArea();

    const beforeOut = producerRecord(before);
    const merged: ProducerInput = {
      communeCode: place.communeCode,
      legalType: patch.legalType ?? beforeOut.legalType,
      name: patch.name ?? before.name,
      registrationNo: patch.registrationNo !== undefined ? patch.registrationNo : before.registrationNo,
      registrationDate: patch.registrationDate !== undefined ? patch.registrationDate : before.registrationDate,
      taxCode: patch.taxCode !== undefined ? patch.taxCode : before.taxCode,
      representative: { ...beforeOut.representative, ...patch.representative },
      address: patch.address !== undefined ? patch.address : before.address,
      phone: patch.phone !== undefined ? patch.phone : before.phone,
      email: patch.email !== undefined ? patch.email : before.email,
      website: patch.website !== undefined ? patch.website : before.website,
    };
    const columns = producerColumns(merged);

    if (columns.legalType !== before.legalType && isTourismOnly(merged.legalType)) {
      const others = await productSetsOtherThan(tx, id, TOURISM_SET_NO);
      if (others.length > 0) {
        const name = LEGAL_TYPE_NAMES[merged.legalType];
        throw invalid(
          'body.legalType',
          'not_allowed_for_products',
          `${name.vi} chỉ được đăng ký sản phẩm dịch vụ du lịch (bộ 26), nhưng chủ thể đang có sản phẩm thuộc bộ ${others.join(', ')} (Điều 2.3 QĐ 26/2026)`,
          `A ${name.en.toLowerCase()} may only register tourism services (set 26), but this producer has products of set ${others.join(', ')} (Art. 2.3, Decision 26/2026)`,
        );
      }
    }

    await lockProvinceProducers(tx, [before.provinceCode, place.provinceCode]);
    await assertNotDuplicate(
      tx,
      {
        ...place,
        registrationNo: columns.registrationNo ?? null,
        nameKey: columns.nameKey,
        exceptId: id,
        checkRegistrationNo:
          columns.registrationNo !== before.registrationNo || place.provinceCode !== before.provinceCode,
        checkName: columns.nameKey !== before.nameKey || moving,
      },
      patch.confirmDuplicate ?? false,
    );

    const row = await updateProducerRow(tx, id, { ...place, ...columns, status: patch.status ?? before.status });
    if (moving) await moveProducerProducts(tx, id, place.provinceCode, place.communeCode);
    const after = producerRecord(row);
    await audit(tx, actor, {
      action: 'producer.update',
      entityType: 'producer',
      entityId: id,
      provinceCode: row.provinceCode,
      fromState: before.status,
      toState: row.status,
      before: beforeOut,
      after,
    });
    return withPlaceNames(tx, after);
  });
}
