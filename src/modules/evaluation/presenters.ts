// Presenters: the whitelisted fields of dossiers, rounds, councils, scorecards and decisions that leave the
// server (and go into audit rows). No table row goes out as it is.
import type { PolicyEntry } from './domain/council-policies.ts';
import type { Message } from '../../platform/errors.ts';
import type { Role } from '../../platform/auth/roles.ts';
import {
  type Calendar,
  type IsoDate,
  addDays,
  defaultedHolidayNote,
  defaultedHolidaysBetween,
} from '../reference/index.ts';
import {
  ACTION_LABELS,
  STATE_LABELS,
  offeredActions,
  type OfferWorld,
  isTerminal,
  rowFor,
  overdueDeadlines,
  type DeadlineKind,
  type Dossier,
  type DossierAction,
  type DossierKind,
  type DossierState,
} from './domain/dossier-lifecycle.ts';
import { needsOf } from './dossier-actions.ts';
import { editableForms, PRODUCER_EDITABLE } from './domain/form-editing.ts';
import { evaluationPolicy, formSidesOf } from './policy.ts';
import { OUTCOME_LABELS, type Outcome } from './domain/council.ts';
import { roundLabel } from './domain/rounds.ts';
import { provinceRoundFor } from './domain/deadline-rounds.ts';
import type { ScoreResult } from '../criteria/index.ts';
import type {
  AdvisoryReportRow,
  CouncilMemberRow,
  CouncilRow,
  DecisionRow,
  DossierRow,
  RoundRow,
  ScorecardRow,
} from './data/schema.ts';
import type { EvidenceRow } from './data/evidence-store.ts';
import { parseDossierFacts } from './domain/dossier-facts.ts';
import { DEADLINES_26_2026 } from './domain/deadline-rules.ts';

export const KIND_LABELS: Record<DossierKind, Message> = {
  first: { vi: 'Đánh giá lần đầu', en: 'First evaluation' },
  upgrade: { vi: 'Đánh giá nâng hạng', en: 'Upgrade' },
  reevaluation: { vi: 'Đánh giá lại', en: 'Re-evaluation' },
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The domain facts of a dossier, field by field (the contract of dossier-lifecycle-model.ts `Dossier`). */
export function presentFacts(d: Dossier) {
  return {
    kind: d.kind,
    state: d.state,
    provinceCode: d.provinceCode,
    communeCode: d.communeCode,
    tourism: d.tourism,
    forms: { form01: d.forms.form01, form02: d.forms.form02 },
    samples: d.samples,
    baseCertificate: d.baseCertificate
      ? {
          number: d.baseCertificate.number,
          star: d.baseCertificate.star,
          issuedOn: d.baseCertificate.issuedOn,
          expiresOnPerDecision: d.baseCertificate.expiresOnPerDecision ?? null,
        }
      : null,
    changes: [...d.changes],
    submittedOn: d.submittedOn,
    lateReevaluation: d.lateReevaluation,
    receiptNumber: d.receiptNumber,
    receivedOn: d.receivedOn,
    communeDueOn: d.communeDueOn,
    forwardedOn: d.forwardedOn,
    completeOn: d.completeOn,
    reevaluationDueOn: d.reevaluationDueOn,
    roundId: d.roundId,
    roundFinishBy: d.roundFinishBy,
    fieldVisitOn: d.fieldVisitOn,
    advisoryReportOn: d.advisoryReportOn,
    councilMode: d.councilMode,
    outcome: d.outcome ? presentOutcome(d.outcome) : null,
    proposedOn: d.proposedOn,
    centralRoundId: d.centralRoundId,
    centralRoundFinishBy: d.centralRoundFinishBy,
    decision: d.decision ? { number: d.decision.number, date: d.decision.date } : null,
    lastActionOn: d.lastActionOn,
  };
}
export type PublicFacts = ReturnType<typeof presentFacts>;

export function presentOutcome(o: Outcome) {
  return {
    kind: o.kind,
    level: o.level,
    star: o.star,
    ...('by' in o ? { by: o.by } : {}),
    ...('to' in o ? { to: o.to } : {}),
    ...('reasons' in o ? { reasons: [...o.reasons] } : {}),
    label: OUTCOME_LABELS[o.kind],
  };
}

const ROUND_STATES: readonly DossierState[] = [
  'in_round',
  'advisory_review',
  'advisory_supplement',
  'council_scoring',
  'council_rescoring',
  'council_closed',
];
/** The province office's check (Art. 7.3.a), before the dossier is in a round. */
const PROVINCE_CHECK: readonly DossierState[] = ['forwarded', 'province_incomplete', 'province_accepted'];
const DEADLINE_LABELS: Record<DeadlineKind, Message> = {
  commune_review: { vi: 'UBND cấp xã đánh giá, gửi hồ sơ (15 ngày làm việc)', en: 'Commune review (15 working days)' },
  reevaluation_completion: { vi: 'Hoàn thành đánh giá lại (45 ngày)', en: 'Finish the re-evaluation (45 days)' },
  round: { vi: 'Hoàn thành đợt đánh giá cấp tỉnh', en: 'Finish the provincial round' },
  central_round: { vi: 'Hoàn thành đợt đánh giá cấp trung ương', en: 'Finish the national round' },
  transition: { vi: 'Hoàn thành hồ sơ chuyển tiếp', en: 'Finish the transitional dossier' },
};

/**
 * The note {vi, en} for a due date counted over holidays whose days are still the Labour Code default (no government
 * announcement recorded, e.g. Tết 2027): the commune's 15 working days over (receivedOn, dueOn]; a calendar-day
 * deadline rolled to a working day only at its last day. Null when every holiday in reach is announced, or without a
 * calendar.
 */
export function dueDateHolidayNote(
  dueOn: IsoDate | null,
  countedFrom: IsoDate | null,
  calendar?: Calendar,
): Message | null {
  if (!calendar || !dueOn) return null;
  try {
    return defaultedHolidayNote(defaultedHolidaysBetween(countedFrom ?? addDays(dueOn, -1), dueOn, calendar));
  } catch {
    return null; // not a date: say nothing rather than fail the read
  }
}

type RunningDeadline = {
  kind: DeadlineKind | 'province_round';
  dueOn: IsoDate;
  article: string;
  label: Message;
  holidayNote: Message | null;
};

/** The deadlines running on the dossier now (each with its article, and a note when it rests on defaulted holidays). */
export function runningDeadlines(d: Dossier, calendar?: Calendar): RunningDeadline[] {
  if (isTerminal(d.state)) return [];
  const out: RunningDeadline[] = [];
  const add = (kind: DeadlineKind, dueOn: IsoDate, article: string, holidayNote: Message | null = null) =>
    out.push({ kind, dueOn, article, label: DEADLINE_LABELS[kind], holidayNote });
  if (d.state === 'commune_received' && d.communeDueOn)
    add('commune_review', d.communeDueOn, 'Art. 7.2', dueDateHolidayNote(d.communeDueOn, d.receivedOn, calendar));
  if (d.kind === 'reevaluation' && d.reevaluationDueOn)
    add(
      'reevaluation_completion',
      d.reevaluationDueOn,
      'Art. 7.6.g',
      dueDateHolidayNote(d.reevaluationDueOn, null, calendar),
    );
  // Art. 7.3.a sets no time of its own for the province's check: what binds it is the round the dossier belongs to by
  // the day the commune forwarded it (Art. 5.1: before 30/4 → evaluated before 30/6; before 30/10 → before 30/12).
  // A re-evaluation runs on its own 45 days (Art. 7.6.g, above).
  if (PROVINCE_CHECK.includes(d.state) && d.forwardedOn && d.kind !== 'reevaluation') {
    const r = provinceRoundFor(d.forwardedOn);
    out.push({
      kind: 'province_round',
      dueOn: r.lastDay,
      article: r.article,
      label: {
        vi: `Tỉnh kiểm tra, đánh giá trong đợt ${r.round}/${r.year} (khoản 1 Điều 5)`,
        en: `Province check and evaluation in round ${r.round}/${r.year} (Art. 5.1)`,
      },
      holidayNote: null,
    });
  }
  if (ROUND_STATES.includes(d.state) && d.roundFinishBy) add('round', d.roundFinishBy, 'Art. 5.1');
  if (d.state === 'ministry_council' && d.centralRoundFinishBy)
    add('central_round', d.centralRoundFinishBy, 'Art. 5.2');
  return out;
}

interface SelfAssessmentSummary {
  total: number;
  parts: Record<string, number>;
  band: number;
  star: number | null;
  certifiable: boolean;
  disqualified: boolean;
  outcome: ScoreResult['outcome'];
  knockouts: { id: string; kind: string; text: string }[];
  blocking: { criterion: string; star: number; requiredPoints: number; actualPoints: number }[];
}

export function presentSelfAssessment(s: unknown): SelfAssessmentSummary | null {
  if (!s || typeof s !== 'object') return null;
  const r = s as ScoreResult;
  return {
    total: r.total,
    parts: { ...r.parts },
    band: r.band,
    star: r.star,
    certifiable: r.certifiable,
    disqualified: r.disqualified,
    // Results stored before knock-outs were applied have no outcome: they were ranked unless disqualified.
    outcome: r.outcome ?? (r.disqualified ? 'excluded' : 'ranked'),
    knockouts: (r.knockouts ?? []).map((k) => ({ id: k.id, kind: k.kind, text: k.text })),
    blocking: (r.blocking ?? []).map((b) => ({
      criterion: b.criterion,
      star: b.star,
      requiredPoints: b.requiredPoints,
      actualPoints: b.actualPoints,
    })),
  };
}

/** Where a council's scoring of a dossier stands for a member of that council (the scoring list's columns). */
export interface ScoringProgress {
  councilId: string;
  /** Whether the viewer scores in this council (a chair who does not score only follows). */
  scorer: boolean;
  memberCount: number;
  submittedCount: number;
  /** The viewer's own card: null when the viewer does not score. */
  own: 'none' | 'draft' | 'submitted' | null;
  ownTotal: number | null;
}

/** A dossier in a list; `scoring` only for a viewer who sits on one of its councils. */
export function presentDossierSummary(
  row: DossierRow,
  today: IsoDate,
  calendar?: Calendar,
  scoring: ScoringProgress | null = null,
) {
  const d = parseDossierFacts(row.facts);
  const state = row.state as DossierState;
  return {
    id: row.id,
    kind: row.kind as DossierKind,
    kindLabel: KIND_LABELS[row.kind as DossierKind],
    state,
    stateLabel: STATE_LABELS[state],
    provinceCode: row.provinceCode,
    communeCode: row.communeCode,
    producerId: row.producerId,
    producerName: row.producerName,
    productId: row.productId,
    productName: row.productName,
    setNo: row.setNo,
    ruleSet: row.ruleSet,
    year: row.year,
    receiptNo: row.receiptNo,
    submittedOn: row.submittedOn,
    receivedOn: row.receivedOn,
    communeDueOn: row.communeDueOn,
    /** Set when communeDueOn is counted over holidays whose days are the Labour Code default (no announcement). */
    communeDueOnNote: dueDateHolidayNote(row.communeDueOn, row.receivedOn, calendar),
    forwardedOn: row.forwardedOn,
    proposedOn: row.proposedOn,
    roundId: row.roundId,
    councilId: row.councilId,
    centralCouncilId: row.centralCouncilId,
    scoring,
    finalPoints: row.finalPoints,
    finalStar: row.finalStar,
    overdue: overdueDeadlines(d, today, calendar).length > 0,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PublicDossierSummary = ReturnType<typeof presentDossierSummary>;

/** One dossier: its facts, what the caller may do next, its deadlines and what is overdue. */
/** `world`: what the offered steps stand on beyond the facts (commands/offer-world.ts); left out, they are not judged. */
export function presentDossier(
  row: DossierRow,
  viewer: { role: Role },
  today: IsoDate,
  calendar?: Calendar,
  world?: OfferWorld,
) {
  const d = parseDossierFacts(row.facts);
  // Only the steps that can apply now (dossier-lifecycle.ts offeredActions); the server still checks each.
  const actions: DossierAction[] = offeredActions(d, viewer.role, today, world);
  return {
    ...presentDossierSummary(row, today, calendar),
    previousCertificateId: row.previousCertificateId,
    completeOn: row.completeOn,
    acceptedOn: row.acceptedOn,
    lastReason: row.lastReason,
    forms: { form01: row.form01 !== null, form02: row.form02 !== null, form03: row.form03 !== null },
    selfAssessment: presentSelfAssessment(row.selfAssessment),
    facts: presentFacts(d),
    // What each step's dialog asks for (dossier-actions.ts), from the row the step takes from this state.
    availableActions: actions.map((action) => ({
      action,
      label: ACTION_LABELS[action],
      needs: needsOf(rowFor(d.state, action)!, viewer.role),
    })),
    // The same rule the save and upload use cases apply (domain/form-editing.ts), for the viewer's role.
    editableForms: editableForms(row.state as DossierState, formSidesOf(viewer.role)),
    mayUploadEvidence:
      evaluationPolicy.table['dossiers.evidence.upload'].includes(viewer.role) &&
      PRODUCER_EDITABLE.includes(row.state as DossierState),
    deadlines: runningDeadlines(d, calendar),
    // Art. 7.2: the commune's time from receipt, told to the producer on filing (what happens next).
    communeReview: DEADLINES_26_2026.communeReview,
    overdueItems: overdueDeadlines(d, today, calendar).map((o) => ({
      deadline: o.deadline,
      dueOn: o.dueOn,
      article: o.article,
      message: o.message,
    })),
  };
}
export type PublicDossier = ReturnType<typeof presentDossier>;

export function presentEvidence(e: EvidenceRow) {
  return {
    id: e.id,
    dossierId: e.dossierId,
    criterionCode: e.criterionCode,
    name: e.name,
    note: e.note,
    mime: e.mime,
    size: e.size,
    uploadedBy: e.uploadedBy,
    uploadedAt: e.uploadedAt.toISOString(),
  };
}
export type PublicEvidence = ReturnType<typeof presentEvidence>;

// ---- rounds, councils, scorecards ----

export function presentRound(r: RoundRow) {
  const extra = r.extra ? { councilRulesDecision: r.basis ?? '', planReference: r.planReference ?? '' } : null;
  const label = roundLabel({ level: r.level as 'province' | 'central', number: r.number, year: r.year, extra });
  return {
    id: r.id,
    level: r.level as 'province' | 'central',
    provinceCode: r.provinceCode,
    year: r.year,
    number: r.number,
    cutoff: r.cutoffOn,
    finishBy: addDays(r.finishBefore, -1),
    extra,
    status: r.status,
    label,
    createdAt: r.createdAt.toISOString(),
  };
}
export type PublicRound = ReturnType<typeof presentRound>;

/** A council policy as people see it: "quy định của Hội đồng", with what the law says and where the value comes from. */
export function presentPolicyEntry(e: PolicyEntry) {
  return {
    key: e.key,
    value: e.value,
    defaultValue: e.defaultValue,
    source: e.source,
    label: { ...e.label },
    law: { ...e.law },
    valueLabel: e.valueLabel ? { ...e.valueLabel } : null,
  };
}

export function presentCouncil(
  c: CouncilRow,
  members: (CouncilMemberRow & { displayName: string })[],
  policies: PolicyEntry[],
) {
  return {
    id: c.id,
    roundId: c.roundId,
    level: c.level as 'province' | 'central',
    provinceCode: c.provinceCode,
    decisionNo: c.decisionNo,
    decisionDate: c.decisionDate,
    status: c.status,
    spreadThreshold: c.spreadThreshold,
    chairScores: c.chairScores,
    hasFoodSafetyDepartment: c.hasFoodSafetyDepartment,
    chairDelegation: c.chairDelegation,
    advisoryLeaderId: c.advisoryLeaderId,
    members: members.map((m) => ({
      userId: m.userId,
      displayName: m.displayName,
      position: m.position,
      seat: m.seat,
      agency: m.agency,
    })),
    policies: policies.map(presentPolicyEntry),
    createdAt: c.createdAt.toISOString(),
  };
}
export type PublicCouncil = ReturnType<typeof presentCouncil>;

export function presentAdvisoryReport(r: AdvisoryReportRow) {
  return {
    id: r.id,
    councilId: r.councilId,
    dossierId: r.dossierId,
    authorId: r.authorId,
    reference: r.reference,
    content: r.content,
    fieldVisit: r.fieldVisit,
    extraTests: r.extraTests,
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentScorecard(s: ScorecardRow) {
  return {
    id: s.id,
    councilId: s.councilId,
    dossierId: s.dossierId,
    memberId: s.memberId,
    answers: { ...(s.answers as Record<string, number | boolean | null>) },
    branch: s.branch,
    knockouts: (s.knockouts ?? null) as Record<string, boolean> | null,
    applies: (s.applies ?? null) as Record<string, boolean> | null,
    revision: s.revision,
    total: s.total,
    submitted: s.submittedAt !== null,
    submittedAt: iso(s.submittedAt),
    updatedAt: s.updatedAt.toISOString(),
  };
}
export type PublicScorecard = ReturnType<typeof presentScorecard>;

// ---- results ----

export function presentDecision(d: DecisionRow) {
  return {
    id: d.id,
    level: d.level,
    provinceCode: d.provinceCode,
    kind: d.kind,
    number: d.number,
    signedOn: d.signedOn,
    signer: d.signer,
    councilId: d.councilId,
    createdAt: d.createdAt.toISOString(),
  };
}
export type PublicDecision = ReturnType<typeof presentDecision>;
