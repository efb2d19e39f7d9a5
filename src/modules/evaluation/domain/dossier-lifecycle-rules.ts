// The checks behind a transition row's `requires`, and what each action writes (patch) and sets off (effects).
// Every check returns null when met, or the refusal with its message; each cites its article.
import type { Message } from '../../../platform/errors.ts';
import { formatDateVi, type IsoDate } from '../../reference/index.ts';
import { communeDeadline, reevaluationCompletionDeadline } from './deadlines.ts';
import { reevaluationFilingVerdict, type DossierKind } from './deadline-transition.ts';
import { certificateStatus, expiryOf, type CertificateFacts } from './certificate.ts';
import { councilMode, OUTCOME_LABELS, type Outcome } from './council.ts';
import { parseReceiptNumber, validateDecisionNumber } from './numbers.ts';
import { checkRoundAssignment } from './rounds.ts';
import type {
  Dossier,
  DossierAction,
  Effect,
  Failure,
  FailureCode,
  Recipient,
  Requirement,
  TransitionContext,
  TransitionRow,
} from './dossier-lifecycle-model.ts';

const v = formatDateVi;
const no = (code: FailureCode, vi: string, en: string): Failure => ({ ok: false, code, message: { vi, en } });
const filled = (s: string | undefined | null) => typeof s === 'string' && s.trim().length > 0;

/** The result a row judges: the one given now (rows requiring province_/central_result) or the stored one. */
function outcomeOf(d: Dossier, ctx: TransitionContext, row: TransitionRow): Outcome | null {
  const given = row.requires?.includes('province_result') || row.requires?.includes('central_result');
  return (given ? ctx.outcome : d.outcome) ?? null;
}

/** Upgrade (Art. 6.1.b, 7.5): a certificate only when the new star is higher than the current one. */
const improves = (d: Dossier, o: Outcome) =>
  d.kind !== 'upgrade' || !d.baseCertificate || (o.star ?? 0) > d.baseCertificate.star;

function wrongOutcome(o: Outcome | null, want: Message): Failure {
  return o
    ? no(
        'wrong_outcome',
        `Kết quả của Hội đồng (${OUTCOME_LABELS[o.kind].vi.toLowerCase()}${o.star ? `, ${o.star} sao` : ''}) không dẫn tới bước này: ${want.vi}.`,
        `The council's result (${OUTCOME_LABELS[o.kind].en.toLowerCase()}${o.star ? `, ${o.star}★` : ''}) does not lead here: ${want.en}.`,
      )
    : no('missing_outcome', 'Chưa có kết quả đánh giá của Hội đồng.', 'There is no council result yet.');
}

/** Art. 6.1 and 7.6.a: what a filing must carry, by kind. */
function filingBasis(d: Dossier, ctx: TransitionContext): Failure | null {
  if (d.kind === 'first') return null;
  const cert = d.baseCertificate;
  if (!cert)
    return no(
      'missing_certificate',
      'Hồ sơ nâng hạng, đánh giá lại phải gắn với sản phẩm OCOP và giấy chứng nhận hiện có (khoản 1 Điều 6).',
      'An upgrade or re-evaluation dossier must reference the certified product and its certificate (Art. 6.1).',
    );
  if (!d.changes.some(filled)) {
    return d.kind === 'upgrade'
      ? no(
          'missing_changes',
          'Hồ sơ nâng hạng phải thể hiện rõ những thay đổi so với sản phẩm đã được công nhận (điểm b khoản 1 Điều 6).',
          'An upgrade dossier must set out what changed since recognition (Art. 6.1.b).',
        )
      : no(
          'missing_changes',
          'Hồ sơ đánh giá lại phải cập nhật nội dung mới sau thời gian được công nhận (điểm c khoản 1 Điều 6).',
          'A re-evaluation dossier must update what is new since recognition (Art. 6.1.c).',
        );
  }
  return certificateBasis(d.kind, cert, ctx.on)?.failure ?? null;
}

/**
 * Art. 6.1.b–c, 7.6.a, 12.3: whether the certificate an upgrade or a re-evaluation builds on lets it be filed on `on`
 * (a first evaluation builds on none). The one rule behind opening a dossier (create-dossier.ts) and filing it; a
 * refused re-evaluation carries its window, to show.
 */
export function certificateBasis(
  kind: DossierKind,
  cert: CertificateFacts,
  on: IsoDate,
): { failure: Failure; window?: { opensOn: IsoDate; closesOn: IsoDate; expiresOn: IsoDate } } | null {
  if (kind === 'first') return null;
  const status = certificateStatus(cert, on);
  const notInForce = { failure: no('certificate_not_in_force', status.message.vi, status.message.en) };
  if (kind === 'upgrade') {
    if (status.state === 'revoked' || status.state === 'expired') return notInForce;
    if (cert.star === 5)
      return {
        failure: no(
          'cannot_upgrade_five_star',
          'Sản phẩm 5 sao không thể nâng hạng.',
          'A 5★ product cannot be upgraded.',
        ),
      };
    return null;
  }
  if (status.state === 'revoked') return notInForce;
  // Art. 7.6.a from 22/5/2026 (earlier filings followed the earlier rules, Art. 12.2); a late filing only under the
  // Art. 12.3 transition, while the certificate is valid.
  const verdict = reevaluationFilingVerdict({ issuedOn: cert.issuedOn, expiresOn: expiryOf(cert).expiresOn }, on);
  return verdict.ok
    ? null
    : { failure: { ok: false, code: verdict.code, message: verdict.message }, window: verdict.window };
}

export const CHECKS: Record<Requirement, (d: Dossier, ctx: TransitionContext, row: TransitionRow) => Failure | null> = {
  reason: (_d, ctx) => (filled(ctx.reason) ? null : no('missing_reason', 'Cần ghi rõ lý do.', 'A reason is required.')),
  forms: (d) =>
    d.forms.form01 && d.forms.form02
      ? null
      : no(
          'missing_forms',
          'Hồ sơ sản phẩm cần Phiếu đăng ký (Mẫu số 01) và Báo cáo tự đánh giá (Mẫu số 02) (khoản 1 Điều 6).',
          'The dossier needs the registration (Form 01) and the self-assessment report (Form 02) (Art. 6.1).',
        ),
  filing_basis: filingBasis,
  receipt: (d, ctx) => {
    if (!ctx.calendar)
      return no(
        'missing_calendar',
        'Cần lịch ngày làm việc để tính hạn 15 ngày làm việc.',
        'A working-day calendar is needed for the 15 working days.',
      );
    const text = ctx.receiptNumber ?? d.receiptNumber;
    if (!text)
      return no(
        'missing_receipt',
        'Cần số phiếu tiếp nhận (Mẫu số 01, phần dành cho UBND cấp xã).',
        'The receipt number is required (Form 01, commune part).',
      );
    const p = parseReceiptNumber(text);
    if (!p.ok) return { ok: false, code: 'invalid_receipt', message: p.message };
    const r = p.value;
    if (
      r.provinceCode !== d.provinceCode ||
      r.communeCode !== d.communeCode ||
      (ctx.receiptNumber && r.year !== Number(ctx.on.slice(0, 4)))
    ) {
      return no(
        'receipt_mismatch',
        `Số phiếu ${p.normalized} không khớp mã tỉnh ${d.provinceCode}, mã xã ${d.communeCode} hoặc năm tiếp nhận.`,
        `Receipt ${p.normalized} does not match province ${d.provinceCode}, commune ${d.communeCode} or the year of receipt.`,
      );
    }
    return null;
  },
  commune_report: (_d, ctx) => {
    const r = ctx.communeReport;
    const ok = r && [r.localMaterials, r.localLabour, r.ideaOrigin, r.localIdentity, r.letterNumber].every(filled);
    return ok
      ? null
      : no(
          'missing_commune_report',
          'Cần Báo cáo đánh giá theo Mẫu số 03 (nguyên liệu, lao động địa phương, nguồn gốc ý tưởng, bản sắc địa phương) và văn bản đề nghị của UBND cấp xã (khoản 2 Điều 7).',
          'The commune needs its Form 03 report (local materials, local labour, idea origin, local identity) and its letter to the province (Art. 7.2).',
        );
  },
  samples: (d) =>
    d.tourism || d.samples >= 5
      ? null
      : no(
          'missing_samples',
          'Cần 05 sản phẩm mẫu gửi kèm hồ sơ (trừ dịch vụ du lịch) (điểm d khoản 2 Điều 6).',
          '5 samples must go with the dossier (except tourism services) (Art. 6.2.d).',
        ),
  round: (d, ctx) => {
    if (!ctx.round) return no('missing_round', 'Chưa chọn đợt đánh giá.', 'No round chosen.');
    const c = checkRoundAssignment(
      { level: 'province', provinceCode: d.provinceCode, submittedOn: d.forwardedOn },
      ctx.round,
      ctx.on,
    );
    return c.ok ? null : { ok: false, code: 'round_refused', message: c.message };
  },
  // Re-evaluations run on their own 45 days (Art. 7.6.g), outside the Art. 5.2 rounds.
  central_round: (d, ctx) => {
    if (d.kind === 'reevaluation' && !ctx.round) return null;
    if (!ctx.round) return no('missing_round', 'Chưa chọn đợt đánh giá cấp trung ương.', 'No national round chosen.');
    const c = checkRoundAssignment(
      { level: 'central', provinceCode: null, submittedOn: d.proposedOn },
      ctx.round,
      ctx.on,
    );
    return c.ok ? null : { ok: false, code: 'round_refused', message: c.message };
  },
  field_visit_ground: (d, ctx) =>
    d.kind !== 'reevaluation' || ctx.fieldVisit?.ground
      ? null
      : no(
          'missing_field_visit_ground',
          'Đánh giá lại chỉ khảo sát thực tế khi sản phẩm có thay đổi lớn về quy mô sản xuất hoặc hồ sơ minh chứng không rõ ràng (điểm c khoản 6 Điều 7).',
          'A re-evaluation visits the site only if the scale changed a lot or the evidence is unclear (Art. 7.6.c).',
        ),
  advisory_report: (_d, ctx) =>
    filled(ctx.advisoryReport?.reference)
      ? null
      : no(
          'missing_advisory_report',
          'Cần báo cáo đánh giá hồ sơ gửi Chủ tịch Hội đồng (điểm c khoản 3, điểm c khoản 6 Điều 7).',
          'The review report to the council chair is required (Art. 7.3.c, 7.6.c).',
        ),
  written_mode: (d) =>
    d.councilMode === 'written'
      ? null
      : no('not_written_mode', 'Hội đồng đang họp trực tiếp.', 'The council already meets in person.'),
  scores_complete: (_d, ctx) =>
    ctx.scoring?.allSubmitted
      ? null
      : no(
          'scores_incomplete',
          'Chưa đủ phiếu chấm của các thành viên Hội đồng.',
          'Not every council member has submitted a scorecard.',
        ),
  spread_flag: (_d, ctx) =>
    ctx.scoring?.spreadFlag
      ? null
      : no(
          'no_spread_flag',
          'Điểm của các thành viên không chênh lệch quá ngưỡng.',
          "The members' scores do not diverge beyond the threshold.",
        ),
  // Art. 7.6.d: written opinions that diverge are settled in a meeting the chair convenes, not by a note on the result.
  meeting_if_divergent: (d, ctx) =>
    d.councilMode !== 'written' || !ctx.scoring?.spreadFlag
      ? null
      : no(
          'meeting_required',
          'Các thành viên có nhiều ý kiến đánh giá khác nhau: Chủ tịch Hội đồng phải tổ chức họp trực tiếp (triệu tập họp hoặc đánh dấu chênh lệch) trước khi kết luận (điểm d khoản 6 Điều 7).',
          "The members' written opinions diverge: the chair must convene a meeting (or flag the divergence) before concluding (Art. 7.6.d).",
        ),
  flag_resolved: (_d, ctx) =>
    !ctx.scoring?.spreadFlag || filled(ctx.scoring.flagAcceptedReason)
      ? null
      : no(
          'spread_unresolved',
          'Điểm chênh lệch quá ngưỡng: cần thảo luận, chấm lại, hoặc Chủ tịch Hội đồng ghi rõ lý do thông qua.',
          'The scores diverge beyond the threshold: discuss and rescore, or the chair records why the result stands.',
        ),
  province_result: (_d, ctx) =>
    !ctx.outcome
      ? no(
          'missing_outcome',
          'Chưa có kết quả đánh giá của Hội đồng cấp tỉnh.',
          "The provincial council's result is missing.",
        )
      : ctx.outcome.level === 'province'
        ? null
        : no(
            'wrong_outcome_level',
            'Kết quả không phải của Hội đồng cấp tỉnh.',
            "The result is not the provincial council's.",
          ),
  central_result: (_d, ctx) =>
    !ctx.outcome
      ? no(
          'missing_outcome',
          'Chưa có kết quả đánh giá của Hội đồng cấp trung ương.',
          "The central council's result is missing.",
        )
      : ctx.outcome.level === 'central'
        ? null
        : no(
            'wrong_outcome_level',
            'Kết quả không phải của Hội đồng cấp trung ương.',
            "The result is not the central council's.",
          ),
  outcome_rejected: (d, ctx, row) => {
    const o = outcomeOf(d, ctx, row);
    return o?.kind === 'rejected'
      ? null
      : wrongOutcome(o, {
          vi: 'chỉ loại hồ sơ khi thuộc trường hợp "Hồ sơ bị loại"',
          en: 'only a disqualified dossier is rejected',
        });
  },
  outcome_result_notice: (d, ctx, row) => {
    const o = outcomeOf(d, ctx, row);
    if (o && (o.kind === 'result_notice' || ((o.kind === 'certify' || o.kind === 'return') && !improves(d, o))))
      return null;
    return wrongOutcome(o, {
      vi: 'chỉ thông báo kết quả cho sản phẩm 1–2 sao hoặc hồ sơ nâng hạng không đạt hạng cao hơn (điểm a khoản 1 Điều 4)',
      en: 'a result notice is for 1–2★, or an upgrade that did not rank higher (Art. 4.1.a)',
    });
  },
  outcome_certify_province: (d, ctx, row) => {
    const o = outcomeOf(d, ctx, row);
    const fits = o && ((o.kind === 'certify' && o.by === 'province') || (o.kind === 'return' && o.to === 'province'));
    if (!fits)
      return wrongOutcome(o, {
        vi: 'UBND cấp tỉnh công nhận sản phẩm 3–4 sao (điểm e khoản 3, điểm g khoản 4 Điều 7)',
        en: 'the province recognises 3–4★ (Art. 7.3.e, 7.4.g)',
      });
    return improves(d, o)
      ? null
      : no(
          'not_an_upgrade',
          `Kết quả ${o.star} sao không cao hơn hạng hiện có (${d.baseCertificate?.star} sao): thông báo kết quả, giữ giấy chứng nhận hiện có.`,
          `${o.star}★ is not above the current ${d.baseCertificate?.star}★: notify the result, the current certificate stands.`,
        );
  },
  outcome_forward_central: (d, ctx, row) => {
    const o = outcomeOf(d, ctx, row);
    return o?.kind === 'forward' && o.to === 'central'
      ? null
      : wrongOutcome(o, {
          vi: 'chỉ đề nghị Bộ đánh giá sản phẩm đạt từ 90 điểm và đáp ứng yêu cầu 5 sao (điểm e khoản 3 Điều 7)',
          en: 'only ≥ 90 points with the 5★ marks met go to the Ministry (Art. 7.3.e)',
        });
  },
  outcome_certify_central: (d, ctx, row) => {
    const o = outcomeOf(d, ctx, row);
    return o?.kind === 'certify' && o.by === 'central'
      ? null
      : wrongOutcome(o, {
          vi: 'Bộ công nhận sản phẩm đạt 5 sao (điểm e khoản 4 Điều 7)',
          en: 'the Ministry recognises 5★ (Art. 7.4.e)',
        });
  },
  outcome_below_five: (d, ctx, row) => {
    const o = outcomeOf(d, ctx, row);
    return o && (o.kind === 'return' || o.kind === 'result_notice')
      ? null
      : wrongOutcome(o, {
          vi: 'kết quả không đạt 5 sao được chuyển UBND cấp tỉnh (điểm g khoản 4 Điều 7)',
          en: 'a result below 5★ goes back to the province (Art. 7.4.g)',
        });
  },
  decision: (_d, ctx) => {
    if (!ctx.decision)
      return no(
        'missing_decision',
        'Cần số và ngày của quyết định đã ký.',
        "The signed decision's number and date are required.",
      );
    const p = validateDecisionNumber(ctx.decision.number);
    if (!p.ok) return { ok: false, code: 'invalid_decision', message: p.message };
    if (ctx.decision.date > ctx.on)
      return no(
        'decision_after_act',
        `Ngày quyết định ${v(ctx.decision.date)} sau ngày ghi nhận ${v(ctx.on)}.`,
        `The decision date ${ctx.decision.date} is after the day it is recorded, ${ctx.on}.`,
      );
    return null;
  },
  five_star_reevaluation: (d) =>
    d.baseCertificate?.star === 5
      ? null
      : no(
          'not_five_star',
          'Chỉ hồ sơ đánh giá lại sản phẩm 5 sao được gửi thẳng Bộ sau báo cáo của cơ quan tham mưu (điểm b khoản 3 Điều 6, điểm e khoản 6 Điều 7).',
          "Only a 5★ re-evaluation goes straight to the Ministry on the office's report (Art. 6.3.b, 7.6.e).",
        ),
};

type Out = { patch: Partial<Dossier>; effects: Effect[] };
const notify = (about: DossierAction, to: Recipient[], reason?: string): Effect => ({
  type: 'notify',
  to,
  about,
  ...(reason ? { reason } : {}),
});

function certificateEffect(d: Dossier, ctx: TransitionContext, issuer: 'province' | 'ministry', o: Outcome): Effect {
  const star = o.star as 3 | 4 | 5;
  const decision = ctx.decision!;
  return {
    type: 'issue_certificate',
    issuer,
    star,
    decision,
    expiresOn: expiryOf({ issuedOn: decision.date }).expiresOn,
    supersedes: d.baseCertificate?.number ?? null,
  };
}

/** What each action writes and sets off (run only after every check passed). */
export const EFFECTS: Record<DossierAction, (d: Dossier, ctx: TransitionContext, row: TransitionRow) => Out> = {
  submit: (d, ctx) => {
    const effects: Effect[] = [notify('submit', ['commune'])];
    let late = false;
    if (d.kind === 'reevaluation' && d.baseCertificate) {
      // Art. 12.3 (transition only): the certificate stays in force until the result, at most 180 days past expiry.
      const c = d.baseCertificate;
      const verdict = reevaluationFilingVerdict({ issuedOn: c.issuedOn, expiresOn: expiryOf(c).expiresOn }, ctx.on);
      if (verdict.ok && verdict.late) {
        late = true;
        effects.push({
          type: 'certificate_extended',
          certificate: c.number,
          until: verdict.extendedUntil,
          article: verdict.article,
        });
      }
    }
    return { patch: { submittedOn: ctx.on, lateReevaluation: late }, effects };
  },
  resubmit: () => ({ patch: {}, effects: [notify('resubmit', ['commune'])] }),
  receive: (d, ctx) => {
    const p = parseReceiptNumber((ctx.receiptNumber ?? d.receiptNumber)!);
    const due = communeDeadline(ctx.on, ctx.calendar!);
    return {
      patch: { receiptNumber: p.ok ? p.normalized : null, receivedOn: ctx.on, communeDueOn: due.dueOn },
      effects: [
        {
          type: 'deadline_started',
          deadline: 'commune_review',
          dueOn: due.dueOn,
          article: due.article,
          message: due.message,
        },
        notify('receive', ['producer']),
      ],
    };
  },
  return_to_producer: (_d, ctx) => ({
    patch: { communeDueOn: null },
    effects: [notify('return_to_producer', ['producer'], ctx.reason)],
  }),
  forward: (d, ctx) => {
    const effects: Effect[] = [notify('forward', ['province_office', 'producer'])];
    if (d.communeDueOn && ctx.on > d.communeDueOn) {
      effects.push({
        type: 'deadline_missed',
        deadline: 'commune_review',
        dueOn: d.communeDueOn,
        article: 'Art. 7.2',
        message: {
          vi: `UBND cấp xã gửi hồ sơ ngày ${v(ctx.on)}, quá hạn ${v(d.communeDueOn)} (khoản 2 Điều 7).`,
          en: `The commune forwarded on ${ctx.on}, after the ${d.communeDueOn} deadline (Art. 7.2).`,
        },
      });
    }
    return { patch: { forwardedOn: ctx.on, communeDueOn: null }, effects };
  },
  request_supplement: (_d, ctx) => ({
    patch: {},
    effects: [notify('request_supplement', ['commune', 'producer'], ctx.reason)],
  }),
  submit_supplement: (d) => ({
    patch: {},
    effects: [
      notify(
        'submit_supplement',
        d.state === 'advisory_supplement' ? ['advisory_team', 'province_office'] : ['province_office'],
      ),
    ],
  }),
  accept: (d, ctx) => {
    if (d.kind !== 'reevaluation')
      return { patch: { completeOn: ctx.on }, effects: [notify('accept', ['commune', 'producer'])] };
    const due = reevaluationCompletionDeadline(ctx.on, ctx.calendar);
    return {
      patch: { completeOn: ctx.on, reevaluationDueOn: due.dueOn },
      effects: [
        {
          type: 'deadline_started',
          deadline: 'reevaluation_completion',
          dueOn: due.dueOn,
          article: due.article,
          message: due.message,
        },
        notify('accept', ['commune', 'producer']),
      ],
    };
  },
  reject: (_d, ctx, row) => ({
    patch: { communeDueOn: null, ...(row.requires?.includes('central_result') ? { outcome: ctx.outcome! } : {}) },
    effects: [notify('reject', ['producer', 'commune', 'province_office'], ctx.reason)],
  }),
  assign_round: (d, ctx) => {
    const r = ctx.round!;
    const c = checkRoundAssignment(
      { level: 'province', provinceCode: d.provinceCode, submittedOn: d.forwardedOn },
      r,
      ctx.on,
    );
    const warnings: Effect[] = c.ok ? c.warnings.map((message) => ({ type: 'warning', message })) : [];
    return {
      patch: { roundId: r.id, roundFinishBy: r.finishBy },
      effects: [...warnings, notify('assign_round', ['producer'])],
    };
  },
  start_review: () => ({ patch: {}, effects: [notify('start_review', ['advisory_team'])] }),
  request_advisory_supplement: (_d, ctx) => ({
    patch: {},
    effects: [notify('request_advisory_supplement', ['producer', 'commune'], ctx.reason)],
  }),
  // Art. 7.3.c, 7.6.c: the visit is at the producer's site; the producer is told it was recorded (with its note).
  record_field_visit: (_d, ctx) => ({
    patch: { fieldVisitOn: ctx.on },
    effects: [notify('record_field_visit', ['producer'], ctx.reason)],
  }),
  submit_advisory_report: (d, ctx) => ({
    patch: { advisoryReportOn: ctx.on, councilMode: councilMode(d.kind) },
    effects: [notify('submit_advisory_report', ['council'])],
  }),
  convene_meeting: (_d, ctx) => ({
    patch: { councilMode: 'meeting' },
    effects: [notify('convene_meeting', ['council'], ctx.reason)],
  }),
  flag_divergence: (d) => ({
    patch: { councilMode: councilMode(d.kind, { divergent: true }) },
    effects: [notify('flag_divergence', ['council'])],
  }),
  close_scoring: (_d, ctx) => ({
    patch: { outcome: ctx.outcome! },
    effects: [notify('close_scoring', ['province_office'])],
  }),
  issue_result_notice: () => ({ patch: {}, effects: [notify('issue_result_notice', ['producer', 'commune'])] }),
  certify_province: (d, ctx) => ({
    patch: { decision: ctx.decision! },
    effects: [certificateEffect(d, ctx, 'province', d.outcome!), notify('certify_province', ['producer', 'commune'])],
  }),
  send_to_ministry: (d, ctx) => ({
    patch: {
      proposedOn: ctx.on,
      ...(ctx.decision ? { decision: ctx.decision } : {}),
      // A 5★ re-evaluation skips the council: the office's report is the review report (Art. 6.3.b).
      ...(d.state === 'advisory_review' ? { advisoryReportOn: ctx.on } : {}),
    },
    effects: [notify('send_to_ministry', ['ministry_office', 'producer', 'commune'])],
  }),
  receive_at_ministry: (d, ctx) => {
    if (d.kind !== 'reevaluation') return { patch: {}, effects: [] };
    // Art. 7.6.g: 45 days from the complete dossier "của UBND cấp xã hoặc UBND cấp tỉnh" — for a 5★ re-evaluation,
    // the province's dossier as the Ministry receives it.
    const due = reevaluationCompletionDeadline(ctx.on, ctx.calendar);
    return {
      patch: { completeOn: ctx.on, reevaluationDueOn: due.dueOn },
      effects: [
        {
          type: 'deadline_started',
          deadline: 'reevaluation_completion',
          dueOn: due.dueOn,
          article: due.article,
          message: due.message,
        },
      ],
    };
  },
  open_central_council: (_d, ctx) => ({
    patch: ctx.round ? { centralRoundId: ctx.round.id, centralRoundFinishBy: ctx.round.finishBy } : {},
    effects: [],
  }),
  certify_ministry: (d, ctx) => ({
    patch: { outcome: ctx.outcome!, decision: ctx.decision! },
    effects: [
      certificateEffect(d, ctx, 'ministry', ctx.outcome!),
      notify('certify_ministry', ['province_office', 'producer']),
    ],
  }),
  record_central_result: (_d, ctx) => ({
    patch: { outcome: ctx.outcome! },
    effects: [notify('record_central_result', ['province_office'])],
  }),
  reassess_at_province: (_d, ctx) => ({
    patch: {
      outcome: null,
      roundId: null,
      roundFinishBy: null,
      advisoryReportOn: null,
      fieldVisitOn: null,
      councilMode: null,
      centralRoundId: null,
      centralRoundFinishBy: null,
      completeOn: ctx.on,
    },
    effects: [notify('reassess_at_province', ['producer', 'commune'], ctx.reason)],
  }),
  withdraw: (_d, ctx) => ({
    patch: { communeDueOn: null },
    effects: [notify('withdraw', ['commune', 'province_office'], ctx.reason)],
  }),
};
