// What the signed-in user may do, as the server says (GET /api/me/permissions, built from its own permission
// tables, work queues and grantable roles): loaded once after log-in and handed down by AccessProvider. Used only
// to show the actions a user may take; the server decides every request.
import { createContext, useContext } from 'react';
import type { Role } from '../../types.ts';
import type { registryPolicy } from '../../../../src/modules/registry/policy.ts';
import type { userPolicy } from '../../../../src/modules/users/policy.ts';
import type { ScopeLevel } from '../../../../src/modules/users/domain/role-scope.ts';
import type { evaluationPolicy } from '../../../../src/modules/evaluation/policy.ts';
import type { certificatePolicy } from '../../../../src/modules/certificates/policy.ts';
import type { inspectionPolicy } from '../../../../src/modules/certificates/inspection-policy.ts';
import type { publicPolicy } from '../../../../src/modules/public/policy.ts';
import type { programmePolicy } from '../../../../src/modules/programme/policy.ts';
import type { dashboardPolicy } from '../../../../src/modules/oversight/dashboard-policy.ts';
import type { reportPolicy } from '../../../../src/modules/oversight/report-policy.ts';
import type { cyclePolicy } from '../../../../src/modules/programme/cycle-policy.ts';
import type { myPermissions } from '../../../../src/modules/me/commands/my-permissions.ts';

export type { ScopeLevel };
/** The permission names of the registry, users, evaluation and certificates tables (type only: the values come
 *  from the server). */
export type Permission =
  | keyof typeof registryPolicy.table
  | keyof typeof userPolicy.table
  | keyof typeof evaluationPolicy.table
  | keyof typeof certificatePolicy.table
  | keyof typeof inspectionPolicy.table
  | keyof typeof publicPolicy.table
  | keyof typeof programmePolicy.table
  | keyof typeof dashboardPolicy.table
  | keyof typeof reportPolicy.table
  | keyof typeof cyclePolicy.table;
/** The answer of GET /api/me/permissions. */
export type MyPermissions = ReturnType<typeof myPermissions>;
export type WorkQueue = MyPermissions['queues'][number];

export interface Access {
  can(permission: Permission): boolean;
  /** national, province or commune. */
  scopeLevel: ScopeLevel;
  /** The user's first screen: the dashboard (offices), or where its work starts — its work queues, its own dossiers
   *  (producer) or the council's scoring list. */
  home: MyPermissions['home'];
  /** The level of rounds and councils the user works at. */
  roundLevel: MyPermissions['roundLevel'];
  /** The account acts for its own producer only (producer accounts): no area lists, its own profile. */
  ownProducerOnly: boolean;
  /** The work queues of the user's role, "Quá hạn" last when there are any. */
  queues: readonly WorkQueue[];
  /** Roles this user may hand out when creating or changing users. */
  grantableRoles: Role[];
  /** The levels of administrative unit a grantable role works at (a national role needs no unit). */
  roleLevels(role: Role): readonly ScopeLevel[];
  /** The roles the user list can show this user. */
  listedRoles: readonly Role[];
  /** The user may import its province's own register (the import wizard). */
  mayImportRegister: boolean;
}

export function accessOf(p: MyPermissions): Access {
  const granted = new Set<string>(p.permissions);
  const levels = new Map(p.grantableRoles.map((g) => [g.role, g.levels]));
  return {
    can: (permission) => granted.has(permission),
    scopeLevel: p.scopeLevel,
    home: p.home,
    roundLevel: p.roundLevel,
    ownProducerOnly: p.ownProducerOnly,
    queues: p.queues,
    grantableRoles: p.grantableRoles.map((g) => g.role),
    roleLevels: (role) => levels.get(role) ?? [],
    listedRoles: p.listedRoles,
    mayImportRegister: p.mayImportRegister,
  };
}

export const AccessContext = createContext<Access | null>(null);

/** The signed-in user's access; only inside the signed-in app (AccessContext.Provider in App.tsx). */
export function useAccess(): Access {
  const access = useContext(AccessContext);
  if (!access) throw new Error('useAccess outside the signed-in app');
  return access;
}
