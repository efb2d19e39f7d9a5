// Support policies, applications and payments as stored; the ledger reads payments with their application's
// producer, product, item and source.
import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import {
  supportApplications,
  supportDisbursements,
  supportPolicies,
  supportPolicyItems,
  type ApplicationRow,
  type PolicyItemRow,
  type PolicyRow,
} from './schema.ts';

export async function insertPolicy(
  tx: Db,
  p: Omit<PolicyRow, 'id' | 'createdAt'>,
  items: Omit<PolicyItemRow, 'id' | 'policyId' | 'provinceCode'>[],
): Promise<string> {
  const [row] = await tx.insert(supportPolicies).values(p).returning({ id: supportPolicies.id });
  if (items.length)
    await tx
      .insert(supportPolicyItems)
      .values(items.map((i) => ({ ...i, policyId: row!.id, provinceCode: p.provinceCode })));
  return row!.id;
}

/** The policies a province may use: its own and the national ones. */
export async function policiesFor(db: Db, provinceCode: string | null) {
  const where = provinceCode
    ? or(isNull(supportPolicies.provinceCode), eq(supportPolicies.provinceCode, provinceCode))
    : undefined;
  const policies = await db.select().from(supportPolicies).where(where).orderBy(asc(supportPolicies.name));
  const items = await db.select().from(supportPolicyItems).orderBy(asc(supportPolicyItems.code));
  return policies.map((p) => ({ ...p, items: items.filter((i) => i.policyId === p.id) }));
}

export async function itemWithPolicy(db: Db, itemId: string) {
  const [row] = await db
    .select({ item: supportPolicyItems, policy: supportPolicies })
    .from(supportPolicyItems)
    .innerJoin(supportPolicies, eq(supportPolicies.id, supportPolicyItems.policyId))
    .where(eq(supportPolicyItems.id, itemId));
  return row;
}

export async function producerPlace(db: Db, producerId: string) {
  const res = await db.execute<{ province_code: string; commune_code: string }>(
    sql`select province_code, commune_code from producers where id = ${producerId}`,
  );
  const r = res.rows[0];
  return r ? { provinceCode: r.province_code, communeCode: r.commune_code } : undefined;
}

export async function productOfProducer(db: Db, productId: string, producerId: string): Promise<boolean> {
  const res = await db.execute(sql`select 1 from products where id = ${productId} and producer_id = ${producerId}`);
  return res.rows.length > 0;
}

/**
 * Another application, not rejected, for the same item code and the same product (or the same producer when no
 * product is named): the same item funded twice. Serialised per producer and item by an advisory lock, so two
 * concurrent applications cannot both pass.
 */
export async function sameItemApplication(
  tx: Db,
  o: { producerId: string; productId: string | null; itemCode: string; exceptId?: string },
): Promise<ApplicationRow | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`funding:${o.producerId}:${o.itemCode}`}))`);
  const a = supportApplications;
  const [row] = await tx
    .select({ application: a })
    .from(a)
    .innerJoin(supportPolicyItems, eq(supportPolicyItems.id, a.itemId))
    .where(
      and(
        eq(a.producerId, o.producerId),
        eq(supportPolicyItems.code, o.itemCode),
        sql`${a.state} <> 'rejected'`,
        o.productId ? sql`(${a.productId} = ${o.productId} or ${a.productId} is null)` : sql`true`,
        o.exceptId ? sql`${a.id} <> ${o.exceptId}` : sql`true`,
      ),
    )
    .limit(1);
  return row?.application;
}

export async function insertApplication(tx: Db, v: typeof supportApplications.$inferInsert): Promise<ApplicationRow> {
  const [row] = await tx.insert(supportApplications).values(v).returning();
  return row!;
}

export async function applicationById(db: Db, id: string, forUpdate = false) {
  const q = db.select().from(supportApplications).where(eq(supportApplications.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function decideApplication(
  tx: Db,
  id: string,
  set: Pick<ApplicationRow, 'state' | 'approvedAmount' | 'decisionNo' | 'decidedOn' | 'note'>,
) {
  await tx
    .update(supportApplications)
    .set({ ...set, version: sql`${supportApplications.version} + 1` })
    .where(eq(supportApplications.id, id));
}

export async function paidOn(db: Db, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${supportDisbursements.amount}), 0)::float8` })
    .from(supportDisbursements)
    .where(eq(supportDisbursements.applicationId, applicationId));
  return Number(row?.n ?? 0);
}

export async function insertDisbursement(tx: Db, v: typeof supportDisbursements.$inferInsert) {
  const [row] = await tx.insert(supportDisbursements).values(v).returning();
  return row!;
}

export interface ApplicationFilter {
  provinceCode?: string;
  communeCode?: string;
  producerId?: string;
  state?: string;
}

/** Applications with their item, policy, producer, product and what was paid, newest first. */
export async function findApplications(db: Db, f: ApplicationFilter, limit: number, offset: number) {
  const conds: SQL[] = [];
  if (f.provinceCode) conds.push(sql`a.province_code = ${f.provinceCode}`);
  if (f.communeCode) conds.push(sql`a.commune_code = ${f.communeCode}`);
  if (f.producerId) conds.push(sql`a.producer_id = ${f.producerId}`);
  if (f.state) conds.push(sql`a.state = ${f.state}`);
  const where = conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``;
  const res = await db.execute<{
    id: string;
    province_code: string;
    commune_code: string;
    producer_id: string;
    producer_name: string;
    product_id: string | null;
    product_name: string | null;
    item_id: string;
    item_code: string;
    item_label: string;
    source: string;
    policy_name: string;
    legal_basis: string;
    cost: number;
    requested: number;
    state: string;
    approved_amount: number | null;
    decision_no: string | null;
    decided_on: string | null;
    note: string | null;
    applied_on: string;
    paid: number;
    total: number;
  }>(sql`
    select a.id, a.province_code, a.commune_code, a.producer_id, pr.name producer_name, a.product_id,
      p.name product_name, a.item_id, i.code item_code, i.label item_label, i.source, sp.name policy_name,
      sp.legal_basis, a.cost::float8 cost, a.requested::float8 requested, a.state,
      a.approved_amount::float8 approved_amount, a.decision_no, a.decided_on::text decided_on, a.note,
      a.applied_on::text applied_on,
      coalesce((select sum(d.amount) from support_disbursements d where d.application_id = a.id), 0)::float8 paid,
      count(*) over ()::int total
    from support_applications a
    join producers pr on pr.id = a.producer_id
    left join products p on p.id = a.product_id
    join support_policy_items i on i.id = a.item_id
    join support_policies sp on sp.id = i.policy_id
    ${where}
    order by a.applied_on desc, a.created_at desc
    limit ${limit} offset ${offset}`);
  return { rows: res.rows, total: res.rows[0]?.total ?? 0 };
}

/** The ledger: payments summed by producer, product and source, in the area, up to a day. */
export async function ledger(db: Db, f: ApplicationFilter & { until?: string }) {
  const conds: SQL[] = [];
  if (f.provinceCode) conds.push(sql`a.province_code = ${f.provinceCode}`);
  if (f.communeCode) conds.push(sql`a.commune_code = ${f.communeCode}`);
  if (f.producerId) conds.push(sql`a.producer_id = ${f.producerId}`);
  if (f.until) conds.push(sql`d.paid_on <= ${f.until}::date`);
  const where = conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``;
  const res = await db.execute<{
    producer_id: string;
    producer_name: string;
    product_id: string | null;
    product_name: string | null;
    source: string;
    paid: number;
    payments: number;
  }>(sql`
    select a.producer_id, pr.name producer_name, a.product_id, p.name product_name, i.source,
      sum(d.amount)::float8 paid, count(*)::int payments
    from support_disbursements d
    join support_applications a on a.id = d.application_id
    join support_policy_items i on i.id = a.item_id
    join producers pr on pr.id = a.producer_id
    left join products p on p.id = a.product_id
    ${where}
    group by 1, 2, 3, 4, 5
    order by pr.name, p.name nulls first, i.source`);
  return res.rows;
}

