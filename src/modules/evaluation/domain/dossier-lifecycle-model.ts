// The vocabulary of the dossier lifecycle (Decision 26/2026/QĐ-TTg, Art. 6–7): states, actions, the facts a
// transition reads and writes, its context, its effects. The table and `transition` are in dossier-lifecycle.ts.
import type { Message } from '../../../platform/errors.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import type { Calendar, IsoDate } from '../../reference/index.ts';
import { DOSSIER_KINDS, type DossierKind } from './deadline-transition.ts';
import type { CertificateFacts } from './certificate.ts';
import type { CouncilMode, Outcome } from './council.ts';
import type { EvaluationRound } from './rounds.ts';

export { DOSSIER_KINDS, type DossierKind };

export const DOSSIER_STATES = [
  'draft',
  'submitted', // Art. 7.1: filed at the commune
  'commune_received', // Art. 7.2: receipt issued, 15 working days run
  'commune_returned',
  'forwarded', // Art. 7.2.b: Form 03 + letter sent to the province
  'province_incomplete', // Art. 7.3.a: the office asks for completion
  'province_accepted',
  'in_round', // Art. 5.1
  'advisory_review', // Art. 7.3.c (re-evaluation: the office's check, 7.6.c)
  'advisory_supplement', // Art. 7.3.c: "đề xuất bổ sung hồ sơ"
  'council_scoring', // Art. 7.3.d (re-evaluation: written opinions, 7.6.d)
  'council_rescoring', // scores diverge: discussed, members may revise
  'council_closed', // the council's result and proposal
  'result_notice', // Art. 4.1.a: 1★/2★, no decision, no certificate
  'province_certified', // Art. 7.3.e / 7.4.g
  'sent_to_ministry', // Art. 7.3.e ¶2, 6.3
  'ministry_received', // Art. 7.4.a
  'ministry_council', // Art. 7.4.b–d
  'ministry_not_5_star', // Art. 7.4.g
  'ministry_certified', // Art. 7.4.e
  'withdrawn',
  'rejected', // "Hồ sơ bị loại khi …"
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

/** No transition leaves these. */
export const TERMINAL_STATES = [
  'result_notice',
  'province_certified',
  'ministry_certified',
  'withdrawn',
  'rejected',
] as const satisfies readonly DossierState[];

export const DOSSIER_ACTIONS = [
  'submit',
  'receive',
  'return_to_producer',
  'resubmit',
  'forward',
  'request_supplement',
  'submit_supplement',
  'accept',
  'reject',
  'assign_round',
  'start_review',
  'request_advisory_supplement',
  'record_field_visit',
  'submit_advisory_report',
  'convene_meeting',
  'flag_divergence',
  'close_scoring',
  'issue_result_notice',
  'certify_province',
  'send_to_ministry',
  'receive_at_ministry',
  'open_central_council',
  'certify_ministry',
  'record_central_result',
  'reassess_at_province',
  'withdraw',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** The facts of a dossier the rules read; a transition returns a patch of them. */
export interface Dossier {
  kind: DossierKind;
  state: DossierState;
  provinceCode: string;
  communeCode: string;
  /** Tourism services send no samples (Art. 6.2.d). */
  tourism: boolean;
  /** Art. 6.1: Form 01 (registration) and Form 02 (self-assessment report) attached. */
  forms: { form01: boolean; form02: boolean };
  /** Art. 6.2.d: 5 samples, except tourism. */
  samples: number;
  /** Upgrade / re-evaluation: the product's current certificate (Art. 6.1.b–c). */
  baseCertificate: CertificateFacts | null;
  /** Upgrade: what changed since recognition (6.1.b); re-evaluation: what was updated (6.1.c). */
  changes: string[];
  submittedOn: IsoDate | null;
  /** Art. 12.3: a re-evaluation filed after the window closed, before expiry. */
  lateReevaluation: boolean;
  receiptNumber: string | null;
  receivedOn: IsoDate | null;
  communeDueOn: IsoDate | null;
  forwardedOn: IsoDate | null;
  /** The day the province (or, for a 5★ re-evaluation, the Ministry) has the complete dossier. */
  completeOn: IsoDate | null;
  /** Art. 7.6.g: 45 days from completeOn. */
  reevaluationDueOn: IsoDate | null;
  roundId: string | null;
  roundFinishBy: IsoDate | null;
  fieldVisitOn: IsoDate | null;
  advisoryReportOn: IsoDate | null;
  councilMode: CouncilMode | null;
  /** The latest council result (province, then the centre's). */
  outcome: Outcome | null;
  /** The province's proposal to the Ministry (Art. 5.2 cut-offs). */
  proposedOn: IsoDate | null;
  centralRoundId: string | null;
  centralRoundFinishBy: IsoDate | null;
  /** The last decision recorded: approval (≥ 90) or recognition. */
  decision: { number: string; date: IsoDate } | null;
  lastActionOn: IsoDate | null;
}

export function newDossier(init: Pick<Dossier, 'kind' | 'provinceCode' | 'communeCode'> & Partial<Dossier>): Dossier {
  return {
    state: 'draft',
    tourism: false,
    forms: { form01: false, form02: false },
    samples: 0,
    baseCertificate: null,
    changes: [],
    submittedOn: null,
    lateReevaluation: false,
    receiptNumber: null,
    receivedOn: null,
    communeDueOn: null,
    forwardedOn: null,
    completeOn: null,
    reevaluationDueOn: null,
    roundId: null,
    roundFinishBy: null,
    fieldVisitOn: null,
    advisoryReportOn: null,
    councilMode: null,
    outcome: null,
    proposedOn: null,
    centralRoundId: null,
    centralRoundFinishBy: null,
    decision: null,
    lastActionOn: null,
    ...init,
  };
}

export interface Actor {
  role: Role;
  id?: string;
}

/** Form 03 (Appendix III) sections II.1–4 and the commune's letter to the province (Art. 7.2.b). */
export interface CommuneReport {
  localMaterials: string;
  localLabour: string;
  ideaOrigin: string;
  localIdentity: string;
  letterNumber: string;
}

export interface TransitionContext {
  /** The day of the act. */
  on: IsoDate;
  /** Needed where working days count (receipt, Art. 7.2); optional elsewhere (BLDS 148.5 roll-over). */
  calendar?: Calendar;
  reason?: string;
  receiptNumber?: string;
  communeReport?: CommuneReport;
  round?: EvaluationRound;
  /** Art. 7.6.c: a re-evaluation visit needs a ground. */
  fieldVisit?: { ground: 'scale_changed' | 'evidence_unclear' | null };
  advisoryReport?: { reference: string };
  /** The council session's state for this dossier (council.ts dossierScoring). */
  scoring?: { allSubmitted: boolean; spreadFlag: boolean; flagAcceptedReason?: string };
  /** The council's result as classified by council.ts classifyOutcome. */
  outcome?: Outcome;
  decision?: { number: string; date: IsoDate };
}

export const REQUIREMENTS = [
  'reason',
  'forms',
  'filing_basis',
  'receipt',
  'commune_report',
  'samples',
  'round',
  'central_round',
  'field_visit_ground',
  'advisory_report',
  'written_mode',
  'scores_complete',
  'spread_flag',
  'meeting_if_divergent',
  'flag_resolved',
  'province_result',
  'central_result',
  'outcome_rejected',
  'outcome_result_notice',
  'outcome_certify_province',
  'outcome_forward_central',
  'outcome_certify_central',
  'outcome_below_five',
  'decision',
  'five_star_reevaluation',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface TransitionRow {
  from: DossierState;
  to: DossierState;
  action: DossierAction;
  roles: readonly Role[];
  article: string;
  /** Only for these dossier kinds (default: all). */
  kinds?: readonly DossierKind[];
  requires?: readonly Requirement[];
}

export type Recipient = 'producer' | 'commune' | 'province_office' | 'advisory_team' | 'council' | 'ministry_office';
export type DeadlineKind = 'commune_review' | 'reevaluation_completion' | 'round' | 'central_round' | 'transition';

export type Effect =
  | { type: 'notify'; to: Recipient[]; about: DossierAction; reason?: string }
  | { type: 'deadline_started'; deadline: DeadlineKind; dueOn: IsoDate; article: string; message: Message }
  | { type: 'deadline_missed'; deadline: DeadlineKind; dueOn: IsoDate; article: string; message: Message }
  | { type: 'warning'; message: Message }
  | {
      type: 'issue_certificate';
      issuer: 'province' | 'ministry';
      star: 3 | 4 | 5;
      decision: { number: string; date: IsoDate };
      expiresOn: IsoDate;
      supersedes: string | null;
    }
  | { type: 'certificate_extended'; certificate: string; until: IsoDate; article: string };

export type FailureCode =
  | 'unknown_action'
  | 'wrong_state'
  | 'wrong_kind'
  | 'wrong_role'
  | 'invalid_date'
  | 'date_out_of_order'
  | 'missing_reason'
  | 'missing_forms'
  | 'missing_certificate'
  | 'certificate_not_in_force'
  | 'cannot_upgrade_five_star'
  | 'missing_changes'
  | 'reevaluation_too_early'
  | 'reevaluation_too_late'
  | 'certificate_expired'
  | 'missing_receipt'
  | 'invalid_receipt'
  | 'receipt_mismatch'
  | 'missing_calendar'
  | 'missing_commune_report'
  | 'missing_samples'
  | 'missing_round'
  | 'round_refused'
  | 'missing_field_visit_ground'
  | 'missing_advisory_report'
  | 'not_written_mode'
  | 'scores_incomplete'
  | 'no_spread_flag'
  | 'spread_unresolved'
  | 'missing_outcome'
  | 'wrong_outcome_level'
  | 'wrong_outcome'
  | 'not_an_upgrade'
  | 'missing_decision'
  | 'invalid_decision'
  | 'decision_after_act'
  | 'not_five_star'
  | 'meeting_required';

export type TransitionResult =
  | {
      ok: true;
      from: DossierState;
      to: DossierState;
      action: DossierAction;
      article: string;
      patch: Partial<Dossier>;
      effects: Effect[];
    }
  | { ok: false; code: FailureCode; message: Message };

export type Failure = Extract<TransitionResult, { ok: false }>;
