// Why an account whose password is right may still not log in: a producer registration waiting for the commune
// or refused by it (with the officer's reason, kept on the audit row of the refusal), or an account an
// administrator locked. Told only after the right password (see login.ts).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { auditLog, type UserRow } from '../schema.ts';
import { AppError } from '../errors.ts';

/** The audit actions that set a user's status; the latest one says why the account is disabled. */
const STATUS_ACTIONS = ['user.approve', 'user.reject', 'user.update'];

export async function refusalOf(db: Db, user: UserRow): Promise<AppError | null> {
  if (user.status === 'active') return null;
  if (user.status === 'pending') {
    return new AppError(403, 'account_pending', {
      vi: 'Tài khoản đang chờ UBND xã duyệt',
      en: 'Your account is awaiting approval by the commune',
    });
  }
  const [last] = await db
    .select({ action: auditLog.action, reason: auditLog.reason })
    .from(auditLog)
    .where(
      and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, user.id), inArray(auditLog.action, STATUS_ACTIONS)),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (last?.action === 'user.reject') {
    const reason = last.reason?.trim() || null;
    return new AppError(
      403,
      'account_rejected',
      {
        vi: reason ? `UBND xã đã từ chối đăng ký tài khoản. Lý do: ${reason}` : 'UBND xã đã từ chối đăng ký tài khoản',
        en: reason
          ? `The commune rejected your registration. Reason: ${reason}`
          : 'The commune rejected your registration',
      },
      undefined,
      undefined,
      { reason },
    );
  }
  return new AppError(403, 'account_disabled', { vi: 'Tài khoản đã bị khoá', en: 'This account has been locked' });
}
