// Drizzle definitions of the certificate register's tables (the SQL of record is src/db/migrations/0003_evaluation.sql
// and later migrations; the tables kept their names and columns when they moved out of evaluation).
import { bigserial, date, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });
// numeric columns come back as numbers (pool.ts type parser); drizzle's numeric() types them as string.
const num = (name: string) => numeric(name, { precision: 5, scale: 2, mode: 'number' });

export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  productId: uuid('product_id').notNull(),
  dossierId: uuid('dossier_id'),
  decisionId: uuid('decision_id'),
  number: text('number').notNull(),
  star: smallint('star').notNull(),
  points: num('points'),
  issuedOn: date('issued_on').notNull(),
  expiresOn: date('expires_on').notNull(),
  status: text('status').notNull().default('valid'),
  revokedOn: date('revoked_on'),
  revokeReason: text('revoke_reason'),
  createdAt: ts('created_at').notNull().defaultNow(),
  extendedUntil: date('extended_until'),
  supersededBy: uuid('superseded_by'),
  productCode: text('product_code'),
});
export type CertificateRow = typeof certificates.$inferSelect;

export const certificateCounters = pgTable('certificate_counters', {
  scope: text('scope').notNull(),
  year: smallint('year').notNull(),
  lastSeq: integer('last_seq').notNull(),
}, (t) => [primaryKey({ columns: [t.scope, t.year] })]);

export const revocationProposals = pgTable('revocation_proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  source: text('source').notNull(),
  sourceRef: uuid('source_ref'),
  groundCode: text('ground_code'),
  summary: text('summary').notNull(),
  state: text('state').notNull().default('open'),
  proposedBy: uuid('proposed_by'),
  proposedAt: ts('proposed_at').notNull().defaultNow(),
  closedAt: ts('closed_at'),
  closedBy: uuid('closed_by'),
  closeNote: text('close_note'),
  // 0009
  basisTrigger: text('basis_trigger'),
  basisDate: date('basis_date'),
  basisReference: text('basis_reference'),
});
export type RevocationProposalRow = typeof revocationProposals.$inferSelect;

// 0009_certificate_lifecycle.sql
export const certificateNotices = pgTable('certificate_notices', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  provinceCode: text('province_code').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  kind: text('kind').notNull(),
  dueOn: date('due_on').notNull(),
  sentOn: date('sent_on').notNull(),
  recipients: integer('recipients').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const certificateReminderSettings = pgTable('certificate_reminder_settings', {
  provinceCode: text('province_code').primaryKey(),
  daysBefore: integer('days_before').array().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const certificateRevocations = pgTable('certificate_revocations', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  groundCode: text('ground_code').notNull(),
  basisTrigger: text('basis_trigger').notNull(),
  basisDate: date('basis_date').notNull(),
  basisReference: text('basis_reference').notNull(),
  decisionNumber: text('decision_number').notNull(),
  decisionDate: date('decision_date').notNull(),
  decidedBy: text('decided_by').notNull(),
  dueOn: date('due_on').notNull(),
  recordedBy: uuid('recorded_by'),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
export type CertificateRevocationRow = typeof certificateRevocations.$inferSelect;
