// Takes an evidence file off a dossier (a wrong scan, the wrong certificate) while the producer side may still
// complete it — the same who and when as adding one (upload-evidence.ts). What was filed earlier stays in the filing
// snapshots, and the bytes stay in the content-addressed store (another dossier may hold the same file).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import type { DossierState } from '../domain/dossier-lifecycle.ts';
import { deleteEvidence, findEvidence } from '../data/evidence-store.ts';
import { updateDossierRow } from '../data/dossier-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentEvidence } from '../presenters.ts';
import { evidenceNotFound } from './errors.ts';
import { loadDossier } from './load-dossier.ts';
import { checkOpen } from './upload-evidence.ts';

export async function removeEvidence(db: Db, actor: Actor, id: string, evidenceId: string): Promise<void> {
  evaluationPolicy.assertCan(actor, 'dossiers.evidence.upload');
  await db.transaction(async (tx) => {
    const { row } = await loadDossier(tx, actor, id, { lock: true });
    checkOpen(row.state as DossierState);
    const ev = await findEvidence(tx, id, evidenceId);
    if (!ev) throw evidenceNotFound();
    await deleteEvidence(tx, id, evidenceId);
    await updateDossierRow(tx, id, {});
    await audit(tx, actor, {
      action: 'dossier.evidence.delete',
      entityType: 'dossier',
      entityId: id,
      provinceCode: row.provinceCode,
      fromState: row.state,
      toState: row.state,
      before: presentEvidence(ev),
    });
  });
}
