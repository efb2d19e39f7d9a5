// Where a council's scoring of one dossier stands: its scoring members, their cards, and — once every member has
// submitted — the aggregate (engine `aggregate` through council.ts `aggregateDossier`) and the outcome it leads to.
import type { Db } from '../../../db/pool.ts';
import { type IsoDate, getRuleSet } from '../../reference/index.ts';
import {
  getProductSet,
  type AggregateResult,
  type ScoreInput,
  type ProductSet,
  type StarBand,
} from '../../criteria/index.ts';
import { aggregateDossier, classifyOutcome, type Outcome } from '../domain/council.ts';
import { findProvincePolicy, listMembers, listScorecardRows, type MemberView } from '../data/council-store.ts';
import { effectivePolicy, type CouncilPolicy, type PolicyEntry } from '../domain/council-policies.ts';
import type { CouncilRow, DossierRow, ScorecardRow } from '../data/schema.ts';
import { parseDossierFacts } from '../domain/dossier-facts.ts';

/** Who scores: members and vice-chairs; the chair too when the council's rules say so (councils.chair_scores). */
export function scoresOn(council: Pick<CouncilRow, 'chairScores'>, position: string | null): boolean {
  return position === 'member' || position === 'vice_chair' || (position === 'chair' && council.chairScores);
}

export function scoringMemberIds(council: CouncilRow, members: MemberView[]): string[] {
  return members.filter((m) => scoresOn(council, m.position)).map((m) => m.userId);
}

export function sheetOf(row: Pick<DossierRow, 'ruleSet' | 'setNo'>): { set: ProductSet; bands: readonly StarBand[] } {
  const set = getProductSet(row.ruleSet, row.setNo);
  const rules = getRuleSet(row.ruleSet);
  if (!set || !rules) throw new Error(`no criteria sheet for set ${row.setNo} of rule set ${row.ruleSet}`);
  return { set, bands: rules.bands };
}

export const cardInput = (c: ScorecardRow): ScoreInput => ({
  answers: c.answers as ScoreInput['answers'],
  ...(c.branch !== null ? { branch: c.branch } : {}),
  ...(c.knockouts ? { knockouts: c.knockouts as Record<string, boolean> } : {}),
  ...(c.applies ? { applies: c.applies as Record<string, boolean> } : {}),
});

/** The province's policies over the defaults: what a new council of the province starts from. */
export async function provinceDefaults(db: Db, provinceCode: string | null): Promise<CouncilPolicy> {
  return effectivePolicy(await findProvincePolicy(db, provinceCode), {}).policy;
}

/** A council's policy as stored: its spread threshold has its own column (councils.spread_threshold). */
export function withoutSpread(policy: Record<string, unknown> | undefined): Record<string, unknown> {
  const { spreadThreshold: _column, ...rest } = policy ?? {};
  return rest;
}

/** The council's policies in force: its own, else its province's, else the defaults (council-policies.ts). */
export async function councilPolicyOf(
  db: Db,
  council: CouncilRow,
): Promise<{ policy: CouncilPolicy; entries: PolicyEntry[] }> {
  const province = await findProvincePolicy(db, council.provinceCode);
  // The threshold column is filled at creation from the province's value: it is the council's own only where it differs.
  const own =
    council.spreadThreshold !== effectivePolicy(province, {}).policy.spreadThreshold
      ? { spreadThreshold: council.spreadThreshold }
      : {};
  return effectivePolicy(province, { ...(council.policy as Record<string, unknown>), ...own });
}

export interface Session {
  council: CouncilRow;
  members: MemberView[];
  memberIds: string[];
  cards: ScorecardRow[];
  submitted: string[];
  allSubmitted: boolean;
  aggregate: AggregateResult | null;
  policy: CouncilPolicy;
}

export async function sessionOf(db: Db, council: CouncilRow, row: DossierRow): Promise<Session> {
  const members = await listMembers(db, council.id);
  const memberIds = scoringMemberIds(council, members);
  const cards = await listScorecardRows(db, council.id, row.id);
  const submitted = cards
    .filter((c) => c.submittedAt !== null && memberIds.includes(c.memberId))
    .map((c) => c.memberId);
  const allSubmitted = memberIds.length > 0 && memberIds.every((m) => submitted.includes(m));
  const { policy } = await councilPolicyOf(db, council);
  let aggregate: AggregateResult | null = null;
  if (allSubmitted) {
    const { set, bands } = sheetOf(row);
    const scorecards = Object.fromEntries(
      cards.filter((c) => submitted.includes(c.memberId)).map((c) => [c.memberId, cardInput(c)]),
    );
    const r = aggregateDossier(
      set,
      bands,
      memberIds,
      { dossierId: row.id, kind: parseDossierFacts(row.facts).kind, scorecards },
      policy,
    );
    if (r.ok) aggregate = r.result;
  }
  return { council, members, memberIds, cards, submitted, allSubmitted, aggregate, policy };
}

/** The council's result as an outcome at its level (Art. 4.1, 7.3.e, 7.4.g), under the dossier's rule set. */
export function outcomeOf(
  row: DossierRow,
  aggregate: AggregateResult,
  level: 'province' | 'central',
  on: IsoDate,
  policy: CouncilPolicy,
): Outcome {
  const ruleSet = getRuleSet(row.ruleSet);
  return classifyOutcome(
    {
      total: aggregate.mean,
      star: aggregate.star,
      disqualified: aggregate.disqualified,
      disqualifiedReasons: aggregate.disqualifiedReasons,
    },
    { level, ...(ruleSet ? { ruleSet } : {}), date: on, policy },
  );
}
