// Records a visit of a plan to one of its certified products (Art. 9.2.a) and generates its checklist (Art. 9.3) from
// the sheet the product was certified on: the certificate's dossier's rule set and product set; for a certificate
// without a digitised sheet (past results of 1048/148, paper certificates) the product's set in the sheet in force.
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { audit } from '../../../../platform/audit.ts';
import { forbidden } from '../../../../platform/errors.ts';
import { CATALOGUE_RULE_SETS, getProductSet } from '../../../criteria/index.ts';
import { findDossier } from '../../../evaluation/index.ts';
import { findProductView } from '../../../registry/index.ts';
import { formatDateVi } from '../../../reference/index.ts';
import { buildChecklist } from '../../domain/inspection-checklist.ts';
import { certificatesByIds, findPlan, insertVisit, targetsOf, teamOf } from '../../data/inspection-store.ts';
import type { CertificateRow } from '../../data/schema.ts';
import { inspectionPolicy, invalidField, planNotFound, productNotFound } from '../../inspection-policy.ts';
import { actsForPlan, assertSeesPlan } from './inspection-access.ts';

export interface VisitInput {
  certificateId: string;
  visitOn: string;
  place: string;
  participantIds: string[];
  othersPresent?: string | null;
}

const RULE_SET_IN_FORCE = CATALOGUE_RULE_SETS[CATALOGUE_RULE_SETS.length - 1]!;

/** The sheet a certificate was earned on, or the product's set in the sheet in force when none is digitised. */
async function sheetOf(db: Db, cert: CertificateRow): Promise<{ ruleSet: string; setNo: number } | null> {
  const dossier = cert.dossierId ? await findDossier(db, cert.dossierId) : undefined;
  if (dossier && getProductSet(dossier.ruleSet, dossier.setNo))
    return { ruleSet: dossier.ruleSet, setNo: dossier.setNo };
  const product = await findProductView(db, cert.productId);
  if (!product) return null;
  const setNo = dossier?.setNo ?? product.setNo;
  return getProductSet(RULE_SET_IN_FORCE, setNo) ? { ruleSet: RULE_SET_IN_FORCE, setNo } : null;
}

export async function createInspectionVisit(db: Db, actor: Actor, planId: string, input: VisitInput) {
  inspectionPolicy.assertCan(actor, 'inspections.visit');
  const plan = await assertSeesPlan(db, actor, await findPlan(db, planId));
  if (!(await actsForPlan(db, actor, plan))) {
    throw forbidden({
      vi: 'Chỉ thành viên đoàn kiểm tra hoặc cơ quan lập kế hoạch ghi đợt kiểm tra',
      en: 'Only the inspection team or the office that made the plan records visits',
    });
  }
  const targets = await targetsOf(db, planId);
  if (!targets.some((c) => c.id === input.certificateId)) {
    throw invalidField('body.certificateId', 'not_in_plan', {
      vi: 'Giấy chứng nhận này không thuộc kế hoạch kiểm tra',
      en: 'This certificate is not covered by the plan',
    });
  }
  const team = (await teamOf(db, [planId])).get(planId) ?? [];
  const outsider = input.participantIds.findIndex((id) => !team.some((m) => m.userId === id));
  if (outsider >= 0) {
    throw invalidField(`body.participantIds.${outsider}`, 'not_on_team', {
      vi: 'Người tham gia phải là thành viên đoàn kiểm tra',
      en: 'Participants must be members of the inspection team',
    });
  }
  const cert = (await certificatesByIds(db, [input.certificateId])).get(input.certificateId)!;
  // Art. 9: inspection follows certification ("sau công nhận"): a visit cannot be dated before the certificate it
  // inspects was issued.
  if (input.visitOn < cert.issuedOn) {
    throw invalidField('body.visitOn', 'before_certificate', {
      vi: `Ngày kiểm tra không thể trước ngày cấp giấy chứng nhận (${formatDateVi(cert.issuedOn)}): kiểm tra sau công nhận (Điều 9)`,
      en: `The visit cannot be dated before the certificate was issued (${formatDateVi(cert.issuedOn)}): inspection follows certification (Art. 9)`,
    });
  }
  if (!(await findProductView(db, cert.productId))) throw productNotFound();
  const sheet = await sheetOf(db, cert);
  const checklist = buildChecklist(sheet ? getProductSet(sheet.ruleSet, sheet.setNo) : undefined, cert.star);
  return db.transaction(async (tx) => {
    if (!(await findPlan(tx, planId, { lock: true }))) throw planNotFound();
    const visit = await insertVisit(
      tx,
      {
        planId,
        certificateId: cert.id,
        productId: cert.productId,
        provinceCode: cert.provinceCode,
        visitOn: input.visitOn,
        place: input.place.trim(),
        participantIds: [...new Set(input.participantIds)],
        othersPresent: input.othersPresent?.trim() || null,
        ruleSet: sheet?.ruleSet ?? null,
        setNo: sheet?.setNo ?? null,
        createdBy: actor.id,
      },
      checklist.map((c, i) => ({ ...c, seq: i + 1 })),
    );
    await audit(tx, actor, {
      action: 'inspection.visit.create',
      entityType: 'inspection_visit',
      entityId: visit.id,
      provinceCode: visit.provinceCode,
      after: { ...visit, items: checklist.length },
    });
    return visit;
  });
}
