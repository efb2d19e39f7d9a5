// The whole register of one province in two light queries (producers' duplicate keys, products' names): what an
// import of a province's own list matches its rows against, instead of one lookup per row.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';

export type RegisteredProducer = {
  id: string;
  communeCode: string;
  name: string;
  nameKey: string;
  legalType: string;
  status: string;
};

export type RegisteredProduct = {
  id: string;
  producerId: string;
  name: string;
  setNo: number;
};

export async function provinceRegister(
  db: Db,
  provinceCode: string,
): Promise<{ producers: RegisteredProducer[]; products: RegisteredProduct[] }> {
  // One after the other: `db` may be a transaction's single connection.
  const p = await db.execute<RegisteredProducer>(sql`
      select id, commune_code as "communeCode", name, name_key as "nameKey", legal_type as "legalType", status
      from producers where province_code = ${provinceCode}`);
  const q = await db.execute<RegisteredProduct>(sql`
      select id, producer_id as "producerId", name, set_no as "setNo"
      from products where province_code = ${provinceCode} and status = 'active'`);
  return { producers: p.rows, products: q.rows };
}
