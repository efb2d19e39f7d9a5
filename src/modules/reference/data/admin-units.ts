// Queries over administrative units. Search compares search_key() forms, so "tan phong" finds "Tân Phong"
// and "tam duong" finds "Tam Đường"; results sort with the Vietnamese collation.
import { sql, and, eq, type SQL } from 'drizzle-orm';
import { pgTable, smallint, text } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/pool.ts';
import { containsPattern } from '../../../db/search.ts';

export const adminUnits = pgTable('admin_units', {
  unitSet: smallint('unit_set').notNull(),
  code: text('code').notNull(),
  level: text('level').notNull(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  parentCode: text('parent_code'),
  provinceCode: text('province_code').notNull(),
});

export interface AdminUnit {
  unitSet: number;
  code: string;
  level: string;
  name: string;
  type: string;
  parentCode: string | null;
  provinceCode: string;
}

export interface UnitQuery {
  unitSet: 2024 | 2025;
  parent?: string;
  level?: 'province' | 'district' | 'commune';
  q?: string;
  limit: number;
  offset: number;
}

const columns = {
  unitSet: adminUnits.unitSet,
  code: adminUnits.code,
  level: adminUnits.level,
  name: adminUnits.name,
  type: adminUnits.type,
  parentCode: adminUnits.parentCode,
  provinceCode: adminUnits.provinceCode,
};

export async function listUnits(db: Db, query: UnitQuery): Promise<{ items: AdminUnit[]; total: number }> {
  const conds: SQL[] = [eq(adminUnits.unitSet, query.unitSet)];
  if (query.parent) conds.push(eq(adminUnits.parentCode, query.parent));
  if (query.level) conds.push(eq(adminUnits.level, query.level));
  const q = query.q?.trim();
  if (q) conds.push(sql`search like ${containsPattern(q)}`);
  const where = and(...conds);
  const [items, [count]] = await Promise.all([
    db.select(columns).from(adminUnits).where(where)
      // Exact-prefix matches first when searching, then Vietnamese alphabetical order.
      .orderBy(q ? sql`(position(search_key(${q}) in search_key(name)) = 1) desc` : sql`1`, sql`name collate vi`, adminUnits.code)
      .limit(query.limit).offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(adminUnits).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function getUnit(db: Db, unitSet: number, code: string): Promise<AdminUnit | undefined> {
  const alias = await db.execute<{ code: string }>(sql`select code from admin_unit_aliases where unit_set = ${unitSet} and alias_code = ${code}`);
  const resolved = alias.rows[0]?.code ?? code;
  const [unit] = await db.select(columns).from(adminUnits).where(and(eq(adminUnits.unitSet, unitSet), eq(adminUnits.code, resolved)));
  return unit;
}

export interface UnitLink {
  code: string;
  name: string;
  type: string;
  mergeType: string;
}

/** For a 2024 commune the 2025 units it went into; for a 2025 commune the 2024 communes it was made from. */
export async function unitLinks(db: Db, unitSet: number, code: string): Promise<UnitLink[]> {
  const [from, to, otherSet] = unitSet === 2024 ? ['old_code', 'new_code', 2025] : ['new_code', 'old_code', 2024];
  const res = await db.execute<{ code: string; name: string; type: string; merge_type: string }>(sql`
    select u.code, u.name, u.type, m.merge_type
    from admin_unit_mapping m join admin_units u on u.unit_set = ${otherSet} and u.code = m.${sql.raw(to)}
    where m.${sql.raw(from)} = ${code}
    order by u.name collate vi`);
  return res.rows.map((r) => ({ code: r.code, name: r.name, type: r.type, mergeType: r.merge_type }));
}

/**
 * The 2024 districts a 2025 commune was made from ("Huyện Tam Đường"): districts were abolished on 1/7/2025, yet a
 * record decided by one (a 3★ under 148/QĐ-TTg) must still name it. Usually one; several when communes of two
 * districts were merged.
 */
export async function formerDistrictsOf(db: Db, communeCode: string): Promise<{ code: string; name: string; type: string }[]> {
  const res = await db.execute<{ code: string; name: string; type: string }>(sql`
    select distinct d.code, d.name, d.type
    from admin_unit_mapping m
    join admin_units c on c.unit_set = 2024 and c.code = m.old_code
    join admin_units d on d.unit_set = 2024 and d.code = c.parent_code and d.level = 'district'
    where m.new_code = ${communeCode}
    order by d.code`);
  return res.rows;
}
