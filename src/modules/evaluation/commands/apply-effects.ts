// Carries out a transition's effects inside its transaction: notifications to the right people in scope, the
// certificate (issued by the certificate register through the port, numbered from the issuer's counter, valid 36
// months, Art. 4.3), the Art. 12.3 extension of a certificate under late re-evaluation. Deadlines and warnings go
// back to the caller as they are.
import type { Jobs } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Message } from '../../../platform/errors.ts';
import { ACTION_LABELS, STATE_LABELS, type Effect, type Recipient } from '../domain/dossier-lifecycle.ts';
import {
  communeOfficerIds,
  insertNotifications,
  nationalRoleIds,
  producerAccountIds,
  roleIdsInProvince,
} from '../../../platform/notifications/notification-store.ts';
import { councilMemberIds } from '../data/council-store.ts';
import type { DecisionRow, DossierRow } from '../data/schema.ts';
import type { EvaluationDeps, RegisteredCertificate } from './certificate-register.ts';

export type PublicEffect =
  | { type: 'notify'; to: Recipient[]; about: string; recipients: number }
  | { type: 'deadline_started' | 'deadline_missed'; deadline: string; dueOn: string; article: string; message: Message }
  | { type: 'warning'; message: Message }
  | {
      type: 'issue_certificate';
      certificateId: string;
      number: string;
      star: number;
      issuedOn: string;
      expiresOn: string;
    }
  | { type: 'certificate_extended'; certificate: string; until: string; article: string };

/** The users behind a recipient of the dossier (active accounts, in the dossier's scope). */
export async function recipientIds(tx: Db, row: DossierRow, to: Recipient): Promise<string[]> {
  const ministrySide =
    row.centralCouncilId !== null && ['ministry_council', 'ministry_received', 'sent_to_ministry'].includes(row.state);
  switch (to) {
    case 'producer':
      return producerAccountIds(tx, row.producerId);
    case 'commune':
      return communeOfficerIds(tx, row.communeCode);
    case 'province_office':
      return roleIdsInProvince(tx, ['province_office'], row.provinceCode);
    case 'ministry_office':
      return nationalRoleIds(tx, ['ministry_office']);
    case 'advisory_team': {
      const team = row.councilId ? await councilMemberIds(tx, row.councilId, ['advisory']) : [];
      return team.length ? team : roleIdsInProvince(tx, ['advisory_member'], row.provinceCode);
    }
    case 'council': {
      const councilId = ministrySide ? row.centralCouncilId : row.councilId;
      const members = councilId ? await councilMemberIds(tx, councilId, ['chair', 'vice_chair', 'member']) : [];
      return members.length ? members : roleIdsInProvince(tx, ['province_council_chair'], row.provinceCode);
    }
  }
}

/** Inserts one notification per person (the actor excepted) about a step of the dossier. */
export async function notifyAbout(
  tx: Db,
  jobs: Jobs,
  row: DossierRow,
  actor: Actor,
  to: Recipient[],
  kind: string,
  title: Message,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const people = new Set<string>();
  for (const r of to) for (const id of await recipientIds(tx, row, r)) people.add(id);
  people.delete(actor.id);
  const body = {
    dossierId: row.id,
    productName: row.productName,
    state: row.state,
    stateLabel: STATE_LABELS[row.state as keyof typeof STATE_LABELS],
    receiptNo: row.receiptNo,
    ...extra,
  };
  return insertNotifications(
    tx,
    jobs,
    [...people].map((userId) => ({
      userId,
      provinceCode: row.provinceCode,
      kind,
      title,
      body,
      link: `/dossiers/${row.id}`,
    })),
  );
}

export interface EffectInput {
  row: DossierRow;
  actor: Actor;
  effects: Effect[];
  decisionRow: DecisionRow | null;
}

export async function applyEffects(
  tx: Db,
  input: EffectInput,
  deps: EvaluationDeps,
): Promise<{ effects: PublicEffect[]; certificate: RegisteredCertificate | null }> {
  const { row, actor } = input;
  const out: PublicEffect[] = [];
  let certificate: RegisteredCertificate | null = null;
  for (const e of input.effects) {
    switch (e.type) {
      case 'notify': {
        const label = ACTION_LABELS[e.about];
        const title = {
          vi: `${label.vi}: ${row.productName ?? ''}`.trim(),
          en: `${label.en}: ${row.productName ?? ''}`.trim(),
        };
        const n = await notifyAbout(
          tx,
          deps.jobs,
          row,
          actor,
          e.to,
          `dossier.${e.about}`,
          title,
          e.reason ? { reason: e.reason } : {},
        );
        out.push({ type: 'notify', to: e.to, about: e.about, recipients: n });
        break;
      }
      case 'deadline_started':
      case 'deadline_missed':
        out.push({ type: e.type, deadline: e.deadline, dueOn: e.dueOn, article: e.article, message: e.message });
        break;
      case 'warning':
        out.push({ type: 'warning', message: e.message });
        break;
      case 'issue_certificate': {
        certificate = await issueCertificate(tx, deps, row, actor, e, input.decisionRow);
        out.push({
          type: 'issue_certificate',
          certificateId: certificate.id,
          number: certificate.number,
          star: certificate.star,
          issuedOn: certificate.issuedOn,
          expiresOn: certificate.expiresOn,
        });
        break;
      }
      case 'certificate_extended': {
        await deps.certificates.extend(tx, e.certificate, e.until);
        out.push({ type: 'certificate_extended', certificate: e.certificate, until: e.until, article: e.article });
        break;
      }
    }
  }
  return { effects: out, certificate };
}

/**
 * Art. 4.1, 4.3: the province's (3★/4★) or the Ministry's (5★) certificate, numbered per issuer per year of the
 * decision by the register, dated the decision's day, valid 36 months. An upgrade or re-evaluation certificate
 * replaces the product's previous one.
 */
function issueCertificate(
  tx: Db,
  deps: EvaluationDeps,
  row: DossierRow,
  actor: Actor,
  e: Extract<Effect, { type: 'issue_certificate' }>,
  decision: DecisionRow | null,
): Promise<RegisteredCertificate> {
  return deps.certificates.issue(tx, actor, {
    issuer: e.issuer,
    provinceCode: row.provinceCode,
    productId: row.productId,
    dossierId: row.id,
    decisionId: decision?.id ?? null,
    decision: e.decision,
    star: e.star,
    points: row.finalPoints,
    expiresOn: e.expiresOn,
    supersedes: e.supersedes,
  });
}
