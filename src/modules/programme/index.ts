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
// What a unit's dashboard shows of the programme: its plans' progress and the funds paid, on a day.
export { unitFundsPaid, unitPlanProgress } from './commands/unit-progress.ts';

// Activities and trade promotion (the demo records its activities through these).
export { createActivity, listActivities } from './commands/activities.ts';
export type { ActivityInput } from './commands/activities.ts';
export { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, TRADE_PROMOTION } from './domain/activity-kinds.ts';

// Support funding (the demo's policy, applications and payments go through these).
export { applyForSupport, createSupportPolicy, decideSupport, disburseSupport } from './commands/funding.ts';
export type { ApplicationInput, PolicyInput } from './commands/funding.ts';

// Who reads and writes plans, activities and funding (GET /api/me/permissions lists it).
export { programmePolicy } from './policy.ts';

// HTTP: /api/plan-target-kinds, /api/plans…; /api/activity-kinds, /api/activities…
export { planRoutes } from './routes/plan-routes.ts';
export { activityRoutes } from './routes/activity-routes.ts';
// HTTP: /api/support-items, /api/support-policies, /api/support-applications…, /api/support-ledger
export { fundingRoutes } from './routes/funding-routes.ts';

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
