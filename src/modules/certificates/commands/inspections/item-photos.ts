// Photos of a checklist item (the evidence of a finding): the type is sniffed from the bytes (PDF or image, 20 MB at
// most, as for dossier evidence), the bytes go to the content-addressed file store, the item lists them.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { audit } from '../../../../platform/audit.ts';
import { forbidden } from '../../../../platform/errors.ts';
import { sniffEvidenceType, type FileStorage } from '../../../../platform/files.ts';
import { findItem, findPhoto, findPlan, findVisit, insertPhoto } from '../../data/inspection-store.ts';
import { inspectionPolicy, itemNotFound, photoNotFound } from '../../inspection-policy.ts';
import { rolesOnVisit } from './inspection-access.ts';
import { presentPhoto } from './read-visit.ts';

async function itemInSight(db: Db, actor: Actor, itemId: string) {
  const item = await findItem(db, itemId);
  if (!item) throw itemNotFound();
  const visit = await findVisit(db, item.visitId);
  const plan = visit ? await findPlan(db, visit.planId) : undefined;
  const { who } = await rolesOnVisit(db, actor, visit, plan);
  return { item, who };
}

export async function uploadItemPhoto(
  db: Db,
  files: FileStorage,
  actor: Actor,
  itemId: string,
  upload: { bytes: Buffer; filename: string },
) {
  inspectionPolicy.assertCan(actor, 'inspections.visit');
  // Who and where first, so nothing is stored for a caller who may not add to this item.
  const { item, who } = await itemInSight(db, actor, itemId);
  if (!who.includes('team')) {
    throw forbidden({ vi: 'Chỉ đoàn kiểm tra thêm ảnh', en: 'Only the inspection team adds photos' });
  }
  const type = sniffEvidenceType(upload.bytes, 'body.file');
  const key = await files.put(upload.bytes);
  return db.transaction(async (tx) => {
    const photo = await insertPhoto(tx, {
      itemId,
      provinceCode: item.provinceCode,
      fileKey: key,
      mime: type.mime,
      size: upload.bytes.length,
      name: upload.filename.trim().slice(0, 255) || `anh.${type.ext}`,
      uploadedBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'inspection.item.photo',
      entityType: 'inspection_item',
      entityId: itemId,
      provinceCode: item.provinceCode,
      after: { photoId: photo.id, name: photo.name, mime: photo.mime, size: photo.size },
    });
    return presentPhoto(photo);
  });
}

export async function readItemPhoto(db: Db, files: FileStorage, actor: Actor, photoId: string) {
  inspectionPolicy.assertCan(actor, 'inspections.read');
  const photo = await findPhoto(db, photoId);
  if (!photo) throw photoNotFound();
  await itemInSight(db, actor, photo.itemId);
  return { bytes: await files.get(photo.fileKey), mime: photo.mime, name: photo.name };
}
