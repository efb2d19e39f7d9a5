// Drizzle definitions of the evaluation tables (the SQL of record is src/db/migrations/0003_evaluation.sql and
// 0004_evaluation_more.sql). `notifications` is platform's
// (platform/notifications/notification-store.ts), `certificates` and `certificate_counters` the certificates module's.
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid, smallint, integer, boolean, date, jsonb, numeric, timestamp, bigserial, primaryKey } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });
// numeric columns come back as numbers (pool.ts type parser); drizzle's numeric() types them as string.
const num = (name: string) => numeric(name, { precision: 5, scale: 2, mode: 'number' });

export const storedFiles = pgTable('stored_files', {
  key: text('key').primaryKey(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const dossiers = pgTable('dossiers', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  producerId: uuid('producer_id').notNull(),
  productId: uuid('product_id').notNull(),
  kind: text('kind').notNull(),
  ruleSet: text('rule_set').notNull(),
  setNo: smallint('set_no').notNull(),
  state: text('state').notNull(),
  facts: jsonb('facts').notNull(),
  year: smallint('year').notNull(),
  submittedOn: date('submitted_on'),
  receiptNo: text('receipt_no'),
  receivedOn: date('received_on'),
  communeDueOn: date('commune_due_on'),
  forwardedOn: date('forwarded_on'),
  acceptedOn: date('accepted_on'),
  completeOn: date('complete_on'),
  roundId: uuid('round_id'),
  previousCertificateId: uuid('previous_certificate_id'),
  upgradeChanges: text('upgrade_changes'),
  form01: jsonb('form01'),
  form02: jsonb('form02'),
  form03: jsonb('form03'),
  selfAssessment: jsonb('self_assessment'),
  finalPoints: num('final_points'),
  finalStar: smallint('final_star'),
  lastReason: text('last_reason'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  // 0004
  productName: text('product_name'),
  producerName: text('producer_name'),
  search: text('search').generatedAlwaysAs(sql`search_key(coalesce(product_name, '') || ' ' || coalesce(producer_name, '') || ' ' || coalesce(receipt_no, ''))`),
  proposedOn: date('proposed_on'),
  councilId: uuid('council_id'),
  centralCouncilId: uuid('central_council_id'),
  // 0006: 'historical' for a result recorded from paper (historical-result.ts)
  source: text('source').notNull().default('procedure'),
});
export type DossierRow = typeof dossiers.$inferSelect;

export const dossierSnapshots = pgTable('dossier_snapshots', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  dossierId: uuid('dossier_id').notNull(),
  provinceCode: text('province_code').notNull(),
  seq: integer('seq').notNull(),
  state: text('state').notNull(),
  takenAt: ts('taken_at').notNull().defaultNow(),
  takenBy: uuid('taken_by'),
  snapshot: jsonb('snapshot').notNull(),
});

export const dossierEvidence = pgTable('dossier_evidence', {
  id: uuid('id').primaryKey().defaultRandom(),
  dossierId: uuid('dossier_id').notNull(),
  provinceCode: text('province_code').notNull(),
  fileKey: text('file_key').notNull(),
  criterionCode: text('criterion_code'),
  name: text('name').notNull(),
  note: text('note'),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: ts('uploaded_at').notNull().defaultNow(),
});

export const receiptCounters = pgTable('receipt_counters', {
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  year: smallint('year').notNull(),
  lastSeq: integer('last_seq').notNull(),
}, (t) => [primaryKey({ columns: [t.provinceCode, t.communeCode, t.year] })]);

export const rounds = pgTable('rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code'),
  level: text('level').notNull(),
  year: smallint('year').notNull(),
  number: smallint('number').notNull(),
  cutoffOn: date('cutoff_on').notNull(),
  finishBefore: date('finish_before').notNull(),
  extra: boolean('extra').notNull().default(false),
  basis: text('basis'),
  status: text('status').notNull().default('open'),
  createdAt: ts('created_at').notNull().defaultNow(),
  planReference: text('plan_reference'),
  createdBy: uuid('created_by'),
});
export type RoundRow = typeof rounds.$inferSelect;

export const councils = pgTable('councils', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundId: uuid('round_id').notNull(),
  provinceCode: text('province_code'),
  level: text('level').notNull(),
  decisionNo: text('decision_no').notNull(),
  decisionDate: date('decision_date').notNull(),
  status: text('status').notNull().default('scoring'),
  spreadThreshold: num('spread_threshold').notNull().default(10),
  /** The council's own policies (partial CouncilPolicy; the rest follows the province, then the defaults). */
  policy: jsonb('policy').notNull().default({}),
  closedAt: ts('closed_at'),
  closedBy: uuid('closed_by'),
  closeNote: text('close_note'),
  createdAt: ts('created_at').notNull().defaultNow(),
  chairScores: boolean('chair_scores').notNull().default(false),
  advisoryLeaderId: uuid('advisory_leader_id'),
  hasFoodSafetyDepartment: boolean('has_food_safety_department').notNull().default(false),
  chairDelegation: text('chair_delegation'),
  createdBy: uuid('created_by'),
});
export type CouncilRow = typeof councils.$inferSelect;

/** A province's council policies ("quy định của Hội đồng"), partial CouncilPolicy; councils.policy overrides. */
export const provinceCouncilPolicies = pgTable('province_council_policies', {
  provinceCode: text('province_code').primaryKey(),
  policy: jsonb('policy').notNull().default({}),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

export const councilMembers = pgTable('council_members', {
  councilId: uuid('council_id').notNull(),
  userId: uuid('user_id').notNull(),
  provinceCode: text('province_code'),
  position: text('position').notNull(),
  agency: text('agency').notNull(),
  seat: text('seat'),
}, (t) => [primaryKey({ columns: [t.councilId, t.userId] })]);
export type CouncilMemberRow = typeof councilMembers.$inferSelect;

export const advisoryReports = pgTable('advisory_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  councilId: uuid('council_id').notNull(),
  dossierId: uuid('dossier_id').notNull(),
  provinceCode: text('province_code'),
  authorId: uuid('author_id').notNull(),
  content: text('content').notNull(),
  fieldVisit: boolean('field_visit').notNull().default(false),
  extraTests: text('extra_tests'),
  createdAt: ts('created_at').notNull().defaultNow(),
  reference: text('reference'),
});
export type AdvisoryReportRow = typeof advisoryReports.$inferSelect;

export const scorecards = pgTable('scorecards', {
  id: uuid('id').primaryKey().defaultRandom(),
  councilId: uuid('council_id').notNull(),
  dossierId: uuid('dossier_id').notNull(),
  memberId: uuid('member_id').notNull(),
  provinceCode: text('province_code'),
  answers: jsonb('answers').notNull().default({}),
  branch: smallint('branch'),
  revision: integer('revision').notNull().default(0),
  total: num('total'),
  submittedAt: ts('submitted_at'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  knockouts: jsonb('knockouts'),
  applies: jsonb('applies'),
});
export type ScorecardRow = typeof scorecards.$inferSelect;

export const councilOutcomes = pgTable('council_outcomes', {
  councilId: uuid('council_id').notNull(),
  dossierId: uuid('dossier_id').notNull(),
  provinceCode: text('province_code'),
  aggregate: jsonb('aggregate').notNull(),
  mean: num('mean').notNull(),
  star: smallint('star'),
  spreadFlag: boolean('spread_flag').notNull(),
  outcome: text('outcome').notNull(),
  decidedAt: ts('decided_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.councilId, t.dossierId] })]);

export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code'),
  level: text('level').notNull(),
  kind: text('kind').notNull(),
  number: text('number').notNull(),
  signedOn: date('signed_on').notNull(),
  signer: text('signer'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  councilId: uuid('council_id'),
});
export type DecisionRow = typeof decisions.$inferSelect;

// 0006: results decided before OCOP Hub, as typed in (the dossier, decision and certificate rows carry the effect).
export const historicalResults = pgTable('historical_results', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  dossierId: uuid('dossier_id').notNull(),
  productId: uuid('product_id').notNull(),
  kind: text('kind').notNull(),
  ruleSet: text('rule_set').notNull(),
  procedure: text('procedure').notNull(),
  transitional: boolean('transitional').notNull().default(false),
  // 0012: null when the province's own register does not say (onboarding import): unknown, never invented.
  filedOn: date('filed_on'),
  decidedOn: date('decided_on').notNull(),
  level: text('level').notNull(),
  points: num('points'),
  star: smallint('star').notNull(),
  decisionId: uuid('decision_id'),
  decisionNo: text('decision_no'),
  certificateId: uuid('certificate_id'),
  certificateNo: text('certificate_no'),
  note: text('note'),
  productName: text('product_name'),
  producerName: text('producer_name'),
  search: text('search').generatedAlwaysAs(sql`search_key(coalesce(product_name, '') || ' ' || coalesce(producer_name, '') || ' ' || coalesce(certificate_no, '') || ' ' || coalesce(decision_no, ''))`),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type HistoricalResultRow = typeof historicalResults.$inferSelect;
