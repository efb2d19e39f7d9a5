// Every unit a province's old records can name, in three light queries: its 2025 communes, the 2024 districts and
// communes that went into it (a 2024 province merged into another is found through the mapping), and the official
// old → new commune mapping (Decision 19/2025/QĐ-TTg; a split old commune has one row per new commune).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';

export type UnitRow = { code: string; name: string; type: string; parentCode: string | null };
export type MappingRow = { oldCode: string; newCode: string; mergeType: string };

export interface ProvinceUnits {
  communes2025: UnitRow[];
  districts2024: UnitRow[];
  communes2024: UnitRow[];
  mapping: MappingRow[];
}

export async function provinceUnits(db: Db, provinceCode: string): Promise<ProvinceUnits> {
  // One after the other: `db` may be a transaction's single connection.
  const c25 = await db.execute<UnitRow>(sql`
      select code, name, type, parent_code as "parentCode" from admin_units
      where unit_set = 2025 and level = 'commune' and province_code = ${provinceCode}`);
  const c24 = await db.execute<UnitRow>(sql`
      select distinct u.code, u.name, u.type, u.parent_code as "parentCode" from admin_unit_mapping m
      join admin_units u on u.unit_set = 2024 and u.code = m.old_code
      where m.new_province_code = ${provinceCode}`);
  const map = await db.execute<MappingRow>(sql`
      select old_code as "oldCode", new_code as "newCode", merge_type as "mergeType" from admin_unit_mapping
      where new_province_code = ${provinceCode}`);
  const districtCodes = [...new Set(c24.rows.map((c) => c.parentCode).filter((c): c is string => !!c))];
  const d24 = districtCodes.length
    ? await db.execute<UnitRow>(sql`
        select code, name, type, parent_code as "parentCode" from admin_units
        where unit_set = 2024 and level = 'district' and code in (${sql.join(districtCodes.map((c) => sql`${c}`), sql`, `)})`)
    : { rows: [] as UnitRow[] };
  return { communes2025: c25.rows, districts2024: d24.rows, communes2024: c24.rows, mapping: map.rows };
}
