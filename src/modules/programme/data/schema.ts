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
