// The authenticated user as commands see it: identity, role and administrative scope.
import type { Role } from './roles.ts';
import type { UserRow } from '../schema.ts';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitSet: number;
  /** Commune or province code; null = national scope. */
  unitCode: string | null;
  provinceCode: string | null;
  mustChangePassword: boolean;
}

export function actorOf(u: UserRow): Actor {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    unitSet: u.unitSet,
    unitCode: u.unitCode,
    provinceCode: u.provinceCode,
    mustChangePassword: u.mustChangePassword,
  };
}

/** Presenter: the whitelisted fields of a user that leave the server. */
export function presentUser(a: Actor) {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    unitCode: a.unitCode,
    provinceCode: a.provinceCode,
    mustChangePassword: a.mustChangePassword,
  };
}
