// The audit trail of one dossier (append-only audit_log) for its timeline.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { auditLog } from '../../../platform/schema.ts';

export async function dossierAuditRows(db: Db, dossierId: string) {
  return db.select({
    id: auditLog.id, at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action,
    fromState: auditLog.fromState, toState: auditLog.toState, reason: auditLog.reason,
  }).from(auditLog).where(and(eq(auditLog.entityType, 'dossier'), eq(auditLog.entityId, dossierId))).orderBy(asc(auditLog.at), asc(auditLog.id));
}
