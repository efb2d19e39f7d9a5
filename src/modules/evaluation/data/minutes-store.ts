// What the council's minutes read in bulk (one query each, not one per dossier): the dossiers before the council,
// their outcomes and scorecards, and the day each dossier's scoring closed as the step that closed it recorded it
// (audit_log.after.on — the procedure's date, not the server's clock).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { auditLog } from '../../../platform/schema.ts';
import { councilOutcomes, dossiers, scorecards, type DossierRow, type ScorecardRow } from './schema.ts';

/** Dossier id → the latest `on` of the given dossier actions ('dossier.close_scoring', …), optionally from one state. */
export async function actionDates(db: Db, dossierIds: string[], actions: string[], fromState?: string): Promise<Map<string, string>> {
  if (!dossierIds.length || !actions.length) return new Map();
  const rows = await db.select({ id: auditLog.entityId, on: sql<string | null>`max(${auditLog.after}->>'on')` })
    .from(auditLog)
    .where(and(
      eq(auditLog.entityType, 'dossier'), inArray(auditLog.entityId, dossierIds), inArray(auditLog.action, actions),
      fromState ? eq(auditLog.fromState, fromState) : undefined,
    ))
    .groupBy(auditLog.entityId);
  return new Map(rows.filter((r) => r.id !== null && r.on !== null).map((r) => [r.id!, r.on!]));
}

/** The dossiers of the given ids, in the order given. */
export async function dossiersByIds(db: Db, ids: string[]): Promise<DossierRow[]> {
  if (!ids.length) return [];
  const rows = await db.select().from(dossiers).where(inArray(dossiers.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is DossierRow => r !== undefined);
}

/** The council's outcomes (closed dossiers), by dossier id. */
export async function outcomesOf(db: Db, councilId: string) {
  const rows = await db.select().from(councilOutcomes).where(eq(councilOutcomes.councilId, councilId));
  return new Map(rows.map((r) => [r.dossierId, r]));
}

/** The council's scorecards, by dossier id. */
export async function scorecardsOf(db: Db, councilId: string): Promise<Map<string, ScorecardRow[]>> {
  const rows = await db.select().from(scorecards).where(eq(scorecards.councilId, councilId));
  const out = new Map<string, ScorecardRow[]>();
  for (const r of rows) out.set(r.dossierId, [...(out.get(r.dossierId) ?? []), r]);
  return out;
}
