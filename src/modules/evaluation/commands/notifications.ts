// A user's own notifications (in-app): the list, newest first, with the unread count; marking one read.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { listNotificationRows, markNotificationRead } from '../data/notification-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentNotification, type PublicNotification } from '../presenters.ts';
import { notificationNotFound } from './errors.ts';

export async function listNotifications(
  db: Db,
  actor: Actor,
  opts: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ items: PublicNotification[]; total: number; unread: number }> {
  evaluationPolicy.assertCan(actor, 'notifications.read');
  const { rows, total, unread } = await listNotificationRows(db, actor.id, opts);
  return { items: rows.map(presentNotification), total, unread };
}

export async function readNotification(db: Db, actor: Actor, id: number): Promise<PublicNotification> {
  evaluationPolicy.assertCan(actor, 'notifications.read');
  const row = await markNotificationRead(db, actor.id, id);
  // Someone else's notification is answered as not found.
  if (!row) throw notificationNotFound();
  return presentNotification(row);
}
