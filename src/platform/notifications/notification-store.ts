// Notifications (in-app, and by e-mail when SMTP is configured), for every module: the table, its queries, and the
// accounts a module's notice may go to (by role and unit). A module resolves its own recipients (a council's
// members, a dossier's commune) and hands the user ids in. The SQL of record is
// src/db/migrations/0003_evaluation.sql (the table kept its name and columns when it moved here).
import { and, desc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { bigserial, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/pool.ts';
import { users } from '../schema.ts';
import { NOTIFICATION_EMAIL_QUEUE } from '../mail/mail-queue.ts';
import type { Jobs } from '../command-context.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const notifications = pgTable('notifications', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  userId: uuid('user_id').notNull(),
  provinceCode: text('province_code'),
  kind: text('kind').notNull(),
  title: jsonb('title').notNull(),
  body: jsonb('body'),
  link: text('link'),
  createdAt: ts('created_at').notNull().defaultNow(),
  readAt: ts('read_at'),
});
export type NotificationRow = typeof notifications.$inferSelect;

export type NotificationValues = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'readAt'>;

/**
 * Inserts the notifications and, when e-mail is on, queues one e-mail per notification whose user is active and has
 * an address, in the same transaction: a step that rolls back sends nothing.
 */
export async function insertNotifications(tx: Db, jobs: Jobs, rows: NotificationValues[]): Promise<number> {
  if (!rows.length) return 0;
  const out = await tx
    .insert(notifications)
    .values(rows)
    .returning({ id: notifications.id, userId: notifications.userId });
  const queue = jobs.mail;
  if (queue) {
    const reachable = new Set(
      ids(
        await tx
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              inArray(users.id, [...new Set(out.map((n) => n.userId))]),
              active,
              isNotNull(users.email),
              ne(users.email, ''),
            ),
          ),
      ),
    );
    await queue.enqueue(
      tx,
      NOTIFICATION_EMAIL_QUEUE,
      out.filter((n) => reachable.has(n.userId)).map((n) => ({ notificationId: n.id })),
    );
  }
  return out.length;
}

export interface NotificationForEmail {
  notification: NotificationRow;
  email: string | null;
  displayName: string;
  status: string;
}

/** A notification with its user's address and status as they are now (an e-mail is sent some seconds later). */
export async function findNotificationForEmail(db: Db, id: number): Promise<NotificationForEmail | undefined> {
  const [row] = await db
    .select({ notification: notifications, email: users.email, displayName: users.displayName, status: users.status })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  return row;
}

export async function listNotificationRows(
  db: Db,
  userId: string,
  opts: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const where = and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [rows, [count], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(opts.limit)
      .offset(opts.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(where),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { rows, total: count?.n ?? 0, unread: unread?.n ?? 0 };
}

/** Marks one of the user's notifications read (idempotent); undefined when it is not theirs. */
export async function markNotificationRead(tx: Db, userId: string, id: number): Promise<NotificationRow | undefined> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

// ---- recipients ----

const active = eq(users.status, 'active');
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Accounts acting for a producer (users.producer_id, the registry's link). */
export async function producerAccountIds(db: Db, producerId: string): Promise<string[]> {
  const res = await db.execute<{ id: string }>(
    sql`select id from users where role = 'producer' and status = 'active' and producer_id = ${producerId}`,
  );
  return res.rows.map((r) => r.id);
}

export async function communeOfficerIds(db: Db, communeCode: string): Promise<string[]> {
  return ids(
    await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'commune_officer'), eq(users.unitCode, communeCode), active)),
  );
}

export async function roleIdsInProvince(db: Db, roles: string[], provinceCode: string): Promise<string[]> {
  return ids(
    await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.role, roles), eq(users.provinceCode, provinceCode), active)),
  );
}

export async function nationalRoleIds(db: Db, roles: string[]): Promise<string[]> {
  return ids(
    await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.role, roles), isNull(users.provinceCode), active)),
  );
}
