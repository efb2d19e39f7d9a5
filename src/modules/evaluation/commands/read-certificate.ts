// One certificate as its page and its print show it: the product and its set, the producer and its commune and
// province, the issuer and the recognition decision, the validity and its state today with the re-evaluation window
// (Art. 4.3, 7.6.a), and the dossier it came from when the reader may open it. Read in the reader's scope
// (read-results.ts certificateInSight).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { CATALOGUE_RULE_SETS, getProductSet } from '../../criteria/domain/catalogue.ts';
import { getUnit } from '../../reference/data/admin-units.ts';
import { certificateIssuer } from '../domain/certificate-issuer.ts';
import { findDossier } from '../data/dossier-store.ts';
import { findDecision } from '../data/result-store.ts';
import { renderCertificatePdf, verifyUrl } from '../forms/certificate-pdf.ts';
import { accessOf, coversDossier } from '../policy.ts';
import { presentCertificateDetail, type PublicCertificateDetail } from '../presenters.ts';
import { clock } from './clock.ts';
import { certificateInSight } from './read-results.ts';

const unitName = async (db: Db, code: string | null | undefined) => {
  if (!code) return null;
  const u = await getUnit(db, 2025, code);
  return u ? `${u.type} ${u.name}` : null;
};

export async function getCertificateDetail(db: Db, actor: Actor, id: string): Promise<PublicCertificateDetail> {
  const { row, product } = await certificateInSight(db, actor, id);
  const provinceCode = product?.provinceCode ?? row.provinceCode;
  const [decision, dossier, communeName, provinceName, access] = await Promise.all([
    row.decisionId ? findDecision(db, row.decisionId) : undefined,
    row.dossierId ? findDossier(db, row.dossierId) : undefined,
    unitName(db, product?.communeCode),
    unitName(db, provinceCode),
    accessOf(db, actor),
  ]);
  const setNo = product?.setNo ?? dossier?.setNo ?? null;
  const ruleSet = dossier?.ruleSet ?? CATALOGUE_RULE_SETS[CATALOGUE_RULE_SETS.length - 1]!;
  return presentCertificateDetail(row, clock.today(), {
    product: { name: product?.name ?? dossier?.productName ?? null, code: row.productCode ?? product?.productCode ?? null, setNo, setName: setNo !== null ? getProductSet(ruleSet, setNo)?.name ?? null : null },
    producer: {
      id: product?.producerId ?? null, name: product?.producerName ?? dossier?.producerName ?? null,
      communeCode: product?.communeCode ?? null, communeName, provinceCode, provinceName,
    },
    issuer: certificateIssuer(row.star, decision?.level ?? null, provinceName),
    decision: decision ? { number: decision.number, signedOn: decision.signedOn } : null,
    dossier: dossier && coversDossier(access, dossier) ? { id: dossier.id, receiptNo: dossier.receiptNo } : null,
  });
}

/** The certificate as a landscape A4 PDF, its QR code holding `<publicUrl>/verify/<number>`. */
export async function printCertificate(db: Db, actor: Actor, id: string, publicUrl: string): Promise<{ pdf: Buffer; filename: string }> {
  const c = await getCertificateDetail(db, actor, id);
  const pdf = await renderCertificatePdf(c, verifyUrl(publicUrl, c.number));
  return { pdf, filename: `Giay-chung-nhan-OCOP-${c.number.replace(/[^\w-]+/g, '-')}.pdf` };
}
