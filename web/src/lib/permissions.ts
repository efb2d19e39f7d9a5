// What the web app offers each role. A mirror of the server's permission tables (src/modules/registry/policy.ts,
// src/modules/users/policy.ts) used only to show the actions a user may take; the server decides every request.
import type { Role } from '../types.ts';
import { ROLE_SCOPE, assignableRoles, type ScopeLevel } from '../../../src/modules/users/domain/role-scope.ts';

const EDITORS: readonly Role[] = ['admin', 'province_office', 'commune_officer', 'producer'];
const STAFF_EDITORS: readonly Role[] = ['admin', 'province_office', 'commune_officer'];

const TABLE = {
  'producers.create': EDITORS,
  'producers.update': EDITORS,
  'producers.set-status': STAFF_EDITORS,
  'products.create': EDITORS,
  'products.update': EDITORS,
  'products.assign-code': ['admin', 'province_office'],
  'users.manage': ['admin', 'province_office'],
  'users.approve-producer': ['admin', 'province_office', 'commune_officer'],
  'users.list': ['admin', 'province_office', 'commune_officer'],
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof TABLE;

interface Who {
  role: string;
  unitCode: string | null;
  provinceCode: string | null;
}

export function can(user: Who, permission: Permission): boolean {
  return (TABLE[permission] as readonly string[]).includes(user.role);
}

/** national, province or commune — the same rule as the server's scopeLevel(). */
export function scopeLevelOf(user: Pick<Who, 'unitCode' | 'provinceCode'>): ScopeLevel {
  if (user.provinceCode === null) return 'national';
  return user.unitCode !== null && user.unitCode !== user.provinceCode ? 'commune' : 'province';
}

/** Roles this user may hand out when creating or changing users. */
export function grantableRoles(user: Who): Role[] {
  if (!can(user, 'users.manage')) return [];
  return assignableRoles(user.role as Role, scopeLevelOf(user));
}

/** The levels of administrative unit a role works at (a national role needs no unit). */
export const roleLevels = (role: Role): readonly ScopeLevel[] => ROLE_SCOPE[role];
