// One certificate as its page and its print show it: the product and its set, the producer and its commune and
// province, the issuer and the recognition decision, the validity and its state today with the re-evaluation window
// (Art. 4.3, 7.6.a), and the dossier it came from when the reader may open it. Read in the reader's scope
// (read-certificates.ts certificateInSight).
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { CATALOGUE_RULE_SETS, getProductSet } from '../../criteria/index.ts';
import { accessOf, coversDossier, findDecision, findDossier } from '../../evaluation/index.ts';
import {
  formerDistrictsOf,
  getRuleSet,
  unitNamesOf,
  unitInText,
  type IsoDate,
  type UnitParts,
} from '../../reference/index.ts';
import { certificateIssuer } from '../domain/certificate-issuer.ts';
import { renderCertificatePdf, type CertificateQrUrl } from '../forms/certificate-pdf.ts';
import { presentCertificateDetail, presentRevocation, type PublicCertificateDetail } from '../presenters.ts';
import { findRevocation } from '../data/revocation-store.ts';
import { IN_FORCE } from '../domain/lifecycle.ts';
import { certificatePolicy, mayActOnRevocation } from '../policy.ts';
import { certificateInSight } from './read-certificates.ts';
import { lifecyclesOf } from './lifecycles.ts';

/** The former district of a commune, when the 2024 communes it was made from all lay in one. */
async function formerDistrict(db: Db, communeCode: string | null | undefined): Promise<UnitParts | null> {
  const districts = communeCode ? await formerDistrictsOf(db, communeCode) : [];
  return districts.length === 1 ? districts[0]! : null;
}

export async function getCertificateDetail(
  db: Db,
  actor: Actor,
  id: string,
  today: IsoDate,
): Promise<PublicCertificateDetail> {
  const { row, product } = await certificateInSight(db, actor, id);
  const provinceCode = product?.provinceCode ?? row.provinceCode;
  const [decision, dossier, names, access, lives, revocation] = await Promise.all([
    row.decisionId ? findDecision(db, row.decisionId) : undefined,
    row.dossierId ? findDossier(db, row.dossierId) : undefined,
    unitNamesOf(db, [product?.communeCode, provinceCode]),
    accessOf(db, actor),
    lifecyclesOf(db, [row], today),
    findRevocation(db, row.id),
  ]);
  const life = lives.get(row.id)!;
  const commune = names.parts(product?.communeCode);
  const province = names.parts(provinceCode);
  const district = decision?.level === 'district' ? await formerDistrict(db, product?.communeCode) : null;
  const setNo = product?.setNo ?? dossier?.setNo ?? null;
  // Products carry the set number of the catalogue in force; a past dossier's rule set may have none digitised.
  const current = CATALOGUE_RULE_SETS[CATALOGUE_RULE_SETS.length - 1]!;
  const ruleSet = getRuleSet(dossier?.ruleSet ?? current) ?? getRuleSet(current)!;
  const setName =
    setNo === null ? null : ((getProductSet(ruleSet.code, setNo) ?? getProductSet(current, setNo))?.name ?? null);
  const inForce = IN_FORCE.includes(life.status);
  const may = {
    revoke: inForce && mayActOnRevocation(actor, row),
    propose: inForce && certificatePolicy.can(actor, 'revocations.propose'),
  };
  return presentCertificateDetail(
    row,
    life,
    today,
    {
      product: {
        name: product?.name ?? dossier?.productName ?? null,
        code: row.productCode ?? product?.productCode ?? null,
        setNo,
        setName,
      },
      producer: {
        id: product?.producerId ?? null,
        name: product?.producerName ?? dossier?.producerName ?? null,
        communeCode: product?.communeCode ?? null,
        communeName: names.get(product?.communeCode),
        provinceCode,
        provinceName: names.get(provinceCode),
        // As running text writes it: "xã Bình Lư, tỉnh Lai Châu".
        address:
          [commune, province]
            .filter((u) => u !== null)
            .map(unitInText)
            .join(', ') || null,
      },
      issuer: certificateIssuer(row.star, decision?.level ?? null, province, district),
      ruleSet: { code: ruleSet.code, name: ruleSet.name },
      decision: decision ? { number: decision.number, signedOn: decision.signedOn } : null,
      dossier: dossier && coversDossier(access, dossier) ? { id: dossier.id, receiptNo: dossier.receiptNo } : null,
      revocation: revocation ? presentRevocation(revocation, row.star) : null,
    },
    may,
  );
}

/** The certificate as a landscape A4 PDF, its QR code holding `qrUrl`'s address (`<publicUrl>/verify/<number>…`). */
export async function printCertificate(
  db: Db,
  actor: Actor,
  id: string,
  qrUrl: CertificateQrUrl,
  today: IsoDate,
): Promise<{ pdf: Buffer; filename: string }> {
  const c = await getCertificateDetail(db, actor, id, today);
  const pdf = await renderCertificatePdf(c, await qrUrl(c));
  return { pdf, filename: `Giay-chung-nhan-OCOP-${c.number.replace(/[^\w-]+/g, '-')}.pdf` };
}
