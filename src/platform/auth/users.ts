// User commands: bootstrap of the first admin, password change. Each write is audited in its transaction.
import { eq, count } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { users } from '../schema.ts';
import { audit } from '../audit.ts';
import { badRequest, AppError } from '../errors.ts';
import { hashPassword, verifyPassword, oneTimePassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import { actorOf, type Actor } from './actor.ts';

/**
 * Creates the first admin when there is no user yet. Returns the one-time password to print, or null when
 * users already exist. Concurrent starts are safe: the unique username index lets only one insert win.
 */
export async function ensureFirstAdmin(
  db: Db,
  fixedPassword?: string,
): Promise<{ username: string; password: string } | null> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  const password = fixedPassword ?? oneTimePassword();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values({
        username: 'admin',
        displayName: 'Quản trị hệ thống',
        passwordHash: await hashPassword(password),
        role: 'admin',
        unitCode: null,
        provinceCode: null,
        mustChangePassword: fixedPassword === undefined,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (inserted.length === 0) return null;
    await audit(tx, null, {
      action: 'user.bootstrap',
      entityType: 'user',
      entityId: inserted[0]!.id,
      toState: 'active',
      after: { username: 'admin', role: 'admin' },
    });
    return { username: 'admin', password };
  });
}

export async function changePassword(
  db: Db,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<Actor> {
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    throw badRequest([
      {
        field: 'body.newPassword',
        code: 'too_short',
        message: {
          vi: `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
          en: `The new password needs at least ${MIN_PASSWORD_LENGTH} characters`,
        },
      },
    ]);
  }
  if (newPassword === currentPassword) {
    throw badRequest([
      {
        field: 'body.newPassword',
        code: 'unchanged',
        message: { vi: 'Mật khẩu mới phải khác mật khẩu cũ', en: 'The new password must differ from the old one' },
      },
    ]);
  }
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id)).for('update');
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppError(
        400,
        'invalid_input',
        { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
        [
          {
            field: 'body.currentPassword',
            code: 'wrong_password',
            message: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
          },
        ],
      );
    }
    const [updated] = await tx
      .update(users)
      .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning();
    await audit(tx, actor, {
      action: 'user.change-password',
      entityType: 'user',
      entityId: actor.id,
      provinceCode: actor.provinceCode,
    });
    return actorOf(updated!);
  });
}
