// Reading a dossier's evidence: the list, and one file's bytes with its type (scope-checked like the dossier).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { FileStorage } from '../../../platform/files.ts';
import { findEvidence, listEvidence } from '../data/evidence-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentEvidence, type PublicEvidence } from '../presenters.ts';
import { evidenceNotFound } from './errors.ts';
import { loadDossier } from './load-dossier.ts';

export async function listDossierEvidence(db: Db, actor: Actor, id: string): Promise<PublicEvidence[]> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  await loadDossier(db, actor, id);
  return (await listEvidence(db, id)).map(presentEvidence);
}

export async function readEvidenceFile(
  db: Db,
  files: FileStorage,
  actor: Actor,
  dossierId: string,
  evidenceId: string,
): Promise<{ bytes: Buffer; mime: string; name: string }> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  await loadDossier(db, actor, dossierId);
  const ev = await findEvidence(db, dossierId, evidenceId);
  if (!ev) throw evidenceNotFound();
  return { bytes: await files.get(ev.fileKey), mime: ev.mime, name: ev.name };
}
