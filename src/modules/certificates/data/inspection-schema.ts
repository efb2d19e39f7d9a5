// Drizzle definitions of the inspection tables (the SQL of record is src/db/migrations/0010_inspections.sql).
import { date, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const inspectionPlans = pgTable('inspection_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code'),
  level: text('level').notNull(),
  kind: text('kind').notNull(),
  year: smallint('year').notNull(),
  documentNo: text('document_no').notNull(),
  documentDate: date('document_date'),
  title: text('title').notNull(),
  reason: text('reason'),
  leadId: uuid('lead_id').notNull(),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type InspectionPlanRow = typeof inspectionPlans.$inferSelect;

export const inspectionTeam = pgTable('inspection_team', {
  planId: uuid('plan_id').notNull(),
  userId: uuid('user_id').notNull(),
}, (t) => [primaryKey({ columns: [t.planId, t.userId] })]);

export const inspectionTargets = pgTable('inspection_targets', {
  planId: uuid('plan_id').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  provinceCode: text('province_code').notNull(),
  productId: uuid('product_id').notNull(),
}, (t) => [primaryKey({ columns: [t.planId, t.certificateId] })]);

export const inspectionVisits = pgTable('inspection_visits', {
  id: uuid('id').primaryKey().defaultRandom(),
  planId: uuid('plan_id').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  productId: uuid('product_id').notNull(),
  provinceCode: text('province_code').notNull(),
  visitOn: date('visit_on').notNull(),
  place: text('place').notNull(),
  participantIds: uuid('participant_ids').array().notNull().default([]),
  othersPresent: text('others_present'),
  ruleSet: text('rule_set'),
  setNo: smallint('set_no'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type InspectionVisitRow = typeof inspectionVisits.$inferSelect;

export const inspectionItems = pgTable('inspection_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  visitId: uuid('visit_id').notNull(),
  provinceCode: text('province_code').notNull(),
  seq: smallint('seq').notNull(),
  kind: text('kind').notNull(),
  code: text('code').notNull(),
  title: text('title').notNull(),
  expected: text('expected'),
  starMark: smallint('star_mark'),
  state: text('state').notNull().default('unchecked'),
  result: text('result'),
  note: text('note'),
  fixRequired: text('fix_required'),
  fixDueOn: date('fix_due_on'),
  producerReport: text('producer_report'),
  reportedOn: date('reported_on'),
  reportedBy: uuid('reported_by'),
  recheckNote: text('recheck_note'),
  recheckedOn: date('rechecked_on'),
  proposalId: uuid('proposal_id'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type InspectionItemRow = typeof inspectionItems.$inferSelect;

export const inspectionPhotos = pgTable('inspection_photos', {
  id: uuid('id').primaryKey().defaultRandom(),
  itemId: uuid('item_id').notNull(),
  provinceCode: text('province_code').notNull(),
  fileKey: text('file_key').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  name: text('name').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: ts('uploaded_at').notNull().defaultNow(),
});
export type InspectionPhotoRow = typeof inspectionPhotos.$inferSelect;

export const productTests = pgTable('product_tests', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  productId: uuid('product_id').notNull(),
  testedOn: date('tested_on').notNull(),
  lab: text('lab').notNull(),
  reportNo: text('report_no'),
  result: text('result').notNull(),
  note: text('note'),
  fileKey: text('file_key'),
  fileMime: text('file_mime'),
  fileName: text('file_name'),
  recordedBy: uuid('recorded_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type ProductTestRow = typeof productTests.$inferSelect;

export const producerPapers = pgTable('producer_papers', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  producerId: uuid('producer_id').notNull(),
  productId: uuid('product_id'),
  kind: text('kind').notNull(),
  number: text('number'),
  issuer: text('issuer'),
  issuedOn: date('issued_on').notNull(),
  expiresOn: date('expires_on'),
  note: text('note'),
  fileKey: text('file_key'),
  fileMime: text('file_mime'),
  fileName: text('file_name'),
  recordedBy: uuid('recorded_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type ProducerPaperRow = typeof producerPapers.$inferSelect;
