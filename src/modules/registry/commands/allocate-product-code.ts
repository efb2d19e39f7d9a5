// Issues the product code of Appendix II, T-X-STT-YYYY, from the commune's gapless counter.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { accessOf, covers, registryPolicy } from '../policy.ts';
import { lockProduct, nextCodeSeq, updateProductRow } from '../data/product-store.ts';
import { formatProductCode, parseProductCode, MIN_CODE_YEAR, MAX_CODE_YEAR } from '../domain/product-code.ts';
import { conflict, invalid, productNotFound } from '../errors.ts';

export interface AllocatedCode {
  productId: string;
  productCode: string;
  seq: number;
  year: number;
  /** false when the product already had its code for this year (nothing changed). */
  allocated: boolean;
}

/**
 * Gives a product its code for an evaluation year, inside the caller's transaction (the counter's lock is held
 * until that transaction ends, so a rollback returns the number). Idempotent: a product that already has a code
 * for `year` keeps it. A product keeps its STT — its place in the commune's list — for later years
 * (re-evaluation: 12-03390-001-2026 → 12-03390-001-2029); it gets a new STT only if it now lies in another commune.
 * Writes the audit row itself, so every caller (this module's route, the evaluation module) is audited.
 */
export async function allocateProductCode(
  tx: Db,
  productId: string,
  year: number,
  actor: Actor | null = null,
): Promise<AllocatedCode> {
  if (!Number.isInteger(year) || year < MIN_CODE_YEAR || year > MAX_CODE_YEAR) {
    throw invalid(
      'body.year',
      'out_of_range',
      `Năm đánh giá phải từ ${MIN_CODE_YEAR} đến ${MAX_CODE_YEAR}`,
      `The evaluation year must be between ${MIN_CODE_YEAR} and ${MAX_CODE_YEAR}`,
    );
  }
  // The product's row lock first, then the counter's: the same order everywhere, and a second call for the
  // same product waits here and then finds the code the first one issued.
  const product = await lockProduct(tx, productId);
  if (!product) throw productNotFound();
  if (product.productCode && product.codeYear === year) {
    return { productId, productCode: product.productCode, seq: product.codeSeq!, year, allocated: false };
  }
  if (product.codeYear !== null && year < product.codeYear) {
    throw conflict(
      'code_year_older',
      `Sản phẩm đã có mã năm ${product.codeYear}; không cấp mã cho năm trước đó`,
      `The product already has a code for ${product.codeYear}; no code is issued for an earlier year`,
    );
  }
  if (product.status !== 'active') {
    throw conflict('product_inactive', 'Sản phẩm đã ngừng, không cấp mã', 'The product is inactive; no code is issued');
  }
  const previous = product.productCode ? parseProductCode(product.productCode) : null;
  const sameCommune =
    previous !== null && previous.provinceCode === product.provinceCode && previous.communeCode === product.communeCode;
  const seq = sameCommune ? previous.seq : await nextCodeSeq(tx, product.provinceCode, product.communeCode);
  const productCode = formatProductCode({
    provinceCode: product.provinceCode,
    communeCode: product.communeCode,
    seq,
    year,
  });
  await updateProductRow(tx, productId, { productCode, codeSeq: seq, codeYear: year });
  await audit(tx, actor, {
    action: 'product.code',
    entityType: 'product',
    entityId: productId,
    provinceCode: product.provinceCode,
    before: { productCode: product.productCode },
    after: { productCode, seq, year },
  });
  return { productId, productCode, seq, year, allocated: true };
}

/** The use case behind POST /api/products/:id/code: the provincial office issues a product's code. */
export async function assignProductCode(db: Db, actor: Actor, productId: string, year: number): Promise<AllocatedCode> {
  registryPolicy.assertCan(actor, 'products.assign-code');
  return db.transaction(async (tx) => {
    const product = await lockProduct(tx, productId);
    if (!product || !covers(await accessOf(tx, actor), product)) throw productNotFound();
    return allocateProductCode(tx, productId, year, actor);
  });
}
