// The face of the oversight module (rank 9): dashboards per unit and the standard reports officers send upward, as of
// any date. It reads every module below through their faces and its own views (0015_report_views.sql); nothing
// imports it but app.ts, the CLI and benches.

// Standard reports (Excel and PDF): the catalogue, one report as a document, drawn, and its HTTP routes.
export { REPORT_CATALOGUE, REPORT_FORMATS, REPORT_KINDS } from './domain/report-kinds.ts';
export type { ReportFormat, ReportKind } from './domain/report-kinds.ts';
export { buildReport, produceReport } from './commands/produce-report.ts';
export type { ReportParams } from './commands/produce-report.ts';
export { reportRoutes } from './routes/report-routes.ts';
