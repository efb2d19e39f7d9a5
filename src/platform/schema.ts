// Drizzle table definitions of the platform tables (the SQL of record is in src/db/migrations).
import { pgTable, text, uuid, boolean, smallint, timestamp, bigserial, bigint, jsonb } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  phone: text('phone'),
  /** The agency a staff account works for (a council seat's agency, Art. 7.3.b); null when not recorded. */
  agency: text('agency'),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  unitSet: smallint('unit_set').notNull().default(2025),
  unitCode: text('unit_code'),
  provinceCode: text('province_code'),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  status: text('status').notNull().default('active'),
  approvedBy: uuid('approved_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const loginAttempts = pgTable('login_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  username: text('username').notNull(),
  ip: text('ip').notNull(),
  success: boolean('success').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  provinceCode: text('province_code'),
  fromState: text('from_state'),
  toState: text('to_state'),
  reason: text('reason'),
  before: jsonb('before'),
  after: jsonb('after'),
  // The hash chain (0026): the inserting transaction, and the hashes the sealer fills in once it has ended.
  xact: bigint('xact', { mode: 'number' }),
  prevHash: text('prev_hash'),
  hash: text('hash'),
});

export type UserRow = typeof users.$inferSelect;
