// What leaves the server about a historical result (only these fields), with its certificate's state today.
import type { Message } from '../../platform/errors.ts';
import { certificateStatus, type CertificateState } from './domain/certificate.ts';
import type { HistoricalResultRow } from './data/schema.ts';
import { certificateFactsOf } from './certificate-facts.ts';

export interface PublicHistoricalResult {
  id: string;
  dossierId: string;
  productId: string;
  productName: string | null;
  producerName: string | null;
  kind: string;
  ruleSet: string;
  procedure: string;
  transitional: boolean;
  /** null: not known (a register imported by onboarding). */
  filedOn: string | null;
  decidedOn: string;
  level: string;
  /** null: not known (a register imported by onboarding). */
  points: number | null;
  star: number;
  decisionId: string | null;
  decisionNumber: string | null;
  certificateId: string | null;
  certificateNumber: string | null;
  certificate: {
    state: CertificateState | 'superseded';
    expiresOn: string;
    window: { opensOn: string; closesOn: string; phase: 'not_yet' | 'open' | 'closed' };
    message: Message;
  } | null;
  note: string | null;
  createdAt: string;
}

export function presentHistorical(
  row: HistoricalResultRow,
  cert: { status: string | null; expiresOn: string | null } | null,
  today: string,
): PublicHistoricalResult {
  let certificate: PublicHistoricalResult['certificate'] = null;
  if (row.certificateNo && cert?.expiresOn) {
    // The certificate the historical decision issued, as the register keeps it (its revocation is not shown here).
    const s = certificateStatus(
      certificateFactsOf({
        number: row.certificateNo,
        star: row.star,
        issuedOn: row.decidedOn,
        expiresOn: cert.expiresOn,
        status: null,
        revokedOn: null,
      }),
      today,
    );
    certificate =
      cert.status === 'superseded'
        ? {
            state: 'superseded',
            expiresOn: s.expiresOn,
            window: s.window,
            message: {
              vi: `Giấy chứng nhận số ${row.certificateNo} đã được thay thế bằng giấy chứng nhận mới.`,
              en: `Certificate ${row.certificateNo} was replaced by a newer one.`,
            },
          }
        : {
            state: cert.status === 'revoked' ? 'revoked' : s.state,
            expiresOn: s.expiresOn,
            window: s.window,
            message: s.message,
          };
  }
  return {
    id: row.id,
    dossierId: row.dossierId,
    productId: row.productId,
    productName: row.productName,
    producerName: row.producerName,
    kind: row.kind,
    ruleSet: row.ruleSet,
    procedure: row.procedure,
    transitional: row.transitional,
    filedOn: row.filedOn,
    decidedOn: row.decidedOn,
    level: row.level,
    points: row.points,
    star: row.star,
    decisionId: row.decisionId,
    decisionNumber: row.decisionNo,
    certificateId: row.certificateId,
    certificateNumber: row.certificateNo,
    certificate,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
