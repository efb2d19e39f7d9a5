// Every state change writes one append-only audit row inside the same transaction as the change itself.
import type { Db } from '../db/pool.ts';
import { auditLog } from './schema.ts';
import type { Actor } from './auth/actor.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string;
  provinceCode?: string | null;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function audit(tx: Db, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? 'system',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    provinceCode: entry.provinceCode ?? null,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
