// Proposing that a certificate be revoked (Art. 8.3): the one entry the inspection workflow, the commune's and the
// consumer's reports and the office use. Runs in the caller's transaction, so a finding escalated to a proposal
// commits or rolls back with it. Deciding a proposal (the revocation decision, Art. 8.2–8.4) is another command.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { certificates, revocationProposals, type RevocationProposalRow } from '../data/schema.ts';
import type { RevocationGroundCode, RevocationTrigger } from '../domain/revocation.ts';

export type RevocationSource = 'inspection' | 'commune_report' | 'authority_conclusion' | 'consumer_report';

export interface RevocationProposalInput {
  certificateId: string;
  source: RevocationSource;
  /** The record the proposal came from (an inspection finding's id, a consumer report's id). */
  sourceRef?: string | null;
  ground?: RevocationGroundCode | null;
  summary: string;
  /** The conclusion or the commune's confirmation it rests on, when known: Art. 8.4's 15 days count from its date
   *  (otherwise from the day of the proposal). */
  basis?: { trigger: RevocationTrigger; date: string; reference: string } | null;
}

/** Records an open proposal for the certificate's province; undefined when the certificate does not exist. */
export async function proposeRevocation(
  tx: Db,
  actor: Actor | null,
  input: RevocationProposalInput,
): Promise<RevocationProposalRow | undefined> {
  const [cert] = await tx
    .select({ id: certificates.id, provinceCode: certificates.provinceCode, number: certificates.number })
    .from(certificates)
    .where(eq(certificates.id, input.certificateId));
  if (!cert) return undefined;
  const [row] = await tx
    .insert(revocationProposals)
    .values({
      provinceCode: cert.provinceCode,
      certificateId: cert.id,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      groundCode: input.ground ?? null,
      summary: input.summary,
      proposedBy: actor?.id ?? null,
      basisTrigger: input.basis?.trigger ?? null,
      basisDate: input.basis?.date ?? null,
      basisReference: input.basis?.reference ?? null,
    })
    .returning();
  await audit(tx, actor, {
    action: 'certificate.revocation.propose',
    entityType: 'certificate',
    entityId: cert.id,
    provinceCode: cert.provinceCode,
    after: { proposalId: row!.id, number: cert.number, source: input.source, sourceRef: input.sourceRef ?? null },
  });
  return row!;
}
