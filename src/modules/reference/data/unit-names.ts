// Names of 2025 administrative units for a page of records: one query for all the codes on the page, so a list
// never asks per row (no N+1). Names read as people write them: "Xã Bình Lư", "Tỉnh Lai Châu".
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { adminUnits } from './admin-units.ts';
import { unitLabel, type UnitParts } from '../domain/unit-label.ts';

/** code → "type name" of the 2025 set; a code not in it (or null) has no name. */
export interface UnitNames {
  /** The label ("Xã Bình Lư"). */
  get(code: string | null | undefined): string | null;
  /** The type and the name apart, for running text ("xã Bình Lư, tỉnh Lai Châu"). */
  parts(code: string | null | undefined): UnitParts | null;
}

export const NO_UNIT_NAMES: UnitNames = { get: () => null, parts: () => null };

export async function unitNamesOf(db: Db, codes: Iterable<string | null | undefined>): Promise<UnitNames> {
  const wanted = [...new Set([...codes].filter((c): c is string => typeof c === 'string' && c !== ''))];
  if (wanted.length === 0) return NO_UNIT_NAMES;
  const rows = await db.select({ code: adminUnits.code, name: adminUnits.name, type: adminUnits.type }).from(adminUnits)
    .where(and(eq(adminUnits.unitSet, 2025), inArray(adminUnits.code, wanted)));
  const units = new Map(rows.map((r) => [r.code, { type: r.type, name: r.name }]));
  const parts = (code: string | null | undefined) => (code ? (units.get(code) ?? null) : null);
  return { parts, get: (code) => { const u = parts(code); return u && unitLabel(u); } };
}
