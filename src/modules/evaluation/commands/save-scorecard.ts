// A council member's own scorecard of one dossier (Appendix II sheet): autosaved as a draft, partial answers allowed
// (only unknown criteria are refused). A submitted card is frozen, except while the council rescores after a spread
// (Art. 7.3.d: discussed, members may revise) and before the central council; writing it then reopens it as a draft.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { findCriterion, type ScoreInput } from '../../criteria/index.ts';
import { findScorecard, saveScorecardDraft } from '../data/council-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentScorecard, type PublicScorecard } from '../presenters.ts';
import { scoringGate, type ScoringGate } from './council-dossier.ts';
import { sheetOf } from './council-session.ts';
import { conflict, issue, notCouncilMember } from './errors.ts';

export type ScorecardInput = ScoreInput;

export function assertCanWrite(cd: ScoringGate, submitted: boolean): void {
  if (!cd.isMember) throw notCouncilMember();
  if (!cd.open || cd.closed)
    throw conflict(
      'scoring_closed',
      'Hội đồng không chấm điểm hồ sơ này lúc này',
      'The council is not scoring this dossier now',
    );
  const revisable = cd.row.state === 'council_rescoring' || cd.level === 'central';
  if (submitted && !revisable) {
    throw conflict(
      'scorecard_submitted',
      'Phiếu chấm đã nộp; chỉ chấm lại khi Hội đồng đưa ra thảo luận do chênh lệch điểm',
      'The scorecard is submitted; it is revised only when the council discusses a spread',
    );
  }
}

export async function saveScorecard(
  db: Db,
  actor: Actor,
  councilId: string,
  dossierId: string,
  input: ScorecardInput,
): Promise<PublicScorecard> {
  evaluationPolicy.assertCan(actor, 'scorecards.own');
  return db.transaction(async (tx) => {
    // The light gate: no council session is computed for a draft (members' autosaves do not queue on the dossier).
    const cd = await scoringGate(tx, actor, councilId, dossierId);
    const existing = await findScorecard(tx, councilId, dossierId, actor.id, { lock: true });
    assertCanWrite(cd, existing?.submittedAt != null);
    const { set } = sheetOf(cd.row);
    const unknown = Object.keys(input.answers).filter((code) => !findCriterion(set, code));
    if (unknown.length) {
      throw badRequest(
        unknown.map((code) =>
          issue(
            `body.answers.${code}`,
            'unknown_criterion',
            `Không có tiêu chí "${code}" trong phiếu này`,
            `No criterion "${code}" in this sheet`,
          ),
        ),
      );
    }
    const row = await saveScorecardDraft(
      tx,
      { councilId, dossierId, memberId: actor.id, provinceCode: cd.row.provinceCode },
      {
        answers: input.answers,
        branch: input.branch ?? null,
        knockouts: input.knockouts ? { ...input.knockouts } : null,
        applies: input.applies ? { ...input.applies } : null,
      },
    );
    if (existing?.submittedAt) {
      await audit(tx, actor, {
        action: 'scorecard.reopen',
        entityType: 'scorecard',
        entityId: row.id,
        provinceCode: cd.row.provinceCode,
        fromState: 'submitted',
        toState: 'draft',
        before: presentScorecard(existing),
        after: { dossierId, revision: row.revision },
      });
    }
    return presentScorecard(row);
  });
}
