// Drizzle definitions of the OCOP cycle's tables (the SQL of record: src/db/migrations/0017_ocop_cycle.sql).
import { date, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const cycleSurveys = pgTable('cycle_surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  year: smallint('year').notNull(),
  surveyedOn: date('surveyed_on').notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type SurveyRow = typeof cycleSurveys.$inferSelect;

export const cycleSurveyRows = pgTable('cycle_survey_rows', {
  id: uuid('id').primaryKey().defaultRandom(),
  surveyId: uuid('survey_id').notNull(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  position: smallint('position').notNull(),
  productName: text('product_name').notNull(),
  producerId: uuid('producer_id'),
  householdName: text('household_name'),
  setNo: smallint('set_no'),
  potential: text('potential').notNull(),
  note: text('note'),
});
export type SurveyLine = typeof cycleSurveyRows.$inferSelect;

const review = {
  state: text('state').notNull(),
  communeReviewedOn: date('commune_reviewed_on'),
  communeAdvice: text('commune_advice'),
  provinceReviewedOn: date('province_reviewed_on'),
  provinceAdvice: text('province_advice'),
};

export const cycleIdeas = pgTable('cycle_ideas', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  producerId: uuid('producer_id'),
  householdName: text('household_name'),
  surveyRowId: uuid('survey_row_id'),
  name: text('name').notNull(),
  setNo: smallint('set_no').notNull(),
  description: text('description'),
  rawMaterials: text('raw_materials'),
  market: text('market'),
  registeredOn: date('registered_on').notNull(),
  ...review,
  productId: uuid('product_id'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type IdeaRow = typeof cycleIdeas.$inferSelect;

export const cycleBusinessPlans = pgTable('cycle_business_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  producerId: uuid('producer_id').notNull(),
  ideaId: uuid('idea_id'),
  productId: uuid('product_id'),
  title: text('title').notNull(),
  summary: text('summary'),
  fileKey: text('file_key'),
  fileName: text('file_name'),
  fileMime: text('file_mime'),
  submittedOn: date('submitted_on').notNull(),
  /** The day first submitted (migration 0020): kept when the plan is sent again, for the pipeline of a past day. */
  firstSubmittedOn: date('first_submitted_on').notNull(),
  ...review,
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type BusinessPlanRow = typeof cycleBusinessPlans.$inferSelect;

export const cyclePlanSupports = pgTable('cycle_plan_supports', {
  id: uuid('id').primaryKey().defaultRandom(),
  businessPlanId: uuid('business_plan_id').notNull(),
  provinceCode: text('province_code').notNull(),
  type: text('type').notNull(),
  givenOn: date('given_on').notNull(),
  provider: text('provider').notNull(),
  partnerId: uuid('partner_id'),
  note: text('note'),
  createdBy: uuid('created_by'),
});

export const cyclePlanProblems = pgTable('cycle_plan_problems', {
  id: uuid('id').primaryKey().defaultRandom(),
  businessPlanId: uuid('business_plan_id').notNull(),
  provinceCode: text('province_code').notNull(),
  notedOn: date('noted_on').notNull(),
  text: text('text').notNull(),
  createdBy: uuid('created_by'),
});

export const cyclePartners = pgTable('cycle_partners', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  contact: text('contact'),
  phone: text('phone'),
  email: text('email'),
  address: text('address'),
  note: text('note'),
});
export type PartnerRow = typeof cyclePartners.$inferSelect;

export const cyclePartnerProducers = pgTable('cycle_partner_producers', {
  partnerId: uuid('partner_id').notNull(),
  producerId: uuid('producer_id').notNull(),
  provinceCode: text('province_code').notNull(),
  service: text('service'),
  since: date('since'),
});

export const cycleCommuneOfficers = pgTable('cycle_commune_officers', {
  communeCode: text('commune_code').primaryKey(),
  provinceCode: text('province_code').notNull(),
  userId: uuid('user_id').notNull(),
  assignedOn: date('assigned_on').notNull(),
});
