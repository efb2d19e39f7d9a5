// Drizzle definitions of the programme's tables (the SQL of record: src/db/migrations/0016_programme_plans.sql).
import { date, integer, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const programmePlans = pgTable('programme_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  unitSet: smallint('unit_set').notNull(),
  unitCode: text('unit_code').notNull(),
  year: smallint('year').notNull(),
  title: text('title').notNull(),
  docNumber: text('doc_number'),
  docDate: date('doc_date'),
  legalBases: text('legal_bases').array().notNull().default([]),
  notes: text('notes'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type PlanRow = typeof programmePlans.$inferSelect;

export const planTargets = pgTable('plan_targets', {
  id: uuid('id').primaryKey().defaultRandom(),
  planId: uuid('plan_id').notNull(),
  provinceCode: text('province_code').notNull(),
  position: smallint('position').notNull(),
  kind: text('kind').notNull(),
  star: smallint('star'),
  mode: text('mode'),
  legalType: text('legal_type'),
  target: numeric('target', { precision: 16, scale: 2, mode: 'number' }).notNull(),
  wording: text('wording'),
});
export type TargetRow = typeof planTargets.$inferSelect;

// Activities and trade promotion, and support funding (src/db/migrations/0018_programme_activities_funding.sql).
const money = (name: string) => numeric(name, { precision: 16, scale: 0, mode: 'number' });

export const programmeActivities = pgTable('programme_activities', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code'),
  planId: uuid('plan_id'),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  leadUnit: text('lead_unit').notNull(),
  partners: text('partners').array().notNull().default([]),
  place: text('place'),
  platform: text('platform'),
  year: smallint('year').notNull(),
  quarter: smallint('quarter'),
  startsOn: date('starts_on'),
  endsOn: date('ends_on'),
  budget: money('budget'),
  status: text('status').notNull().default('planned'),
  participants: integer('participants'),
  revenue: money('revenue'),
  outcome: text('outcome'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type ActivityRow = typeof programmeActivities.$inferSelect;

export const activityProducts = pgTable('activity_products', {
  activityId: uuid('activity_id').notNull(),
  productId: uuid('product_id').notNull(),
  provinceCode: text('province_code').notNull(),
});

export const supportPolicies = pgTable('support_policies', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code'),
  name: text('name').notNull(),
  legalBasis: text('legal_basis').notNull(),
  validFrom: date('valid_from'),
  validTo: date('valid_to'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type PolicyRow = typeof supportPolicies.$inferSelect;

export const supportPolicyItems = pgTable('support_policy_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  policyId: uuid('policy_id').notNull(),
  provinceCode: text('province_code'),
  code: text('code').notNull(),
  label: text('label').notNull(),
  maxAmount: money('max_amount'),
  maxRate: numeric('max_rate', { precision: 5, scale: 4, mode: 'number' }),
  source: text('source').notNull(),
});
export type PolicyItemRow = typeof supportPolicyItems.$inferSelect;

export const supportApplications = pgTable('support_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  producerId: uuid('producer_id').notNull(),
  productId: uuid('product_id'),
  itemId: uuid('item_id').notNull(),
  cost: money('cost').notNull(),
  requested: money('requested').notNull(),
  state: text('state').notNull().default('submitted'),
  approvedAmount: money('approved_amount'),
  decisionNo: text('decision_no'),
  decidedOn: date('decided_on'),
  note: text('note'),
  appliedOn: date('applied_on').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type ApplicationRow = typeof supportApplications.$inferSelect;

export const supportDisbursements = pgTable('support_disbursements', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id').notNull(),
  provinceCode: text('province_code').notNull(),
  amount: money('amount').notNull(),
  paidOn: date('paid_on').notNull(),
  reference: text('reference'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
