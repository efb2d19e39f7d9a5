// Amends a council (Art. 7.3.b province, 7.4.b centre): the establishing decision's number and date, the chair, the
// members with their agencies, the advisory team (7.3.c). Allowed while no member has submitted a scorecard to the
// council — once one has, the scores were given under the old composition and the council stands as it was. The new
// composition is checked against the article as when the council was recorded (council-input.ts). One transaction:
// council row, members, its decision row, notifications to the people seated or removed, audit with before/after.
import type { CommandContext } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import {
  countSubmittedScorecards,
  listMembers,
  lockCouncil,
  lockRound,
  replaceMembers,
  updateCouncilDecision,
  updateCouncilRow,
} from '../data/council-store.ts';
import { insertNotifications } from '../../../platform/notifications/notification-store.ts';
import { coversProvinceRecord, evaluationPolicy, roundLevelOf } from '../policy.ts';
import { presentCouncil, type PublicCouncil } from '../presenters.ts';
import { councilPolicyOf, withoutSpread } from './council-session.ts';
import { checkComposition, notifyAppointed, roundClosed, type CompositionInput } from './council-input.ts';
import { conflict, councilNotFound } from './errors.ts';

export async function editCouncil(
  db: Db,
  actor: Actor,
  councilId: string,
  input: CompositionInput,
  cx: CommandContext,
): Promise<PublicCouncil> {
  evaluationPolicy.assertCan(actor, 'councils.create');
  const today = cx.clock.today();
  return db.transaction(async (tx) => {
    const council = await lockCouncil(tx, councilId);
    // The office of the council's province for a provincial council, the Ministry's office for the central one.
    const level = roundLevelOf(actor.role);
    if (!council || council.level !== level || !coversProvinceRecord(actor, council.provinceCode))
      throw councilNotFound();
    // The round locked as well: closing it (close-round.ts) waits for this amendment, or this one sees it closed.
    if ((await lockRound(tx, council.roundId))?.status === 'closed') throw roundClosed();
    const submitted = await countSubmittedScorecards(tx, council.id);
    if (submitted > 0) {
      throw conflict(
        'council_scored',
        `Đã có ${submitted} phiếu chấm được nộp cho Hội đồng này: không thể thay đổi thành phần vì điểm đã được chấm theo thành phần cũ`,
        `${submitted} scorecard(s) were already submitted to this council: its composition can no longer change, since the scores were given under it`,
      );
    }
    const checked = await checkComposition(tx, level, council.provinceCode, input, today);
    const beforeMembers = await listMembers(tx, council.id);
    const before = presentCouncil(council, beforeMembers, (await councilPolicyOf(tx, council)).entries);

    const team = input.advisoryTeam ?? null;
    const updated = await updateCouncilRow(tx, council.id, {
      decisionNo: checked.decisionNo,
      decisionDate: input.decisionDate,
      advisoryLeaderId: team?.leaderId ?? null,
      chairDelegation: input.chair.delegation ?? null,
      ...(input.chairScores !== undefined ? { chairScores: input.chairScores } : {}),
      ...(input.hasFoodSafetyDepartment !== undefined
        ? { hasFoodSafetyDepartment: input.hasFoodSafetyDepartment }
        : {}),
      ...(input.spreadThreshold !== undefined ? { spreadThreshold: input.spreadThreshold } : {}),
      ...(input.policy !== undefined ? { policy: withoutSpread(input.policy) } : {}),
    });
    await replaceMembers(tx, council.id, checked.rows);
    await updateCouncilDecision(tx, council.id, { number: updated.decisionNo, signedOn: updated.decisionDate });
    const members = await listMembers(tx, council.id);

    const was = new Map(beforeMembers.map((m) => [m.userId, m.position]));
    await notifyAppointed(
      tx,
      cx.jobs,
      actor,
      updated,
      members.filter((m) => was.get(m.userId) !== m.position),
    );
    const now = new Set(members.map((m) => m.userId));
    const title = {
      vi: `Quyết định ${updated.decisionNo}: bạn không còn trong Hội đồng đánh giá, phân hạng sản phẩm OCOP`,
      en: `Decision ${updated.decisionNo}: you no longer sit on the OCOP evaluation council`,
    };
    await insertNotifications(
      tx,
      cx.jobs,
      beforeMembers
        .filter((m) => !now.has(m.userId) && m.userId !== actor.id)
        .map((m) => ({
          userId: m.userId,
          provinceCode: updated.provinceCode,
          kind: 'council.removed',
          title,
          body: { councilId: updated.id, position: m.position },
          link: `/councils/${updated.id}`,
        })),
    );

    const out = presentCouncil(updated, members, (await councilPolicyOf(tx, updated)).entries);
    await audit(tx, actor, {
      action: 'council.update',
      entityType: 'council',
      entityId: council.id,
      provinceCode: council.provinceCode,
      fromState: council.status,
      toState: updated.status,
      before,
      after: out,
    });
    return out;
  });
}
