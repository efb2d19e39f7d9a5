// The face of the oversight module (rank 9): dashboards per unit and the reports officers send upward, over every
// module below. Nothing imports it but app.ts (and the web app, for types).

// The home dashboard per unit: GET /api/dashboard; who reads it, and whose first screen it is (app.ts hands both to
// me's routes, which may not import this module).
export { dashboardRoutes } from './routes/dashboard-routes.ts';
export { dashboardHome, dashboardPolicy } from './dashboard-policy.ts';
export { readDashboard } from './commands/read-dashboard.ts';

// Standard reports (Excel and PDF): the catalogue, one report as a document, drawn, and its HTTP routes.
export { REPORT_CATALOGUE, REPORT_FORMATS, REPORT_KINDS } from './domain/report-kinds.ts';
export type { ReportFormat, ReportKind } from './domain/report-kinds.ts';
export { buildReport, produceReport } from './commands/produce-report.ts';
export type { ReportParams } from './commands/produce-report.ts';
export { reportRoutes } from './routes/report-routes.ts';
// Who produces them (GET /api/me/permissions lists it).
export { reportPolicy } from './report-policy.ts';
