// The link between a producer account (users.producer_id) and its producer.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { producerAccounts } from './tables.ts';

export type AccountRow = typeof producerAccounts.$inferSelect;

/** The producer a user acts for, or null. */
export async function linkedProducerId(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ producerId: producerAccounts.producerId }).from(producerAccounts).where(eq(producerAccounts.id, userId));
  return row?.producerId ?? null;
}

export async function lockAccount(tx: Db, userId: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(producerAccounts).where(eq(producerAccounts.id, userId)).for('update');
  return row;
}

export async function setAccountProducer(tx: Db, userId: string, producerId: string | null): Promise<void> {
  await tx.update(producerAccounts).set({ producerId, updatedAt: new Date() }).where(eq(producerAccounts.id, userId));
}
