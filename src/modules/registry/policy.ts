// Who may do what in the registry (permission tables) and where (scope): a national user everywhere, a province
// user in its province, a commune officer in its commune, a producer account only for its own producer.
import { definePermissions, scopeCovers, scopeLevel } from '../../platform/auth/policy.ts';
import { ROLES, type Role } from '../../platform/auth/roles.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../db/pool.ts';
import { linkedProducerId } from './data/account-store.ts';
import type { ReadScope } from './data/scope.ts';

const EDITORS: readonly Role[] = ['admin', 'province_office', 'commune_officer', 'producer'];
const STAFF_EDITORS: readonly Role[] = ['admin', 'province_office', 'commune_officer'];

export const registryPolicy = definePermissions({
  // Every role reads inside its scope; councils, the advisory team and the Ministry only read.
  'registry.read': ROLES,
  'producers.create': EDITORS,
  'producers.update': EDITORS,
  // Deactivating a producer is an administrative act, not the producer's own.
  'producers.set-status': STAFF_EDITORS,
  'producers.link-account': STAFF_EDITORS,
  'products.create': EDITORS,
  'products.update': EDITORS,
  // Product codes are issued by the provincial OCOP office (Appendix II: STT of the commune's list, evaluation year).
  'products.assign-code': ['admin', 'province_office'],
});

/** Whether the role's account acts for one producer only (its own profile and products, nothing else). */
export const actsForOwnProducer = (role: Role): boolean => role === 'producer';

/** The actor with the producer its account acts for (producer accounts only). */
export interface RegistryAccess {
  actor: Actor;
  ownProducerId: string | null;
}

export async function accessOf(db: Db, actor: Actor): Promise<RegistryAccess> {
  return { actor, ownProducerId: actsForOwnProducer(actor.role) ? await linkedProducerId(db, actor.id) : null };
}

export interface RegistryPlace {
  provinceCode: string;
  communeCode: string;
  producerId: string;
}

/** Whether a record lies in the actor's area (and, for a producer account, belongs to its producer). */
export function covers(access: RegistryAccess, place: RegistryPlace): boolean {
  if (!scopeCovers(access.actor, place)) return false;
  return (
    !actsForOwnProducer(access.actor.role) ||
    (access.ownProducerId !== null && access.ownProducerId === place.producerId)
  );
}

/** The rows of lists the actor sees, checked in bulk by the query. */
export function readScope(access: RegistryAccess): ReadScope {
  const { actor } = access;
  const level = scopeLevel(actor);
  const area: ReadScope =
    level === 'national'
      ? {}
      : level === 'province'
        ? { provinceCode: actor.provinceCode! }
        : { provinceCode: actor.provinceCode!, communeCode: actor.unitCode! };
  if (!actsForOwnProducer(actor.role)) return area;
  return access.ownProducerId ? { ...area, producerId: access.ownProducerId } : { nothing: true };
}
