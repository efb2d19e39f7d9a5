// What the cycle needs to know of records kept by other modules, read only: a producer's place, a 2025 commune, a
// user of a commune (the responsible officer). Plain reads of their tables, as measure-targets.ts counts them.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';

export interface ProducerPlace {
  id: string;
  provinceCode: string;
  communeCode: string;
  name: string;
  status: string;
}

export async function producerPlace(db: Db, id: string): Promise<ProducerPlace | undefined> {
  const res = await db.execute<{ id: string; province_code: string; commune_code: string; name: string; status: string }>(
    sql`select id, province_code, commune_code, name, status from producers where id = ${id}`,
  );
  const r = res.rows[0];
  return r && { id: r.id, provinceCode: r.province_code, communeCode: r.commune_code, name: r.name, status: r.status };
}

/** A 2025 commune with its province, or undefined. */
export async function communePlace(db: Db, code: string): Promise<{ provinceCode: string; name: string } | undefined> {
  const res = await db.execute<{ province_code: string; name: string }>(
    sql`select province_code, name from admin_units where unit_set = 2025 and level = 'commune' and code = ${code}`,
  );
  const r = res.rows[0];
  return r && { provinceCode: r.province_code, name: r.name };
}

/** An active commune officer of the commune, or undefined. */
export async function communeUser(db: Db, userId: string, communeCode: string) {
  const res = await db.execute<{ id: string; display_name: string }>(
    sql`select id, display_name from users where id = ${userId} and unit_code = ${communeCode}
      and role = 'commune_officer' and status = 'active'`,
  );
  return res.rows[0];
}

/** The product's producer and place, for a business plan filed on a registry product. */
export async function productPlace(db: Db, id: string) {
  const res = await db.execute<{ id: string; producer_id: string; province_code: string; commune_code: string }>(
    sql`select id, producer_id, province_code, commune_code from products where id = ${id}`,
  );
  const r = res.rows[0];
  return r && { id: r.id, producerId: r.producer_id, provinceCode: r.province_code, communeCode: r.commune_code };
}
