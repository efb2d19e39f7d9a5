// The face of the evaluation module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/evaluation/ is imported from outside (npm run deps checks it).

// The dossier procedure (pure): states, actions, and the work queues of each role.
export { DOSSIER_STATES, newDossier, queueFor } from './domain/dossier-lifecycle.ts';
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
// Decisions and certificates written as they stand on paper (the demo's certificates of earlier years).
export { insertCertificate, insertDecision } from './data/result-store.ts';

// "Today" for the procedure; tests, the demo and browser walks pin it to fixed dates.
export { pinToday } from './commands/clock.ts';

// Start-up and HTTP: what the e-mail of a notice prints (platform/notifications sends it), and the evaluation routes.
export { notificationEmailFacts } from './notification-email.ts';
export { evaluationRoutes } from './routes/evaluation-routes.ts';
