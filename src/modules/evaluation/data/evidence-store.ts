// Queries over evidence files (content-addressed bytes in the file store, one stored_files row per key) and the
// dossier's evidence list.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { dossierEvidence, storedFiles } from './schema.ts';

export type EvidenceRow = typeof dossierEvidence.$inferSelect & { mime: string; size: number };

/** The same bytes uploaded twice are one file (same key). */
export async function recordStoredFile(tx: Db, key: string, mime: string, size: number): Promise<void> {
  await tx.insert(storedFiles).values({ key, mime, size }).onConflictDoNothing();
}

export async function insertEvidence(tx: Db, v: typeof dossierEvidence.$inferInsert): Promise<typeof dossierEvidence.$inferSelect> {
  const [row] = await tx.insert(dossierEvidence).values(v).returning();
  return row!;
}

const columns = {
  id: dossierEvidence.id, dossierId: dossierEvidence.dossierId, provinceCode: dossierEvidence.provinceCode,
  fileKey: dossierEvidence.fileKey, criterionCode: dossierEvidence.criterionCode, name: dossierEvidence.name,
  note: dossierEvidence.note, uploadedBy: dossierEvidence.uploadedBy, uploadedAt: dossierEvidence.uploadedAt,
  mime: storedFiles.mime, size: storedFiles.size,
};

export async function listEvidence(db: Db, dossierId: string): Promise<EvidenceRow[]> {
  return db.select(columns).from(dossierEvidence).innerJoin(storedFiles, eq(storedFiles.key, dossierEvidence.fileKey))
    .where(eq(dossierEvidence.dossierId, dossierId)).orderBy(asc(dossierEvidence.uploadedAt), dossierEvidence.id);
}

export async function findEvidence(db: Db, dossierId: string, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select(columns).from(dossierEvidence).innerJoin(storedFiles, eq(storedFiles.key, dossierEvidence.fileKey))
    .where(and(eq(dossierEvidence.dossierId, dossierId), eq(dossierEvidence.id, id)));
  return row;
}

export async function deleteEvidence(tx: Db, dossierId: string, id: string): Promise<void> {
  await tx.delete(dossierEvidence).where(and(eq(dossierEvidence.dossierId, dossierId), eq(dossierEvidence.id, id)));
}
