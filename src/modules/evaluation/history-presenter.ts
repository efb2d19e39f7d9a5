// What leaves the server about a historical result (only these fields), with its certificate's lifecycle today.
import type { Message } from '../../platform/errors.ts';
import type { HistoricalResultRow } from './data/schema.ts';
import type { CertificateToday } from './commands/certificate-register.ts';

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
    /** The lifecycle status today (the certificates module's). */
    state: string;
    label: Message;
    expiresOn: string;
    validUntil: string;
    window: { opensOn: string; closesOn: string; phase: 'not_yet' | 'open' | 'closed' };
    message: Message;
  } | null;
  note: string | null;
  createdAt: string;
}

export function presentHistorical(row: HistoricalResultRow, cert: CertificateToday | null): PublicHistoricalResult {
  // The certificate the historical decision issued, with its lifecycle status today as the certificates module
  // derives it for every reader (valid, in its window, being re-evaluated, extended, expired, revoked, superseded).
  const certificate: PublicHistoricalResult['certificate'] =
    row.certificateNo && cert
      ? {
          state: cert.status,
          label: cert.label,
          expiresOn: cert.expiresOn,
          validUntil: cert.validUntil,
          window: cert.window,
          message: cert.message,
        }
      : null;
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
