// Where a plan's figures are counted: its unit as 2025 communes. A 2025 province counts all its communes; a 2025
// commune itself. A plan of the 2024 set (a district's, for history) counts the 2025 communes its old communes went
// into (admin_unit_mapping) — a new commune made partly from another district counts whole, as the registry places
// products by 2025 commune only; the plan keeps its original unit.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { PlanArea } from './measure-targets.ts';

export interface PlanUnit {
  unitSet: 2024 | 2025;
  code: string;
  level: 'province' | 'district' | 'commune';
  name: string;
  type: string;
  /** The 2025 province the unit lies in. */
  provinceCode: string;
}

/** The unit with its 2025 province, or undefined when no such unit exists. */
export async function findPlanUnit(db: Db, unitSet: 2024 | 2025, code: string): Promise<PlanUnit | undefined> {
  const res = await db.execute<{ level: PlanUnit['level']; name: string; type: string; province_code: string }>(sql`
    select u.level, u.name, u.type,
      case when u.unit_set = 2025 then u.province_code else (
        select m.new_province_code from admin_unit_mapping m
        join admin_units c on c.unit_set = 2024 and c.code = m.old_code
        where c.province_code = u.province_code
          and (c.code = u.code or c.parent_code = u.code or u.level = 'province')
        group by 1 order by count(*) desc limit 1) end as province_code
    from admin_units u where u.unit_set = ${unitSet} and u.code = ${code}`);
  const r = res.rows[0];
  if (!r || !r.province_code) return undefined;
  return { unitSet, code, level: r.level, name: r.name, type: r.type, provinceCode: r.province_code };
}

export async function planArea(db: Db, unit: PlanUnit): Promise<PlanArea> {
  if (unit.unitSet === 2025)
    return { provinceCode: unit.provinceCode, communes: unit.level === 'province' ? null : [unit.code] };
  const res = await db.execute<{ new_code: string }>(sql`
    select distinct m.new_code from admin_unit_mapping m
    join admin_units c on c.unit_set = 2024 and c.code = m.old_code
    where m.new_province_code = ${unit.provinceCode}
      and (c.code = ${unit.code} or c.parent_code = ${unit.code} or c.province_code = ${unit.code})
    order by 1`);
  return { provinceCode: unit.provinceCode, communes: res.rows.map((r) => r.new_code) };
}
