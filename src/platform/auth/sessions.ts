// Database-backed sessions: the cookie holds a random token, the table only its SHA-256, so a leaked table
// cannot be replayed and any process can validate any request.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { sessions, users } from '../schema.ts';
import { actorOf, type Actor } from './actor.ts';

export const SESSION_COOKIE = 'ocop_session';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  userId: string,
  ttlHours: number,
  ip: string,
  userAgent: string | undefined,
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db
    .insert(sessions)
    .values({ id: digest(token), userId, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null });
  return { token, expiresAt };
}

/**
 * The actor behind a session token, or null when unknown, expired, idle for longer than `idleMinutes` or the user is
 * deactivated. The idle check has a minute's slack: last_seen_at is touched at most once a minute.
 */
export async function actorForToken(db: Db, token: string, idleMinutes: number): Promise<Actor | null> {
  const idleSince = new Date(Date.now() - idleMinutes * 60_000);
  const rows = await db
    .select({ user: users, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, digest(token)),
        gt(sessions.expiresAt, new Date()),
        gt(sessions.lastSeenAt, idleSince),
        eq(users.status, 'active'),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  // Touch at most once a minute: a write per request would dominate read traffic.
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date() })
      .where(eq(sessions.id, digest(token)));
  }
  return actorOf(row.user);
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, digest(token)));
}

export async function deleteUserSessions(db: Db, userId: string, exceptToken?: string): Promise<void> {
  const keep = exceptToken ? digest(exceptToken) : '';
  await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keep}`));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
