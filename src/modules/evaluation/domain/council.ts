// The councils (Hội đồng đánh giá, phân hạng) of Art. 7.3–7.4, 7.6: scorecard visibility, the scoring session, and
// the outcome a council result leads to; composition is in council-composition.ts (re-exported here). Pure: the
// aggregation is the criteria engine's (`aggregate`); this file decides what happens around it.
import type { Message } from '../../../platform/errors.ts';
import { type IsoDate, type RuleSet, getRuleSet } from '../../reference/index.ts';
import {
  aggregate,
  type AggregateResult,
  type ScoreInput,
  type Star,
  type ProductSet,
  type StarBand,
} from '../../criteria/index.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { certifyingLevel, levelsFor, nextLevel, type LevelCode } from './rule-set-for-dossier.ts';
import type { DossierKind } from './deadline-transition.ts';
import { DEFAULT_COUNCIL_POLICY, type CouncilPolicy } from './council-policies.ts';

export { COUNCIL_COMPOSITION, validateAdvisoryTeam, validateCouncil } from './council-composition.ts';
export type {
  CompositionIssue,
  CompositionRule,
  CouncilLevel,
  ProposedCouncil,
  SeatKind,
} from './council-composition.ts';

// ---- scorecard visibility ----

export interface ScoringSession {
  /** Council members who score (the chair too, when the council's rules make the chair score). */
  memberIds: string[];
  /** Member ids whose scorecard for the dossier is submitted. */
  submitted: string[];
  closed: boolean;
}

export type Viewer = { role: Role; memberId?: string | null };

/**
 * What `viewer` may see of the scorecards of one dossier:
 * - before close, a member sees their own; once they have submitted, the others' submitted ones too (so a member
 *   cannot anchor on others' scores, yet the rescoring discussion can compare them);
 * - the chair and the office see who has submitted, not the contents (a chair who also scores is a member for their
 *   own card, and still sees no one else's) — until every scoring member has submitted: then no card can anchor
 *   another, and the chair concludes the meeting (Art. 7.3.d) seeing each member's card, the mean and the spread;
 * - after close, every council role and the office see all; anyone else (producer, commune) sees none here — they
 *   receive the result notice (Art. 7.3.g).
 */
export function scorecardVisibility(
  s: ScoringSession,
  viewer: Viewer,
): { own: boolean; others: 'none' | 'status' | 'all' } {
  const id = viewer.memberId ?? null;
  const isMember = id !== null && s.memberIds.includes(id);
  const councilRoles: Role[] = [
    'province_council_chair',
    'province_council_member',
    'central_council_member',
    'province_office',
    'ministry_office',
  ];
  if (s.closed) return { own: isMember, others: councilRoles.includes(viewer.role) ? 'all' : 'none' };
  if (['province_council_chair', 'province_office', 'ministry_office'].includes(viewer.role)) {
    const allIn = s.memberIds.length > 0 && s.memberIds.every((m) => s.submitted.includes(m));
    return { own: isMember, others: allIn ? 'all' : 'status' };
  }
  if (!isMember || !['province_council_member', 'central_council_member'].includes(viewer.role))
    return { own: false, others: 'none' };
  return { own: true, others: s.submitted.includes(id) ? 'all' : 'none' };
}

/** Whether `viewer` may read `ownerId`'s scorecard (a draft is its owner's alone until submitted). */
export function canSeeScorecard(s: ScoringSession, viewer: Viewer, ownerId: string): boolean {
  const vis = scorecardVisibility(s, viewer);
  if (viewer.memberId === ownerId) return vis.own;
  return vis.others === 'all' && s.submitted.includes(ownerId);
}

// ---- the session ----

export type CouncilMode = 'meeting' | 'written';

/**
 * Art. 7.6.d (and 7.6.e at the centre): a re-evaluation is decided by written opinions; a meeting only when the
 * opinions diverge or the content is complex. First and upgrade evaluations meet (Art. 7.3.d, 7.4.d).
 */
export function councilMode(kind: DossierKind, opts: { divergent?: boolean; complex?: boolean } = {}): CouncilMode {
  if (kind !== 'reevaluation') return 'meeting';
  return opts.divergent || opts.complex ? 'meeting' : 'written';
}

export interface SessionDossier {
  dossierId: string;
  kind: DossierKind;
  /** One entry per member who has submitted: their latest scorecard. */
  scorecards: Record<string, ScoreInput>;
  /** The latest aggregation, when every member had submitted. */
  aggregate?: Pick<AggregateResult, 'mean' | 'spreadFlag' | 'star' | 'disqualified'> | null;
  /** The chair's recorded decision to close despite the spread flag. */
  flagAccepted?: { reason: string; on: IsoDate } | null;
}

export type DossierScoring =
  | { status: 'awaiting'; missing: string[] }
  | { status: 'to_aggregate' }
  | { status: 'flagged'; nextState: 'council_rescoring' }
  | { status: 'agreed' }
  | { status: 'flag_accepted' };

/** Where one dossier stands in the session; an aggregate older than the latest scorecards is for the caller to drop. */
export function dossierScoring(memberIds: readonly string[], d: SessionDossier): DossierScoring {
  const missing = memberIds.filter((m) => !(m in d.scorecards));
  if (missing.length) return { status: 'awaiting', missing };
  if (!d.aggregate) return { status: 'to_aggregate' };
  if (!d.aggregate.spreadFlag) return { status: 'agreed' };
  return d.flagAccepted?.reason.trim()
    ? { status: 'flag_accepted' }
    : { status: 'flagged', nextState: 'council_rescoring' };
}

/**
 * Aggregates a dossier once every member has submitted (engine `aggregate`, mean and spread). A spread above the
 * threshold (default 10 points) sends the dossier to `council_rescoring`: it is discussed (for a re-evaluation, in
 * a meeting now, Art. 7.6.d) and members may revise.
 */
export function aggregateDossier(
  set: ProductSet,
  bands: readonly StarBand[],
  memberIds: readonly string[],
  d: SessionDossier,
  policy: Partial<CouncilPolicy> = {},
):
  | { ok: true; result: AggregateResult; next: 'council_rescoring' | 'ready_to_close'; mode: CouncilMode }
  | { ok: false; missing: string[]; message: Message } {
  const missing = memberIds.filter((m) => !(m in d.scorecards));
  if (missing.length) {
    return {
      ok: false,
      missing,
      message: {
        vi: `Còn ${missing.length} thành viên chưa nộp phiếu chấm.`,
        en: `${missing.length} member(s) have not submitted a scorecard.`,
      },
    };
  }
  const { fiveStarForwarding: _procedure, ...scoring } = policy;
  const result = aggregate(
    set,
    memberIds.map((m) => d.scorecards[m]!),
    bands,
    scoring,
  );
  return {
    ok: true,
    result,
    next: result.spreadFlag ? 'council_rescoring' : 'ready_to_close',
    mode: councilMode(d.kind, { divergent: result.spreadFlag }),
  };
}

/**
 * The chair closes the session only when every dossier is aggregated without an unresolved spread flag — or the
 * chair has recorded a decision (with its reason) to close with the flag.
 */
export function canCloseSession(
  memberIds: readonly string[],
  dossiers: readonly SessionDossier[],
): { ok: true } | { ok: false; blocking: { dossierId: string; status: DossierScoring['status'] }[]; message: Message } {
  const blocking = dossiers
    .map((d) => ({ dossierId: d.dossierId, status: dossierScoring(memberIds, d).status }))
    .filter((b) => b.status === 'awaiting' || b.status === 'to_aggregate' || b.status === 'flagged');
  if (!blocking.length) return { ok: true };
  return {
    ok: false,
    blocking,
    message: {
      vi: `Chưa thể kết thúc phiên: ${blocking.length} hồ sơ chưa đủ phiếu, chưa tổng hợp hoặc còn chênh lệch điểm chưa xử lý.`,
      en: `The session cannot close: ${blocking.length} dossier(s) lack scorecards, are not aggregated, or have an unresolved spread.`,
    },
  };
}

// ---- outcome of a council result ----

export type Outcome =
  | { kind: 'rejected'; level: LevelCode; star: null; reasons: string[] }
  | { kind: 'result_notice'; level: LevelCode; star: Star }
  | { kind: 'certify'; level: LevelCode; star: Star; by: LevelCode }
  | { kind: 'forward'; level: LevelCode; star: Star; to: LevelCode }
  | { kind: 'return'; level: LevelCode; star: Star; to: LevelCode };

export interface CouncilResult {
  /** The members' mean total (engine `mean`). */
  total: number;
  /** The star after marks (engine `star`); null when disqualified. */
  star: Star | null;
  disqualified: boolean;
  disqualifiedReasons?: string[];
}

const RS26 = getRuleSet('26-2026');

/**
 * What a council's result leads to, at `level`, under `ruleSet` on `date` (default: Decision 26/2026):
 * - disqualified ("Hồ sơ bị loại khi …") → rejected;
 * - a star this level recognises → certify here (26/2026 province: 3★/4★, Art. 7.3.e; Ministry: 5★, Art. 7.4.e);
 * - the points to go on (26/2026: a mean ≥ 90, Art. 7.3.e "sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)") →
 *   forward (province → Ministry), whatever the marks; under the council policy fiveStarForwarding
 *   `points-and-marks` only a star above what this level recognises (the 5★ marks met) goes on, and a total ≥ 90
 *   whose 5★ marks are unmet ranks 4★ and stays;
 * - a star a lower level recognises → return there (26/2026 Ministry < 90: the province may certify 3★/4★, 7.4.g);
 * - otherwise (1★/2★) → result notice, no decision, no certificate (Art. 4.1.a).
 */
export function classifyOutcome(
  r: CouncilResult,
  at: { level: LevelCode; ruleSet?: RuleSet; date?: IsoDate; policy?: Pick<CouncilPolicy, 'fiveStarForwarding'> },
): Outcome {
  const ruleSet = at.ruleSet ?? RS26;
  if (!ruleSet) throw new Error('rule set 26-2026 missing from resources/rule-sets.json');
  const date = at.date ?? ruleSet.effectiveFrom;
  const level = at.level;
  if (r.disqualified || r.star === null)
    return { kind: 'rejected', level, star: null, reasons: r.disqualifiedReasons ?? [] };
  const star = r.star;
  const levels = levelsFor(ruleSet, date);
  const here = levels.find((l) => l.level === level);
  if (!here) throw new RangeError(`level ${level} does not act under ${ruleSet.code} on ${date}`);
  const forwarding = at.policy?.fiveStarForwarding ?? DEFAULT_COUNCIL_POLICY.fiveStarForwarding;
  const onPoints = forwarding === 'points' ? nextLevel(ruleSet, date, level, r.total) : null;
  if (onPoints) return { kind: 'forward', level, star, to: onPoints };
  if (here.certifiesStars.includes(star)) return { kind: 'certify', level, star, by: level };
  const higher = here.certifiesStars.length === 0 || star > Math.max(...here.certifiesStars);
  const to = higher ? nextLevel(ruleSet, date, level, r.total) : null;
  if (to) return { kind: 'forward', level, star, to };
  const by = certifyingLevel(ruleSet, date, star);
  if (by && by !== level) return { kind: 'return', level, star, to: by };
  return { kind: 'result_notice', level, star };
}

export const OUTCOME_LABELS: Record<Outcome['kind'], Message> = {
  rejected: { vi: 'Hồ sơ bị loại', en: 'Dossier disqualified' },
  result_notice: { vi: 'Thông báo kết quả (không cấp giấy chứng nhận)', en: 'Result notice (no certificate)' },
  certify: { vi: 'Đề xuất công nhận, cấp giấy chứng nhận', en: 'Propose recognition and a certificate' },
  forward: { vi: 'Đề nghị cấp trên đánh giá, phân hạng', en: 'Propose to the next level' },
  return: {
    vi: 'Cấp dưới xem xét công nhận theo kết quả',
    en: 'Back to the lower level to recognise from this result',
  },
};
