// Papers with a term behind a certificate (Art. 6.1.c "giấy tờ pháp lý có thời hạn"): the food-safety establishment
// certificate, VietGAP / organic, the quality declaration, the trademark, test reports. Recorded for a product, or for
// its producer as a whole (an establishment certificate covers every product made there); the producer and the
// province see which lapse before the certificate does.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { audit } from '../../../../platform/audit.ts';
import { sniffEvidenceType, type FileStorage } from '../../../../platform/files.ts';
import type { IsoDate } from '../../../reference/index.ts';
import {
  currentPapers,
  PAPER_KIND_LABELS,
  paperStatus,
  PAPER_STATUS_LABELS,
  type PaperKind,
} from '../../domain/papers.ts';
import { findPaper, insertPaper, listPaperRows, papersBehind, updatePaper } from '../../data/evidence-term-store.ts';
import type { ProducerPaperRow } from '../../data/inspection-schema.ts';
import { inspectionPolicy, invalidField, paperNotFound } from '../../inspection-policy.ts';
import { certifiedInSight } from '../inspections/certified-in-sight.ts';
import { placeCovered, productCovered } from './evidence-term-access.ts';

export interface PaperInput {
  productId: string;
  /** The paper covers the producer (its establishment), not only this product. */
  wholeProducer?: boolean;
  kind: PaperKind;
  number?: string | null;
  issuer?: string | null;
  issuedOn: string;
  expiresOn?: string | null;
  note?: string | null;
}

// `today` comes from the caller's context (the request's clock), as every command of this module takes it.
const present = (p: ProducerPaperRow, today: IsoDate, certificateUntil: string | null = null) => {
  const status = paperStatus(p.expiresOn, today, certificateUntil);
  return {
    id: p.id,
    provinceCode: p.provinceCode,
    producerId: p.producerId,
    productId: p.productId,
    kind: p.kind,
    kindLabel: PAPER_KIND_LABELS[p.kind as PaperKind],
    number: p.number,
    issuer: p.issuer,
    issuedOn: p.issuedOn,
    expiresOn: p.expiresOn,
    note: p.note,
    status,
    statusLabel: PAPER_STATUS_LABELS[status],
    file: p.fileKey ? { name: p.fileName!, mime: p.fileMime! } : null,
  };
};

export async function recordPaper(db: Db, actor: Actor, input: PaperInput, today: IsoDate) {
  inspectionPolicy.assertCan(actor, 'papers.record');
  const product = await productCovered(db, actor, input.productId);
  if (input.expiresOn && input.expiresOn < input.issuedOn) {
    throw invalidField('body.expiresOn', 'date_out_of_order', {
      vi: 'Ngày hết hạn phải sau ngày cấp',
      en: 'The expiry date must follow the issuing date',
    });
  }
  return db.transaction(async (tx) => {
    const row = await insertPaper(tx, {
      provinceCode: product.provinceCode,
      producerId: product.producerId,
      productId: input.wholeProducer ? null : product.id,
      kind: input.kind,
      number: input.number?.trim() || null,
      issuer: input.issuer?.trim() || null,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn ?? null,
      note: input.note?.trim() || null,
      recordedBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'paper.record',
      entityType: 'producer_paper',
      entityId: row.id,
      provinceCode: row.provinceCode,
      after: row,
    });
    return present(row, today);
  });
}

async function paperInSight(db: Db, actor: Actor, id: string, today: IsoDate) {
  const paper = await findPaper(db, id);
  // The producer's place is that of any of its products; the paper carries the province, the product (if any) the rest.
  if (!paper) throw paperNotFound();
  if (paper.productId) {
    await productCovered(db, actor, paper.productId);
  } else if (
    !(await placeCovered(db, actor, {
      provinceCode: paper.provinceCode,
      communeCode: '',
      producerId: paper.producerId,
    }))
  ) {
    // A commune officer reaches a whole-producer paper through the producer's listing below.
    const mine = await listPapers(db, actor, { producerId: paper.producerId }, today);
    if (!mine.some((p) => p.id === id)) throw paperNotFound();
  }
  return paper;
}

export async function attachPaperFile(
  db: Db,
  files: FileStorage,
  actor: Actor,
  id: string,
  upload: { bytes: Buffer; filename: string },
  today: IsoDate,
) {
  inspectionPolicy.assertCan(actor, 'papers.record');
  await paperInSight(db, actor, id, today);
  const type = sniffEvidenceType(upload.bytes, 'body.file');
  const key = await files.put(upload.bytes);
  return db.transaction(async (tx) => {
    const row = await updatePaper(tx, id, {
      fileKey: key,
      fileMime: type.mime,
      fileName: upload.filename.trim().slice(0, 255) || `giay-to.${type.ext}`,
    });
    await audit(tx, actor, {
      action: 'paper.file',
      entityType: 'producer_paper',
      entityId: id,
      provinceCode: row.provinceCode,
      after: { name: row.fileName, mime: row.fileMime },
    });
    return present(row, today);
  });
}

export async function readPaperFile(db: Db, files: FileStorage, actor: Actor, id: string, today: IsoDate) {
  inspectionPolicy.assertCan(actor, 'papers.read');
  const paper = await paperInSight(db, actor, id, today);
  if (!paper.fileKey) throw paperNotFound();
  return { bytes: await files.get(paper.fileKey), mime: paper.fileMime!, name: paper.fileName! };
}

/** The papers behind the certified products in sight, each beside the certificate it stands behind, worst first. */
export async function listPapers(
  db: Db,
  actor: Actor,
  f: { provinceCode?: string; producerId?: string; productId?: string; lapsingOnly?: boolean },
  today: IsoDate,
) {
  inspectionPolicy.assertCan(actor, 'papers.read');
  const certified = (await certifiedInSight(db, actor, today, f.provinceCode)).filter(
    (c) => (!f.producerId || c.product.producerId === f.producerId) && (!f.productId || c.product.id === f.productId),
  );
  const papers = currentPapers(
    await papersBehind(
      db,
      certified.map((c) => ({ id: c.product.id, producerId: c.product.producerId })),
    ),
  );
  const rows = certified.flatMap(({ cert, product }) =>
    papers
      .filter((p) => p.productId === product.id || (p.productId === null && p.producerId === product.producerId))
      .map((p) => {
        const until = cert.extendedUntil ?? cert.expiresOn;
        return {
          ...present(p, today, until),
          productName: product.name,
          producerName: product.producerName,
          certificateId: cert.id,
          certificateNumber: cert.number,
          certificateExpiresOn: until,
        };
      }),
  );
  const order = { lapsed: 0, lapsing: 1, lapses_before_certificate: 2, valid: 3, no_term: 4 } as const;
  return rows
    .filter(
      (r) =>
        !f.lapsingOnly || r.status === 'lapsed' || r.status === 'lapsing' || r.status === 'lapses_before_certificate',
    )
    .sort((a, b) => order[a.status] - order[b.status] || (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''));
}

/** Papers recorded for a product (and its producer), certified or not: what the product page lists. */
export async function papersOfProduct(db: Db, actor: Actor, productId: string, today: IsoDate) {
  inspectionPolicy.assertCan(actor, 'papers.read');
  const product = await productCovered(db, actor, productId);
  const rows = await listPaperRows(db, { producerId: product.producerId }, 500);
  return rows.filter((p) => p.productId === null || p.productId === productId).map((p) => present(p, today));
}
