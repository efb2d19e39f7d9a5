// The council's minutes as a PDF (Art. 7.3.d / 7.4.d: the council meets under its rules of operation and reports its
// result): read by the roles that read councils, in their scope (read-rounds.ts getCouncil: 403 for other roles, 404
// outside the scope). A dossier's scores are printed only once its council outcome exists (scoring closed); the
// members' own totals only to the readers council.ts scorecardVisibility shows every card to after close.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import {
  type KnockedOut,
  type MarkWaived,
  type MemberScore,
  type ScoringPolicy,
  getProductSet,
} from '../../criteria/index.ts';
import { unitNamesOf, getRuleSet } from '../../reference/index.ts';
import { findCouncil, findRound, listMembers, listRoundDossiers, type MemberView } from '../data/council-store.ts';
import { actionDates, dossiersByIds, outcomesOf, scorecardsOf } from '../data/minutes-store.ts';
import type { CouncilRow, DossierRow, ScorecardRow } from '../data/schema.ts';
import { scorecardVisibility, type Outcome } from '../domain/council.ts';
import { renderMinutesPdf, type MinutesData, type MinutesDossier, type MinutesResult } from '../forms/minutes-pdf.ts';
import { accessOf, coversDossier } from '../policy.ts';
import { councilPolicyOf, scoringMemberIds } from './council-session.ts';
import { councilNotFound } from './errors.ts';
import { getCouncil } from './read-rounds.ts';

/** council_outcomes.aggregate as transition-context.ts aggregateRecord writes it. */
interface StoredAggregate {
  mean: number;
  band: number;
  star: number | null;
  outcome?: 'ranked' | 'excluded' | 'stopped';
  disqualified: boolean;
  spreadFlag: boolean;
  spreadThreshold: number;
  knockouts?: KnockedOut[];
  marksWaived?: MarkWaived[];
  members?: MemberScore[];
  blocking?: { criterion: string; star: number }[];
  policy?: Partial<ScoringPolicy>;
  flagAcceptedReason?: string;
}

/** The steps that close a council's scoring of a dossier and store its outcome, by level. */
const CLOSING: Record<'province' | 'central', { actions: string[]; from?: string }> = {
  province: { actions: ['dossier.close_scoring'] },
  central: {
    actions: ['dossier.record_central_result', 'dossier.certify_ministry', 'dossier.reject'],
    from: 'ministry_council',
  },
};

function resultOf(
  agg: StoredAggregate,
  proposal: string,
  council: CouncilRow,
  members: MemberView[],
  cards: ScorecardRow[],
  actor: Actor,
): MinutesResult {
  const memberIds = scoringMemberIds(council, members);
  const submitted = cards
    .filter((c) => c.submittedAt !== null && memberIds.includes(c.memberId))
    .map((c) => c.memberId);
  const viewer = { role: actor.role, memberId: memberIds.includes(actor.id) ? actor.id : null };
  const seesAll = scorecardVisibility({ memberIds, submitted, closed: true }, viewer).others === 'all';
  const byMember = new Map(cards.map((c) => [c.memberId, c]));
  const stored = agg.members ?? [];
  const memberTotals = seesAll
    ? memberIds.flatMap((id, i) => {
        const total = byMember.get(id)?.total ?? stored[i]?.total ?? null;
        const m = members.find((x) => x.userId === id);
        return total === null || !m ? [] : [{ name: m.displayName, total }];
      })
    : null;
  const outcome = agg.outcome ?? (agg.disqualified ? 'excluded' : 'ranked');
  return {
    memberTotals,
    memberCount: stored.length || memberIds.length,
    mean: agg.mean,
    band: agg.band,
    star: agg.star,
    outcome,
    knockouts: (agg.knockouts ?? []).map((k) => ({
      kind: k.kind,
      criterion: k.criterion,
      text: k.text,
      heldBy: stored.filter((m) => m.knockouts.includes(k.id)).length,
    })),
    marksWaived: (agg.marksWaived ?? []).map(({ criterion, reason, text }) => ({ criterion, reason, text })),
    blocking: (agg.blocking ?? []).map(({ criterion, star }) => ({ criterion, star })),
    spreadFlag: agg.spreadFlag,
    spreadThreshold: agg.spreadThreshold,
    flagAcceptedReason: agg.flagAcceptedReason ?? null,
    proposal: proposal as Outcome['kind'],
    policyAtClose: agg.policy ?? null,
  };
}

function dossierOf(row: DossierRow, result: MinutesResult | null): MinutesDossier {
  return {
    receiptNo: row.receiptNo,
    productName: row.productName ?? '……………',
    producerName: row.producerName,
    setNo: row.setNo,
    setName: getProductSet(row.ruleSet, row.setNo)?.name ?? null,
    ruleSetName: getRuleSet(row.ruleSet)?.name ?? row.ruleSet,
    result,
  };
}

/** The minutes' content, from the council, its round's dossiers, their outcomes and the council's policies. */
export async function minutesOf(db: Db, actor: Actor, id: string): Promise<MinutesData> {
  await getCouncil(db, actor, id); // 'councils.read' and the council in the reader's sight
  const council = await findCouncil(db, id);
  if (!council) throw councilNotFound();
  const level = council.level === 'central' ? 'central' : 'province';
  const [members, { entries }, round, listed, names, access, outcomes, cards] = await Promise.all([
    listMembers(db, council.id),
    councilPolicyOf(db, council),
    findRound(db, council.roundId),
    listRoundDossiers(db, council.roundId, council.id),
    unitNamesOf(db, [council.provinceCode]),
    accessOf(db, actor),
    outcomesOf(db, council.id),
    scorecardsOf(db, council.id),
  ]);
  const rows = (
    await dossiersByIds(
      db,
      listed.map((d) => d.id),
    )
  ).filter((r) => coversDossier(access, r));
  const closedIds = rows.filter((r) => outcomes.has(r.id)).map((r) => r.id);
  const dates = await actionDates(db, closedIds, CLOSING[level].actions, CLOSING[level].from);
  const meetingOn = [...dates.values()].sort().at(-1) ?? null;
  return {
    level,
    province: level === 'province' ? names.parts(council.provinceCode) : null,
    decision: { number: council.decisionNo, date: council.decisionDate },
    round: round ? { number: round.number, year: round.year } : null,
    meetingOn,
    members: members.map((m) => ({ name: m.displayName, position: m.position, agency: m.agency })),
    dossiers: rows.map((row) => {
      const o = outcomes.get(row.id);
      return dossierOf(
        row,
        o
          ? resultOf(o.aggregate as StoredAggregate, o.outcome, council, members, cards.get(row.id) ?? [], actor)
          : null,
      );
    }),
    policies: entries,
  };
}

/** An ASCII file name: "Bien-ban-Hoi-dong-1234-QD-UBND.pdf". */
export function minutesFilename(decisionNo: string): string {
  const ascii = decisionNo
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `Bien-ban-Hoi-dong-${ascii || 'OCOP'}.pdf`;
}

export async function printMinutes(db: Db, actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
  const data = await minutesOf(db, actor, id);
  return { pdf: await renderMinutesPdf(data), filename: minutesFilename(data.decision.number) };
}
