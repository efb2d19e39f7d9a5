// A user's own notifications (in-app): the list, newest first, with the unread count; marking one read. Every
// signed-in user reads their own, whatever module sent them.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../auth/actor.ts';
import { definePermissions } from '../auth/policy.ts';
import { ROLES } from '../auth/roles.ts';
import { notFound, type Message } from '../errors.ts';
import { listNotificationRows, markNotificationRead, type NotificationRow } from './notification-store.ts';

export const notificationPolicy = definePermissions({ 'notifications.read': ROLES });

const notificationNotFound = () => notFound({ vi: 'thông báo', en: 'Notification' });

/** The whitelisted fields of a notification (no table row goes out as it is). */
export function presentNotification(n: NotificationRow) {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title as Message,
    body: (n.body ?? null) as Record<string, unknown> | null,
    link: n.link,
    provinceCode: n.provinceCode,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}
export type PublicNotification = ReturnType<typeof presentNotification>;

export async function listNotifications(
  db: Db,
  actor: Actor,
  opts: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ items: PublicNotification[]; total: number; unread: number }> {
  notificationPolicy.assertCan(actor, 'notifications.read');
  const { rows, total, unread } = await listNotificationRows(db, actor.id, opts);
  return { items: rows.map(presentNotification), total, unread };
}

export async function readNotification(db: Db, actor: Actor, id: number): Promise<PublicNotification> {
  notificationPolicy.assertCan(actor, 'notifications.read');
  const row = await markNotificationRead(db, actor.id, id);
  // Someone else's notification is answered as not found.
  if (!row) throw notificationNotFound();
  return presentNotification(row);
}
