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
// Each product's certificate in force on a day (the registry's ProductCertificates port, wired in app.ts).
export { currentCertificatesOf } from './commands/current-certificates.ts';
export { getCertificateDetail, printCertificate } from './commands/read-certificate.ts';
export type { PublicCertificate, PublicCertificateDetail } from './presenters.ts';

// The lifecycle (Art. 4.3, 7.6, 8, 12), derived from dates and events, never typed: the pure function with its labels,
// and for stored certificates `lifecyclesOf(db, rows, today)` — what every reader of a certificate's status calls (the
// public register too); `lifecycleStatusSql(today)` is the same status as SQL, for filters.
export {
  certificateLifecycle,
  IN_FORCE,
  LIFECYCLE_ARTICLES,
  LIFECYCLE_LABELS,
  LIFECYCLE_STATUSES,
} from './domain/lifecycle.ts';
export type { CertificateLifecycle, LifecycleEvents, LifecycleStatus } from './domain/lifecycle.ts';
export { lifecycleOfRow, lifecyclesOf } from './commands/lifecycles.ts';
export { lifecycleStatusSql } from './data/lifecycle-store.ts';
// Whether a certificate was in force on any day, past ones included (counts and reports as of a date).
export { inForceOnSql } from './data/lifecycle-store.ts';

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
// HTTP: revocation (grounds, proposals' queue, dismiss, propose, the decision) and the province's reminders.
export { revocationRoutes } from './routes/revocation-routes.ts';
// Revocation as commands (the demo records its revocation through these).
export { revokeCertificate } from './commands/revoke-certificate.ts';
export type { RevocationBody } from './commands/revoke-certificate.ts';
export { listRevocationProposals, proposalDeadline } from './commands/revocation-proposals.ts';
export type { PublicRevocationProposal } from './commands/revocation-proposals.ts';

// The daily job (notices before and on expiry, Art. 7.6.a, 4.3): the command of one day, and its pg-boss schedule.
export { runCertificateDaily } from './commands/run-certificate-daily.ts';
export type { DailyRunSummary } from './commands/run-certificate-daily.ts';
export { startCertificateDailyJob } from './jobs/daily-job.ts';
export type { CertificateDailyJob } from './jobs/daily-job.ts';
// What the e-mails of notices print: the certificates' own, and evaluation's for every other notice.
export { emailFactsWithCertificates } from './notification-email.ts';

// Inspection after certification (Art. 9): plans, visits with generated checklists, findings and their fixes,
// escalation to a revocation proposal; yearly product tests (seed 003 §6) and papers with a term (Art. 6.1.c); the
// risk list. The demo walks them through these commands; GET /api/me/permissions lists inspectionPolicy.
export { createInspectionPlan } from './commands/inspections/create-plan.ts';
export type { PlanInput } from './commands/inspections/create-plan.ts';
export { createInspectionVisit } from './commands/inspections/create-visit.ts';
export type { VisitInput } from './commands/inspections/create-visit.ts';
export { getInspectionVisit } from './commands/inspections/read-visit.ts';
export { actOnInspectionItem } from './commands/inspections/act-on-item.ts';
export type { ItemStepBody } from './commands/inspections/act-on-item.ts';
export { recordProductTest } from './commands/evidence-terms/product-tests.ts';
export { recordPaper } from './commands/evidence-terms/producer-papers.ts';
export { ITEM_STATES, ITEM_TRANSITIONS, OPEN_FINDING_STATES } from './domain/inspection-lifecycle.ts';
export type { ItemAction, ItemState } from './domain/inspection-lifecycle.ts';
export { inspectionPolicy } from './inspection-policy.ts';
// HTTP: /api/inspection-plans…, /api/inspections/…, /api/product-tests…, /api/papers…, /api/products/:id/papers.
export { inspectionRoutes } from './routes/inspection-routes.ts';
export type { ConsumerReportCounts } from './commands/inspections/risk-list.ts';
