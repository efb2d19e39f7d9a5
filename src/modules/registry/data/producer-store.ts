// Queries over producers: the only place that builds their SQL.
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { insertAsJson } from '../../../db/insert-as-json.ts';
import { producers, products, type ProducerRow } from './tables.ts';
import { scopeConditions, searchMatches, type ReadScope } from './scope.ts';

export type ProducerValues = Omit<typeof producers.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export interface ProducerFilter {
  q?: string;
  provinceCode?: string;
  communeCode?: string;
  legalType?: string;
  /** Producers with at least one product of this set. */
  setNo?: number;
  status?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

function conditions(scope: ReadScope, f: ProducerFilter): SQL | undefined {
  const conds = scopeConditions(scope, { provinceCode: producers.provinceCode, communeCode: producers.communeCode, producerId: producers.id });
  if (f.provinceCode) conds.push(eq(producers.provinceCode, f.provinceCode));
  if (f.communeCode) conds.push(eq(producers.communeCode, f.communeCode));
  if (f.legalType) conds.push(eq(producers.legalType, f.legalType));
  if (f.status) conds.push(eq(producers.status, f.status));
  if (f.setNo) conds.push(sql`exists (select 1 from ${products} where ${products.producerId} = ${producers.id} and ${products.setNo} = ${f.setNo})`);
  const q = f.q?.trim();
  if (q) conds.push(searchMatches(producers.search, q));
  return conds.length ? and(...conds) : undefined;
}

export async function listProducerRows(db: Db, scope: ReadScope, filter: ProducerFilter, page: Page): Promise<{ rows: ProducerRow[]; total: number }> {
  const where = conditions(scope, filter);
  const [rows, [count]] = await Promise.all([
    db.select().from(producers).where(where)
      .orderBy(sql`${producers.name} collate vi`, producers.id).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(producers).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** `lock`: 'update' to change the producer, 'share' to keep it as it is while adding to it (products, accounts). */
export async function findProducer(db: Db, id: string, opts: { lock?: 'update' | 'share' } = {}): Promise<ProducerRow | undefined> {
  const q = db.select().from(producers).where(eq(producers.id, id));
  const [row] = opts.lock ? await q.for(opts.lock) : await q;
  return row;
}

/**
 * Serialises producer writes of a province for the rest of the transaction, so the duplicate checks below see
 * every committed producer and two officers cannot slip the same producer in side by side. Producer writes are
 * rare (a few hundred a year per province), so one lock per province costs nothing noticeable.
 */
export async function lockProvinceProducers(tx: Db, provinceCodes: string[]): Promise<void> {
  for (const code of [...new Set(provinceCodes)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'registry.producers:' + code}))`);
  }
}

type Match = { id: string; name: string };
const exceptId = (id: string | undefined) => (id ? [ne(producers.id, id)] : []);

export async function findByRegistrationNo(db: Db, provinceCode: string, registrationNo: string, except?: string): Promise<Match | undefined> {
  const [row] = await db.select({ id: producers.id, name: producers.name }).from(producers)
    .where(and(eq(producers.provinceCode, provinceCode), eq(producers.registrationNo, registrationNo), ...exceptId(except))).limit(1);
  return row;
}

export async function findByNameKey(db: Db, communeCode: string, nameKey: string, except?: string): Promise<Match | undefined> {
  const [row] = await db.select({ id: producers.id, name: producers.name }).from(producers)
    .where(and(eq(producers.communeCode, communeCode), eq(producers.nameKey, nameKey), ...exceptId(except)))
    .orderBy(producers.createdAt).limit(1);
  return row;
}

export async function insertProducer(tx: Db, values: ProducerValues): Promise<ProducerRow> {
  const [row] = await tx.insert(producers).values(values).returning();
  return row!;
}

export async function updateProducerRow(tx: Db, id: string, values: Partial<ProducerValues>): Promise<ProducerRow> {
  const [row] = await tx.update(producers).set({ ...values, updatedAt: new Date() }).where(eq(producers.id, id)).returning();
  return row!;
}

/** Sets of the producer's products other than `setNo` (to refuse a legal type that cannot hold them). */
export async function productSetsOtherThan(db: Db, producerId: string, setNo: number): Promise<number[]> {
  const rows = await db.selectDistinct({ setNo: products.setNo }).from(products)
    .where(and(eq(products.producerId, producerId), ne(products.setNo, setNo)));
  return rows.map((r) => r.setNo).sort((a, b) => a - b);
}

/**
 * Producers an account or a new record may stand for, by the rules of the duplicate check: the same registration
 * number in the province, or the same normalised name in the commune. At most `limit`, numbers first.
 */
export async function findDuplicateCandidates(db: Db, probe: { provinceCode: string; communeCode: string; registrationNo: string | null; nameKey: string }, limit = 10): Promise<(ProducerRow & { sameRegistrationNo: boolean })[]> {
  const sameNo = probe.registrationNo ? and(eq(producers.provinceCode, probe.provinceCode), eq(producers.registrationNo, probe.registrationNo)) : undefined;
  const sameName = and(eq(producers.communeCode, probe.communeCode), eq(producers.nameKey, probe.nameKey));
  const byNo = sameNo ?? sql`false`;
  const rows = await db.select({ producer: producers, sameRegistrationNo: sql<boolean>`coalesce(${byNo}, false)` }).from(producers)
    .where(sameNo ? sql`(${sameNo}) or (${sameName})` : sameName)
    .orderBy(sql`coalesce(${byNo}, false) desc`, sql`${producers.name} collate vi`, producers.id).limit(limit);
  return rows.map((r) => ({ ...r.producer, sameRegistrationNo: r.sameRegistrationNo }));
}

/** Many producers in one statement (a bulk import); the caller gives each its id, so rows map back without relying
 *  on the order RETURNING gives them. */
export async function insertProducers(tx: Db, values: (ProducerValues & { id: string })[]): Promise<ProducerRow[]> {
  if (!values.length) return [];
  await insertAsJson(tx, producers, values);
  return tx.select().from(producers).where(inArray(producers.id, values.map((v) => v.id)));
}

/** Several producers at once, held `for share` (products are added to them: no change of type or commune under us). */
export async function findProducersForShare(tx: Db, ids: readonly string[]): Promise<Map<string, ProducerRow>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const rows = await tx.select().from(producers).where(inArray(producers.id, wanted)).orderBy(producers.id).for('share');
  return new Map(rows.map((r) => [r.id, r]));
}
