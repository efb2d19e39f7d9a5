// The queue of revocation proposals (Art. 8.3.a: the OCOP office verifies and submits), and what the office does with
// one: dismiss it with a note, or record the revocation decision (revoke-certificate.ts), which closes it. Each
// proposal shows who decides (Art. 8.2) and the 15 days of Art. 8.4 — counted from the conclusion's or the commune's
// confirmation's date when the proposal carries it, otherwise from the day it was proposed — with the days left.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { revocationDeadline, type CertifiedStar } from '../../evaluation/index.ts';
import { findProductViews } from '../../registry/index.ts';
import { daysBetween, loadCalendar, type IsoDate } from '../../reference/index.ts';
import { REVOCATION_GROUNDS, revocationAuthority } from '../domain/revocation.ts';
import {
  closeProposals,
  listProposalRows,
  lockProposal,
  type ProposalWithCertificate,
} from '../data/revocation-store.ts';
import { findCertificate } from '../data/certificate-store.ts';
import { assertMayActOnRevocation, certificatePolicy, mayActOnRevocation } from '../policy.ts';
import { IN_FORCE } from '../domain/lifecycle.ts';
import { lifecyclesOf } from './lifecycles.ts';
import { proposeRevocation, type RevocationProposalInput } from './propose-revocation.ts';
import { certificateInSight } from './read-certificates.ts';

const proposalNotFound = () => notFound({ vi: 'đề nghị thu hồi', en: 'Revocation proposal' });

/** The day a timestamp falls on in Vietnam (UTC+7), where the law's days are counted. */
const vnDay = (t: Date): IsoDate => new Date(t.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Art. 8.4: the last day to decide, and how many days are left on `today`. */
export function proposalDeadline(p: ProposalWithCertificate['proposal'], today: IsoDate) {
  const startsOn = p.basisDate ?? vnDay(p.proposedAt);
  const d = revocationDeadline(startsOn, loadCalendar());
  const daysLeft = daysBetween(today, d.dueOn);
  return {
    startsOn,
    countedFrom: p.basisDate ? ('basis' as const) : ('proposal' as const),
    dueOn: d.dueOn,
    daysLeft,
    overdue: p.state === 'open' && daysLeft < 0,
    article: d.article,
    message: d.message,
  };
}

async function present(db: Db, actor: Actor, rows: ProposalWithCertificate[], today: IsoDate) {
  // Sequential: `db` may be a transaction's client (dismiss, propose), which runs one query at a time.
  const views = await findProductViews(
    db,
    rows.map((r) => r.certificate.productId),
  );
  const lives = await lifecyclesOf(
    db,
    rows.map((r) => r.certificate),
    today,
  );
  return rows.map(({ proposal: p, certificate: c }) => {
    const ground = REVOCATION_GROUNDS.find((g) => g.code === p.groundCode) ?? null;
    const life = lives.get(c.id)!;
    const authority = revocationAuthority(c.star as CertifiedStar);
    const acts = p.state === 'open' && mayActOnRevocation(actor, c);
    return {
      id: p.id,
      state: p.state,
      source: p.source,
      sourceRef: p.sourceRef,
      ground: ground ? { code: ground.code, article: ground.article, label: ground.label } : null,
      summary: p.summary,
      basis: p.basisDate
        ? { trigger: p.basisTrigger ?? 'authority_conclusion', date: p.basisDate, reference: p.basisReference ?? '' }
        : null,
      proposedAt: p.proposedAt.toISOString(),
      closedAt: p.closedAt ? p.closedAt.toISOString() : null,
      closeNote: p.closeNote,
      certificate: {
        id: c.id,
        number: c.number,
        star: c.star,
        provinceCode: c.provinceCode,
        productName: views.get(c.productId)?.name ?? null,
        producerName: views.get(c.productId)?.producerName ?? null,
        status: life.status,
        stateLabel: life.label,
      },
      authority: { decidedBy: authority.decidedBy, label: authority.label, article: authority.article },
      deadline: proposalDeadline(p, today),
      may: { revoke: acts && IN_FORCE.includes(life.status), dismiss: acts },
    };
  });
}
export type PublicRevocationProposal = Awaited<ReturnType<typeof present>>[number];

/** The proposals in the actor's scope: a province's own; nationally (the Ministry's office, the admin) all. */
export async function listRevocationProposals(
  db: Db,
  actor: Actor,
  f: { state?: 'open' | 'dismissed' | 'revoked'; certificateId?: string },
  page: { limit: number; offset: number },
  today: IsoDate,
): Promise<{ items: PublicRevocationProposal[]; total: number }> {
  certificatePolicy.assertCan(actor, 'revocations.read');
  const provinceCode = scopeLevel(actor) === 'national' ? undefined : actor.provinceCode!;
  const { rows, total } = await listProposalRows(db, { ...f, provinceCode }, page);
  return { items: await present(db, actor, rows, today), total };
}

/** Closes an open proposal without revocation, with the office's note (audited). */
export async function dismissRevocationProposal(
  db: Db,
  actor: Actor,
  id: string,
  note: string,
  today: IsoDate,
): Promise<PublicRevocationProposal> {
  certificatePolicy.assertCan(actor, 'revocations.manage');
  return db.transaction(async (tx) => {
    const p = await lockProposal(tx, id);
    const c = p ? await findCertificate(tx, p.certificateId) : undefined;
    // Another province's proposal is answered as not found.
    if (!p || !c || (scopeLevel(actor) !== 'national' && actor.provinceCode !== p.provinceCode))
      throw proposalNotFound();
    assertMayActOnRevocation(actor, c);
    if (p.state !== 'open')
      throw new AppError(409, 'proposal_closed', {
        vi: 'Đề nghị thu hồi này đã được xử lý.',
        en: 'This revocation proposal is already closed.',
      });
    await closeProposals(tx, { ids: [p.id] }, { state: 'dismissed', by: actor.id, note });
    await audit(tx, actor, {
      action: 'certificate.revocation.dismiss',
      entityType: 'certificate',
      entityId: c.id,
      provinceCode: c.provinceCode,
      reason: note,
      after: { proposalId: p.id, number: c.number },
    });
    const { rows } = await listProposalRows(tx, { certificateId: c.id }, { limit: 500, offset: 0 });
    return (
      await present(
        tx,
        actor,
        rows.filter((r) => r.proposal.id === p.id),
        today,
      )
    )[0]!;
  });
}

/**
 * A proposal from the staff side (Art. 8.3.a): a commune officer reports on a product of its commune (e.g. the
 * producer stopped production, point đ), an OCOP office records another authority's conclusion. Inspection findings
 * and consumer reports come through proposeRevocation from their own modules.
 */
export async function proposeRevocationAsStaff(
  db: Db,
  actor: Actor,
  certificateId: string,
  body: Pick<RevocationProposalInput, 'ground' | 'summary' | 'basis'>,
  today: IsoDate,
): Promise<PublicRevocationProposal> {
  const { row } = await certificateInSight(db, actor, certificateId);
  certificatePolicy.assertCan(actor, 'revocations.propose');
  return db.transaction(async (tx) => {
    const p = await proposeRevocation(tx, actor, {
      certificateId: row.id,
      source: actor.role === 'commune_officer' ? 'commune_report' : 'authority_conclusion',
      ground: body.ground ?? null,
      summary: body.summary,
      basis: body.basis ?? null,
    });
    const { rows } = await listProposalRows(tx, { certificateId: row.id }, { limit: 500, offset: 0 });
    return (
      await present(
        tx,
        actor,
        rows.filter((r) => r.proposal.id === p!.id),
        today,
      )
    )[0]!;
  });
}
