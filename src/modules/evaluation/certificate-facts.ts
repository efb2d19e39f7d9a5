// The one mapping from a stored certificate to the facts the domain judges it by (domain/certificate.ts): validity
// counts from the decision's date, the term its decision gave (Art. 12.1), the revocation day when revoked (Art. 8).
import type { CertificateFacts, CertifiedStar } from './domain/certificate.ts';

/** A certificates row, or a certificate as another record keeps it (a historical result: no status of its own). */
export interface CertificateRecord {
  number: string;
  star: number;
  issuedOn: string;
  expiresOn: string | null;
  status: string | null;
  revokedOn: string | null;
}

export function certificateFactsOf(c: CertificateRecord): CertificateFacts {
  return {
    number: c.number,
    star: c.star as CertifiedStar,
    issuedOn: c.issuedOn,
    expiresOnPerDecision: c.expiresOn,
    revokedOn: c.status === 'revoked' ? c.revokedOn : null,
  };
}
