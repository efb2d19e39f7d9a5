// Reading decisions and certificates in scope: a province's own; a commune's or a producer's products' certificates;
// nationally for the Ministry's side and the administrator.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../platform/auth/policy.ts';
import {
  listProducts,
  findProductView,
  findProductViews,
  type ProductView,
  accessOf as registryAccessOf,
  covers as registryCovers,
} from '../../registry/index.ts';
import {
  findCertificate,
  findDecision,
  listCertificateRows,
  listDecisionRows,
  type CertificateFilter,
} from '../data/result-store.ts';
import type { CertificateRow } from '../data/schema.ts';
import { coversProvinceRecord, evaluationPolicy, MINISTRY_SIDE } from '../policy.ts';
import { presentCertificate, presentDecision, type PublicCertificate, type PublicDecision } from '../presenters.ts';
import { clock } from './clock.ts';
import { certificateNotFound, decisionNotFound } from './errors.ts';

/** A commune's or producer's view is bounded by its products (a few hundred at most per commune). */
const MAX_SCOPED_PRODUCTS = 10_000;

export async function listDecisions(
  db: Db,
  actor: Actor,
  f: { kind?: string; level?: string },
  page: { limit: number; offset: number },
): Promise<{ items: PublicDecision[]; total: number }> {
  evaluationPolicy.assertCan(actor, 'decisions.read');
  const where = MINISTRY_SIDE.includes(actor.role)
    ? { ...f, level: 'central' }
    : actor.provinceCode
      ? { ...f, provinceCode: actor.provinceCode }
      : f;
  const { rows, total } = await listDecisionRows(db, where, page);
  return { items: rows.map(presentDecision), total };
}

export async function getDecision(db: Db, actor: Actor, id: string): Promise<PublicDecision> {
  evaluationPolicy.assertCan(actor, 'decisions.read');
  const d = await findDecision(db, id);
  const sees =
    d && (MINISTRY_SIDE.includes(actor.role) ? d.level === 'central' : coversProvinceRecord(actor, d.provinceCode));
  if (!d || !sees) throw decisionNotFound();
  return presentDecision(d);
}

async function present(db: Db, rows: CertificateRow[]): Promise<PublicCertificate[]> {
  const today = clock.today();
  const views = await findProductViews(
    db,
    rows.map((c) => c.productId),
  );
  return rows.map((c) => {
    const v = views.get(c.productId);
    return presentCertificate(c, today, { productName: v?.name ?? null, producerName: v?.producerName ?? null });
  });
}

export async function listCertificates(
  db: Db,
  actor: Actor,
  f: Omit<CertificateFilter, 'productIds' | 'provinceCode'> & { productId?: string },
  page: { limit: number; offset: number },
): Promise<{ items: PublicCertificate[]; total: number }> {
  evaluationPolicy.assertCan(actor, 'certificates.read');
  const { productId, ...filter } = f;
  const scoped: CertificateFilter = { ...filter };
  const level = scopeLevel(actor);
  if (actor.role === 'producer' || level === 'commune') {
    const ids = (await listProducts(db, actor, {}, { limit: MAX_SCOPED_PRODUCTS, offset: 0 })).items.map((p) => p.id);
    scoped.productIds = productId ? ids.filter((i) => i === productId) : ids;
  } else {
    if (level === 'province' && !MINISTRY_SIDE.includes(actor.role)) scoped.provinceCode = actor.provinceCode!;
    if (productId) scoped.productIds = [productId];
  }
  const { rows, total } = await listCertificateRows(db, scoped, page);
  return { items: await present(db, rows), total };
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
  evaluationPolicy.assertCan(actor, 'certificates.read');
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

export async function getCertificate(db: Db, actor: Actor, id: string): Promise<PublicCertificate> {
  const { row, product } = await certificateInSight(db, actor, id);
  return presentCertificate(row, clock.today(), {
    productName: product?.name ?? null,
    producerName: product?.producerName ?? null,
  });
}
