// Drizzle definitions of the registry tables (the SQL of record is src/db/migrations/0002_registry.sql).
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid, boolean, smallint, integer, date, timestamp, primaryKey } from 'drizzle-orm/pg-core';

export const producers = pgTable('producers', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  legalType: text('legal_type').notNull(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull(),
  registrationNo: text('registration_no'),
  registrationDate: date('registration_date', { mode: 'string' }),
  taxCode: text('tax_code'),
  representativeName: text('representative_name'),
  representativeSex: text('representative_sex'),
  representativeEthnicity: text('representative_ethnicity'),
  representativeDisability: boolean('representative_disability').notNull().default(false),
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  status: text('status').notNull().default('active'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  search: text('search').generatedAlwaysAs(sql`search_key(name || ' ' || coalesce(registration_no, ''))`),
});

export const products = pgTable('products', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  producerId: uuid('producer_id').notNull(),
  name: text('name').notNull(),
  setNo: smallint('set_no').notNull(),
  description: text('description'),
  specification: text('specification'),
  productCode: text('product_code'),
  codeSeq: integer('code_seq'),
  codeYear: smallint('code_year'),
  status: text('status').notNull().default('active'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  search: text('search').generatedAlwaysAs(sql`search_key(name || ' ' || coalesce(product_code, ''))`),
  // The product's photo in the file store (migration 0013), its type and when it last changed.
  photoKey: text('photo_key'),
  photoMime: text('photo_mime'),
  photoAt: timestamp('photo_at', { withTimezone: true }),
});

export const productCodeCounters = pgTable('product_code_counters', {
  provinceCode: text('province_code').notNull(),
  communeCode: text('commune_code').notNull(),
  lastSeq: integer('last_seq').notNull(),
}, (t) => [primaryKey({ columns: [t.provinceCode, t.communeCode] })]);

// The users table belongs to the platform (platform/schema.ts); this module owns only the producer_id column it
// added, so it declares just the columns it reads.
export const producerAccounts = pgTable('users', {
  id: uuid('id').primaryKey(),
  role: text('role').notNull(),
  unitCode: text('unit_code'),
  provinceCode: text('province_code'),
  status: text('status').notNull(),
  producerId: uuid('producer_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type ProducerRow = typeof producers.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
