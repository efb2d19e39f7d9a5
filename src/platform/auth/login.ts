// Log-in with a throttle kept in the database (so it holds across processes): too many failures for one
// username or from one address within the window are refused before the password is even checked.
import { randomBytes } from 'node:crypto';
import { and, eq, gt, sql, count } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { loginAttempts, users } from '../schema.ts';
import { tooManyRequests, AppError } from '../errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { actorOf, type Actor } from './actor.ts';
import { refusalOf } from './account-refusal.ts';

export const LOGIN_LIMITS = { windowMinutes: 15, perUsername: 5, perIp: 30 };

/** A hash no password matches, checked for unknown usernames so they cost as long as known ones (no enumeration by timing). */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(32).toString('hex')));

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' });

async function recentFailures(db: Db, column: 'username' | 'ip', value: string): Promise<number> {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000);
  const where =
    column === 'username'
      ? and(
          sql`lower(${loginAttempts.username}) = lower(${value})`,
          eq(loginAttempts.success, false),
          gt(loginAttempts.at, since),
        )
      : and(eq(loginAttempts.ip, value), eq(loginAttempts.success, false), gt(loginAttempts.at, since));
  const [row] = await db.select({ n: count() }).from(loginAttempts).where(where);
  return row?.n ?? 0;
}

export async function login(db: Db, username: string, password: string, ip: string): Promise<Actor> {
  if (
    (await recentFailures(db, 'username', username)) >= LOGIN_LIMITS.perUsername ||
    (await recentFailures(db, 'ip', ip)) >= LOGIN_LIMITS.perIp
  ) {
    throw tooManyRequests({
      vi: `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${LOGIN_LIMITS.windowMinutes} phút`,
      en: `Too many failed log-ins, try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
    });
  }
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  const passwordOk = (await verifyPassword(user?.passwordHash ?? (await decoy()), password)) && user !== undefined;
  // Only the right password earns the reason an account may not log in (pending, rejected, locked): a wrong one
  // says the same for every account, so the answer never tells which usernames exist. A refused log-in is not a
  // success for the throttle either.
  const refusal = passwordOk ? await refusalOf(db, user) : null;
  await db
    .insert(loginAttempts)
    .values({ username: username.slice(0, 100), ip, success: passwordOk && refusal === null });
  if (!passwordOk || !user) throw invalidCredentials();
  if (refusal) throw refusal;
  return actorOf(user);
}
