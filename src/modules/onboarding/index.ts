// The face of the onboarding module: a province imports the register it already keeps (its own spreadsheets) into
// producers, products and past results. Nothing else under src/modules/onboarding/ is imported from outside.

// Who may import (the permission table GET /api/me/permissions lists, wired in by app.ts).
export { onboardingPolicy } from './policy.ts';

// The import's steps, as the CLI runs them: upload, dry run, read, commit (start, then run), rejected rows, template.
export { uploadBatch } from './commands/upload-batch.ts';
export { dryRunBatch } from './commands/dry-run-batch.ts';
export { readBatch, readRows } from './commands/read-batch.ts';
export type { BatchView } from './commands/read-batch.ts';
export { runCommit, startCommit } from './commands/commit-batch.ts';
export { rejectedRowsXlsx } from './commands/rejected-rows.ts';
export { registerTemplate } from './commands/template.ts';
export { IMPORT_FIELDS } from './domain/fields.ts';
export type { ColumnMapping, ImportField } from './domain/fields.ts';
export type { Answers } from './domain/plan-row.ts';

// HTTP.
export { onboardingRoutes } from './routes/onboarding-routes.ts';
