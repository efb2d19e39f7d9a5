// The certificate register as evaluation reaches it (evaluation's port, evaluation/commands/certificate-register.ts):
// issuing a certificate a recognition decision grants, replacing and extending one, storing a past one, and the
// reads the procedure builds on. Each write runs in the caller's transaction, so a certificate's gapless number and
// its row commit or roll back with the dossier step that caused them. Wired in by app.ts, the CLI, the demo and tests.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import type {
  CertificateRegister,
  CertificateToday,
  CertificateToIssue,
  PastCertificate,
} from '../../evaluation/index.ts';
import { findProductView } from '../../registry/index.ts';
import { formatCertificateNumber } from '../domain/numbers.ts';
import {
  certificateBefore,
  certificateNumbersOfDossiers,
  currentCertificateOf,
  findCertificateByNumber,
  insertCertificate,
  insertCertificates,
  nextCertificateSeq,
  updateCertificateRow,
  usedCertificateNumbers,
} from '../data/certificate-store.ts';
import type { CertificateRow } from '../data/schema.ts';
import { certificatesByIds } from '../data/inspection-store.ts';
import { lifecyclesOf } from './lifecycles.ts';

/** The lifecycle of each certificate on `today` (the port's statesOf: past results show it beside each). */
async function statesOf(db: Db, ids: readonly string[], today: string): Promise<Map<string, CertificateToday>> {
  const rows = [...(await certificatesByIds(db, ids)).values()];
  const lives = await lifecyclesOf(db, rows, today);
  return new Map(
    [...lives].map(([id, l]) => [
      id,
      {
        status: l.status,
        label: l.label,
        message: l.message,
        expiresOn: l.expiresOn,
        validUntil: l.validUntil,
        window: l.window,
      },
    ]),
  );
}

/** Marks `previous` replaced by `by`, audited. */
async function supersede(
  tx: Db,
  actor: Actor,
  previous: Pick<CertificateRow, 'id' | 'provinceCode' | 'status'>,
  by: { id: string; number: string },
): Promise<void> {
  await updateCertificateRow(tx, previous.id, { status: 'superseded', supersededBy: by.id });
  await audit(tx, actor, {
    action: 'certificate.supersede',
    entityType: 'certificate',
    entityId: previous.id,
    provinceCode: previous.provinceCode,
    fromState: previous.status,
    toState: 'superseded',
    after: { supersededBy: by.id, number: by.number },
  });
}

/**
 * Art. 4.1, 4.3: the province's (3★/4★) or the Ministry's (5★) certificate, numbered per issuer per year of the
 * decision (numbers.ts default format), dated the decision's day, valid 36 months. An upgrade or re-evaluation
 * certificate replaces the product's previous one.
 */
async function issue(tx: Db, actor: Actor, c: CertificateToIssue): Promise<CertificateRow> {
  const year = Number(c.decision.date.slice(0, 4));
  const scope = c.issuer === 'ministry' ? 'central' : c.provinceCode;
  const seq = await nextCertificateSeq(tx, scope, year);
  const number =
    c.issuer === 'ministry'
      ? formatCertificateNumber({ level: 'ministry', seq, year })
      : formatCertificateNumber({ level: 'province', seq, provinceCode: c.provinceCode, year });
  const product = await findProductView(tx, c.productId);
  const cert = await insertCertificate(tx, {
    provinceCode: c.provinceCode,
    productId: c.productId,
    dossierId: c.dossierId,
    decisionId: c.decisionId,
    number,
    star: c.star,
    points: c.points,
    issuedOn: c.decision.date,
    expiresOn: c.expiresOn,
    status: 'valid',
    productCode: product?.productCode ?? null,
  });
  if (c.supersedes) {
    const previous = await findCertificateByNumber(tx, c.supersedes);
    if (previous && previous.id !== cert.id) await supersede(tx, actor, previous, cert);
  }
  await audit(tx, actor, {
    action: 'certificate.issue',
    entityType: 'certificate',
    entityId: cert.id,
    provinceCode: cert.provinceCode,
    toState: 'valid',
    after: {
      number: cert.number,
      star: cert.star,
      issuedOn: cert.issuedOn,
      expiresOn: cert.expiresOn,
      dossierId: c.dossierId,
      decision: c.decision,
    },
  });
  return cert;
}

/** Art. 12.3: the certificate stays in force until `until`. */
async function extend(tx: Db, number: string, until: string): Promise<void> {
  const cert = await findCertificateByNumber(tx, number);
  if (cert) await updateCertificateRow(tx, cert.id, { extendedUntil: until });
}

/** A past certificate as its paper numbers it; the recording step audits it beside its dossier. */
function recordPast(tx: Db, c: PastCertificate): Promise<CertificateRow> {
  return insertCertificate(tx, { ...c });
}

/** Many past certificates in one statement (an import of a province's register), audited by the recording step. */
function recordPastMany(tx: Db, c: readonly PastCertificate[]): Promise<CertificateRow[]> {
  return insertCertificates(
    tx,
    c.map((x) => ({ ...x })),
  );
}

export const certificateRegister: CertificateRegister = {
  currentOf: currentCertificateOf,
  before: certificateBefore,
  usedNumbers: usedCertificateNumbers,
  statesOf,
  numbersOfDossiers: certificateNumbersOfDossiers,
  issue,
  supersede,
  extend,
  recordPast,
  recordPastMany,
};
