// Who may do what, where. Each module declares its permissions as a table of roles (its own policy.ts, built
// with definePermissions); the administrative-unit scope of the user is checked against the record touched
// (scopeCovers), always on the server.
import type { Role } from './roles.ts';
import type { Actor } from './actor.ts';
import { forbidden } from '../errors.ts';

export type PermissionTable = Record<string, readonly Role[]>;

/** A module's permission checker over its own table. */
export function definePermissions<T extends PermissionTable>(table: T) {
  const can = (actor: Actor, permission: keyof T & string): boolean => table[permission]!.includes(actor.role);
  const assertCan = (actor: Actor, permission: keyof T & string, place?: Place): void => {
    if (!can(actor, permission)) throw forbidden();
    if (place && !scopeCovers(actor, place)) {
      throw forbidden({
        vi: 'Dữ liệu này nằm ngoài địa bàn bạn phụ trách',
        en: 'This record lies outside your administrative area',
      });
    }
  };
  return { table, can, assertCan };
}

/** Where a record lies: its province and, for commune-level records, its commune. */
export interface Place {
  provinceCode: string | null;
  communeCode?: string | null;
}

/**
 * A national user covers everything; a province user covers its province; a commune user covers its commune.
 * A record with no province (national data) is covered only by national users.
 */
export function scopeCovers(actor: Actor, place: Place): boolean {
  if (actor.provinceCode === null) return true;
  if (place.provinceCode !== actor.provinceCode) return false;
  const communeScoped = actor.unitCode !== null && actor.unitCode !== actor.provinceCode;
  return !communeScoped || place.communeCode === actor.unitCode;
}

/** The scope level of a user: national, province or commune. */
export function scopeLevel(actor: Pick<Actor, 'provinceCode' | 'unitCode'>): 'national' | 'province' | 'commune' {
  if (actor.provinceCode === null) return 'national';
  return actor.unitCode !== null && actor.unitCode !== actor.provinceCode ? 'commune' : 'province';
}
