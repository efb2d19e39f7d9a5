// Links a producer account (a user with the role "producer") to its producer, or undoes the link. The account
// then sees and edits only that producer and its products. Several accounts may act for one producer.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { audit } from '../../../platform/audit.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import { findProducer } from '../data/producer-store.ts';
import { lockAccount, setAccountProducer, type AccountRow } from '../data/account-store.ts';
import { conflict, invalid, producerNotFound } from '../errors.ts';

export interface AccountLink {
  userId: string;
  producerId: string | null;
}

/** `field`: where the user id came from in the request, for the 400 that names it. */
async function load(tx: Db, actor: Actor, producerId: string, userId: string, field: string) {
  const producer = await findProducer(tx, producerId, { lock: 'share' });
  if (!producer || !covers(await accessOf(tx, actor), { ...producer, producerId: producer.id }))
    throw producerNotFound();
  const account = await lockAccount(tx, userId);
  if (!account || !scopeCovers(actor, { provinceCode: account.provinceCode, communeCode: account.unitCode })) {
    throw invalid(field, 'unknown', 'Không tìm thấy tài khoản này', 'No such account');
  }
  return { producer, account };
}

function assertLinkable(account: AccountRow, communeCode: string, field: string): void {
  if (account.role !== 'producer') {
    throw invalid(
      field,
      'not_producer',
      'Chỉ tài khoản chủ thể OCOP mới gắn được với chủ thể',
      'Only a producer account can be linked to a producer',
    );
  }
  // A producer account belongs to a commune; it acts for a producer of that commune.
  if (account.unitCode !== communeCode) {
    throw invalid(
      field,
      'other_commune',
      'Tài khoản thuộc xã, phường khác với chủ thể',
      'The account belongs to another commune than the producer',
    );
  }
}

export async function linkProducerAccount(
  db: Db,
  actor: Actor,
  producerId: string,
  userId: string,
): Promise<AccountLink> {
  return db.transaction((tx) => linkProducerAccountIn(tx, actor, producerId, userId));
}

/**
 * The link inside the caller's transaction (approving a registration links in the same one); audited. `field`
 * names the request field a refusal is about.
 */
export async function linkProducerAccountIn(
  tx: Db,
  actor: Actor,
  producerId: string,
  userId: string,
  field = 'body.userId',
): Promise<AccountLink> {
  registryPolicy.assertCan(actor, 'producers.link-account');
  const { producer, account } = await load(tx, actor, producerId, userId, field);
  assertLinkable(account, producer.communeCode, field);
  if (account.producerId === producer.id) return { userId, producerId: producer.id };
  if (account.producerId !== null) {
    throw conflict(
      'account_linked',
      'Tài khoản đã gắn với một chủ thể khác; hãy gỡ liên kết đó trước',
      'The account is linked to another producer; unlink it first',
    );
  }
  await setAccountProducer(tx, userId, producer.id);
  await audit(tx, actor, {
    action: 'producer.link-account',
    entityType: 'user',
    entityId: userId,
    provinceCode: producer.provinceCode,
    before: { producerId: null },
    after: { producerId: producer.id },
  });
  return { userId, producerId: producer.id };
}

export async function unlinkProducerAccount(
  db: Db,
  actor: Actor,
  producerId: string,
  userId: string,
): Promise<AccountLink> {
  registryPolicy.assertCan(actor, 'producers.link-account');
  return db.transaction(async (tx) => {
    const { producer, account } = await load(tx, actor, producerId, userId, 'params.userId');
    if (account.producerId !== producer.id) {
      throw invalid(
        'params.userId',
        'not_linked',
        'Tài khoản này không gắn với chủ thể này',
        'This account is not linked to this producer',
      );
    }
    await setAccountProducer(tx, userId, null);
    await audit(tx, actor, {
      action: 'producer.unlink-account',
      entityType: 'user',
      entityId: userId,
      provinceCode: producer.provinceCode,
      before: { producerId: producer.id },
      after: { producerId: null },
    });
    return { userId, producerId: null };
  });
}
