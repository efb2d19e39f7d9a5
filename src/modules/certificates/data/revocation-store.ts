// Queries of revocation (Art. 8): the proposals' queue, their closing, and the revocation decisions. The only place
// that builds their SQL.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import {
  certificateRevocations,
  certificates,
  revocationProposals,
  type CertificateRevocationRow,
  type RevocationProposalRow,
} from './schema.ts';

export async function findRevocation(db: Db, certificateId: string): Promise<CertificateRevocationRow | undefined> {
  const [row] = await db
    .select()
    .from(certificateRevocations)
    .where(eq(certificateRevocations.certificateId, certificateId));
  return row;
}

export async function insertRevocation(
  tx: Db,
  v: Omit<typeof certificateRevocations.$inferInsert, 'id' | 'recordedAt'>,
): Promise<CertificateRevocationRow> {
  const [row] = await tx.insert(certificateRevocations).values(v).returning();
  return row!;
}

export async function findProposal(db: Db, id: string): Promise<RevocationProposalRow | undefined> {
  const [row] = await db.select().from(revocationProposals).where(eq(revocationProposals.id, id));
  return row;
}

/** Locks the proposal for the rest of the transaction (two officers closing it at once: one wins). */
export async function lockProposal(tx: Db, id: string): Promise<RevocationProposalRow | undefined> {
  const [row] = await tx.select().from(revocationProposals).where(eq(revocationProposals.id, id)).for('update');
  return row;
}

export async function closeProposals(
  tx: Db,
  where: { ids?: string[]; certificateId?: string },
  v: { state: 'dismissed' | 'revoked'; by: string; note: string | null },
): Promise<string[]> {
  const conds: SQL[] = [eq(revocationProposals.state, 'open')];
  if (where.ids) conds.push(inArray(revocationProposals.id, where.ids));
  if (where.certificateId) conds.push(eq(revocationProposals.certificateId, where.certificateId));
  const rows = await tx
    .update(revocationProposals)
    .set({ state: v.state, closedAt: sql`now()`, closedBy: v.by, closeNote: v.note })
    .where(and(...conds))
    .returning({ id: revocationProposals.id });
  return rows.map((r) => r.id);
}

export interface ProposalFilter {
  state?: 'open' | 'dismissed' | 'revoked';
  provinceCode?: string;
  /** The Ministry's office: the 5★ certificates it prepares revocations for. */
  star?: number;
  certificateId?: string;
}

export type ProposalWithCertificate = {
  proposal: RevocationProposalRow;
  certificate: typeof certificates.$inferSelect;
};

export async function listProposalRows(
  db: Db,
  f: ProposalFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ProposalWithCertificate[]; total: number }> {
  const conds: SQL[] = [];
  if (f.state) conds.push(eq(revocationProposals.state, f.state));
  if (f.provinceCode) conds.push(eq(revocationProposals.provinceCode, f.provinceCode));
  if (f.star) conds.push(eq(certificates.star, f.star));
  if (f.certificateId) conds.push(eq(revocationProposals.certificateId, f.certificateId));
  const w = conds.length ? and(...conds) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select({ proposal: revocationProposals, certificate: certificates })
      .from(revocationProposals)
      .innerJoin(certificates, eq(certificates.id, revocationProposals.certificateId))
      .where(w)
      .orderBy(revocationProposals.proposedAt, desc(revocationProposals.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(revocationProposals)
      .innerJoin(certificates, eq(certificates.id, revocationProposals.certificateId))
      .where(w),
  ]);
  return { rows, total: count?.n ?? 0 };
}
