// Queries of the certificate register: certificates and their gapless counters. The only place that builds their SQL.
import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { insertAsJson } from '../../../db/insert-as-json.ts';
import { productSearchLike } from '../../registry/index.ts';
import { certificateCounters, certificates, type CertificateRow } from './schema.ts';
import { lifecycleStatusSql } from './lifecycle-store.ts';
import { containsPattern } from '../../../db/search.ts';

export type CertificateValues = Omit<typeof certificates.$inferInsert, 'id' | 'createdAt'>;

/** The product's certificate an upgrade or re-evaluation builds on: the latest one not revoked nor replaced. */
export async function currentCertificateOf(db: Db, productId: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates)
    .where(and(eq(certificates.productId, productId), inArray(certificates.status, ['valid', 'expired'])))
    .orderBy(desc(certificates.issuedOn), desc(certificates.createdAt)).limit(1);
  return row;
}

export async function findCertificate(db: Db, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

export async function findCertificateByNumber(db: Db, number: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.number, number));
  return row;
}

export async function insertCertificate(tx: Db, v: CertificateValues): Promise<CertificateRow> {
  const [row] = await tx.insert(certificates).values(v).returning();
  return row!;
}

/** Many certificates in one statement (past certificates of a bulk import); the number's unique index still
 *  refuses a taken one (23505). */
export async function insertCertificates(tx: Db, v: CertificateValues[]): Promise<CertificateRow[]> {
  if (!v.length) return [];
  await insertAsJson(tx, certificates, v);
  return tx.select().from(certificates).where(inArray(certificates.number, v.map((c) => c.number)));
}

export async function updateCertificateRow(tx: Db, id: string, v: Partial<CertificateValues>): Promise<void> {
  await tx.update(certificates).set(v).where(eq(certificates.id, id));
}

export interface CertificateFilter {
  /** The day the lifecycle status filter is judged on. */
  today: string;
  provinceCode?: string;
  productIds?: string[];
  star?: number;
  status?: string;
  year?: number;
  ministryOnly?: boolean;
  /** Certificate number, or the product's name or code, without diacritics. */
  q?: string;
}

export async function listCertificateRows(db: Db, f: CertificateFilter, page: { limit: number; offset: number }) {
  const conds: SQL[] = [];
  if (f.provinceCode) conds.push(eq(certificates.provinceCode, f.provinceCode));
  if (f.productIds) conds.push(f.productIds.length ? inArray(certificates.productId, f.productIds) : sql`false`);
  if (f.star) conds.push(eq(certificates.star, f.star));
  if (f.status) conds.push(sql`${lifecycleStatusSql(f.today)} = ${f.status}`);
  if (f.year) conds.push(sql`extract(year from ${certificates.issuedOn}) = ${f.year}`);
  if (f.ministryOnly) conds.push(eq(certificates.star, 5));
  if (f.q) {
    const like = containsPattern(f.q);
    conds.push(sql`(search_key(${certificates.number}) like ${like} or ${productSearchLike(certificates.productId, like)})`);
  }
  const w = conds.length ? and(...conds) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select().from(certificates).where(w).orderBy(desc(certificates.issuedOn), desc(certificates.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(certificates).where(w),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** The issuer's next certificate sequence for the year; gapless for the same reason as receipts. */
export async function nextCertificateSeq(tx: Db, scope: string, year: number): Promise<number> {
  const [row] = await tx.insert(certificateCounters).values({ scope, year, lastSeq: 1 })
    .onConflictDoUpdate({ target: [certificateCounters.scope, certificateCounters.year], set: { lastSeq: sql`${certificateCounters.lastSeq} + 1` } })
    .returning({ seq: certificateCounters.lastSeq });
  return row!.seq;
}

/** The number of the certificate each dossier earned (a dossier earns at most one), by dossier id. */
export async function certificateNumbersOfDossiers(db: Db, dossierIds: readonly string[]): Promise<Map<string, string>> {
  if (!dossierIds.length) return new Map();
  const rows = await db.select({ dossierId: certificates.dossierId, number: certificates.number }).from(certificates)
    .where(inArray(certificates.dossierId, [...new Set(dossierIds)]));
  return new Map(rows.map((r) => [r.dossierId!, r.number]));
}

/** Certificate numbers already used, among `numbers` (the column is unique across the country). */
export async function usedCertificateNumbers(db: Db, numbers: readonly string[]): Promise<Set<string>> {
  if (!numbers.length) return new Set();
  const rows = await db.select({ number: certificates.number }).from(certificates).where(inArray(certificates.number, [...numbers]));
  return new Set(rows.map((r) => r.number));
}

/** The product's certificate in force before `date` that an upgrade or re-evaluation decided that day replaces. */
export async function certificateBefore(db: Db, productId: string, date: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates)
    .where(and(eq(certificates.productId, productId), inArray(certificates.status, ['valid', 'expired']), lt(certificates.issuedOn, date)))
    .orderBy(desc(certificates.issuedOn), desc(certificates.createdAt)).limit(1);
  return row;
}

