// Who may do what in the evaluation procedure (permission tables) and where (scope). The dossier's own steps are
// decided by the domain's transition table (dossier-lifecycle.ts: which role may take which action from which
// state); this table only says which roles reach the use cases at all. Scope: a producer account sees its own
// producer's dossiers; a commune officer its commune; every provincial role its province; the Ministry and the
// central council the whole country, but only dossiers the provinces sent to the Ministry (Art. 7.3.e, 7.4).
import { definePermissions, scopeCovers, scopeLevel } from '../../platform/auth/policy.ts';
import { ROLES, type Role } from '../../platform/auth/roles.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../db/pool.ts';
import { accessOf as registryAccessOf } from '../registry/index.ts';

const PRODUCER_SIDE: readonly Role[] = ['producer', 'commune_officer'];
const PROCEDURE_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'admin');
const COUNCIL_SCORERS: readonly Role[] = [
  'province_council_chair',
  'province_council_member',
  'central_council_member',
];
const OFFICES: readonly Role[] = ['province_office', 'ministry_office'];

export const evaluationPolicy = definePermissions({
  // Everyone reads inside their scope (admin: national, read only — it acts in no procedure).
  'dossiers.read': ROLES,
  // Art. 7.1: the producer files; the commune officer enters a paper filing for the producer.
  'dossiers.create': PRODUCER_SIDE,
  'dossiers.forms.producer': PRODUCER_SIDE,
  // Form 03 is the commune's report (Art. 7.2).
  'dossiers.forms.commune': ['commune_officer'],
  'dossiers.evidence.upload': PRODUCER_SIDE,
  // The transition table decides the rest (a wrong role is refused with the article).
  'dossiers.act': PROCEDURE_ROLES,
  // Art. 5.1 / 5.2: the provincial office plans provincial rounds, the Ministry's office national ones.
  'rounds.create': OFFICES,
  'rounds.read': [
    'admin',
    'province_office',
    'province_council_chair',
    'province_council_member',
    'advisory_member',
    'ministry_office',
    'central_council_member',
  ],
  // Art. 7.3.b / 7.4.b: the chair (province chair, Minister) forms the council; the office prepares and records it.
  'councils.create': OFFICES,
  'councils.read': [
    'admin',
    'province_office',
    'province_council_chair',
    'province_council_member',
    'advisory_member',
    'ministry_office',
    'central_council_member',
  ],
  // The province's council policies (quy định của Hội đồng, Art. 7.3.b: the province chair issues the council's rules
  // of operation); its office records them, the council roles read them.
  'councilPolicies.write': ['admin', 'province_office'],
  'councilPolicies.read': [
    'admin',
    'province_office',
    'province_council_chair',
    'province_council_member',
    'advisory_member',
  ],
  // Art. 7.3.c: the advisory team reviews and reports to the chair; the office may file the report for it.
  'advisory.report': ['advisory_member', 'province_office', 'ministry_office'],
  'scorecards.own': COUNCIL_SCORERS,
  'scorecards.read': [...COUNCIL_SCORERS, ...OFFICES],
  // Art. 7.3.e, 7.4.e: decisions signed on paper by the province chair or the Minister, recorded by their office.
  'decisions.create': OFFICES,
  'decisions.read': ['admin', 'province_office', 'ministry_office', 'province_council_chair', 'commune_officer'],
  // Results decided before OCOP Hub (148/2023, 1048/2019), typed in from paper by the province's office (own
  // province) or the admin; read by whoever reads decisions at province level.
  'history.record': ['admin', 'province_office'],
  'history.read': ['admin', 'province_office', 'province_council_chair', 'ministry_office'],
});

/** The permission that writes each side's forms (domain/form-editing.ts formSide). */
export const FORM_PERMISSION = { producer: 'dossiers.forms.producer', commune: 'dossiers.forms.commune' } as const;

/** Which form sides a role may write at all (the state decides the rest: domain/form-editing.ts). */
export function formSidesOf(role: Role): { producer: boolean; commune: boolean } {
  const may = (p: keyof typeof evaluationPolicy.table) => (evaluationPolicy.table[p] as readonly Role[]).includes(role);
  return { producer: may(FORM_PERMISSION.producer), commune: may(FORM_PERMISSION.commune) };
}

/** The actor with the producer its account acts for (producer accounts only). */
export interface EvaluationAccess {
  actor: Actor;
  ownProducerId: string | null;
}

export async function accessOf(db: Db, actor: Actor): Promise<EvaluationAccess> {
  const a = await registryAccessOf(db, actor);
  return { actor, ownProducerId: a.ownProducerId };
}

/** Roles that see only what was sent to the Ministry, nationally. */
export const MINISTRY_SIDE: readonly Role[] = ['ministry_office', 'central_council_member'];

/** The level of rounds and councils a role works at: the Ministry's side the national ones (Art. 5.2, 7.4), everyone
 *  else their province's (Art. 5.1, 7.3). */
export const roundLevelOf = (role: Role): 'province' | 'central' =>
  MINISTRY_SIDE.includes(role) ? 'central' : 'province';

/** Where a role's work starts (the client's landing page and first menu entry): a producer follows its own
 *  dossiers, a council member who only scores has the council's scoring list, every other role its work queues. */
export const EVALUATION_HOME: Record<Role, 'queues' | 'my-dossiers' | 'scoring'> = {
  producer: 'my-dossiers',
  commune_officer: 'queues',
  province_office: 'queues',
  advisory_member: 'queues',
  province_council_chair: 'queues',
  province_council_member: 'scoring',
  ministry_office: 'queues',
  central_council_member: 'scoring',
  admin: 'queues',
};

/** Whether the actor's office plans or records (`permission`) a round or council of this level and place: the
 *  province's office its province's (Art. 5.1, 7.3.b), the Ministry's office the national ones (Art. 5.2, 7.4.b). */
export function officeCovers(
  actor: Actor,
  permission: 'rounds.create' | 'councils.create',
  rec: { level: string; provinceCode: string | null },
): boolean {
  return (
    evaluationPolicy.can(actor, permission) &&
    rec.level === roundLevelOf(actor.role) &&
    coversProvinceRecord(actor, rec.provinceCode)
  );
}

export interface DossierPlace {
  provinceCode: string;
  communeCode: string;
  producerId: string;
  /** Set once the province proposed the dossier to the Ministry. */
  proposedOn: string | null;
}

/** Whether the actor may see a dossier at all (anything else is answered as "not found"). */
export function coversDossier(access: EvaluationAccess, d: DossierPlace): boolean {
  const { actor } = access;
  if (MINISTRY_SIDE.includes(actor.role)) return d.proposedOn !== null;
  if (actor.role === 'producer') return access.ownProducerId !== null && access.ownProducerId === d.producerId;
  return scopeCovers(actor, d);
}

/** The rows of dossier lists the actor sees, as plain conditions for the data layer. */
export interface DossierScope {
  provinceCode?: string;
  communeCode?: string;
  producerId?: string;
  sentToMinistry?: true;
  nothing?: true;
}

export function dossierScope(access: EvaluationAccess): DossierScope {
  const { actor } = access;
  if (MINISTRY_SIDE.includes(actor.role)) return { sentToMinistry: true };
  if (actor.role === 'producer') return access.ownProducerId ? { producerId: access.ownProducerId } : { nothing: true };
  const level = scopeLevel(actor);
  if (level === 'national') return {};
  if (level === 'province') return { provinceCode: actor.provinceCode! };
  return { provinceCode: actor.provinceCode!, communeCode: actor.unitCode! };
}

/** Province-level records (rounds, councils, decisions, certificates): null province = national (the Ministry's). */
export function coversProvinceRecord(actor: Actor, provinceCode: string | null): boolean {
  if (actor.provinceCode === null) return true;
  return provinceCode !== null && provinceCode === actor.provinceCode;
}
