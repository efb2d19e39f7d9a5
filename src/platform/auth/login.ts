// Log-in with a throttle kept in the database (so it holds across processes): too many failures for one
// username or from one address within the window are refused before the password is even checked.
import { and, eq, gt, sql, count } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { loginAttempts, users } from '../schema.ts';
import { tooManyRequests, AppError } from '../errors.ts';
import { verifyPassword } from './passwords.ts';
import { actorOf, type Actor } from './actor.ts';

export const LOGIN_LIMITS = { windowMinutes: 15, perUsername: 5, perIp: 30 };

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' });

async function recentFailures(db: Db, column: 'username' | 'ip', value: string): Promise<number> {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000);
  const where =
    column === 'username'
      ? and(sql`lower(${loginAttempts.username}) = lower(${value})`, eq(loginAttempts.success, false), gt(loginAttempts.at, since))
      : and(eq(loginAttempts.ip, value), eq(loginAttempts.success, false), gt(loginAttempts.at, since));
  const [row] = await db.select({ n: count() }).from(loginAttempts).where(where);
  return row?.n ?? 0;
}

export async function login(db: Db, username: string, password: string, ip: string): Promise<Actor> {
  if ((await recentFailures(db, 'username', username)) >= LOGIN_LIMITS.perUsername
    || (await recentFailures(db, 'ip', ip)) >= LOGIN_LIMITS.perIp) {
    throw tooManyRequests({
      vi: `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${LOGIN_LIMITS.windowMinutes} phút`,
      en: `Too many failed log-ins, try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
    });
  }
  const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
  const ok = user !== undefined && user.status !== 'disabled' && (await verifyPassword(user.passwordHash, password));
  await db.insert(loginAttempts).values({ username: username.slice(0, 100), ip, success: ok });
  if (!ok || !user) throw invalidCredentials();
  if (user.status === 'pending') {
    throw new AppError(403, 'account_pending', {
      vi: 'Tài khoản đang chờ UBND xã phê duyệt',
      en: 'Your account is waiting for approval by the commune',
    });
  }
  return actorOf(user);
}
