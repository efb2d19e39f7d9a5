// The face of the certificates module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/certificates/ is imported from outside (npm run deps checks it).
// Certificates sit above evaluation (rank 6): they use evaluation's index (validity rules, decisions, dossiers,
// scopes), and evaluation reaches them only through its port (evaluation/commands/certificate-register.ts), which
// certificateRegister implements and app.ts wires in.

// The register, as evaluation's port needs it: issue, supersede, extend, record a past one, and the reads.
export { certificateRegister } from './commands/certificate-register.ts';
// Certificates written as they stand on paper (the demo's certificates of earlier years).
export { insertCertificate } from './data/certificate-store.ts';
export type { CertificateRow } from './data/schema.ts';

// Reading certificates in the reader's scope, and one certificate as its page and its print show it.
export { certificateInSight, getCertificate, listCertificates } from './commands/read-certificates.ts';
export { getCertificateDetail, printCertificate } from './commands/read-certificate.ts';
export type { PublicCertificate, PublicCertificateDetail } from './presenters.ts';

// Pure: who issues a certificate (Art. 4.1), its number (a configurable default), revocation (Art. 8).
export { certificateIssuer } from './domain/certificate-issuer.ts';
export type { CertificateIssuer } from './domain/certificate-issuer.ts';
export { CERTIFICATE_NUMBERS, formatCertificateNumber, parseCertificateNumber } from './domain/numbers.ts';
export type { CertificateNumber, CertificateNumberFormat } from './domain/numbers.ts';
export { planRevocation, REVOCATION_GROUNDS, revocationAuthority } from './domain/revocation.ts';
export type { RevocationGround, RevocationPlan, RevocationRequest } from './domain/revocation.ts';
// Proposing a revocation from an inspection finding, a commune's or a consumer's report, or an authority (Art. 8.3).
export { proposeRevocation } from './commands/propose-revocation.ts';
export type { RevocationProposalInput, RevocationSource } from './commands/propose-revocation.ts';

// Who reaches the certificate reads at all (GET /api/me/permissions lists it).
export { certificatePolicy } from './policy.ts';

// How the printed QR code's address is made (the public module signs it; app.ts wires it into the routes).
export type { CertificateQrUrl } from './forms/certificate-pdf.ts';

// HTTP: GET /api/certificates, /api/certificates/:id, /api/certificates/:id/pdf.
export { certificateRoutes } from './routes/certificate-routes.ts';
