// Drizzle definitions of the public module's tables and its read view (the SQL of record is
// src/db/migrations/0011_public_register.sql).
import { customType, date, integer, numeric, pgTable, pgView, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** A certificate with its product and producer, as the public register shows it (a view over the tables below). */
export const registerEntries = pgView('public_register_entries', {
  certificateId: uuid('certificate_id').notNull(),
  number: text('number').notNull(),
  provinceCode: text('province_code').notNull(),
  star: smallint('star').notNull(),
  points: numeric('points', { mode: 'number' }),
  issuedOn: date('issued_on').notNull(),
  expiresOn: date('expires_on').notNull(),
  extendedUntil: date('extended_until'),
  status: text('status').notNull(),
  revokedOn: date('revoked_on'),
  supersededBy: uuid('superseded_by'),
  productCode: text('product_code'),
  createdAt: ts('created_at').notNull(),
  productId: uuid('product_id').notNull(),
  productName: text('product_name').notNull(),
  setNo: smallint('set_no').notNull(),
  productDescription: text('product_description'),
  communeCode: text('commune_code').notNull(),
  productSearch: text('product_search'),
  producerId: uuid('producer_id').notNull(),
  producerName: text('producer_name').notNull(),
  representativeName: text('representative_name'),
  producerAddress: text('producer_address'),
  producerSearch: text('producer_search'),
  productPhotoKey: text('product_photo_key'),
  productPhotoMime: text('product_photo_mime'),
  productPhotoAt: ts('product_photo_at'),
}).existing();
export type RegisterEntry = typeof registerEntries.$inferSelect;

export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  provinceCode: text('province_code'),
  publicKey: bytea('public_key').notNull(),
  privateKeyEnc: bytea('private_key_enc').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  retiredAt: ts('retired_at'),
});
export type SigningKeyRow = typeof signingKeys.$inferSelect;

export const qrStamps = pgTable('qr_stamps', {
  serial: text('serial').primaryKey(),
  provinceCode: text('province_code').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  kid: text('kid').notNull(),
  printedAt: ts('printed_at').notNull().defaultNow(),
  printedBy: uuid('printed_by'),
  scanCount: integer('scan_count').notNull().default(0),
  scanDay: date('scan_day'),
  dayCount: integer('day_count').notNull().default(0),
  firstScanAt: ts('first_scan_at'),
  lastScanAt: ts('last_scan_at'),
  flaggedAt: ts('flagged_at'),
  flagReason: text('flag_reason'),
});
export type QrStampRow = typeof qrStamps.$inferSelect;

export const consumerReports = pgTable('consumer_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  productId: uuid('product_id').notNull(),
  certificateId: uuid('certificate_id'),
  kind: text('kind').notNull(),
  message: text('message').notNull(),
  contact: text('contact'),
  senderHash: text('sender_hash').notNull(),
  state: text('state').notNull().default('open'),
  createdAt: ts('created_at').notNull().defaultNow(),
  closedAt: ts('closed_at'),
  closedBy: uuid('closed_by'),
  closeNote: text('close_note'),
  proposalId: uuid('proposal_id'),
});
export type ConsumerReportRow = typeof consumerReports.$inferSelect;
