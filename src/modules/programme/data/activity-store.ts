// Activities as stored, with the products each showed or listed (replaced as a whole when the activity is saved).
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { activityProducts, programmeActivities, type ActivityRow } from './schema.ts';

export type ActivityFields = Omit<ActivityRow, 'id' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>;

export async function insertActivity(tx: Db, fields: ActivityFields, createdBy: string): Promise<ActivityRow> {
  const [row] = await tx
    .insert(programmeActivities)
    .values({ ...fields, createdBy })
    .returning();
  return row!;
}

export async function updateActivity(
  tx: Db,
  id: string,
  version: number,
  fields: ActivityFields,
): Promise<ActivityRow | undefined> {
  const [row] = await tx
    .update(programmeActivities)
    .set({ ...fields, version: sql`${programmeActivities.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(programmeActivities.id, id), eq(programmeActivities.version, version)))
    .returning();
  return row;
}

export async function activityById(db: Db, id: string, forUpdate = false): Promise<ActivityRow | undefined> {
  const q = db.select().from(programmeActivities).where(eq(programmeActivities.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function deleteActivity(tx: Db, id: string): Promise<void> {
  await tx.delete(programmeActivities).where(eq(programmeActivities.id, id));
}

export async function replaceActivityProducts(tx: Db, a: ActivityRow, productIds: readonly string[]): Promise<void> {
  await tx.delete(activityProducts).where(eq(activityProducts.activityId, a.id));
  if (productIds.length)
    await tx
      .insert(activityProducts)
      .values(productIds.map((productId) => ({ activityId: a.id, productId, provinceCode: a.provinceCode })));
}

/** The products of each activity with their names. */
export async function productsOfActivities(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const res = await db.execute<{ activity_id: string; id: string; name: string }>(sql`
    select ap.activity_id, p.id, p.name from activity_products ap join products p on p.id = ap.product_id
    where ap.activity_id in (${sql.join(
      ids.map((i) => sql`${i}::uuid`),
      sql`, `,
    )}) order by p.name`);
  for (const r of res.rows) out.get(r.activity_id)?.push({ id: r.id, name: r.name });
  return out;
}

/** The products among `ids` that exist in the province (an activity shows only its province's products). */
export async function productsInProvince(db: Db, provinceCode: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const res = await db.execute<{ id: string }>(sql`select id from products
    where province_code = ${provinceCode} and id in (${sql.join(
      ids.map((i) => sql`${i}::uuid`),
      sql`, `,
    )})`);
  return new Set(res.rows.map((r) => r.id));
}

export interface ActivityFilter {
  provinceCode?: string;
  /** A commune officer's view: its commune's activities and the province's own. */
  communeOrProvince?: string;
  year?: number;
  kind?: string;
  planId?: string;
}

export async function findActivities(db: Db, f: ActivityFilter, limit: number, offset: number) {
  const where: SQL[] = [];
  const a = programmeActivities;
  if (f.provinceCode) where.push(eq(a.provinceCode, f.provinceCode));
  if (f.communeOrProvince) where.push(sql`(${a.communeCode} is null or ${a.communeCode} = ${f.communeOrProvince})`);
  if (f.year) where.push(eq(a.year, f.year));
  if (f.kind) where.push(eq(a.kind, f.kind));
  if (f.planId) where.push(eq(a.planId, f.planId));
  const cond = where.length ? and(...where) : undefined;
  const rows = await db
    .select()
    .from(a)
    .where(cond)
    .orderBy(desc(a.year), asc(a.quarter), asc(a.startsOn), asc(a.title))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(a).where(cond);
  return { rows, total: count?.n ?? 0 };
}

