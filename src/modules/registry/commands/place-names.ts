// Province and commune names on what the registry returns: one lookup for a whole page (no query per row). Audit
// rows keep the presenters' output without names: a name is derived from the code, not part of the record.
import type { Db } from '../../../db/pool.ts';
import { unitNamesOf, type UnitNames } from '../../reference/index.ts';
import { placeNames } from '../presenters.ts';

interface Placed {
  provinceCode: string;
  communeCode: string;
}

export const unitNamesForPage = (db: Db, rows: readonly Placed[]): Promise<UnitNames> =>
  unitNamesOf(
    db,
    rows.flatMap((r) => [r.provinceCode, r.communeCode]),
  );

/** One record (the answer of a create or an update) with its place names filled in. */
export async function withPlaceNames<T extends Placed>(db: Db, record: T): Promise<T & ReturnType<typeof placeNames>> {
  return { ...record, ...placeNames(record, await unitNamesForPage(db, [record])) };
}
