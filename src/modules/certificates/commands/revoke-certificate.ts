// The revocation decision (Art. 8): the office that prepares it records what the competent authority signed — the
// province chair's decision for 3★/4★, the Minister's for 5★ (Art. 8.2), on one of the six grounds (Art. 8.1), with
// the conclusion or the commune's confirmation that started the 15 days (Art. 8.4), its number and date. One
// transaction: the decision, the certificate's event marker (revoked from the decision's day, so every reader of the
// lifecycle — the public register too — shows it revoked at once), its open proposals closed, the audit row, and the
// notices to the producer, its commune and the province.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import type { Jobs } from '../../../platform/command-context.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError, badRequest } from '../../../platform/errors.ts';
import { certificateFactsOf } from '../../evaluation/index.ts';
import { findProductView } from '../../registry/index.ts';
import { loadCalendar, type IsoDate } from '../../reference/index.ts';
import { planRevocation, type RevocationGroundCode, type RevocationTrigger } from '../domain/revocation.ts';
import { closeProposals, findRevocation, insertRevocation, lockProposal } from '../data/revocation-store.ts';
import { certificates } from '../data/schema.ts';
import { assertMayActOnRevocation, certificatePolicy } from '../policy.ts';
import { presentRevocation } from '../presenters.ts';
import { notifyAboutCertificate } from './notify-certificate.ts';
import { certificateInSight } from './read-certificates.ts';

export interface RevocationBody {
  ground: RevocationGroundCode;
  basis: { trigger: RevocationTrigger; date: IsoDate; reference: string };
  decision: { number: string; date: IsoDate };
  proposalId?: string | null;
}

const issue = (field: string, code: string, vi: string, en: string) => ({ field, code, message: { vi, en } });

/** Dates that cannot be: a decision in the future or before its basis. */
function checkDates(body: RevocationBody, today: IsoDate) {
  const issues = [];
  if (body.basis.date > today)
    issues.push(
      issue(
        'body.basis.date',
        'in_future',
        'Ngày kết luận không được sau ngày hôm nay',
        'The basis cannot be dated after today',
      ),
    );
  if (body.decision.date > today)
    issues.push(
      issue(
        'body.decision.date',
        'in_future',
        'Ngày quyết định thu hồi không được sau ngày hôm nay: ghi nhận quyết định đã ký',
        'The revocation decision cannot be dated after today: record a signed decision',
      ),
    );
  if (body.decision.date < body.basis.date)
    issues.push(
      issue(
        'body.decision.date',
        'before_basis',
        'Ngày quyết định thu hồi không được trước ngày kết luận hoặc xác nhận',
        'The decision cannot predate the conclusion or confirmation it rests on',
      ),
    );
  if (issues.length) throw badRequest(issues);
}

export async function revokeCertificate(
  db: Db,
  actor: Actor,
  id: string,
  body: RevocationBody,
  today: IsoDate,
  jobs: Jobs,
) {
  // Outside the actor's sight: 404, as every certificate read; then the role (403) and the office by star (403).
  const { row, product } = await certificateInSight(db, actor, id);
  certificatePolicy.assertCan(actor, 'certificates.revoke');
  assertMayActOnRevocation(actor, row);
  checkDates(body, today);
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(certificates).where(eq(certificates.id, row.id)).for('update');
    if (!c || c.revokedOn || (await findRevocation(tx, c.id)))
      throw new AppError(409, 'already_revoked', {
        vi: `Giấy chứng nhận số ${row.number} đã bị thu hồi.`,
        en: `Certificate ${row.number} is already revoked.`,
      });
    if (c.supersededBy)
      throw new AppError(409, 'superseded', {
        vi: `Giấy chứng nhận số ${c.number} đã được thay thế bằng giấy chứng nhận mới: thu hồi giấy chứng nhận đang có hiệu lực.`,
        en: `Certificate ${c.number} was replaced by a newer one: revoke the certificate in force.`,
      });
    const plan = planRevocation(certificateFactsOf(c), body, loadCalendar());
    if (!plan.ok) {
      if (plan.code === 'wrong_trigger')
        throw badRequest([{ field: 'body.basis.trigger', code: plan.code, message: plan.message }]);
      if (plan.code === 'missing_reference')
        throw badRequest([{ field: 'body.basis.reference', code: plan.code, message: plan.message }]);
      if (plan.code === 'unknown_ground')
        throw badRequest([{ field: 'body.ground', code: plan.code, message: plan.message }]);
      throw new AppError(409, plan.code, plan.message);
    }
    if (body.proposalId) {
      const p = await lockProposal(tx, body.proposalId);
      if (!p || p.certificateId !== c.id || p.state !== 'open')
        throw badRequest([
          issue(
            'body.proposalId',
            'not_open',
            'Đề nghị thu hồi không tồn tại, không thuộc giấy chứng nhận này hoặc đã được xử lý',
            'The proposal does not exist, concerns another certificate or is already closed',
          ),
        ]);
    }
    const revocation = await insertRevocation(tx, {
      provinceCode: c.provinceCode,
      certificateId: c.id,
      groundCode: plan.ground.code,
      basisTrigger: body.basis.trigger,
      basisDate: body.basis.date,
      basisReference: body.basis.reference.trim(),
      decisionNumber: body.decision.number.trim(),
      decisionDate: body.decision.date,
      decidedBy: plan.authority.decidedBy,
      dueOn: plan.dueOn,
      recordedBy: actor.id,
    });
    // The event marker: revoked from the decision's day (the lifecycle derives the status from it).
    await tx
      .update(certificates)
      .set({ status: 'revoked', revokedOn: body.decision.date, revokeReason: plan.ground.label.vi })
      .where(eq(certificates.id, c.id));
    const closed = await closeProposals(
      tx,
      { certificateId: c.id },
      { state: 'revoked', by: actor.id, note: `Quyết định thu hồi số ${revocation.decisionNumber}` },
    );
    const view = presentRevocation(revocation, c.star);
    await audit(tx, actor, {
      action: 'certificate.revoke',
      entityType: 'certificate',
      entityId: c.id,
      provinceCode: c.provinceCode,
      fromState: c.status,
      toState: 'revoked',
      reason: plan.ground.label.vi,
      after: { number: c.number, ...view, closedProposals: closed },
    });
    const fresh = await findProductView(tx, c.productId);
    const notified = await notifyAboutCertificate(tx, jobs, c, fresh ?? product, {
      kind: 'certificate.revoked',
      title: {
        vi: `Giấy chứng nhận số ${c.number} bị thu hồi theo Quyết định số ${view.decision.number} ngày ${view.decision.date.split('-').reverse().join('/')} của ${view.decidedBy.vi} (${plan.ground.article.replace('Art. 8.1.', 'điểm ').replace(/$/, ' khoản 1 Điều 8')})`,
        en: `Certificate ${c.number} is revoked by Decision ${view.decision.number} of ${view.decision.date} of the ${view.decidedBy.en} (${plan.ground.article})`,
      },
      stateLabel: { vi: 'Đã thu hồi', en: 'Revoked' },
      extra: { ground: plan.ground.code, decisionNumber: view.decision.number, decisionDate: view.decision.date },
    });
    return { certificateId: c.id, number: c.number, revocation: view, closedProposals: closed, notified };
  });
}
