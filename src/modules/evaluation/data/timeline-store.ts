// The audit trail of one dossier (append-only audit_log) for its timeline.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { auditLog, users } from '../../../platform/schema.ts';

// People read a step by who took it: the account's display name, the username the audit row kept when the account is
// gone (or 'system').

export async function dossierAuditRows(db: Db, dossierId: string) {
  return db.select({
    id: auditLog.id, at: auditLog.at, actorName: sql<string | null>`coalesce(${users.displayName}, ${auditLog.actorName})`, action: auditLog.action,
    fromState: auditLog.fromState, toState: auditLog.toState, reason: auditLog.reason,
  }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(and(eq(auditLog.entityType, 'dossier'), eq(auditLog.entityId, dossierId))).orderBy(asc(auditLog.at), asc(auditLog.id));
}
