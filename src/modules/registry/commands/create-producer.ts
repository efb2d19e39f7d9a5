// Registers a producer (chủ thể OCOP) in a commune. Staff register producers of their area; a producer account
// registers its own profile once, in its own commune, and is linked to it in the same transaction.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { audit } from '../../../platform/audit.ts';
import { registryPolicy } from '../policy.ts';
import { insertProducer, lockProvinceProducers } from '../data/producer-store.ts';
import { lockAccount, setAccountProducer } from '../data/account-store.ts';
import { producerRecord, type PublicProducer } from '../presenters.ts';
import { conflict } from '../errors.ts';
import { withPlaceNames } from './place-names.ts';
import {
  assertNotDuplicate,
  checkRegistrationDate,
  communePlace,
  outsideArea,
  producerColumns,
  type ProducerInput,
} from './producer-rules.ts';

export async function createProducer(
  db: Db,
  actor: Actor,
  input: ProducerInput & { confirmDuplicate?: boolean },
): Promise<PublicProducer> {
  registryPolicy.assertCan(actor, 'producers.create');
  checkRegistrationDate(input.registrationDate);
  return db.transaction(async (tx) => {
    if (actor.role === 'producer') {
      // Locking the account makes "once" hold even for two submissions at the same moment.
      const account = await lockAccount(tx, actor.id);
      if (account?.producerId) {
        throw conflict(
          'producer_profile_exists',
          'Tài khoản này đã có hồ sơ chủ thể; hãy cập nhật hồ sơ đó',
          'This account already has a producer profile; update that one',
        );
      }
    }
    const place = await communePlace(tx, input.communeCode);
    if (!scopeCovers(actor, place)) throw outsideArea();
    await lockProvinceProducers(tx, [place.provinceCode]);
    const columns = producerColumns(input);
    await assertNotDuplicate(
      tx,
      {
        ...place,
        registrationNo: columns.registrationNo ?? null,
        nameKey: columns.nameKey,
        checkRegistrationNo: true,
        checkName: true,
      },
      input.confirmDuplicate ?? false,
    );
    const row = await insertProducer(tx, { ...place, ...columns, status: 'active', createdBy: actor.id });
    const after = producerRecord(row);
    await audit(tx, actor, {
      action: 'producer.create',
      entityType: 'producer',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: row.status,
      after,
    });
    if (actor.role === 'producer') {
      await setAccountProducer(tx, actor.id, row.id);
      await audit(tx, actor, {
        action: 'producer.link-account',
        entityType: 'user',
        entityId: actor.id,
        provinceCode: row.provinceCode,
        before: { producerId: null },
        after: { producerId: row.id },
      });
    }
    return withPlaceNames(tx, after);
  });
}
