// Which scope level each role works at (DOMAIN.md actors): the province office, council and advisory team act
// for a province; commune officers and producers for a commune; the Ministry and the central council nationally.
import type { Role } from '../../../platform/auth/roles.ts';

export type ScopeLevel = 'national' | 'province' | 'commune';

export const ROLE_SCOPE: Record<Role, readonly ScopeLevel[]> = {
  admin: ['national', 'province'],
  province_office: ['province'],
  province_council_chair: ['province'],
  province_council_member: ['province'],
  advisory_member: ['province'],
  commune_officer: ['commune'],
  ministry_office: ['national'],
  central_council_member: ['national'],
  producer: ['commune'],
};

/** Roles a manager may hand out: a national admin any; a province office only roles of its province and below. */
export function assignableRoles(managerRole: Role, managerLevel: ScopeLevel): Role[] {
  const all = Object.keys(ROLE_SCOPE) as Role[];
  if (managerRole === 'admin' && managerLevel === 'national') return all;
  return all.filter((r) => ROLE_SCOPE[r].every((l) => l !== 'national') && r !== 'admin');
}

/**
 * The roles whose accounts a user's list shows (and its role filter offers). The Ministry office works nationally
 * but manages no one: it sees the national roles and the provinces' roles (read-only), so it can pick members of
 * a central council; commune officers and producers are the provinces' business. Other national users see every
 * role; province and commune users the roles that work in a province or commune.
 */
export function listedRoles(listerRole: Role, listerLevel: ScopeLevel): Role[] {
  const all = Object.keys(ROLE_SCOPE) as Role[];
  if (listerRole === 'ministry_office') return all.filter((r) => !ROLE_SCOPE[r].includes('commune'));
  if (listerLevel === 'national') return all;
  return all.filter((r) => ROLE_SCOPE[r].some((l) => l !== 'national'));
}
