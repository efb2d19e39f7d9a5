// Reading certificates in scope: a province's own; a commune's or a producer's products' certificates; nationally for
// the Ministry's side and the administrator.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import { coversProvinceRecord, MINISTRY_SIDE } from '../../evaluation/index.ts';
import type { IsoDate } from '../../reference/index.ts';
import {
  listProducts,
  findProductView,
  findProductViews,
  type ProductView,
  accessOf as registryAccessOf,
  covers as registryCovers,
} from '../../registry/index.ts';
import { findCertificate, listCertificateRows, type CertificateFilter } from '../data/certificate-store.ts';
import type { CertificateRow } from '../data/schema.ts';
import { certificateNotFound, certificatePolicy, mayActOnRevocation } from '../policy.ts';
import { presentCertificate, type PublicCertificate } from '../presenters.ts';
import { IN_FORCE } from '../domain/lifecycle.ts';
import { lifecyclesOf } from './lifecycles.ts';

/** A commune's or producer's view is bounded by its products (a few hundred at most per commune). */
const MAX_SCOPED_PRODUCTS = 10_000;

async function present(db: Db, actor: Actor, rows: CertificateRow[], today: IsoDate): Promise<PublicCertificate[]> {
  const [views, lives] = await Promise.all([
    findProductViews(
      db,
      rows.map((c) => c.productId),
    ),
    lifecyclesOf(db, rows, today),
  ]);
  return rows.map((c) => {
    const v = views.get(c.productId);
    const life = lives.get(c.id)!;
    return presentCertificate(
      c,
      life,
      { productName: v?.name ?? null, producerName: v?.producerName ?? null },
      {
        revoke: IN_FORCE.includes(life.status) && mayActOnRevocation(actor, c),
        propose: IN_FORCE.includes(life.status) && certificatePolicy.can(actor, 'revocations.propose'),
      },
    );
  });
}

export async function listCertificates(
  db: Db,
  actor: Actor,
  f: Omit<CertificateFilter, 'productIds' | 'provinceCode' | 'today'> & { productId?: string },
  page: { limit: number; offset: number },
  today: IsoDate,
): Promise<{ items: PublicCertificate[]; total: number }> {
  certificatePolicy.assertCan(actor, 'certificates.read');
  const { productId, ...filter } = f;
  const scoped: CertificateFilter = { ...filter, today };
  const level = scopeLevel(actor);
  if (actor.role === 'producer' || level === 'commune') {
    const ids = (await listProducts(db, actor, {}, { limit: MAX_SCOPED_PRODUCTS, offset: 0 })).items.map((p) => p.id);
    scoped.productIds = productId ? ids.filter((i) => i === productId) : ids;
  } else {
    if (level === 'province' && !MINISTRY_SIDE.includes(actor.role)) scoped.provinceCode = actor.provinceCode!;
    if (productId) scoped.productIds = [productId];
  }
  const { rows, total } = await listCertificateRows(db, scoped, page);
  return { items: await present(db, actor, rows, today), total };
}

/**
 * A certificate the actor may read, with its product: the producer's own accounts and commune staff through the
 * product (registry scope), provincial staff their province's, the Ministry's side and national users all. Anything
 * else is answered as "not found".
 */
export async function certificateInSight(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: CertificateRow; product: ProductView | undefined }> {
  certificatePolicy.assertCan(actor, 'certificates.read');
  const c = await findCertificate(db, id);
  if (!c) throw certificateNotFound();
  const view = await findProductView(db, c.productId);
  const level = scopeLevel(actor);
  const sees =
    actor.role === 'producer' || level === 'commune'
      ? view !== undefined && registryCovers(await registryAccessOf(db, actor), view)
      : MINISTRY_SIDE.includes(actor.role) || coversProvinceRecord(actor, c.provinceCode);
  if (!sees) throw certificateNotFound();
  return { row: c, product: view };
}

export async function getCertificate(db: Db, actor: Actor, id: string, today: IsoDate): Promise<PublicCertificate> {
  const { row } = await certificateInSight(db, actor, id);
  return (await present(db, actor, [row], today))[0]!;
}
