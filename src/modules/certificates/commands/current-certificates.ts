// The certificate in force of each product on a day (the registry's ProductCertificates port: the products' list and
// its Excel export show the current star and certificate). In force is the derived lifecycle (Art. 4.3, 7.6, 8, 12.3):
// valid, in its re-evaluation window, being re-evaluated or extended — never a revoked, replaced or expired one.
import type { Db } from '../../../db/pool.ts';
import type { IsoDate } from '../../reference/index.ts';
import type { ProductCertificate } from '../../registry/index.ts';
import { listCertificateRows } from '../data/certificate-store.ts';
import { IN_FORCE } from '../domain/lifecycle.ts';
import { lifecyclesOf } from './lifecycles.ts';

export async function currentCertificatesOf(
  db: Db,
  productIds: readonly string[],
  today: IsoDate,
): Promise<Map<string, ProductCertificate>> {
  const out = new Map<string, ProductCertificate>();
  if (!productIds.length) return out;
  const { rows } = await listCertificateRows(
    db,
    { today, productIds: [...new Set(productIds)] },
    { limit: productIds.length * 20, offset: 0 },
  );
  const lives = await lifecyclesOf(db, rows, today);
  // Rows come newest first: the first in force of a product is its current certificate.
  for (const c of rows) {
    const life = lives.get(c.id)!;
    if (out.has(c.productId) || !IN_FORCE.includes(life.status)) continue;
    out.set(c.productId, { number: c.number, star: c.star, validUntil: life.validUntil });
  }
  return out;
}
