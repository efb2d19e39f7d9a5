// Names of 2025 administrative units for a page of records: one query for all the codes on the page, so a list
// never asks per row (no N+1). Names read as people write them: "Xã Bình Lư", "Tỉnh Lai Châu".
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { adminUnits } from './admin-units.ts';

/** code → "type name" of the 2025 set; a code not in it (or null) has no name. */
export interface UnitNames {
  get(code: string | null | undefined): string | null;
}

export const NO_UNIT_NAMES: UnitNames = { get: () => null };

/** The type is stored lowercase ("xã"); a name on a screen starts with a capital ("Xã Bình Lư"). */
export const unitLabel = (type: string, name: string) => (type ? `${type.charAt(0).toUpperCase()}${type.slice(1)} ${name}` : name);

export async function unitNamesOf(db: Db, codes: Iterable<string | null | undefined>): Promise<UnitNames> {
  const wanted = [...new Set([...codes].filter((c): c is string => typeof c === 'string' && c !== ''))];
  if (wanted.length === 0) return NO_UNIT_NAMES;
  const rows = await db.select({ code: adminUnits.code, name: adminUnits.name, type: adminUnits.type }).from(adminUnits)
    .where(and(eq(adminUnits.unitSet, 2025), inArray(adminUnits.code, wanted)));
  const names = new Map(rows.map((r) => [r.code, unitLabel(r.type, r.name)]));
  return { get: (code) => (code ? (names.get(code) ?? null) : null) };
}
