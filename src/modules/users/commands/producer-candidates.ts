// Before approving a producer's self-registration, the commune looks for the business in the registry: the
// producers matching the account's name in its commune, or a registration number the officer reads from the
// applicant's papers. Approving with one of them links the account to it instead of a second profile.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { users } from '../../../platform/schema.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findProducerCandidates, type ProducerCandidate } from '../../registry/index.ts';
import { userPolicy } from '../policy.ts';

export async function producerCandidatesFor(
  db: Db,
  actor: Actor,
  userId: string,
  registrationNo?: string,
): Promise<ProducerCandidate[]> {
  userPolicy.assertCan(actor, 'users.approve-producer');
  const [account] = await db.select().from(users).where(eq(users.id, userId));
  if (!account || !scopeCovers(actor, { provinceCode: account.provinceCode, communeCode: account.unitCode })) {
    throw notFound({ vi: 'người dùng', en: 'User' });
  }
  if (account.role !== 'producer' || account.unitCode === null) {
    throw new AppError(409, 'not_producer', {
      vi: 'Tài khoản này không phải tài khoản chủ thể OCOP',
      en: 'This is not a producer account',
    });
  }
  return findProducerCandidates(db, actor, {
    communeCode: account.unitCode,
    name: account.displayName,
    registrationNo,
  });
}
