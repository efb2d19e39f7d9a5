// Queries over the public register (the view public_register_entries): the only place that builds their SQL.
// Lists show a product's current certificate (not replaced by a newer one); a number finds any certificate.
import { and, asc, eq, gte, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '../../../db/pool.ts';
import { registerEntries, type RegisterEntry } from './schema.ts';
import { containsPattern } from '../../../db/search.ts';

export interface RegisterFilter {
  q?: string;
  star?: number;
  setNo?: number;
  provinceCode?: string;
  communeCode?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

const e = registerEntries;

/**
 * Diacritic-insensitive "contains" (search_key(): unaccent + lower): the products and producers whose trigram-indexed
 * search key matches, each found by its own index, then their certificates. (An OR over the view's two columns would
 * read every row of both tables.)
 */
function matches(q: string): SQL {
  const like = containsPattern(q);
  return sql`(${e.productId} in (select id from products where search like ${like})
    or ${e.producerId} in (select id from producers where search like ${like})
    or search_key(${e.number}) = search_key(${q}))`;
}

function conditions(f: RegisterFilter): SQL | undefined {
  const conds: SQL[] = [isNull(e.supersededBy)];
  if (f.star) conds.push(eq(e.star, f.star));
  if (f.setNo) conds.push(eq(e.setNo, f.setNo));
  if (f.provinceCode) conds.push(eq(e.provinceCode, f.provinceCode));
  if (f.communeCode) conds.push(eq(e.communeCode, f.communeCode));
  const q = f.q?.trim();
  if (q) conds.push(matches(q));
  return and(...conds);
}

export async function listEntries(db: Db, f: RegisterFilter, page: Page): Promise<{ rows: RegisterEntry[]; total: number }> {
  const where = conditions(f);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(e)
      .where(where)
      .orderBy(sql`${e.productName} collate vi`, asc(e.certificateId))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(e).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** The columns the verify route needs, read by the certificates' unique number index in one prepared statement. */
export interface VerifyRow {
  certificate_id: string;
  number: string;
  province_code: string;
  star: number;
  issued_on: string;
  expires_on: string;
  extended_until: string | null;
  status: string;
  revoked_on: string | null;
  superseded_by: string | null;
  product_code: string | null;
  product_id: string;
  product_name: string;
  set_no: number;
  commune_code: string;
  producer_name: string;
}

export async function findForVerify(pool: pg.Pool, number: string): Promise<VerifyRow | undefined> {
  const r = await pool.query<VerifyRow>({
    name: 'public-verify-by-number',
    text:
      'select certificate_id, number, province_code, star, issued_on::text, expires_on::text, extended_until::text, ' +
      'status, revoked_on::text, superseded_by, product_code, product_id, product_name, set_no, commune_code, ' +
      'producer_name from public_register_entries where number = $1',
    values: [number],
  });
  return r.rows[0];
}

export async function findEntryByNumber(db: Db, number: string): Promise<RegisterEntry | undefined> {
  const [row] = await db.select().from(e).where(eq(e.number, number));
  return row;
}

export async function findEntryById(db: Db, certificateId: string): Promise<RegisterEntry | undefined> {
  const [row] = await db.select().from(e).where(eq(e.certificateId, certificateId));
  return row;
}

/** Every certificate of a product, the newest first. */
export async function entriesOfProduct(db: Db, productId: string): Promise<RegisterEntry[]> {
  return db.select().from(e).where(eq(e.productId, productId)).orderBy(sql`${e.issuedOn} desc`, e.number);
}

/** The provinces and communes that have a certified product, for the register's area filter. */
export async function registerAreas(db: Db): Promise<{ provinceCode: string; communeCode: string }[]> {
  return db
    .selectDistinct({ provinceCode: e.provinceCode, communeCode: e.communeCode })
    .from(e)
    .where(isNull(e.supersededBy));
}

/** Revoked certificates, those revoked on or after `since` when given (the list an offline verifier fetches). */
export async function revokedSince(db: Db, since: string | undefined) {
  return db
    .select({ number: e.number, provinceCode: e.provinceCode, revokedOn: e.revokedOn })
    .from(e)
    .where(and(eq(e.status, 'revoked'), isNotNull(e.revokedOn), since ? gte(e.revokedOn, since) : undefined))
    .orderBy(e.revokedOn, e.number);
}
