// Periodic product tests (phiếu kiểm nghiệm định kỳ, seed 003 §6: once a year): recorded per product with the lab,
// the result and the report's file; the next one is due a year later, and a certified product whose test is overdue is
// flagged in the list of due tests and counted by the risk list.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { audit } from '../../../../platform/audit.ts';
import { sniffEvidenceType, type FileStorage } from '../../../../platform/files.ts';
import type { IsoDate } from '../../../reference/index.ts';
import { nextTestDue, testStatus } from '../../domain/product-tests.ts';
import {
  findProductTest,
  insertProductTest,
  lastTestOn,
  productTestsOf,
  updateProductTest,
} from '../../data/evidence-term-store.ts';
import type { ProductTestRow } from '../../data/inspection-schema.ts';
import { inspectionPolicy, invalidField, testNotFound } from '../../inspection-policy.ts';
import { certifiedInSight } from '../inspections/certified-in-sight.ts';
import { productCovered } from './evidence-term-access.ts';

export interface ProductTestInput {
  productId: string;
  testedOn: string;
  lab: string;
  reportNo?: string | null;
  result: 'pass' | 'fail';
  note?: string | null;
}

const present = (t: ProductTestRow) => ({
  id: t.id,
  productId: t.productId,
  provinceCode: t.provinceCode,
  testedOn: t.testedOn,
  nextDueOn: nextTestDue(t.testedOn),
  lab: t.lab,
  reportNo: t.reportNo,
  result: t.result,
  note: t.note,
  file: t.fileKey ? { name: t.fileName!, mime: t.fileMime! } : null,
});

export async function recordProductTest(db: Db, actor: Actor, input: ProductTestInput, today: IsoDate) {
  inspectionPolicy.assertCan(actor, 'product-tests.record');
  const product = await productCovered(db, actor, input.productId);
  if (input.testedOn > today) {
    throw invalidField('body.testedOn', 'in_future', {
      vi: 'Ngày kiểm nghiệm không thể sau hôm nay',
      en: 'The test date cannot be after today',
    });
  }
  return db.transaction(async (tx) => {
    const row = await insertProductTest(tx, {
      provinceCode: product.provinceCode,
      productId: product.id,
      testedOn: input.testedOn,
      lab: input.lab.trim(),
      reportNo: input.reportNo?.trim() || null,
      result: input.result,
      note: input.note?.trim() || null,
      recordedBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'product-test.record',
      entityType: 'product_test',
      entityId: row.id,
      provinceCode: row.provinceCode,
      after: row,
    });
    return present(row);
  });
}

export async function attachProductTestFile(
  db: Db,
  files: FileStorage,
  actor: Actor,
  id: string,
  upload: { bytes: Buffer; filename: string },
) {
  inspectionPolicy.assertCan(actor, 'product-tests.record');
  const test = await findProductTest(db, id);
  if (!test) throw testNotFound();
  await productCovered(db, actor, test.productId);
  const type = sniffEvidenceType(upload.bytes, 'body.file');
  const key = await files.put(upload.bytes);
  return db.transaction(async (tx) => {
    const row = await updateProductTest(tx, id, {
      fileKey: key,
      fileMime: type.mime,
      fileName: upload.filename.trim().slice(0, 255) || `phieu-kiem-nghiem.${type.ext}`,
    });
    await audit(tx, actor, {
      action: 'product-test.file',
      entityType: 'product_test',
      entityId: id,
      provinceCode: row.provinceCode,
      after: { name: row.fileName, mime: row.fileMime },
    });
    return present(row);
  });
}

export async function readProductTestFile(db: Db, files: FileStorage, actor: Actor, id: string) {
  inspectionPolicy.assertCan(actor, 'product-tests.read');
  const test = await findProductTest(db, id);
  if (!test?.fileKey) throw testNotFound();
  await productCovered(db, actor, test.productId);
  return { bytes: await files.get(test.fileKey), mime: test.fileMime!, name: test.fileName! };
}

export async function listProductTests(db: Db, actor: Actor, productId: string) {
  inspectionPolicy.assertCan(actor, 'product-tests.read');
  await productCovered(db, actor, productId);
  return (await productTestsOf(db, [productId])).map(present);
}

/** Certified products in sight with their last test, the next due date and whether it is overdue (seed 003 §6). */
export async function listDueTests(
  db: Db,
  actor: Actor,
  f: { provinceCode?: string; overdueOnly?: boolean },
  today: IsoDate,
) {
  inspectionPolicy.assertCan(actor, 'product-tests.read');
  const certified = await certifiedInSight(db, actor, today, f.provinceCode);
  const last = await lastTestOn(
    db,
    certified.map((c) => c.product.id),
  );
  const rows = certified.map(({ cert, product }) => {
    const lastTestedOn = last.get(product.id) ?? null;
    const { status, dueOn } = testStatus(lastTestedOn, today);
    return {
      productId: product.id,
      productName: product.name,
      producerName: product.producerName,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      certificateId: cert.id,
      certificateNumber: cert.number,
      star: cert.star,
      lastTestedOn,
      dueOn,
      status,
      overdue: status === 'overdue' || status === 'none',
    };
  });
  const order = { overdue: 0, none: 1, due_soon: 2, ok: 3 } as const;
  return rows
    .filter((r) => !f.overdueOnly || r.overdue)
    .sort((a, b) => order[a.status] - order[b.status] || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
}
