// The dossier state machine of Decision 26/2026/QĐ-TTg (Art. 4–7), as a declarative table read by a pure
// `transition`. The vocabulary is in dossier-lifecycle-model.ts, the checks and effects in dossier-lifecycle-rules.ts,
// words for people and work queues in dossier-lifecycle-labels.ts.
//
// Who acts (roles of platform/auth/roles.ts): the producer files (7.1) — or the commune officer records a paper
// filing for them; the commune receives, returns or forwards (7.2); the provincial office checks, asks for
// completion, organises rounds and records the decisions the province chair signs (7.3.a, đ, e, g); the advisory team
// reviews (7.3.c); the council chair runs scoring (7.3.d); the Ministry's office does the same at the centre (7.4).
// `admin` administers users and acts in no procedure.
import type { Role } from '../../../platform/auth/roles.ts';
import { toEpochDay, type IsoDate } from '../../reference/index.ts';
import { CHECKS, EFFECTS } from './dossier-lifecycle-rules.ts';
export { certificateBasis } from './dossier-lifecycle-rules.ts';
import { ACTION_LABELS, STATE_LABELS } from './dossier-lifecycle-labels.ts';
import {
  DOSSIER_STATES,
  TERMINAL_STATES,
  type Actor,
  type Dossier,
  type DossierAction,
  type DossierState,
  type TransitionContext,
  type TransitionResult,
  type TransitionRow,
  type Failure,
  type Requirement,
} from './dossier-lifecycle-model.ts';
import type { Outcome } from './council.ts';

export * from './dossier-lifecycle-model.ts';
export {
  ACTION_LABELS,
  STATE_LABELS,
  QUEUES,
  queueFor,
  inQueue,
  overdueDeadlines,
} from './dossier-lifecycle-labels.ts';
import { articleVi } from '../../reference/index.ts';
export type { OverdueFacts, OverdueItem, WorkQueue } from './dossier-lifecycle-labels.ts';

const PRODUCER_SIDE: Role[] = ['producer', 'commune_officer'];
const OFFICE: Role[] = ['province_office'];
const REVIEWERS: Role[] = ['advisory_member', 'province_office'];
const CHAIR: Role[] = ['province_council_chair'];
const MINISTRY: Role[] = ['ministry_office'];

/** Before the council scores, the producer may withdraw; after, the result stands (our reading: no escape from a bad score). */
const WITHDRAWABLE: DossierState[] = [
  'draft',
  'submitted',
  'commune_received',
  'commune_returned',
  'forwarded',
  'province_incomplete',
  'province_accepted',
  'in_round',
  'advisory_review',
  'advisory_supplement',
];

export const TRANSITIONS: readonly TransitionRow[] = [
  // Commune (Art. 7.1–7.2)
  {
    from: 'draft',
    to: 'submitted',
    action: 'submit',
    roles: PRODUCER_SIDE,
    article: 'Art. 7.1',
    requires: ['forms', 'filing_basis'],
  },
  {
    from: 'submitted',
    to: 'commune_received',
    action: 'receive',
    roles: ['commune_officer'],
    article: 'Art. 7.2',
    requires: ['receipt'],
  },
  {
    from: 'commune_received',
    to: 'commune_returned',
    action: 'return_to_producer',
    roles: ['commune_officer'],
    article: 'Art. 7.2.a',
    requires: ['reason'],
  },
  {
    from: 'commune_returned',
    to: 'submitted',
    action: 'resubmit',
    roles: PRODUCER_SIDE,
    article: 'Art. 7.1',
    requires: ['forms'],
  },
  {
    from: 'commune_received',
    to: 'forwarded',
    action: 'forward',
    roles: ['commune_officer'],
    article: 'Art. 7.2.b',
    requires: ['commune_report', 'samples'],
  },
  // Province: check and completion (Art. 7.3.a)
  {
    from: 'forwarded',
    to: 'province_incomplete',
    action: 'request_supplement',
    roles: OFFICE,
    article: 'Art. 7.3.a',
    requires: ['reason'],
  },
  {
    from: 'province_incomplete',
    to: 'forwarded',
    action: 'submit_supplement',
    roles: PRODUCER_SIDE,
    article: 'Art. 7.3.a',
  },
  { from: 'forwarded', to: 'province_accepted', action: 'accept', roles: OFFICE, article: 'Art. 7.3.a' },
  { from: 'forwarded', to: 'rejected', action: 'reject', roles: OFFICE, article: 'Art. 7.3.a', requires: ['reason'] },
  // Rounds and review (Art. 5.1, 7.3.c; re-evaluation 7.6.c without waiting for a round: 45 days, 7.6.g)
  {
    from: 'province_accepted',
    to: 'in_round',
    action: 'assign_round',
    roles: OFFICE,
    article: 'Art. 5.1',
    requires: ['round'],
  },
  { from: 'in_round', to: 'advisory_review', action: 'start_review', roles: OFFICE, article: 'Art. 7.3.c' },
  {
    from: 'province_accepted',
    to: 'advisory_review',
    action: 'start_review',
    roles: OFFICE,
    article: 'Art. 7.6.c',
    kinds: ['reevaluation'],
  },
  {
    from: 'advisory_review',
    to: 'advisory_supplement',
    action: 'request_advisory_supplement',
    roles: REVIEWERS,
    article: 'Art. 7.3.c',
    requires: ['reason'],
  },
  {
    from: 'advisory_supplement',
    to: 'advisory_review',
    action: 'submit_supplement',
    roles: PRODUCER_SIDE,
    article: 'Art. 7.3.c',
  },
  {
    from: 'advisory_review',
    to: 'advisory_review',
    action: 'record_field_visit',
    roles: REVIEWERS,
    article: 'Art. 7.3.c, 7.6.c',
    requires: ['field_visit_ground'],
  },
  {
    from: 'advisory_review',
    to: 'council_scoring',
    action: 'submit_advisory_report',
    roles: REVIEWERS,
    article: 'Art. 7.3.c',
    requires: ['advisory_report'],
  },
  // 5★ re-evaluation: the office's report goes with the province's letter straight to the Ministry (6.3.b, 7.6.e)
  {
    from: 'advisory_review',
    to: 'sent_to_ministry',
    action: 'send_to_ministry',
    roles: OFFICE,
    article: 'Art. 7.6.e',
    kinds: ['reevaluation'],
    requires: ['five_star_reevaluation', 'advisory_report'],
  },
  // Council (Art. 7.3.d; re-evaluation in writing unless opinions diverge or the content is complex, 7.6.d)
  {
    from: 'council_scoring',
    to: 'council_scoring',
    action: 'convene_meeting',
    roles: CHAIR,
    article: 'Art. 7.6.d',
    kinds: ['reevaluation'],
    requires: ['written_mode', 'reason'],
  },
  {
    from: 'council_scoring',
    to: 'council_rescoring',
    action: 'flag_divergence',
    roles: [...CHAIR, ...OFFICE],
    article: 'Art. 7.3.d, 7.6.d',
    requires: ['scores_complete', 'spread_flag'],
  },
  {
    from: 'council_scoring',
    to: 'council_closed',
    action: 'close_scoring',
    roles: CHAIR,
    article: 'Art. 7.3.d, 7.6.d',
    requires: ['scores_complete', 'meeting_if_divergent', 'flag_resolved', 'province_result'],
  },
  {
    from: 'council_rescoring',
    to: 'council_closed',
    action: 'close_scoring',
    roles: CHAIR,
    article: 'Art. 7.3.d',
    requires: ['scores_complete', 'flag_resolved', 'province_result'],
  },
  // Province outcome (Art. 4.1.a, 7.3.e, 7.3.g)
  {
    from: 'council_closed',
    to: 'result_notice',
    action: 'issue_result_notice',
    roles: OFFICE,
    article: 'Art. 4.1.a, 7.3.g',
    requires: ['outcome_result_notice'],
  },
  {
    from: 'council_closed',
    to: 'province_certified',
    action: 'certify_province',
    roles: OFFICE,
    article: 'Art. 7.3.e',
    requires: ['outcome_certify_province', 'decision'],
  },
  {
    from: 'council_closed',
    to: 'sent_to_ministry',
    action: 'send_to_ministry',
    roles: OFFICE,
    article: 'Art. 7.3.e',
    requires: ['outcome_forward_central', 'decision'],
  },
  {
    from: 'council_closed',
    to: 'rejected',
    action: 'reject',
    roles: OFFICE,
    article: 'Appendix II',
    requires: ['outcome_rejected'],
  },
  // Ministry (Art. 5.2, 7.4)
  {
    from: 'sent_to_ministry',
    to: 'ministry_received',
    action: 'receive_at_ministry',
    roles: MINISTRY,
    article: 'Art. 7.4.a',
  },
  {
    from: 'ministry_received',
    to: 'ministry_council',
    action: 'open_central_council',
    roles: MINISTRY,
    article: 'Art. 5.2, 7.4.b',
    requires: ['central_round'],
  },
  {
    from: 'ministry_council',
    to: 'ministry_certified',
    action: 'certify_ministry',
    roles: MINISTRY,
    article: 'Art. 7.4.e',
    requires: ['central_result', 'outcome_certify_central', 'decision'],
  },
  {
    from: 'ministry_council',
    to: 'ministry_not_5_star',
    action: 'record_central_result',
    roles: MINISTRY,
    article: 'Art. 7.4.g',
    requires: ['central_result', 'outcome_below_five'],
  },
  {
    from: 'ministry_council',
    to: 'rejected',
    action: 'reject',
    roles: MINISTRY,
    article: 'Appendix II',
    requires: ['central_result', 'outcome_rejected'],
  },
  {
    from: 'ministry_not_5_star',
    to: 'province_certified',
    action: 'certify_province',
    roles: OFFICE,
    article: 'Art. 7.4.g',
    requires: ['outcome_certify_province', 'decision'],
  },
  {
    from: 'ministry_not_5_star',
    to: 'result_notice',
    action: 'issue_result_notice',
    roles: OFFICE,
    article: 'Art. 7.4.g, 4.1.a',
    requires: ['outcome_result_notice'],
  },
  {
    from: 'ministry_not_5_star',
    to: 'province_accepted',
    action: 'reassess_at_province',
    roles: OFFICE,
    article: 'Art. 7.4.g',
    requires: ['reason'],
  },
  // Withdrawal by the producer
  ...WITHDRAWABLE.map((from): TransitionRow => ({
    from,
    to: 'withdrawn',
    action: 'withdraw',
    roles: ['producer'],
    article: 'Art. 7.1',
  })),
];

const no = (code: Failure['code'], vi: string, en: string): Failure => ({
  ok: false,
  code,
  message: { vi, en },
});

/** The row for an action from a state, if the table has one. */
export function rowFor(state: DossierState, action: DossierAction): TransitionRow | undefined {
  return TRANSITIONS.find((r) => r.from === state && r.action === action);
}

/**
 * May `actor` take `action` on `d` on the day `on`, as far as the table says (before anything is read for the step)?
 * Checks, in order: the action exists, it is allowed from the dossier's state, for its kind, for the actor's role;
 * the act's date is a real date not before the previous act. Answers the row the step takes, or the refusal.
 */
export function check(
  d: Dossier,
  action: DossierAction,
  actor: Actor,
  on: IsoDate,
): { ok: true; row: TransitionRow } | Failure {
  const label = ACTION_LABELS[action];
  if (!label) return no('unknown_action', `Thao tác "${action}" không tồn tại.`, `No such action "${action}".`);
  const row = rowFor(d.state, action);
  const state = STATE_LABELS[d.state];
  if (!row)
    return no(
      'wrong_state',
      `Không thể "${label.vi}" khi hồ sơ ở trạng thái "${state.vi}".`,
      `Cannot "${label.en}" while the dossier is "${state.en}".`,
    );
  if (row.kinds && !row.kinds.includes(d.kind))
    return no(
      'wrong_kind',
      `Thao tác "${label.vi}" không áp dụng cho loại hồ sơ này.`,
      `"${label.en}" does not apply to this kind of dossier.`,
    );
  if (!row.roles.includes(actor.role))
    return no(
      'wrong_role',
      `Vai trò của bạn không được "${label.vi}" (${articleVi(row.article)}).`,
      `Your role may not "${label.en}" (${row.article}).`,
    );
  try {
    toEpochDay(on);
  } catch {
    return no('invalid_date', `Ngày "${on}" không hợp lệ.`, `"${on}" is not a valid date.`);
  }
  if (d.lastActionOn && on < d.lastActionOn)
    return no(
      'date_out_of_order',
      `Ngày thực hiện ${on} trước thao tác trước đó (${d.lastActionOn}).`,
      `The date ${on} is before the previous act (${d.lastActionOn}).`,
    );
  return { ok: true, row };
}

/**
 * The step of a checked row (`check`) with its context: each of the row's requirements in turn, then the patch and
 * the effects. Does not touch `d`: apply the result with `applyTransition`.
 */
export function completeTransition(d: Dossier, row: TransitionRow, ctx: TransitionContext): TransitionResult {
  const action = row.action;
  for (const req of row.requires ?? []) {
    const failure = CHECKS[req](d, ctx, row);
    if (failure) return failure;
  }
  const { patch, effects } = EFFECTS[action](d, ctx, row);
  return {
    ok: true,
    from: d.state,
    to: row.to,
    action,
    article: row.article,
    patch: { ...patch, lastActionOn: ctx.on },
    effects,
  };
}

/** Attempts `action` on `d` by `actor`: `check`, then `completeTransition` with the context. */
export function transition(d: Dossier, action: DossierAction, actor: Actor, ctx: TransitionContext): TransitionResult {
  const checked = check(d, action, actor, ctx.on);
  return checked.ok ? completeTransition(d, checked.row, ctx) : checked;
}

/** The dossier after a successful transition. */
export function applyTransition(d: Dossier, r: Extract<TransitionResult, { ok: true }>): Dossier {
  if (r.from !== d.state) throw new Error(`transition from ${r.from} applied to a dossier in ${d.state}`);
  return { ...d, ...r.patch, state: r.to };
}

/** The actions the table offers a role on a dossier (before requirements; the UI shows them, `transition` decides). */
export function availableActions(d: Pick<Dossier, 'state' | 'kind'>, role: Role): DossierAction[] {
  return TRANSITIONS.filter(
    (r) => r.from === d.state && r.roles.includes(role) && (!r.kinds || r.kinds.includes(d.kind)),
  ).map((r) => r.action);
}

/** What the world says of a dossier beyond its facts, for offering steps: its council's scoring and the result the
 *  council's cards lead to (commands/offer-world.ts reads them). Left out, steps that stand on them are offered. */
export interface OfferWorld {
  scoring?: { allSubmitted: boolean; spreadFlag: boolean };
  outcome?: Outcome;
}

/** Requirements no dialog answers: they stand on the dossier, its council's scoring and its result. */
const STANDING: readonly Requirement[] = [
  'written_mode',
  'five_star_reevaluation',
  'outcome_rejected',
  'outcome_result_notice',
  'outcome_certify_province',
  'outcome_forward_central',
  'outcome_certify_central',
  'outcome_below_five',
];
/** Standing requirements that read the council's scoring or result (the world). */
const SCORING: readonly Requirement[] = [
  'scores_complete',
  'spread_flag',
  'meeting_if_divergent',
  'province_result',
  'central_result',
];

/**
 * The steps offered to a role: the table's `availableActions`, less those whose standing requirements fail today —
 * no "send to the Ministry" for a result under 90 points (Art. 7.3.e), no "flag the divergence" before every card
 * is in or without a spread (Art. 7.3.d), no certifying a 5★ that the central council's cards do not give (Art.
 * 7.4.e). What a dialog asks for (a reason, a round, a decision) is not judged here; `transition` still decides.
 */
export function offeredActions(d: Dossier, role: Role, on: IsoDate, world?: OfferWorld): DossierAction[] {
  return availableActions(d, role).filter((action) => {
    const row = rowFor(d.state, action)!;
    const reqs = row.requires ?? [];
    const readsWorld = reqs.some((r) => SCORING.includes(r));
    if (readsWorld && !world) return true;
    const ctx: TransitionContext = { on, ...world };
    return reqs
      .filter((r) => STANDING.includes(r) || (readsWorld && SCORING.includes(r)))
      .every((r) => CHECKS[r](d, ctx, row) === null);
  });
}

export const isTerminal = (s: DossierState): boolean => (TERMINAL_STATES as readonly DossierState[]).includes(s);

// ---- invariants: what every reachable dossier carries in each state ----

type Field = keyof Dossier;
const AFTER_RECEIPT: Field[] = ['submittedOn', 'receiptNumber', 'receivedOn'];
const AFTER_FORWARD: Field[] = [...AFTER_RECEIPT, 'forwardedOn'];
const AFTER_ACCEPT: Field[] = [...AFTER_FORWARD, 'completeOn'];
const AFTER_REPORT: Field[] = [...AFTER_ACCEPT, 'advisoryReportOn'];

/** Fields a dossier in each state must have set (data, checked by the property tests and usable on imports). */
export const STATE_REQUIRES: Record<DossierState, readonly Field[]> = {
  draft: [],
  submitted: ['submittedOn'],
  commune_received: [...AFTER_RECEIPT, 'communeDueOn'],
  commune_returned: AFTER_RECEIPT,
  forwarded: AFTER_FORWARD,
  province_incomplete: AFTER_FORWARD,
  province_accepted: AFTER_ACCEPT,
  in_round: [...AFTER_ACCEPT, 'roundId', 'roundFinishBy'],
  advisory_review: AFTER_ACCEPT,
  advisory_supplement: AFTER_ACCEPT,
  council_scoring: [...AFTER_REPORT, 'councilMode'],
  council_rescoring: [...AFTER_REPORT, 'councilMode'],
  council_closed: [...AFTER_REPORT, 'outcome'],
  result_notice: [...AFTER_ACCEPT, 'outcome'],
  province_certified: [...AFTER_REPORT, 'outcome', 'decision'],
  sent_to_ministry: [...AFTER_REPORT, 'proposedOn'],
  ministry_received: [...AFTER_REPORT, 'proposedOn'],
  ministry_council: [...AFTER_REPORT, 'proposedOn'],
  ministry_not_5_star: [...AFTER_REPORT, 'proposedOn', 'outcome'],
  ministry_certified: [...AFTER_REPORT, 'proposedOn', 'outcome', 'decision'],
  withdrawn: [],
  rejected: AFTER_FORWARD,
};

/** What is wrong with a dossier's facts for its state; [] when consistent. */
export function invariantViolations(d: Dossier): string[] {
  const out: string[] = [];
  if (!(DOSSIER_STATES as readonly string[]).includes(d.state)) return [`unknown state ${d.state}`];
  for (const f of STATE_REQUIRES[d.state])
    if (d[f] === null || d[f] === undefined) out.push(`${d.state} requires ${f}`);
  const order: Field[] = ['submittedOn', 'receivedOn', 'forwardedOn', 'completeOn'];
  const dates = order.map((f) => d[f] as string | null).filter((x): x is string => x !== null);
  for (let i = 1; i < dates.length; i++)
    if (dates[i]! < dates[i - 1]!) out.push(`dates out of order: ${order.join(' ≤ ')}`);
  if (d.proposedOn && d.forwardedOn && d.proposedOn < d.forwardedOn) out.push('proposedOn before forwardedOn');
  if (d.lateReevaluation && d.kind !== 'reevaluation') out.push('lateReevaluation on a non-re-evaluation');
  if ((d.state === 'province_certified' || d.state === 'ministry_certified') && d.outcome) {
    const expected = d.state === 'ministry_certified' ? 'central' : 'province';
    const by = d.outcome.kind === 'certify' ? d.outcome.by : d.outcome.kind === 'return' ? d.outcome.to : null;
    if (by !== expected) out.push(`${d.state} with an outcome not certifiable by the ${expected}`);
  }
  if (d.state === 'council_closed' && d.outcome && d.outcome.level !== 'province')
    out.push('council_closed with a non-provincial outcome');
  return out;
}
