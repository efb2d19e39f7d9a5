// Queries of inspection plans, visits, checklist items and their photos. The only place that builds their SQL.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { users } from '../../../platform/schema.ts';
import { certificates, revocationProposals, type CertificateRow } from './schema.ts';
import {
  inspectionItems, inspectionPhotos, inspectionPlans, inspectionTargets, inspectionTeam, inspectionVisits,
  type InspectionItemRow, type InspectionPhotoRow, type InspectionPlanRow, type InspectionVisitRow,
} from './inspection-schema.ts';

export type PlanValues = Omit<typeof inspectionPlans.$inferInsert, 'id' | 'createdAt'>;

export async function insertPlan(
  tx: Db, v: PlanValues, teamIds: readonly string[], targets: readonly CertificateRow[],
): Promise<InspectionPlanRow> {
  const [plan] = await tx.insert(inspectionPlans).values(v).returning();
  await tx.insert(inspectionTeam).values([...new Set(teamIds)].map((userId) => ({ planId: plan!.id, userId })));
  if (targets.length) {
    await tx.insert(inspectionTargets).values(targets.map((c) => ({ planId: plan!.id, certificateId: c.id, provinceCode: c.provinceCode, productId: c.productId })));
  }
  return plan!;
}

export async function findPlan(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<InspectionPlanRow | undefined> {
  const q = db.select().from(inspectionPlans).where(eq(inspectionPlans.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export interface TeamMember { userId: string; displayName: string; username: string; role: string }

export async function teamOf(db: Db, planIds: readonly string[]): Promise<Map<string, TeamMember[]>> {
  const out = new Map<string, TeamMember[]>();
  if (!planIds.length) return out;
  const rows = await db.select({ planId: inspectionTeam.planId, userId: users.id, displayName: users.displayName, username: users.username, role: users.role })
    .from(inspectionTeam).innerJoin(users, eq(users.id, inspectionTeam.userId))
    .where(inArray(inspectionTeam.planId, [...planIds])).orderBy(asc(users.displayName));
  for (const r of rows) {
    const list = out.get(r.planId) ?? [];
    list.push({ userId: r.userId, displayName: r.displayName, username: r.username, role: r.role });
    out.set(r.planId, list);
  }
  return out;
}

export async function targetsOf(db: Db, planId: string): Promise<CertificateRow[]> {
  const rows = await db.select({ c: certificates }).from(inspectionTargets).innerJoin(certificates, eq(certificates.id, inspectionTargets.certificateId))
    .where(eq(inspectionTargets.planId, planId)).orderBy(asc(certificates.number));
  return rows.map((r) => r.c);
}

export async function certificatesByIds(db: Db, ids: readonly string[]): Promise<Map<string, CertificateRow>> {
  if (!ids.length) return new Map();
  const rows = await db.select().from(certificates).where(inArray(certificates.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export interface PlanFilter {
  /** Plans the province sees: its own, and the Ministry's that cover one of its products. */
  province?: string;
  year?: number;
  /** Plans whose team holds this user. */
  memberId?: string;
}

// Drizzle prints a column of the one selected table unqualified; inside a subquery that would bind to the inner table.
const PLAN_ID = sql.raw('"inspection_plans"."id"');
const VISIT_ID = sql.raw('"inspection_visits"."id"');

export async function listPlanRows(db: Db, f: PlanFilter, page: { limit: number; offset: number }) {
  const conds: SQL[] = [];
  if (f.province) {
    conds.push(or(eq(inspectionPlans.provinceCode, f.province),
      sql`exists (select 1 from inspection_targets t where t.plan_id = ${PLAN_ID} and t.province_code = ${f.province})`)!);
  }
  if (f.memberId) conds.push(sql`exists (select 1 from inspection_team m where m.plan_id = ${PLAN_ID} and m.user_id = ${f.memberId})`);
  if (f.year) conds.push(eq(inspectionPlans.year, f.year));
  const w = conds.length ? and(...conds) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select({
      plan: inspectionPlans,
      targets: sql<number>`(select count(*)::int from inspection_targets t where t.plan_id = ${PLAN_ID})`,
      visits: sql<number>`(select count(*)::int from inspection_visits v where v.plan_id = ${PLAN_ID})`,
      openFindings: sql<number>`(select count(*)::int from inspection_items i join inspection_visits v on v.id = i.visit_id
        where v.plan_id = ${PLAN_ID} and i.state in ('finding', 'fix_required', 'fix_reported'))`,
    }).from(inspectionPlans).where(w).orderBy(desc(inspectionPlans.year), desc(inspectionPlans.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(inspectionPlans).where(w),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export type VisitValues = Omit<typeof inspectionVisits.$inferInsert, 'id' | 'createdAt'>;
export type ItemValues = Omit<typeof inspectionItems.$inferInsert, 'id' | 'updatedAt' | 'visitId' | 'provinceCode'>;

export async function insertVisit(tx: Db, v: VisitValues, items: readonly ItemValues[]): Promise<InspectionVisitRow> {
  const [visit] = await tx.insert(inspectionVisits).values(v).returning();
  await tx.insert(inspectionItems).values(items.map((i) => ({ ...i, visitId: visit!.id, provinceCode: v.provinceCode })));
  return visit!;
}

export async function findVisit(db: Db, id: string): Promise<InspectionVisitRow | undefined> {
  const [row] = await db.select().from(inspectionVisits).where(eq(inspectionVisits.id, id));
  return row;
}

export interface VisitSummary { visit: InspectionVisitRow; items: number; checked: number; openFindings: number }

export async function visitsOf(db: Db, f: { planId?: string; productIds?: string[] }): Promise<VisitSummary[]> {
  const conds: SQL[] = [];
  if (f.planId) conds.push(eq(inspectionVisits.planId, f.planId));
  if (f.productIds) conds.push(f.productIds.length ? inArray(inspectionVisits.productId, f.productIds) : sql`false`);
  const rows = await db.select({
    visit: inspectionVisits,
    items: sql<number>`(select count(*)::int from inspection_items i where i.visit_id = ${VISIT_ID})`,
    checked: sql<number>`(select count(*)::int from inspection_items i where i.visit_id = ${VISIT_ID} and i.state <> 'unchecked')`,
    openFindings: sql<number>`(select count(*)::int from inspection_items i where i.visit_id = ${VISIT_ID} and i.state in ('finding', 'fix_required', 'fix_reported'))`,
  }).from(inspectionVisits).where(conds.length ? and(...conds) : undefined).orderBy(desc(inspectionVisits.visitOn), desc(inspectionVisits.createdAt));
  return rows;
}

export async function itemsOf(db: Db, visitId: string): Promise<InspectionItemRow[]> {
  return db.select().from(inspectionItems).where(eq(inspectionItems.visitId, visitId)).orderBy(asc(inspectionItems.seq));
}

export async function findItem(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<InspectionItemRow | undefined> {
  const q = db.select().from(inspectionItems).where(eq(inspectionItems.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function updateItem(tx: Db, id: string, v: Partial<typeof inspectionItems.$inferInsert>): Promise<InspectionItemRow> {
  const [row] = await tx.update(inspectionItems).set({ ...v, updatedAt: sql`now()` }).where(eq(inspectionItems.id, id)).returning();
  return row!;
}

export async function insertPhoto(tx: Db, v: Omit<typeof inspectionPhotos.$inferInsert, 'id' | 'uploadedAt'>): Promise<InspectionPhotoRow> {
  const [row] = await tx.insert(inspectionPhotos).values(v).returning();
  return row!;
}

export async function photosOf(db: Db, itemIds: readonly string[]): Promise<InspectionPhotoRow[]> {
  if (!itemIds.length) return [];
  return db.select().from(inspectionPhotos).where(inArray(inspectionPhotos.itemId, [...itemIds])).orderBy(asc(inspectionPhotos.uploadedAt));
}

export async function findPhoto(db: Db, id: string): Promise<InspectionPhotoRow | undefined> {
  const [row] = await db.select().from(inspectionPhotos).where(eq(inspectionPhotos.id, id));
  return row;
}

/** Open findings, for a province's or a producer's list (the producer reports its fixes from it). */
export async function openFindingRows(db: Db, f: { provinceCode?: string; productIds?: string[] }) {
  const conds: SQL[] = [inArray(inspectionItems.state, ['finding', 'fix_required', 'fix_reported'])];
  if (f.provinceCode) conds.push(eq(inspectionItems.provinceCode, f.provinceCode));
  if (f.productIds) conds.push(f.productIds.length ? inArray(inspectionVisits.productId, f.productIds) : sql`false`);
  return db.select({ item: inspectionItems, visit: inspectionVisits }).from(inspectionItems)
    .innerJoin(inspectionVisits, eq(inspectionVisits.id, inspectionItems.visitId))
    .where(and(...conds)).orderBy(asc(inspectionItems.fixDueOn), desc(inspectionVisits.visitOn)).limit(500);
}

/** Per product: open findings (all, serious) and open revocation proposals, for the risk list. */
export async function openCountsByProduct(db: Db, productIds: readonly string[]) {
  const out = new Map<string, { findings: number; serious: number; proposals: number }>();
  if (!productIds.length) return out;
  const ids = [...productIds];
  const f = await db.select({
    productId: inspectionVisits.productId,
    findings: sql<number>`count(*)::int`,
    serious: sql<number>`count(*) filter (where ${inspectionItems.result} = 'serious')::int`,
  }).from(inspectionItems).innerJoin(inspectionVisits, eq(inspectionVisits.id, inspectionItems.visitId))
    .where(and(inArray(inspectionVisits.productId, ids), inArray(inspectionItems.state, ['finding', 'fix_required', 'fix_reported'])))
    .groupBy(inspectionVisits.productId);
  const p = await db.select({ productId: certificates.productId, proposals: sql<number>`count(*)::int` })
    .from(revocationProposals).innerJoin(certificates, eq(certificates.id, revocationProposals.certificateId))
    .where(and(inArray(certificates.productId, ids), eq(revocationProposals.state, 'open'))).groupBy(certificates.productId);
  for (const id of ids) out.set(id, { findings: 0, serious: 0, proposals: 0 });
  for (const r of f) Object.assign(out.get(r.productId)!, { findings: r.findings, serious: r.serious });
  for (const r of p) out.get(r.productId)!.proposals = r.proposals;
  return out;
}

/** Certificates in force on `today` (valid, not past expiry or extension), of a province or of every province. */
export async function certificatesInForce(db: Db, today: string, provinceCode: string | null, limit: number): Promise<CertificateRow[]> {
  const conds: SQL[] = [eq(certificates.status, 'valid'), sql`coalesce(${certificates.extendedUntil}, ${certificates.expiresOn}) >= ${today}`];
  if (provinceCode) conds.push(eq(certificates.provinceCode, provinceCode));
  return db.select().from(certificates).where(and(...conds)).orderBy(asc(certificates.expiresOn)).limit(limit);
}
