// Reading scorecards under the visibility rule (council.ts scorecardVisibility): a member sees their own card and,
// once it is submitted, the others' submitted cards; the chair and the office see who has submitted, not the
// contents; after the council closes, every council role sees all.
import { councilMay } from '../record-permissions.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { canSeeScorecard, scorecardVisibility, type ScoringSession } from '../domain/council.ts';
import { findOutcome, findScorecard } from '../data/council-store.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentScorecard, type PublicScorecard } from '../presenters.ts';
import { councilDossier } from './council-dossier.ts';
import { notCouncilMember } from './errors.ts';

/**
 * The criteria on which the members' points differ, widest gap first, with each member's points (the aggregate keeps
 * them in the order of the scoring members): what the meeting discusses before the chair concludes (Art. 7.3.d).
 */
export function disagreementsOf(
  spread: readonly { code: string; min: number; max: number; points: number[] }[],
  memberIds: readonly string[],
) {
  return spread
    .filter((c) => c.max > c.min)
    .sort((a, b) => b.max - b.min - (a.max - a.min))
    .map((c) => ({
      code: c.code,
      min: c.min,
      max: c.max,
      points: c.points.map((points, i) => ({ memberId: memberIds[i] ?? '', points })),
    }));
}

export async function getOwnScorecard(
  db: Db,
  actor: Actor,
  councilId: string,
  dossierId: string,
): Promise<{ scorecard: PublicScorecard | null; ruleSet: string; setNo: number; open: boolean }> {
  evaluationPolicy.assertCan(actor, 'scorecards.own');
  const cd = await councilDossier(db, actor, councilId, dossierId);
  if (!cd.isMember) throw notCouncilMember();
  const card = await findScorecard(db, councilId, dossierId, actor.id);
  return {
    scorecard: card ? presentScorecard(card) : null,
    ruleSet: cd.row.ruleSet,
    setNo: cd.row.setNo,
    open: cd.open && !cd.closed,
  };
}

export async function listScorecards(db: Db, actor: Actor, councilId: string, dossierId: string) {
  evaluationPolicy.assertCan(actor, 'scorecards.read');
  const cd = await councilDossier(db, actor, councilId, dossierId);
  const s = cd.session;
  const session: ScoringSession = { memberIds: s.memberIds, submitted: s.submitted, closed: cd.closed };
  const viewer = { role: actor.role, memberId: cd.isMember ? actor.id : null };
  const visibility = scorecardVisibility(session, viewer);
  const byMember = new Map(s.cards.map((c) => [c.memberId, c]));
  const members = s.members
    .filter((m) => s.memberIds.includes(m.userId))
    .filter((m) => visibility.others !== 'none' || m.userId === actor.id)
    .map((m) => {
      const card = byMember.get(m.userId);
      const see = card && canSeeScorecard(session, viewer, m.userId);
      return {
        memberId: m.userId,
        displayName: m.displayName,
        position: m.position,
        submitted: s.submitted.includes(m.userId),
        scorecard: see ? presentScorecard(card) : null,
      };
    });
  const agg = s.aggregate;
  const outcome = cd.closed ? await findOutcome(db, cd.council.id, cd.row.id) : undefined;
  return {
    councilId: cd.council.id,
    dossierId: cd.row.id,
    closed: cd.closed,
    open: cd.open && !cd.closed,
    visibility,
    may: councilMay(actor, { ...cd.council, members: s.members }),
    memberCount: s.memberIds.length,
    submittedCount: s.submitted.length,
    members,
    // Status viewers (chair, office) learn whether the scores diverge — what they act on — not the points.
    aggregate:
      agg && visibility.others === 'all'
        ? {
            mean: agg.mean,
            parts: agg.parts,
            band: agg.band,
            star: agg.star,
            disqualified: agg.disqualified,
            spreadFlag: agg.spreadFlag,
            spreadThreshold: agg.spreadThreshold,
            memberTotals: agg.members.map((m) => m.total),
            spread: Math.max(...agg.members.map((m) => m.total)) - Math.min(...agg.members.map((m) => m.total)),
            disagreements: disagreementsOf(agg.spread, s.memberIds),
            outcome: agg.outcome,
            knockouts: agg.knockouts.map(({ id, kind, criterion, text, line }) => ({
              id,
              kind,
              criterion,
              text,
              line,
            })),
            marksWaived: agg.marksWaived,
            policy: { ...agg.policy },
          }
        : agg && visibility.others === 'status'
          ? {
              mean: null,
              parts: null,
              band: null,
              star: null,
              disqualified: null,
              spreadFlag: agg.spreadFlag,
              spreadThreshold: agg.spreadThreshold,
              memberTotals: null,
              spread: null,
              disagreements: null,
              outcome: null,
              knockouts: null,
              marksWaived: null,
              policy: { ...agg.policy },
            }
          : null,
    outcome: outcome
      ? {
          outcome: outcome.outcome,
          mean: outcome.mean,
          star: outcome.star,
          spreadFlag: outcome.spreadFlag,
          decidedAt: outcome.decidedAt.toISOString(),
        }
      : null,
  };
}
