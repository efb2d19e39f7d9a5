// Queries over rounds, councils and their members, advisory reports, scorecards and council outcomes.
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { users } from '../../../platform/schema.ts';
import {
  advisoryReports, councilMembers, councilOutcomes, councils, decisions, dossiers, provinceCouncilPolicies, rounds, scorecards,
  type AdvisoryReportRow, type CouncilMemberRow, type CouncilRow, type RoundRow, type ScorecardRow,
} from './schema.ts';

// ---- rounds ----

export type RoundValues = Omit<typeof rounds.$inferInsert, 'id' | 'createdAt'>;

export async function insertRound(tx: Db, v: RoundValues): Promise<RoundRow> {
  const [row] = await tx.insert(rounds).values(v).returning();
  return row!;
}

export async function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
  return row;
}

export async function lockRound(tx: Db, id: string): Promise<RoundRow | undefined> {
  const [row] = await tx.select().from(rounds).where(eq(rounds.id, id)).for('update');
  return row;
}

export async function setRoundStatus(tx: Db, id: string, status: string): Promise<RoundRow> {
  const [row] = await tx.update(rounds).set({ status }).where(eq(rounds.id, id)).returning();
  return row!;
}

/** The dossiers put before a round: assigned to it, or evaluated by its council (a re-evaluation needs no round). */
export async function listRoundDossiers(db: Db, roundId: string, councilId: string | null) {
  const conds: SQL[] = [eq(dossiers.roundId, roundId)];
  if (councilId) conds.push(eq(dossiers.councilId, councilId), eq(dossiers.centralCouncilId, councilId));
  return db.select({ id: dossiers.id, state: dossiers.state, productName: dossiers.productName, receiptNo: dossiers.receiptNo })
    .from(dossiers).where(or(...conds)).orderBy(asc(dossiers.receiptNo));
}

export async function findRoundByNumber(db: Db, level: string, provinceCode: string | null, year: number, number: number): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(rounds).where(and(
    eq(rounds.level, level), provinceCode ? eq(rounds.provinceCode, provinceCode) : isNull(rounds.provinceCode), eq(rounds.year, year), eq(rounds.number, number),
  ));
  return row;
}

export interface RoundFilter { level?: string; provinceCode?: string; nationalOnly?: boolean; year?: number; status?: string }

export async function listRoundRows(db: Db, f: RoundFilter): Promise<RoundRow[]> {
  const conds: SQL[] = [];
  if (f.level) conds.push(eq(rounds.level, f.level));
  if (f.provinceCode) conds.push(eq(rounds.provinceCode, f.provinceCode));
  if (f.nationalOnly) conds.push(isNull(rounds.provinceCode));
  if (f.year) conds.push(eq(rounds.year, f.year));
  if (f.status) conds.push(eq(rounds.status, f.status));
  return db.select().from(rounds).where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(rounds.year), asc(rounds.finishBefore), asc(rounds.number)).limit(500);
}

// ---- councils ----

export type CouncilValues = Omit<typeof councils.$inferInsert, 'id' | 'createdAt'>;
export type MemberValues = typeof councilMembers.$inferInsert;
export type MemberView = CouncilMemberRow & { displayName: string; role: string };

export async function insertCouncil(tx: Db, v: CouncilValues, members: Omit<MemberValues, 'councilId'>[]): Promise<CouncilRow> {
  const [row] = await tx.insert(councils).values(v).returning();
  if (members.length) await tx.insert(councilMembers).values(members.map((m) => ({ ...m, councilId: row!.id })));
  return row!;
}

export async function findCouncil(db: Db, id: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(councils).where(eq(councils.id, id));
  return row;
}

/**
 * The council with the position `userId` holds on it (null when none), in one query: all the membership a draft
 * save needs (whether that position scores is council-session.ts `scoresOn`).
 */
export async function findCouncilSeat(db: Db, councilId: string, userId: string): Promise<{ council: CouncilRow; position: string | null } | undefined> {
  const [row] = await db.select({ council: councils, position: councilMembers.position }).from(councils)
    .leftJoin(councilMembers, and(eq(councilMembers.councilId, councils.id), eq(councilMembers.userId, userId)))
    .where(eq(councils.id, councilId));
  return row;
}

export async function lockCouncil(tx: Db, id: string): Promise<CouncilRow | undefined> {
  const [row] = await tx.select().from(councils).where(eq(councils.id, id)).for('update');
  return row;
}

/**
 * Holds the council's composition still for the rest of the transaction without blocking other members: submits
 * share the lock, an amendment (lockCouncil, FOR UPDATE) waits for them — so no card is submitted under a composition
 * being replaced, nor by a member being removed.
 */
export async function holdCouncil(tx: Db, id: string): Promise<void> {
  await tx.select({ id: councils.id }).from(councils).where(eq(councils.id, id)).for('share');
}

export async function updateCouncilRow(tx: Db, id: string, v: Partial<CouncilValues>): Promise<CouncilRow> {
  const [row] = await tx.update(councils).set(v).where(eq(councils.id, id)).returning();
  return row!;
}

/** The council's composition replaced as a whole (the amending decision sets it out in full). */
export async function replaceMembers(tx: Db, councilId: string, members: Omit<MemberValues, 'councilId'>[]): Promise<void> {
  await tx.delete(councilMembers).where(eq(councilMembers.councilId, councilId));
  if (members.length) await tx.insert(councilMembers).values(members.map((m) => ({ ...m, councilId })));
}

/** The decision establishing the council follows its amendment (number, date). */
export async function updateCouncilDecision(tx: Db, councilId: string, v: { number: string; signedOn: string }): Promise<void> {
  await tx.update(decisions).set(v).where(and(eq(decisions.councilId, councilId), eq(decisions.kind, 'council')));
}

/** Scorecards already submitted to the council (any dossier, any member). */
export async function countSubmittedScorecards(db: Db, councilId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(scorecards).where(and(eq(scorecards.councilId, councilId), isNotNull(scorecards.submittedAt)));
  return row?.n ?? 0;
}

export async function councilOfRound(db: Db, roundId: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(councils).where(eq(councils.roundId, roundId));
  return row;
}

export async function listCouncilRows(db: Db, f: { provinceCode?: string; level?: string; roundId?: string }): Promise<CouncilRow[]> {
  const conds: SQL[] = [];
  if (f.provinceCode) conds.push(eq(councils.provinceCode, f.provinceCode));
  if (f.level) conds.push(eq(councils.level, f.level));
  if (f.roundId) conds.push(eq(councils.roundId, f.roundId));
  return db.select().from(councils).where(conds.length ? and(...conds) : undefined).orderBy(desc(councils.decisionDate)).limit(500);
}

export async function listMembers(db: Db, councilId: string): Promise<MemberView[]> {
  const rows = await db.select({ m: councilMembers, displayName: users.displayName, role: users.role })
    .from(councilMembers).innerJoin(users, eq(users.id, councilMembers.userId))
    .where(eq(councilMembers.councilId, councilId)).orderBy(sql`case ${councilMembers.position} when 'chair' then 0 when 'vice_chair' then 1 when 'member' then 2 when 'secretary' then 3 else 4 end`, sql`${users.displayName} collate vi`);
  return rows.map((r) => ({ ...r.m, displayName: r.displayName, role: r.role }));
}

/** The users a council is made of, with role and scope, to check them before seating them. */
export async function findUsers(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, role: users.role, provinceCode: users.provinceCode, status: users.status, displayName: users.displayName })
    .from(users).where(sql`${users.id} in (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`);
}

// ---- advisory reports ----

export async function insertAdvisoryReport(tx: Db, v: Omit<typeof advisoryReports.$inferInsert, 'id' | 'createdAt'>): Promise<AdvisoryReportRow> {
  const [row] = await tx.insert(advisoryReports).values(v).returning();
  return row!;
}

export async function latestAdvisoryReport(db: Db, dossierId: string, councilId?: string | null): Promise<AdvisoryReportRow | undefined> {
  const [row] = await db.select().from(advisoryReports)
    .where(and(eq(advisoryReports.dossierId, dossierId), councilId ? eq(advisoryReports.councilId, councilId) : undefined))
    .orderBy(desc(advisoryReports.createdAt)).limit(1);
  return row;
}

// ---- scorecards ----

export async function findScorecard(db: Db, councilId: string, dossierId: string, memberId: string, opts: { lock?: boolean } = {}): Promise<ScorecardRow | undefined> {
  const q = db.select().from(scorecards).where(and(eq(scorecards.councilId, councilId), eq(scorecards.dossierId, dossierId), eq(scorecards.memberId, memberId)));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function listScorecardRows(db: Db, councilId: string, dossierId: string): Promise<ScorecardRow[]> {
  return db.select().from(scorecards).where(and(eq(scorecards.councilId, councilId), eq(scorecards.dossierId, dossierId))).orderBy(asc(scorecards.memberId));
}

export interface ScorecardWrite {
  answers: Record<string, unknown>;
  branch: number | null;
  knockouts: Record<string, boolean> | null;
  applies: Record<string, boolean> | null;
}

/** Saves a member's card as a draft (autosave): a submitted card becomes a draft again (revision). */
export async function saveScorecardDraft(tx: Db, key: { councilId: string; dossierId: string; memberId: string; provinceCode: string | null }, w: ScorecardWrite): Promise<ScorecardRow> {
  const [row] = await tx.insert(scorecards).values({ ...key, ...w, submittedAt: null, total: null })
    .onConflictDoUpdate({
      target: [scorecards.councilId, scorecards.dossierId, scorecards.memberId],
      set: { answers: w.answers, branch: w.branch, knockouts: w.knockouts, applies: w.applies, submittedAt: null, total: null, updatedAt: new Date() },
    }).returning();
  return row!;
}

export async function markScorecardSubmitted(tx: Db, id: string, total: number): Promise<ScorecardRow> {
  const [row] = await tx.update(scorecards)
    .set({ submittedAt: new Date(), total, revision: sql`${scorecards.revision} + 1`, updatedAt: new Date() })
    .where(eq(scorecards.id, id)).returning();
  return row!;
}

// ---- outcomes ----

export async function upsertOutcome(tx: Db, v: typeof councilOutcomes.$inferInsert): Promise<void> {
  await tx.insert(councilOutcomes).values(v).onConflictDoUpdate({
    target: [councilOutcomes.councilId, councilOutcomes.dossierId],
    set: { aggregate: v.aggregate, mean: v.mean, star: v.star, spreadFlag: v.spreadFlag, outcome: v.outcome, decidedAt: new Date() },
  });
}

export async function findOutcome(db: Db, councilId: string, dossierId: string) {
  const [row] = await db.select().from(councilOutcomes).where(and(eq(councilOutcomes.councilId, councilId), eq(councilOutcomes.dossierId, dossierId)));
  return row;
}

/** The province's council policies (partial; {} when it has set none). */
export async function findProvincePolicy(db: Db, provinceCode: string | null): Promise<Record<string, unknown>> {
  if (provinceCode === null) return {};
  const [row] = await db.select().from(provinceCouncilPolicies).where(eq(provinceCouncilPolicies.provinceCode, provinceCode));
  return (row?.policy ?? {}) as Record<string, unknown>;
}

export async function saveProvincePolicy(tx: Db, provinceCode: string, policy: Record<string, unknown>, by: string): Promise<void> {
  await tx.insert(provinceCouncilPolicies).values({ provinceCode, policy, updatedBy: by })
    .onConflictDoUpdate({ target: provinceCouncilPolicies.provinceCode, set: { policy, updatedBy: by, updatedAt: new Date() } });
}

/** Members of a council in the given positions (a notice's recipients). */
export async function councilMemberIds(db: Db, councilId: string, positions: string[]): Promise<string[]> {
  const rows = await db.select({ id: councilMembers.userId }).from(councilMembers)
    .where(and(eq(councilMembers.councilId, councilId), inArray(councilMembers.position, positions)));
  return rows.map((r) => r.id);
}
