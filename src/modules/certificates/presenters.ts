// Presenters: the whitelisted fields of certificates that leave the server (and go into audit rows). No table row goes
// out as it is. The status shown is the derived lifecycle (domain/lifecycle.ts), never the stored status column.
import type { IsoDate } from '../reference/index.ts';
import type { CertificateIssuer } from './domain/certificate-issuer.ts';
import { IN_FORCE, type CertificateLifecycle } from './domain/lifecycle.ts';
import type { CertificateRevocationRow, CertificateRow } from './data/schema.ts';
import { REVOCATION_GROUNDS, revocationAuthority } from './domain/revocation.ts';
import type { CertifiedStar } from '../evaluation/index.ts';

/** What the reader may do with the certificate (the server decides; the web app shows the buttons it is given). */
export interface CertificateMay {
  revoke: boolean;
  /** Propose its revocation (Art. 8.3.a): the commune's report, an office's record of a conclusion. */
  propose: boolean;
}

export function presentCertificate(
  c: CertificateRow,
  life: CertificateLifecycle,
  names: { productName: string | null; producerName: string | null } = { productName: null, producerName: null },
  may: CertificateMay = { revoke: false, propose: false },
) {
  return {
    id: c.id,
    number: c.number,
    star: c.star,
    points: c.points,
    provinceCode: c.provinceCode,
    productId: c.productId,
    productName: names.productName,
    producerName: names.producerName,
    productCode: c.productCode,
    dossierId: c.dossierId,
    decisionId: c.decisionId,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    extendedUntil: life.extendedUntil,
    /** The lifecycle status on the day of the answer (derived from dates and events). */
    status: life.status,
    state: life.status,
    stateLabel: life.label,
    stateArticle: life.article,
    message: life.message,
    validUntil: life.validUntil,
    /** In force on the day (valid, in its window, being re-evaluated, extended): what days left and the window mean. */
    inForce: IN_FORCE.includes(life.status),
    daysLeft: life.daysLeft,
    reevaluationWindow: { opensOn: life.window.opensOn, closesOn: life.window.closesOn, phase: life.window.phase },
    supersededBy: c.supersededBy,
    revokedOn: life.revokedOn,
    createdAt: c.createdAt.toISOString(),
    may: { revoke: may.revoke, propose: may.propose },
  };
}
export type PublicCertificate = ReturnType<typeof presentCertificate>;

/** What one certificate page and its print show besides the list's fields. */
export interface CertificateContext {
  product: { name: string | null; code: string | null; setNo: number | null; setName: string | null };
  producer: {
    id: string | null;
    name: string | null;
    communeCode: string | null;
    communeName: string | null;
    provinceCode: string | null;
    provinceName: string | null;
    address: string | null;
  };
  issuer: CertificateIssuer;
  /** The rules the certificate was issued under (a past one: 148/2023 or 1048/2019). */
  ruleSet: { code: string; name: string };
  decision: { number: string; signedOn: IsoDate } | null;
  /** The dossier the certificate came from, when the viewer may open it. */
  dossier: { id: string; receiptNo: string | null } | null;
  /** The revocation decision (Art. 8), when revoked. */
  revocation: RevocationView | null;
}

export interface RevocationView {
  ground: string;
  groundLabel: { vi: string; en: string };
  groundArticle: string;
  basis: { trigger: string; date: IsoDate; reference: string };
  decision: { number: string; date: IsoDate };
  decidedBy: { vi: string; en: string };
  dueOn: IsoDate;
  late: boolean;
}

/** One certificate: the list's fields, its product, producer, issuer and decision, and its status on `today` with the
 *  re-evaluation window (Art. 4.3, 7.6.a). */
export function presentCertificateDetail(
  c: CertificateRow,
  life: CertificateLifecycle,
  today: IsoDate,
  x: CertificateContext,
  may: CertificateMay = { revoke: false, propose: false },
) {
  return {
    ...presentCertificate(c, life, { productName: x.product.name, producerName: x.producer.name }, may),
    product: { ...x.product },
    producer: { ...x.producer },
    issuer: {
      level: x.issuer.level,
      body: x.issuer.body,
      signer: x.issuer.signer,
      article: x.issuer.article,
      place: x.issuer.place,
    },
    ruleSet: { ...x.ruleSet },
    decision: x.decision ? { number: x.decision.number, signedOn: x.decision.signedOn } : null,
    dossier: x.dossier ? { id: x.dossier.id, receiptNo: x.dossier.receiptNo } : null,
    validFrom: c.issuedOn,
    validTo: life.validUntil,
    statusOn: today,
    revocation: x.revocation ? { ...x.revocation } : null,
  };
}
export type PublicCertificateDetail = ReturnType<typeof presentCertificateDetail>;

/** A revocation decision as the certificate's page shows it (Art. 8). */
export function presentRevocation(r: CertificateRevocationRow, star: number): RevocationView {
  const ground = REVOCATION_GROUNDS.find((g) => g.code === r.groundCode);
  return {
    ground: r.groundCode,
    groundLabel: ground?.label ?? { vi: r.groundCode, en: r.groundCode },
    groundArticle: ground?.article ?? 'Art. 8.1',
    basis: { trigger: r.basisTrigger, date: r.basisDate, reference: r.basisReference },
    decision: { number: r.decisionNumber, date: r.decisionDate },
    decidedBy: revocationAuthority(star as CertifiedStar).label,
    dueOn: r.dueOn,
    late: r.decisionDate > r.dueOn,
  };
}
