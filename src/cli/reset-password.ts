import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { prepareDatabase } from '../server.ts';
import { users } from '../platform/schema.ts';
import { hashPassword, oneTimePassword } from '../platform/auth/passwords.ts';
import { deleteUserSessions } from '../platform/auth/sessions.ts';
import { audit } from '../platform/audit.ts';

/** Gives a user a new one-time password (for an admin who lost the first one). */
export async function resetPassword(username: string): Promise<void> {
  const prepared = await prepareDatabase(loadConfig());
  try {
    const password = oneTimePassword();
    const ok = await prepared.db.db.transaction(async (tx) => {
      const [u] = await tx
        .update(users)
        .set({ passwordHash: await hashPassword(password), mustChangePassword: true, updatedAt: new Date() })
        .where(sql`lower(${users.username}) = lower(${username})`)
        .returning({ id: users.id });
      if (!u) return false;
      await deleteUserSessions(tx, u.id);
      await audit(tx, null, { action: 'user.reset-password', entityType: 'user', entityId: u.id, reason: 'CLI' });
      return true;
    });
    if (!ok) {
      console.error(`no user "${username}"`);
      process.exitCode = 1;
    } else console.log(`one-time password for ${username}: ${password}`);
  } finally {
    await prepared.close();
  }
}
