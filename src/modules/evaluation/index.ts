// The face of the evaluation module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/evaluation/ is imported from outside (npm run deps checks it).

// The dossier procedure (pure): states, actions, and the work queues of each role.
export { DOSSIER_STATES, newDossier, queueFor } from './domain/dossier-lifecycle.ts';
// The states' names and which of them are final, the deadlines a dossier has missed on a day (Art. 5, 7.2, 7.6.g, 12)
// and the stored facts read back: what the "Quá hạn" queue decides with, for counts made elsewhere (dashboards).
export { overdueDeadlines, STATE_LABELS, TERMINAL_STATES } from './domain/dossier-lifecycle.ts';
export type { DossierState, OverdueFacts } from './domain/dossier-lifecycle.ts';
export { mayBeOverdueSql } from './data/overdue-candidates.ts';
export type { DossierAction } from './domain/dossier-lifecycle.ts';

// The procedure's commands, as the app runs them (the demo walks its dossiers through these).
export { createDossier } from './commands/create-dossier.ts';
export { saveForm } from './commands/save-form.ts';
export type { Form01Input } from './forms/form01.ts';
export type { Form02Input } from './forms/form02.ts';
export type { Form03Input } from './forms/form03.ts';
export { actOnDossier } from './commands/act-on-dossier.ts';
export type { ActionBody } from './commands/transition-context.ts';
export { createRound } from './commands/create-round.ts';
export { createCouncil } from './commands/create-council.ts';
export { writeAdvisoryReport } from './commands/write-advisory-report.ts';
export { saveScorecard } from './commands/save-scorecard.ts';
export { submitScorecard } from './commands/submit-scorecard.ts';
export { recordDecision } from './commands/record-decision.ts';
// Past results decided before OCOP Hub, recorded as real dossiers.
export { recordHistoricalResult } from './commands/record-historical-result.ts';
export type { HistoricalResultBody } from './commands/record-historical-result.ts';
// … and their two steps, for the onboarding import of a province's own register: check one record in the caller's
// transaction (numbers may be unknown there), then write it; the pure check and the level that certified a star.
export { prepareHistoricalResult, writeHistoricalResult } from './commands/record-historical-result.ts';
export type { PreparedRecord } from './commands/record-historical-result.ts';
// The same, many records at once in the caller's transaction (the onboarding import), written set-based.
export { recordHistoricalResultsMany } from './commands/record-historical-many.ts';
export { checkHistoricalResult, HISTORICAL_LEVELS } from './domain/historical-result.ts';
export type { HistoricalLevel } from './domain/historical-result.ts';
export { certifyingLevel, firstEvaluatingLevel } from './domain/rule-set-for-dossier.ts';
// Decisions written as they stand on paper (the demo's decisions of earlier years), and read by id.
export { findDecision, insertDecision } from './data/result-store.ts';
export { findDossier } from './data/dossier-store.ts';

// The port to the certificate register, which the certificates module implements and app.ts, the CLI, the demo and
// the test server hand to evaluation's commands and routes (EvaluationDeps). Nothing here imports certificates.
export type {
  CertificateRegister,
  CertificateToday,
  CertificateToIssue,
  EvaluationDeps,
  PastCertificate,
  RegisteredCertificate,
} from './commands/certificate-register.ts';

// Certificate validity as evaluation's rules judge it (Art. 4.3, 7.6.a, 12.1, 12.3; pure), the one mapping from a
// stored certificate to those facts, and the Art. 8.4 revocation deadline: the certificates module re-uses them.
export { CERTIFICATE_STATE_LABELS, certificateStatus, expiryOf } from './domain/certificate.ts';
export type { CertificateFacts, CertificateState, CertificateStatus, CertifiedStar } from './domain/certificate.ts';
export { certificateFactsOf } from './certificate-facts.ts';
export type { CertificateRecord } from './certificate-facts.ts';
// The re-evaluations filed on certificates (open, late, ended): the certificate lifecycle's "being re-evaluated" and
// its Art. 12.3 extension, as rows and as SQL fragments for the certificates' list filters.
export { openReevaluationExists, reevaluationEndedOn, reevaluationsOf } from './data/reevaluations-of.ts';
export type { ReevaluationOfCertificate } from './data/reevaluations-of.ts';
export { revocationDeadline } from './domain/deadlines.ts';
// What a council's outcome is called (the round results report prints it).
export { OUTCOME_LABELS } from './domain/council.ts';
// Helpers of the procedure's document numbers (pure), shared with certificate numbering.
export { checkSeq, checkYear, fail, PROVINCE_CODE, tidy } from './domain/numbers.ts';
export type { Parsed } from './domain/numbers.ts';

// Who sees what of the procedure's records (certificates are read in the same scopes).
export {
  accessOf,
  coversDossier,
  coversProvinceRecord,
  EVALUATION_HOME,
  evaluationPolicy,
  MINISTRY_SIDE,
  roundLevelOf,
} from './policy.ts';

// The PDF kit of the procedure's printed forms (the certificate prints with it), and the export row cap.
export { nationalHeading, renderPdf, stars, upper, vietnameseDate } from './forms/pdf-kit.ts';
// … and the blocks the oversight module's reports print with (title, headings, the place-and-date line, page width).
export { CONTENT_WIDTH, heading, placeAndDate, title as pdfTitle } from './forms/pdf-kit.ts';
export type { PageLayout } from './forms/pdf-kit.ts';
export { MAX_EXPORT_ROWS } from './commands/read-dossiers.ts';

// "Today" comes from the CommandContext (platform/command-context.ts: AppContext.clock, passed to routes and
// commands; tests, the demo and browser walks build the app with a fixed clock). There is no module-wide clock.

// Start-up and HTTP: what the e-mail of a notice prints (platform/notifications sends it), and the evaluation routes.
export { notificationEmailFacts } from './notification-email.ts';
export { evaluationRoutes } from './routes/evaluation-routes.ts';
