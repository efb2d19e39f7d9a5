// The face of the programme module (rank 8): a unit's yearly plans with measurable targets whose progress is computed
// from the work recorded in OCOP Hub (registry, dossiers, certificates), never typed in. Above the modules that do
// the work; the oversight module's dashboards and reports read it.

// The target kinds (what each counts, from where) and the pure progress rules.
export { describeTarget, TARGET_KINDS, TARGET_MODES, targetKind } from './domain/target-kinds.ts';
export type { TargetKind, TargetMode, TargetSpec } from './domain/target-kinds.ts';
export { planPeriod, PROGRESS_LABELS, targetProgress } from './domain/progress.ts';
export type { ProgressState, TargetProgress } from './domain/progress.ts';

// Plans as commands (the demo writes its plans through these) and reads with progress on a day.
export { createPlan, removePlan, savePlan } from './commands/write-plan.ts';
export type { PlanInput } from './commands/write-plan.ts';
export { listPlans, readPlan } from './commands/read-plans.ts';

// Who reads and writes plans (GET /api/me/permissions lists it).
export { programmePolicy } from './policy.ts';

// HTTP: /api/plan-target-kinds, /api/plans…
export { planRoutes } from './routes/plan-routes.ts';

// The OCOP cycle before the dossier (seed 001 §III.2.1): survey, ideas, business plans, implementation, partners; the
// stage of a product derived from the facts; its policy (GET /api/me/permissions lists it) and its HTTP (/api/cycle/…).
export { CYCLE_STAGE_LABELS, CYCLE_STAGES, cycleStage } from './domain/cycle-stage.ts';
export type { CycleFacts, CycleStage } from './domain/cycle-stage.ts';
export { actOnIdea, ideaToProduct, registerIdea } from './commands/idea-commands.ts';
export type { IdeaInput } from './commands/idea-commands.ts';
export {
  actOnBusinessPlan,
  recordProblem,
  recordSupport,
  submitBusinessPlan,
} from './commands/business-plan-commands.ts';
export { addSurveyRows, createSurvey } from './commands/survey-commands.ts';
export { assignCommuneOfficer, createPartner, linkPartnerProducer } from './commands/partner-commands.ts';
export { readPipeline } from './commands/read-cycle.ts';
export { cyclePolicy } from './cycle-policy.ts';
export { cycleRoutes } from './routes/cycle-routes.ts';
