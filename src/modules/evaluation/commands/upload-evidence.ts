// Adds an evidence file to a dossier (a scan, a certificate, a photo; Art. 6.1, Form 02 part III): its real type is
// sniffed from the bytes, the bytes go to the content-addressed file store, the dossier lists it (by criterion when
// given). Only while the producer side may complete the dossier; what was filed is frozen by the filing snapshots.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { sniffEvidenceType, type FileStorage } from '../../../platform/files.ts';
import { findCriterion, getProductSet } from '../../criteria/index.ts';
import type { DossierState } from '../domain/dossier-lifecycle.ts';
import { insertEvidence, listEvidence, recordStoredFile } from '../data/evidence-store.ts';
import { updateDossierRow } from '../data/dossier-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentEvidence, type PublicEvidence } from '../presenters.ts';
import { conflict, invalid } from './errors.ts';
import { loadDossier } from './load-dossier.ts';
import { PRODUCER_EDITABLE } from './save-form.ts';

export interface EvidenceUpload {
  bytes: Buffer;
  filename: string;
  criterionCode?: string | undefined;
  note?: string | undefined;
}

export function checkOpen(state: DossierState) {
  if (!PRODUCER_EDITABLE.includes(state)) {
    throw conflict(
      'evidence_locked',
      'Chỉ bổ sung minh chứng khi hồ sơ đang soạn hoặc được yêu cầu hoàn thiện, bổ sung',
      'Evidence is added only while the dossier is drafted or being completed',
    );
  }
}

export async function uploadEvidence(
  db: Db,
  files: FileStorage,
  actor: Actor,
  id: string,
  upload: EvidenceUpload,
): Promise<PublicEvidence> {
  evaluationPolicy.assertCan(actor, 'dossiers.evidence.upload');
  // Who and where first, so nothing is stored for a caller who may not add to this dossier.
  const { row } = await loadDossier(db, actor, id);
  checkOpen(row.state as DossierState);
  const type = sniffEvidenceType(upload.bytes, 'body.file');
  const criterion = upload.criterionCode?.trim() || null;
  if (criterion) {
    const set = getProductSet(row.ruleSet, row.setNo);
    if (!set || !findCriterion(set, criterion)) {
      throw invalid(
        'body.criterionCode',
        'unknown_criterion',
        `Không có tiêu chí "${criterion}" trong phiếu của bộ sản phẩm số ${row.setNo}`,
        `No criterion "${criterion}" in the sheet of set ${row.setNo}`,
      );
    }
  }
  const key = await files.put(upload.bytes);
  return db.transaction(async (tx) => {
    const locked = await loadDossier(tx, actor, id, { lock: true });
    checkOpen(locked.row.state as DossierState);
    await recordStoredFile(tx, key, type.mime, upload.bytes.length);
    const name = upload.filename.trim().slice(0, 255) || `minh-chung.${type.ext}`;
    const ev = await insertEvidence(tx, {
      dossierId: id,
      provinceCode: locked.row.provinceCode,
      fileKey: key,
      criterionCode: criterion,
      name,
      note: upload.note?.trim() || null,
      uploadedBy: actor.id,
    });
    await updateDossierRow(tx, id, {});
    const [view] = (await listEvidence(tx, id)).filter((e) => e.id === ev.id);
    const out = presentEvidence(view!);
    await audit(tx, actor, {
      action: 'dossier.evidence',
      entityType: 'dossier',
      entityId: id,
      provinceCode: locked.row.provinceCode,
      fromState: locked.row.state,
      toState: locked.row.state,
      after: out,
    });
    return out;
  });
}
