// What an actor may do, read from the tables the server enforces (no copy): the registry's and the users
// module's permissions, the evaluation and certificate use cases it reaches, the work queues of its role, where its
// work starts and the level of rounds it works at (evaluation), whether it acts for its own producer only (registry),
// and the roles it may grant with the unit levels they take. It summarises several modules, so it sits above them
// all (module `me`); nothing imports it.
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { actsForOwnProducer, registryPolicy } from '../../registry/index.ts';
import { ROLE_SCOPE, assignableRoles, listedRoles, userPolicy } from '../../users/index.ts';
import { EVALUATION_HOME, evaluationPolicy, queueFor, roundLevelOf } from '../../evaluation/index.ts';
import { certificatePolicy, inspectionPolicy } from '../../certificates/index.ts';
import { publicPolicy } from '../../public/index.ts';
import { cyclePolicy, programmePolicy } from '../../programme/index.ts';
import { onboardingPolicy } from '../../onboarding/index.ts';
import { dashboardHome, dashboardPolicy, reportPolicy } from '../../oversight/index.ts';

export function myPermissions(actor: Actor) {
  const level = scopeLevel(actor);
  const granted = (table: Record<string, readonly string[]>) =>
    Object.keys(table).filter((p) => table[p]!.includes(actor.role));
  const grantable = userPolicy.can(actor, 'users.manage') ? assignableRoles(actor.role, level) : [];
  return {
    role: actor.role,
    scopeLevel: level,
    permissions: [
      ...granted(registryPolicy.table),
      ...granted(userPolicy.table),
      ...granted(evaluationPolicy.table),
      ...granted(certificatePolicy.table),
      ...granted(inspectionPolicy.table),
      ...granted(publicPolicy.table),
      ...granted(programmePolicy.table),
      ...granted(onboardingPolicy.table),
      ...granted(dashboardPolicy.table),
      ...granted(reportPolicy.table),
      ...granted(cyclePolicy.table),
    ],
    /** The user may import its province's register (onboarding: the web shows the import wizard). */
    mayImportRegister: onboardingPolicy.can(actor, 'onboarding.import'),
    /** The user's first screen: the unit's dashboard for the offices (oversight's rule), else where its work
     *  starts — its work queues, its own dossiers (producer) or the council's scoring list. */
    home: (dashboardHome(actor) ?? EVALUATION_HOME[actor.role]) as (typeof EVALUATION_HOME)[Role] | 'dashboard',
    /** The level of rounds and councils the user works at. */
    roundLevel: roundLevelOf(actor.role),
    /** The account acts for its own producer only (the registry pages show that producer, no area filters). */
    ownProducerOnly: actsForOwnProducer(actor.role),
    queues: queueFor(actor.role).map((q) => ({ id: q.id, label: q.label })),
    grantableRoles: grantable.map((role) => ({ role, levels: [...ROLE_SCOPE[role]] })),
    /** The roles the user list shows this user (its role filter). */
    listedRoles: userPolicy.can(actor, 'users.list') ? listedRoles(actor.role, level) : [],
  };
}
