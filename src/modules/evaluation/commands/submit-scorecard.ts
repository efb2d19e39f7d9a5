// Submits a member's scorecard: the whole card through the scoring engine (every applicable criterion answered,
// options valid), its total kept. When the last member submits, the chair and the office are told — with the
// spread flag when the totals diverge beyond the council's threshold (flag_divergence then sends it to rescoring).
import type { CommandContext } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { evaluate, ScoringError } from '../../criteria/index.ts';
import { findScorecard, holdCouncil, markScorecardSubmitted, saveScorecardDraft } from '../data/council-store.ts';
import {
  insertNotifications,
  roleIdsInProvince,
  nationalRoleIds,
} from '../../../platform/notifications/notification-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentScorecard, type PublicScorecard } from '../presenters.ts';
import { councilDossier } from './council-dossier.ts';
import { cardInput, sessionOf, sheetOf } from './council-session.ts';
import { conflict } from './errors.ts';
import { assertCanWrite, type ScorecardInput } from './save-scorecard.ts';

export interface SubmitResult {
  scorecard: PublicScorecard;
  session: { members: number; submitted: number; allSubmitted: boolean; spreadFlag: boolean | null };
}

export async function submitScorecard(
  db: Db,
  actor: Actor,
  councilId: string,
  dossierId: string,
  input: ScorecardInput | undefined,
  cx: CommandContext,
): Promise<SubmitResult> {
  evaluationPolicy.assertCan(actor, 'scorecards.own');
  return db.transaction(async (tx) => {
    await holdCouncil(tx, councilId);
    const cd = await councilDossier(tx, actor, councilId, dossierId, { lock: true });
    let card = await findScorecard(tx, councilId, dossierId, actor.id, { lock: true });
    assertCanWrite(cd, card?.submittedAt != null && !input);
    if (input) {
      card = await saveScorecardDraft(
        tx,
        { councilId, dossierId, memberId: actor.id, provinceCode: cd.row.provinceCode },
        {
          answers: input.answers,
          branch: input.branch ?? null,
          knockouts: input.knockouts ? { ...input.knockouts } : null,
          applies: input.applies ? { ...input.applies } : null,
        },
      );
    }
    if (!card) throw conflict('scorecard_empty', 'Chưa có phiếu chấm để nộp', 'There is no scorecard to submit');
    if (card.submittedAt)
      throw conflict('scorecard_submitted', 'Phiếu chấm đã nộp', 'The scorecard is already submitted');
    const { set, bands } = sheetOf(cd.row);
    let total: number;
    try {
      total = evaluate(set, cardInput(card), bands).total;
    } catch (err) {
      if (!(err instanceof ScoringError)) throw err;
      throw badRequest(
        err.issues.map((i) => ({ ...i, field: `body.${i.field}` })),
        { vi: 'Phiếu chấm điểm chưa hợp lệ hoặc chưa đầy đủ', en: 'The scorecard is not valid or not complete' },
      );
    }
    const submitted = await markScorecardSubmitted(tx, card.id, total);
    await audit(tx, actor, {
      action: 'scorecard.submit',
      entityType: 'scorecard',
      entityId: card.id,
      provinceCode: cd.row.provinceCode,
      fromState: 'draft',
      toState: 'submitted',
      after: { dossierId, councilId, total, revision: submitted.revision },
    });
    const session = await sessionOf(tx, cd.council, cd.row);
    if (session.allSubmitted) {
      const flag = session.aggregate?.spreadFlag ?? false;
      const chair = cd.session.members.filter((m) => m.position === 'chair').map((m) => m.userId);
      const office =
        cd.level === 'central'
          ? await nationalRoleIds(tx, ['ministry_office'])
          : await roleIdsInProvince(tx, ['province_office'], cd.row.provinceCode);
      const title = flag
        ? {
            vi: `Đủ phiếu chấm, điểm chênh lệch quá ${cd.council.spreadThreshold}: ${cd.row.productName ?? ''}`,
            en: `All scorecards in, spread above ${cd.council.spreadThreshold}: ${cd.row.productName ?? ''}`,
          }
        : { vi: `Đủ phiếu chấm: ${cd.row.productName ?? ''}`, en: `All scorecards in: ${cd.row.productName ?? ''}` };
      await insertNotifications(
        tx,
        cx.jobs,
        [...new Set([...chair, ...office])]
          .filter((u) => u !== actor.id)
          .map((userId) => ({
            userId,
            provinceCode: cd.row.provinceCode,
            kind: 'council.scores_complete',
            title,
            link: `/dossiers/${dossierId}`,
            body: { dossierId, councilId, mean: session.aggregate?.mean ?? null, spreadFlag: flag },
          })),
      );
    }
    return {
      scorecard: presentScorecard(submitted),
      session: {
        members: session.memberIds.length,
        submitted: session.submitted.length,
        allSubmitted: session.allSubmitted,
        spreadFlag: session.aggregate ? session.aggregate.spreadFlag : null,
      },
    };
  });
}
