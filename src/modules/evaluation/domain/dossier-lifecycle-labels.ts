// Words for people (vi first, en second) for every state and action of the dossier lifecycle, the work queues each
// role sees, and the overdue check behind the "Quá hạn" queue.
import type { Message } from '../../../platform/errors.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { formatDateVi, type Calendar, type IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026 } from './deadline-rules.ts';
import { transitionForPendingDossier } from './deadline-transition.ts';
import {
  TERMINAL_STATES,
  type DeadlineKind,
  type Dossier,
  type DossierAction,
  type DossierState,
} from './dossier-lifecycle-model.ts';
import { articleVi } from '../../reference/index.ts';

const v = formatDateVi;

export const STATE_LABELS: Record<DossierState, Message> = {
  draft: { vi: 'Hồ sơ nháp', en: 'Draft' },
  submitted: { vi: 'Đã nộp, chờ UBND cấp xã tiếp nhận', en: "Filed, awaiting the commune's receipt" },
  commune_received: { vi: 'UBND cấp xã đã tiếp nhận, đang đánh giá', en: 'Received by the commune, under review' },
  commune_returned: { vi: 'UBND cấp xã trả lại để hoàn thiện', en: 'Returned by the commune for completion' },
  forwarded: { vi: 'Đã gửi UBND cấp tỉnh, chờ kiểm tra', en: 'Forwarded to the province, awaiting its check' },
  province_incomplete: { vi: 'Cấp tỉnh yêu cầu hoàn thiện hồ sơ', en: 'The province asked for completion' },
  province_accepted: { vi: 'Hồ sơ hợp lệ, chờ xếp đợt đánh giá', en: 'Accepted by the province, awaiting a round' },
  in_round: { vi: 'Đã xếp vào đợt đánh giá', en: 'Assigned to an evaluation round' },
  advisory_review: { vi: 'Tổ tư vấn đang đánh giá hồ sơ', en: 'Under advisory review' },
  advisory_supplement: { vi: 'Tổ tư vấn đề xuất bổ sung hồ sơ', en: 'The advisory team asked for more documents' },
  council_scoring: { vi: 'Hội đồng đang chấm điểm', en: 'Council scoring' },
  council_rescoring: { vi: 'Hội đồng thảo luận, chấm lại do chênh lệch điểm', en: 'Council re-scoring after a spread' },
  council_closed: { vi: 'Hội đồng đã có kết quả, chờ quyết định', en: 'Council result, awaiting a decision' },
  result_notice: { vi: 'Đã thông báo kết quả, không cấp giấy chứng nhận', en: 'Result notified, no certificate' },
  province_certified: {
    vi: 'UBND cấp tỉnh công nhận, cấp giấy chứng nhận',
    en: 'Recognised and certified by the province',
  },
  sent_to_ministry: {
    vi: 'Đã đề nghị Bộ Nông nghiệp và Môi trường đánh giá 5 sao',
    en: 'Proposed to the Ministry for 5★',
  },
  ministry_received: { vi: 'Bộ đã tiếp nhận hồ sơ', en: 'Received by the Ministry' },
  ministry_council: { vi: 'Hội đồng cấp trung ương đánh giá', en: 'Before the central council' },
  ministry_not_5_star: { vi: 'Không đạt 5 sao, UBND cấp tỉnh xem xét', en: 'Not 5★, back to the province' },
  ministry_certified: { vi: 'Bộ công nhận sản phẩm OCOP 5 sao', en: 'Recognised 5★ by the Ministry' },
  withdrawn: { vi: 'Chủ thể đã rút hồ sơ', en: 'Withdrawn by the producer' },
  rejected: { vi: 'Hồ sơ bị loại', en: 'Disqualified' },
};

export const ACTION_LABELS: Record<DossierAction, Message> = {
  submit: { vi: 'Nộp hồ sơ', en: 'File the dossier' },
  receive: { vi: 'Tiếp nhận hồ sơ, cấp phiếu tiếp nhận', en: 'Receive and issue a receipt' },
  return_to_producer: { vi: 'Trả hồ sơ để hoàn thiện', en: 'Return for completion' },
  resubmit: { vi: 'Nộp lại hồ sơ', en: 'File again' },
  forward: {
    vi: 'Gửi UBND cấp tỉnh (Mẫu số 03 và văn bản đề nghị)',
    en: 'Forward to the province (Form 03 and letter)',
  },
  request_supplement: { vi: 'Yêu cầu hoàn thiện hồ sơ', en: 'Ask for completion' },
  submit_supplement: { vi: 'Gửi hồ sơ bổ sung', en: 'Send the supplement' },
  accept: { vi: 'Xác nhận hồ sơ đầy đủ', en: 'Accept as complete' },
  reject: { vi: 'Loại hồ sơ', en: 'Disqualify' },
  assign_round: { vi: 'Xếp vào đợt đánh giá', en: 'Assign to a round' },
  start_review: { vi: 'Chuyển đánh giá hồ sơ', en: 'Start the dossier review' },
  request_advisory_supplement: { vi: 'Đề xuất bổ sung hồ sơ', en: 'Ask for more documents' },
  record_field_visit: { vi: 'Ghi nhận khảo sát thực tế', en: 'Record a field visit' },
  submit_advisory_report: {
    vi: 'Gửi báo cáo đánh giá cho Chủ tịch Hội đồng',
    en: 'Send the review report to the council chair',
  },
  convene_meeting: { vi: 'Tổ chức họp trực tiếp', en: 'Convene a meeting' },
  flag_divergence: { vi: 'Đưa ra thảo luận do chênh lệch điểm', en: 'Put to discussion (score spread)' },
  close_scoring: { vi: 'Kết thúc chấm điểm, thông qua kết quả', en: 'Close scoring and adopt the result' },
  issue_result_notice: { vi: 'Thông báo kết quả đánh giá', en: 'Notify the result' },
  certify_province: {
    vi: 'Ghi nhận quyết định công nhận của Chủ tịch UBND cấp tỉnh',
    en: "Record the province chair's recognition decision",
  },
  send_to_ministry: { vi: 'Đề nghị Bộ đánh giá, phân hạng 5 sao', en: 'Propose to the Ministry for 5★' },
  receive_at_ministry: { vi: 'Bộ tiếp nhận hồ sơ', en: 'Receive at the Ministry' },
  open_central_council: { vi: 'Đưa ra Hội đồng cấp trung ương', en: 'Put before the central council' },
  certify_ministry: {
    vi: 'Ghi nhận quyết định công nhận 5 sao của Bộ trưởng',
    en: "Record the Minister's 5★ decision",
  },
  record_central_result: { vi: 'Ghi nhận kết quả không đạt 5 sao', en: 'Record a central result below 5★' },
  reassess_at_province: { vi: 'Tổ chức đánh giá lại tại cấp tỉnh', en: 'Evaluate again at the province' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
};

// ---- overdue ----

export interface OverdueItem {
  deadline: DeadlineKind;
  dueOn: IsoDate;
  article: string;
  message: Message;
}

const ROUND_STATES: readonly DossierState[] = [
  'in_round',
  'advisory_review',
  'advisory_supplement',
  'council_scoring',
  'council_rescoring',
  'council_closed',
];
const isTerminal = (s: DossierState) => (TERMINAL_STATES as readonly DossierState[]).includes(s);

/** What the overdue check reads of a dossier (a count over many dossiers reads only these). */
export type OverdueFacts = Pick<
  Dossier,
  'state' | 'kind' | 'communeDueOn' | 'reevaluationDueOn' | 'roundFinishBy' | 'centralRoundFinishBy' | 'submittedOn'
>;

/** The deadlines a dossier has missed on `today` (each past its last day, still open). */
export function overdueDeadlines(d: OverdueFacts, today: IsoDate, calendar?: Calendar): OverdueItem[] {
  const out: OverdueItem[] = [];
  const late = (deadline: DeadlineKind, dueOn: IsoDate, article: string, what: Message) =>
    out.push({
      deadline,
      dueOn,
      article,
      message: {
        vi: `Quá hạn ${what.vi}: hạn chót ${v(dueOn)} (${articleVi(article)}).`,
        en: `Overdue ${what.en}: due ${dueOn} (${article}).`,
      },
    });
  if (isTerminal(d.state)) return out;
  if (d.state === 'commune_received' && d.communeDueOn && today > d.communeDueOn) {
    late('commune_review', d.communeDueOn, 'Art. 7.2', { vi: 'UBND cấp xã đánh giá, gửi hồ sơ', en: 'commune review' });
  }
  if (d.kind === 'reevaluation' && d.reevaluationDueOn && today > d.reevaluationDueOn) {
    late('reevaluation_completion', d.reevaluationDueOn, 'Art. 7.6.g', {
      vi: 'đánh giá, phân hạng lại (45 ngày)',
      en: 're-evaluation (45 days)',
    });
  }
  if (ROUND_STATES.includes(d.state) && d.roundFinishBy && today > d.roundFinishBy) {
    late('round', d.roundFinishBy, 'Art. 5.1', { vi: 'đợt đánh giá cấp tỉnh', en: 'provincial round' });
  }
  if (d.state === 'ministry_council' && d.centralRoundFinishBy && today > d.centralRoundFinishBy) {
    late('central_round', d.centralRoundFinishBy, 'Art. 5.2', {
      vi: 'đợt đánh giá cấp trung ương',
      en: 'national round',
    });
  }
  if (d.submittedOn && d.submittedOn < DEADLINES_26_2026.inForceFrom) {
    const t = transitionForPendingDossier(d.submittedOn, d.kind, calendar);
    if (t.transitional && today > t.dueOn)
      late('transition', t.dueOn, t.article, {
        vi: 'hồ sơ chuyển tiếp theo quy định giai đoạn 2021–2025',
        en: 'transitional dossier under the 2021–2025 rules',
      });
  }
  return out;
}

// ---- work queues ----

export interface WorkQueue {
  id: string;
  label: Message;
  states: readonly DossierState[];
  /** The "Quá hạn" queue: the role's other states, only dossiers with an overdue deadline. */
  overdueOnly?: boolean;
}

const q = (id: string, vi: string, en: string, states: DossierState[]): WorkQueue => ({
  id,
  label: { vi, en },
  states,
});
const SCORING = q('scoring', 'Hồ sơ chờ chấm điểm', 'Awaiting scoring', ['council_scoring', 'council_rescoring']);

/** The queues of each role; a state is in a role's queue when the role has work to do on it (tested). */
export const QUEUES: Record<Role, readonly WorkQueue[]> = {
  producer: [
    q('drafts', 'Hồ sơ đang soạn', 'Drafts', ['draft']),
    q('to_complete', 'Hồ sơ cần hoàn thiện, bổ sung', 'To complete or supplement', [
      'commune_returned',
      'province_incomplete',
      'advisory_supplement',
    ]),
  ],
  commune_officer: [
    q('to_receive', 'Hồ sơ chờ xã tiếp nhận', "Awaiting the commune's receipt", ['submitted']),
    q('to_confirm', 'Hồ sơ chờ xã xác nhận', "Awaiting the commune's assessment", ['commune_received']),
    q('to_supplement', 'Hồ sơ cần bổ sung theo yêu cầu của tỉnh', 'Supplements asked by the province', [
      'province_incomplete',
      'advisory_supplement',
    ]),
    // Paper filings the officer enters for a producer (Art. 7.1); the data layer lists only those the officer created.
    q('paper_filings', 'Hồ sơ giấy đang nhập hộ chủ thể', 'Paper dossiers entered for producers', [
      'draft',
      'commune_returned',
    ]),
  ],
  province_office: [
    q('to_check', 'Hồ sơ chờ tỉnh kiểm tra', "Awaiting the province's check", ['forwarded']),
    q('to_assign', 'Hồ sơ chờ xếp đợt đánh giá', 'Awaiting a round', ['province_accepted']),
    q('to_review', 'Hồ sơ chờ tổ tư vấn', 'Awaiting the advisory review', ['in_round', 'advisory_review']),
    { ...SCORING, label: { vi: 'Hội đồng đang chấm điểm', en: 'Council scoring' } },
    q('to_decide', 'Hồ sơ chờ quyết định, thông báo kết quả', 'Awaiting a decision or notice', [
      'council_closed',
      'ministry_not_5_star',
    ]),
  ],
  advisory_member: [q('to_review', 'Hồ sơ chờ tổ tư vấn', 'Awaiting the advisory review', ['advisory_review'])],
  province_council_chair: [SCORING],
  province_council_member: [SCORING],
  ministry_office: [
    q('to_receive', 'Hồ sơ đề nghị 5 sao chờ Bộ tiếp nhận', '5★ proposals to receive', ['sent_to_ministry']),
    q('to_council', 'Hồ sơ chờ Hội đồng cấp trung ương', 'Awaiting the central council', [
      'ministry_received',
      'ministry_council',
    ]),
  ],
  central_council_member: [q('scoring', 'Hồ sơ chờ chấm điểm', 'Awaiting scoring', ['ministry_council'])],
  admin: [],
};

/** A role's queues, plus "Quá hạn" over all of them when it has any. */
export function queueFor(role: Role): WorkQueue[] {
  const queues = [...QUEUES[role]];
  if (!queues.length) return queues;
  const states = [...new Set(queues.flatMap((x) => x.states))];
  return [...queues, { id: 'overdue', label: { vi: 'Hồ sơ quá hạn', en: 'Overdue' }, states, overdueOnly: true }];
}

/** Whether a dossier belongs in a queue on `today`. */
export function inQueue(queue: WorkQueue, d: Dossier, today: IsoDate, calendar?: Calendar): boolean {
  if (!queue.states.includes(d.state)) return false;
  return !queue.overdueOnly || overdueDeadlines(d, today, calendar).length > 0;
}
