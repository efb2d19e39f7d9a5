// What an actor may do, read from the tables the server enforces (no copy): the registry's and the users
// module's permissions, the evaluation and certificate use cases it reaches, the work queues of its role (evaluation), and the roles it may grant with the unit levels
// they take. It summarises several modules, so it sits above them all (module `me`); nothing imports it.
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { registryPolicy } from '../../registry/index.ts';
import { ROLE_SCOPE, assignableRoles, listedRoles, userPolicy } from '../../users/index.ts';
import { evaluationPolicy, queueFor } from '../../evaluation/index.ts';
import { certificatePolicy } from '../../certificates/index.ts';
import { publicPolicy } from '../../public/index.ts';

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
      ...granted(publicPolicy.table),
    ],
    queues: queueFor(actor.role).map((q) => ({ id: q.id, label: q.label })),
    grantableRoles: grantable.map((role) => ({ role, levels: [...ROLE_SCOPE[role]] })),
    /** The roles the user list shows this user (its role filter). */
    listedRoles: userPolicy.can(actor, 'users.list') ? listedRoles(actor.role, level) : [],
  };
}
