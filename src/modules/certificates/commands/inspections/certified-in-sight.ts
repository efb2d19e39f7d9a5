// The certified products (certificates in force today) the actor oversees: a province's staff its province's; the
// national level every province's (or one province's when asked); a commune or a producer account its own products.
// The lists of due tests, lapsing papers and the risk list start from it.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { scopeLevel } from '../../../../platform/auth/policy.ts';
import { findProductViews, type ProductView } from '../../../registry/index.ts';
import { certificatesInForce } from '../../data/inspection-store.ts';
import type { CertificateRow } from '../../data/schema.ts';
import { productIdsInSight } from './inspection-access.ts';

/** A province has a few thousand certified products at most; the national list is asked per province. */
const MAX_CERTIFIED = 5000;

export interface Certified {
  cert: CertificateRow;
  product: ProductView;
}

export async function certifiedInSight(
  db: Db,
  actor: Actor,
  today: string,
  provinceCode?: string,
): Promise<Certified[]> {
  const level = scopeLevel(actor);
  const province = level === 'national' ? (provinceCode ?? null) : actor.provinceCode;
  let certs = await certificatesInForce(db, today, province, MAX_CERTIFIED);
  if (level === 'commune' || actor.role === 'producer') {
    const mine = new Set(await productIdsInSight(db, actor));
    certs = certs.filter((c) => mine.has(c.productId));
  }
  // One certificate per product: the latest in force.
  const byProduct = new Map<string, CertificateRow>();
  for (const c of certs) {
    const had = byProduct.get(c.productId);
    if (!had || had.issuedOn < c.issuedOn) byProduct.set(c.productId, c);
  }
  const views = await findProductViews(db, [...byProduct.keys()]);
  return [...byProduct.values()].flatMap((cert) => {
    const product = views.get(cert.productId);
    return product ? [{ cert, product }] : [];
  });
}
