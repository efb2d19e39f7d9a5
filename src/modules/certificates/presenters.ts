// Presenters: the whitelisted fields of certificates that leave the server (and go into audit rows). No table row goes
// out as it is. Validity and the re-evaluation window are judged by evaluation's rules (its index.ts).
import { CERTIFICATE_STATE_LABELS, certificateFactsOf, certificateStatus } from '../evaluation/index.ts';
import type { IsoDate } from '../reference/index.ts';
import type { CertificateIssuer } from './domain/certificate-issuer.ts';
import type { CertificateRow } from './data/schema.ts';

const statusOf = (c: CertificateRow, today: IsoDate) => certificateStatus(certificateFactsOf(c), today);

export function presentCertificate(
  c: CertificateRow,
  today: IsoDate,
  names: { productName: string | null; producerName: string | null } = { productName: null, producerName: null },
) {
  const status = statusOf(c, today);
  const state = c.status === 'superseded' ? 'superseded' : status.state;
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
    extendedUntil: c.extendedUntil,
    status: c.status,
    state,
    stateLabel:
      state === 'superseded'
        ? { vi: 'Đã được thay thế bằng giấy chứng nhận mới', en: 'Replaced by a newer certificate' }
        : CERTIFICATE_STATE_LABELS[status.state],
    message: status.message,
    reevaluationWindow: { opensOn: status.window.opensOn, closesOn: status.window.closesOn },
    supersededBy: c.supersededBy,
    revokedOn: c.revokedOn,
    createdAt: c.createdAt.toISOString(),
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
}

/** One certificate: the list's fields, its product, producer, issuer and decision, and its status on `today` with the
 *  re-evaluation window (Art. 4.3, 7.6.a). */
export function presentCertificateDetail(c: CertificateRow, today: IsoDate, x: CertificateContext) {
  const status = statusOf(c, today);
  return {
    ...presentCertificate(c, today, { productName: x.product.name, producerName: x.producer.name }),
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
    validTo: status.extendedUntil && status.extendedUntil > status.expiresOn ? status.extendedUntil : status.expiresOn,
    statusOn: today,
    daysLeft: status.daysLeft,
    reevaluationWindow: {
      opensOn: status.window.opensOn,
      closesOn: status.window.closesOn,
      phase: status.window.phase,
    },
  };
}
export type PublicCertificateDetail = ReturnType<typeof presentCertificateDetail>;
