// Records an inspection plan (Art. 9.2.a periodic or unannounced; Art. 9.4 the province's or the Ministry's): its
// document, the certificates it covers, checked against the planner's competence, and its team with a lead.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../../db/pool.ts';
import type { Actor } from '../../../../platform/auth/actor.ts';
import { audit } from '../../../../platform/audit.ts';
import { badRequest, forbidden } from '../../../../platform/errors.ts';
import { users } from '../../../../platform/schema.ts';
import type { IsoDate } from '../../../reference/index.ts';
import { checkPlanTargets, planLevelOf } from '../../domain/inspection-authority.ts';
import { certificatesByIds, insertPlan } from '../../data/inspection-store.ts';
import { inspectionPolicy, invalidField, TEAM_ROLES } from '../../inspection-policy.ts';

export interface PlanInput {
  kind: 'periodic' | 'unannounced';
  year: number;
  documentNo: string;
  documentDate?: string | null;
  title: string;
  reason?: string | null;
  certificateIds: string[];
  memberIds: string[];
  leadId: string;
}

export async function createInspectionPlan(db: Db, actor: Actor, input: PlanInput, today: IsoDate) {
  inspectionPolicy.assertCan(actor, 'inspections.plan');
  const level = planLevelOf(actor.role, actor.provinceCode);
  if (!level) {
    // A province office without a province, or a Ministry office bound to one: neither is the body of Art. 9.4.
    throw forbidden({
      vi: 'Chỉ cơ quan tham mưu OCOP cấp tỉnh (Điều 9.4.a) và của Bộ (Điều 9.4.b) lập kế hoạch kiểm tra',
      en: 'Only the provincial (Art. 9.4.a) and the Ministry (Art. 9.4.b) OCOP offices plan inspections',
    });
  }
  const provinceCode = level === 'province' ? actor.provinceCode! : null;
  return db.transaction(async (tx) => {
    const certs = await certificatesByIds(tx, input.certificateIds);
    const missing = input.certificateIds.findIndex((id) => !certs.has(id));
    if (missing >= 0) {
      throw invalidField(`body.certificateIds.${missing}`, 'unknown_certificate', {
        vi: 'Không có giấy chứng nhận này',
        en: 'No such certificate',
      });
    }
    const targets = input.certificateIds.map((id) => certs.get(id)!);
    const issues = checkPlanTargets(
      level,
      provinceCode,
      targets.map((c) => ({
        certificateId: c.id,
        provinceCode: c.provinceCode,
        star: c.star,
        status: c.status,
        inForceUntil: c.extendedUntil ?? c.expiresOn,
      })),
      input.reason ?? null,
      today,
    );
    if (issues.length) throw badRequest(issues);
    const team = [...new Set([input.leadId, ...input.memberIds])];
    const found = await tx
      .select({ id: users.id, role: users.role, provinceCode: users.provinceCode })
      .from(users)
      .where(inArray(users.id, team));
    team.forEach((id, i) => {
      const u = found.find((f) => f.id === id);
      const field = i === 0 ? 'body.leadId' : `body.memberIds.${input.memberIds.indexOf(id)}`;
      if (!u || !TEAM_ROLES.includes(u.role as (typeof TEAM_ROLES)[number])) {
        throw invalidField(field, 'not_staff', {
          vi: 'Thành viên đoàn kiểm tra phải là cán bộ (không phải tài khoản chủ thể)',
          en: 'Team members must be staff accounts (not producer accounts)',
        });
      }
      if (provinceCode && u.provinceCode !== null && u.provinceCode !== provinceCode) {
        throw invalidField(field, 'outside_province', {
          vi: 'Thành viên đoàn kiểm tra của tỉnh phải thuộc tỉnh hoặc cấp trung ương',
          en: "A province's team members belong to the province or to the national level",
        });
      }
    });
    const plan = await insertPlan(
      tx,
      {
        provinceCode,
        level: level,
        kind: input.kind,
        year: input.year,
        documentNo: input.documentNo.trim(),
        documentDate: input.documentDate ?? null,
        title: input.title.trim(),
        reason: input.reason?.trim() || null,
        leadId: input.leadId,
        createdBy: actor.id,
      },
      team,
      targets,
    );
    await audit(tx, actor, {
      action: 'inspection.plan.create',
      entityType: 'inspection_plan',
      entityId: plan.id,
      provinceCode,
      after: { ...plan, certificateIds: input.certificateIds, team },
    });
    return plan;
  });
}
