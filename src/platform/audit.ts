// Every state change writes one append-only audit row inside the same transaction as the change itself.
import type { Db } from '../db/pool.ts';
import { insertAsJson } from '../db/insert-as-json.ts';
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

// Rows per statement (one JSON parameter: db/insert-as-json.ts).
const AUDIT_CHUNK = 2000;

const rowOf = (actor: Actor | null, entry: AuditEntry) => ({
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

export async function audit(tx: Db, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(rowOf(actor, entry));
}

/** One audit row per entry, as `audit` writes them, in multi-row inserts (a bulk import audits every record it
 *  writes without a round trip per record). */
export async function auditMany(tx: Db, actor: Actor | null, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_CHUNK)
    await insertAsJson(
      tx,
      auditLog,
      entries.slice(i, i + AUDIT_CHUNK).map((e) => rowOf(actor, e)),
    );
}
