// The producers already in the registry that a self-registered producer account may be the same business as,
// found by the duplicate check's own rules (same registration number in the province, same normalised name in the
// commune). The commune shows them when it approves the account, so it links rather than registers a duplicate.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { registryPolicy } from '../policy.ts';
import { findDuplicateCandidates } from '../data/producer-store.ts';
import { producerNameKey } from '../domain/producer-name.ts';
import { normaliseRegistrationNo } from '../domain/registration.ts';
import { presentProducer, type PublicProducer } from '../presenters.ts';
import { unitNamesForPage } from './place-names.ts';
import { communePlace } from './producer-rules.ts';

export type ProducerCandidate = PublicProducer & { match: 'registration_no' | 'name' };

export async function findProducerCandidates(
  db: Db,
  actor: Actor,
  probe: { communeCode: string; name: string; registrationNo?: string | null },
): Promise<ProducerCandidate[]> {
  const place = await communePlace(db, probe.communeCode);
  registryPolicy.assertCan(actor, 'producers.link-account', place);
  const rows = await findDuplicateCandidates(db, {
    ...place,
    registrationNo: normaliseRegistrationNo(probe.registrationNo),
    nameKey: producerNameKey(probe.name),
  });
  const units = await unitNamesForPage(db, rows);
  return rows.map((r) => ({ ...presentProducer(r, units), match: r.sameRegistrationNo ? 'registration_no' : 'name' }));
}
