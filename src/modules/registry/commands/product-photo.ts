// One photo per product (issue 9: the public register shows "name, photo, producer…"): whoever may edit the product
// (products.update in its scope: the producer's own account, its commune, its province, the admin) sets or replaces
// it. The image goes into the file store behind its interface (as dossier evidence); the row keeps its key, its type
// and when it changed. Bounded: JPEG, PNG or WebP (sniffed from the bytes, not the client's claim), at most 2 MB —
// the web app shrinks a phone's photo before sending it, so the register stays light on a mountain connection.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { badRequest } from '../../../platform/errors.ts';
import { sniffEvidenceType, type FileStorage } from '../../../platform/files.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import { findProductView, lockProduct, updateProductRow } from '../data/product-store.ts';
import { productRecord, type PublicProduct } from '../presenters.ts';
import { productNotFound } from '../errors.ts';
import { withPlaceNames } from './place-names.ts';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

/** The photo's type from its bytes; 400 naming body.file when it is not a bounded JPEG, PNG or WebP image. */
export function photoType(bytes: Buffer): string {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw badRequest([
      {
        field: 'body.file',
        code: 'too_big',
        message: { vi: 'Ảnh sản phẩm vượt quá 2 MB', en: 'The product photo is larger than 2 MB' },
      },
    ]);
  }
  const { mime } = sniffEvidenceType(bytes, 'body.file');
  if (!PHOTO_TYPES.includes(mime)) {
    throw badRequest([
      {
        field: 'body.file',
        code: 'not_an_image',
        message: {
          vi: 'Ảnh sản phẩm phải là tệp JPEG, PNG hoặc WebP',
          en: 'The product photo must be a JPEG, PNG or WebP',
        },
      },
    ]);
  }
  return mime;
}

export async function setProductPhoto(
  db: Db,
  files: FileStorage,
  actor: Actor,
  id: string,
  bytes: Buffer,
): Promise<PublicProduct> {
  registryPolicy.assertCan(actor, 'products.update');
  // Outside the actor's scope the product does not exist (404), before anything is stored.
  const seen = await findProductView(db, id);
  if (!seen || !covers(await accessOf(db, actor), seen)) throw productNotFound();
  const mime = photoType(bytes);
  const key = await files.put(bytes);
  return db.transaction(async (tx) => {
    const locked = await lockProduct(tx, id);
    if (!locked) throw productNotFound();
    await updateProductRow(tx, id, { photoKey: key, photoMime: mime, photoAt: new Date() });
    const after = productRecord((await findProductView(tx, id))!);
    await audit(tx, actor, {
      action: 'product.photo',
      entityType: 'product',
      entityId: id,
      provinceCode: locked.provinceCode,
      before: { photoKey: locked.photoKey },
      after: { photoKey: key, photoMime: mime },
    });
    return withPlaceNames(tx, after);
  });
}

/** The photo for a signed-in reader of the product (its scope), or 404. */
export async function readProductPhoto(db: Db, files: FileStorage, actor: Actor, id: string) {
  registryPolicy.assertCan(actor, 'registry.read');
  const view = await findProductView(db, id);
  if (!view || !covers(await accessOf(db, actor), view) || !view.photoKey) throw productNotFound();
  return { bytes: await files.get(view.photoKey), mime: view.photoMime!, key: view.photoKey };
}
