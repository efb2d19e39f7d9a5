// Queries over dossiers, their snapshots and the commune receipt counters: the only place that builds their SQL.
import { and, desc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { insertAsJson } from '../../../db/insert-as-json.ts';
import type { DossierScope } from '../policy.ts';
import { dossiers, dossierSnapshots, receiptCounters, type DossierRow } from './schema.ts';
import { dossierScopeConditions, dossierSearch } from './scope.ts';

export type DossierValues = Omit<typeof dossiers.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'search'>;

export interface DossierFilter {
  states?: readonly string[];
  state?: string;
  kind?: string;
  communeCode?: string;
  provinceCode?: string;
  roundId?: string;
  year?: number;
  q?: string;
  productId?: string;
  /** The commune's "paper filings" queue: only what this officer entered. */
  createdBy?: string;
}

export interface Page { limit: number; offset: number }

function conditions(scope: DossierScope, f: DossierFilter): SQL | undefined {
  const conds = dossierScopeConditions(scope);
  if (f.states) conds.push(f.states.length ? inArray(dossiers.state, [...f.states]) : sql`false`);
  if (f.state) conds.push(eq(dossiers.state, f.state));
  if (f.kind) conds.push(eq(dossiers.kind, f.kind));
  if (f.provinceCode) conds.push(eq(dossiers.provinceCode, f.provinceCode));
  if (f.communeCode) conds.push(eq(dossiers.communeCode, f.communeCode));
  if (f.roundId) conds.push(eq(dossiers.roundId, f.roundId));
  if (f.year) conds.push(eq(dossiers.year, f.year));
  if (f.productId) conds.push(eq(dossiers.productId, f.productId));
  if (f.createdBy) conds.push(eq(dossiers.createdBy, f.createdBy));
  const q = f.q?.trim();
  if (q) conds.push(dossierSearch(q));
  return conds.length ? and(...conds) : undefined;
}

export async function listDossierRows(db: Db, scope: DossierScope, filter: DossierFilter, page: Page): Promise<{ rows: DossierRow[]; total: number }> {
  const where = conditions(scope, filter);
  const [rows, [count]] = await Promise.all([
    db.select().from(dossiers).where(where).orderBy(desc(dossiers.updatedAt), dossiers.id).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(dossiers).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function findDossier(db: Db, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  return row;
}

/**
 * Locks the dossier row for the rest of the transaction: every write of a dossier goes through this ('update').
 * 'share' holds the row still without writing it (a member's draft scorecard): sharers do not wait for each other,
 * and any step on the dossier (FOR UPDATE) waits for them — or they for it, and then see its new state.
 */
export async function lockDossier(tx: Db, id: string, mode: 'update' | 'share' = 'update'): Promise<DossierRow | undefined> {
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, id)).for(mode);
  return row;
}

export async function insertDossier(tx: Db, values: DossierValues): Promise<DossierRow> {
  const [row] = await tx.insert(dossiers).values(values).returning();
  return row!;
}

/** Many dossiers in one statement (a bulk import of past results), each with the id its caller gave it. */
export async function insertDossiers(tx: Db, values: (DossierValues & { id: string })[]): Promise<void> {
  await insertAsJson(tx, dossiers, values);
}

/** Writes a dossier change and bumps its version (the row is locked by the caller). */
export async function updateDossierRow(tx: Db, id: string, values: Partial<DossierValues>): Promise<DossierRow> {
  const [row] = await tx.update(dossiers)
    .set({ ...values, version: sql`${dossiers.version} + 1`, updatedAt: new Date() })
    .where(eq(dossiers.id, id)).returning();
  return row!;
}

/** A dossier of the product still in the procedure (not in one of `terminal`), other than `except`. */
export async function findOpenDossierOfProduct(db: Db, productId: string, terminal: readonly string[]): Promise<{ id: string; state: string } | undefined> {
  const [row] = await db.select({ id: dossiers.id, state: dossiers.state }).from(dossiers)
    .where(and(eq(dossiers.productId, productId), notInArray(dossiers.state, [...terminal]))).limit(1);
  return row;
}

/** Dossiers of a round with no council yet (a council formed after the assignment takes them). */
export async function linkRoundDossiersToCouncil(tx: Db, roundId: string, councilId: string, level: 'province' | 'central'): Promise<string[]> {
  if (level === 'province') {
    const rows = await tx.update(dossiers).set({ councilId }).where(and(eq(dossiers.roundId, roundId), isNull(dossiers.councilId))).returning({ id: dossiers.id });
    return rows.map((r) => r.id);
  }
  const rows = await tx.update(dossiers).set({ centralCouncilId: councilId })
    .where(and(sql`${dossiers.facts}->>'centralRoundId' = ${roundId}`, isNull(dossiers.centralCouncilId))).returning({ id: dossiers.id });
  return rows.map((r) => r.id);
}

// ---- snapshots ----

export async function insertSnapshot(tx: Db, v: { dossierId: string; provinceCode: string; state: string; takenBy: string | null; snapshot: unknown }): Promise<number> {
  const [row] = await tx.insert(dossierSnapshots).values({
    ...v,
    seq: sql<number>`(select coalesce(max(seq), 0) + 1 from dossier_snapshots where dossier_id = ${v.dossierId})`,
  }).returning({ seq: dossierSnapshots.seq });
  return row!.seq;
}

export async function listSnapshots(db: Db, dossierId: string) {
  return db.select({ seq: dossierSnapshots.seq, state: dossierSnapshots.state, takenAt: dossierSnapshots.takenAt, takenBy: dossierSnapshots.takenBy })
    .from(dossierSnapshots).where(eq(dossierSnapshots.dossierId, dossierId)).orderBy(dossierSnapshots.seq);
}

// ---- receipt numbers ----

/**
 * The commune's next receipt sequence for the year (Form 01, "…/PĐK-<tỉnh>-<xã>-<năm>"). The upsert takes the
 * counter row's lock and keeps it until the caller's transaction ends: concurrent receipts queue on it, a rolled-back
 * receipt gives its number back, so committed receipts run 1, 2, 3 … with no gap and no repeat.
 */
export async function nextReceiptSeq(tx: Db, provinceCode: string, communeCode: string, year: number): Promise<number> {
  const [row] = await tx.insert(receiptCounters).values({ provinceCode, communeCode, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [receiptCounters.provinceCode, receiptCounters.communeCode, receiptCounters.year],
      set: { lastSeq: sql`${receiptCounters.lastSeq} + 1` },
    })
    .returning({ seq: receiptCounters.lastSeq });
  return row!.seq;
}
