// Log-in with a throttle kept in the database (so it holds across processes). Failures count per username *and*
// address, with a back-off that doubles after each further failure: a stranger's wrong passwords slow the stranger
// down and never lock the user out from their own address (a lock-out anyone could cause). A cap per address stops
// one address guessing many usernames. Admission is atomic: the attempt is recorded as a failure under a lock on the
// address before the password is checked, so parallel guesses cannot all slip past the count.
import { randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { loginAttempts, users } from '../schema.ts';
import { tooManyRequests, AppError } from '../errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { actorOf, type Actor } from './actor.ts';
import { refusalOf } from './account-refusal.ts';

export const LOGIN_LIMITS = { windowMinutes: 60, perUserAndAddress: 5, perIp: 30, maxWaitMinutes: 30 };

/** Minutes to wait after the last failure once `failures` (of one username from one address) reach the limit. */
export function backOffMinutes(failures: number): number {
  if (failures < LOGIN_LIMITS.perUserAndAddress) return 0;
  return Math.min(LOGIN_LIMITS.maxWaitMinutes, 2 ** (failures - LOGIN_LIMITS.perUserAndAddress));
}

/** A hash no password matches, checked for unknown usernames so they cost as long as known ones (no enumeration by timing). */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(32).toString('hex')));

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' });

const tooMany = (minutes: number) =>
  tooManyRequests({
    vi: `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${minutes} phút`,
    en: `Too many failed log-ins, try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  });

/** Admits one attempt or throws 429; an admitted attempt is recorded as a failure until the password proves right. */
async function admit(db: Db, username: string, ip: string): Promise<number> {
  return db.transaction(async (tx) => {
    // One address at a time: the count and the insert below cannot interleave with a parallel guess.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:${ip}`}))`);
    const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000);
    const [row] = await tx
      .select({
        fromIp: sql<number>`count(*)::int`,
        pair: sql<number>`(count(*) filter (where lower(${loginAttempts.username}) = lower(${username})))::int`,
        last: sql<
          string | null
        >`max(${loginAttempts.at}) filter (where lower(${loginAttempts.username}) = lower(${username}))`,
      })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
    if ((row?.fromIp ?? 0) >= LOGIN_LIMITS.perIp) throw tooMany(LOGIN_LIMITS.windowMinutes);
    const wait = backOffMinutes(row?.pair ?? 0);
    if (wait > 0 && row?.last) {
      const left = new Date(row.last).getTime() + wait * 60_000 - Date.now();
      if (left > 0) throw tooMany(Math.ceil(left / 60_000));
    }
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ username: username.slice(0, 100), ip, success: false })
      .returning({ id: loginAttempts.id });
    return attempt!.id;
  });
}

export async function login(db: Db, username: string, password: string, ip: string): Promise<Actor> {
  const attempt = await admit(db, username, ip);
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
  if (passwordOk && refusal === null) {
    await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attempt));
  }
  if (!passwordOk || !user) throw invalidCredentials();
  if (refusal) throw refusal;
  return actorOf(user);
}
