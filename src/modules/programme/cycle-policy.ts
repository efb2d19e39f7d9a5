// Who may do what in the OCOP cycle (seed 001 §III.2.1), and where. The producer registers its ideas and business
// plans (its own account; a commune officer may do it for a producer or household of its commune); the commune
// reviews first, the province second; the commune and the province follow the implementation and see the pipeline;
// the provincial office keeps the partners' directory and names each commune's responsible officer.
// GET /api/me/permissions lists this table.
import type { Actor } from '../../platform/auth/actor.ts';
import { definePermissions, scopeCovers, scopeLevel } from '../../platform/auth/policy.ts';
import { forbidden } from '../../platform/errors.ts';
import type { ReviewLevel } from './domain/cycle-review.ts';

const STAFF = ['admin', 'province_office', 'province_council_chair', 'commune_officer', 'ministry_office'] as const;

export const cyclePolicy = definePermissions({
  'cycle.read': [...STAFF, 'producer'],
  'cycle.pipeline': STAFF,
  'ideas.register': ['admin', 'commune_officer', 'producer'],
  'business-plans.submit': ['admin', 'commune_officer', 'producer'],
  'cycle.review-commune': ['admin', 'commune_officer'],
  'cycle.review-province': ['admin', 'province_office'],
  'cycle.record-implementation': ['admin', 'province_office', 'commune_officer'],
  'surveys.write': ['admin', 'province_office', 'commune_officer'],
  'partners.read': STAFF,
  'partners.write': ['admin', 'province_office'],
  'commune-officers.assign': ['admin', 'province_office'],
});

/** Where a cycle record lies and whose it is. */
export interface CyclePlace {
  provinceCode: string;
  communeCode: string;
  producerId: string | null;
}

export const OUTSIDE = {
  vi: 'Hồ sơ này nằm ngoài địa bàn bạn phụ trách',
  en: 'This record lies outside your administrative area',
};

/** Whether the actor sees the record: staff in their area, a producer account its own producer's only. */
export function mayReadCycle(actor: Actor, place: CyclePlace, ownProducerId: string | null): boolean {
  if (!cyclePolicy.can(actor, 'cycle.read')) return false;
  if (!scopeCovers(actor, place)) return false;
  return actor.role !== 'producer' || (ownProducerId !== null && ownProducerId === place.producerId);
}

/** The levels at which the actor acts on a record's review (cycle-review.ts). */
export function reviewLevels(actor: Actor, place: CyclePlace, ownProducerId: string | null): ReviewLevel[] {
  const levels: ReviewLevel[] = [];
  if (!scopeCovers(actor, place)) return levels;
  if (cyclePolicy.can(actor, 'cycle.review-commune') && scopeLevel(actor) !== 'province') levels.push('commune');
  if (cyclePolicy.can(actor, 'cycle.review-province') && scopeLevel(actor) !== 'commune') levels.push('province');
  const own = actor.role === 'producer' ? ownProducerId !== null && ownProducerId === place.producerId : true;
  if (cyclePolicy.can(actor, 'ideas.register') && own) levels.push('submitter');
  return levels;
}

export function assertMayReadCycle(actor: Actor, place: CyclePlace, ownProducerId: string | null): void {
  if (!cyclePolicy.can(actor, 'cycle.read')) throw forbidden();
  if (!mayReadCycle(actor, place, ownProducerId)) throw forbidden(OUTSIDE);
}

/** The actor may write for this place (a producer account: its own producer only). */
export function assertCycleWrite(
  actor: Actor,
  permission: Parameters<typeof cyclePolicy.can>[1],
  place: CyclePlace,
  ownProducerId: string | null,
): void {
  if (!cyclePolicy.can(actor, permission)) throw forbidden();
  if (!scopeCovers(actor, place)) throw forbidden(OUTSIDE);
  if (actor.role === 'producer' && (ownProducerId === null || ownProducerId !== place.producerId))
    throw forbidden(OUTSIDE);
}
