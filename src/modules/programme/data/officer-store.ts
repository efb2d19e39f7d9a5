// The communes of a province with their responsible OCOP officer, and the active commune officers each may name:
// what the officers' page lists, two queries for the whole province.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';

export async function communesWithOfficers(db: Db, provinceCode: string, communeCode: string | null) {
  const res = await db.execute<{
    code: string;
    user_id: string | null;
    display_name: string | null;
    phone: string | null;
    assigned_on: string | null;
  }>(sql`select a.code, o.user_id, u.display_name, u.phone, o.assigned_on::text
    from admin_units a
    left join cycle_commune_officers o on o.commune_code = a.code
    left join users u on u.id = o.user_id
    where a.unit_set = 2025 and a.level = 'commune' and a.province_code = ${provinceCode}
      and (${communeCode}::text is null or a.code = ${communeCode})`);
  return res.rows;
}

/** Active commune officers of the province's communes, by commune. */
export async function communeOfficerCandidates(db: Db, provinceCode: string) {
  const res = await db.execute<{ id: string; display_name: string; unit_code: string }>(
    sql`select id, display_name, unit_code from users
      where province_code = ${provinceCode} and role = 'commune_officer' and status = 'active'
      order by display_name`,
  );
  const by = new Map<string, { userId: string; name: string }[]>();
  for (const r of res.rows) by.set(r.unit_code, [...(by.get(r.unit_code) ?? []), { userId: r.id, name: r.display_name }]);
  return by;
}
