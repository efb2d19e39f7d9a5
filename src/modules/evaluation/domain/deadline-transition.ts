// Art. 12 of Decision 26/2026 (transition), for things that began before it came into force on 22/5/2026 (Art. 11.1).
// "The earlier rules" are those of the 2021–2025 period: Decision 148/QĐ-TTg (2023) as amended by 1489/QĐ-TTg
// (2025) — rule set '148-2023' in resources/rule-sets.json.
import type { Message } from '../../../platform/errors.ts';
import { addDays, formatDateVi, type Calendar, type IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026, citeEn, citeVi, type DeadlineRules } from './deadline-rules.ts';
import { calendarDaysDeadline, certificateExpiry, checkReevaluationFiling, reevaluationWindow } from './deadlines.ts';

const v = formatDateVi;
export const EARLIER_RULE_SET = '148-2023';

/**
 * Art. 12.1: a certificate issued before 22/5/2026 keeps the term written in its recognition decision (pass it as
 * expiresOnPerDecision; null when unknown); one issued from that day has the 36 months of Art. 4.3.
 */
export function transitionForCertificate(
  issuedOn: IsoDate,
  expiresOnPerDecision: IsoDate | null = null,
  rules: DeadlineRules = DEADLINES_26_2026,
) {
  if (issuedOn >= rules.inForceFrom) {
    const e = certificateExpiry(issuedOn, rules);
    return { transitional: false as const, expiresOn: e.expiresOn, article: e.article, message: e.message };
  }
  const article = rules.transition.certificatesKeepTheirTerm.article;
  const until = expiresOnPerDecision
    ? { vi: `đến hết ngày ${v(expiresOnPerDecision)}`, en: `through ${expiresOnPerDecision}` }
    : {
        vi: 'đến hết thời hạn ghi trong quyết định công nhận',
        en: 'to the end of the term in its recognition decision',
      };
  return {
    transitional: true as const,
    expiresOn: expiresOnPerDecision,
    article,
    message: {
      vi: `Giấy chứng nhận cấp ngày ${v(issuedOn)}, trước ngày ${v(rules.inForceFrom)}, tiếp tục có giá trị ${until.vi} (${citeVi(article, rules)}).`,
      en: `The certificate issued on ${issuedOn}, before ${rules.inForceFrom}, stays valid ${until.en} (${citeEn(article, rules)}).`,
    } satisfies Message,
  };
}

/** Art. 6.1: a first evaluation, an upgrade, a re-evaluation — the one list of dossier kinds. */
export const DOSSIER_KINDS = ['first', 'upgrade', 'reevaluation'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/**
 * Art. 12.2: a dossier the producer filed before 22/5/2026 and not yet evaluated continues under the earlier rules,
 * but must be finished within 60 days (first evaluation, upgrade: 12.2.a) or 30 days (re-evaluation: 12.2.b) of
 * 22/5/2026 — i.e. by 21/7/2026 or 21/6/2026 (the effective day is not counted). 21/6/2026 is a Sunday: with a
 * calendar the due day moves to Monday 22/6 (BLDS 148.5).
 */
export function transitionForPendingDossier(
  filedOn: IsoDate,
  kind: DossierKind,
  calendar?: Calendar,
  rules: DeadlineRules = DEADLINES_26_2026,
) {
  if (filedOn >= rules.inForceFrom) {
    return {
      transitional: false as const,
      ruleSet: '26-2026',
      message: {
        vi: `Hồ sơ nộp ngày ${v(filedOn)}, từ ngày ${v(rules.inForceFrom)}: thực hiện theo Quyết định ${rules.decision}.`,
        en: `Dossier filed on ${filedOn}, on or after ${rules.inForceFrom}: Decision ${rules.decision} applies.`,
      } satisfies Message,
    };
  }
  const rule = kind === 'reevaluation' ? rules.transition.pendingReevaluation : rules.transition.pendingFirstOrUpgrade;
  const d = calendarDaysDeadline(rules.inForceFrom, rule.days, calendar);
  const what =
    kind === 'reevaluation'
      ? { vi: 'đánh giá, phân hạng lại', en: 're-evaluation' }
      : {
          vi: kind === 'upgrade' ? 'đánh giá nâng hạng' : 'đánh giá, phân hạng lần đầu',
          en: kind === 'upgrade' ? 'upgrade evaluation' : 'first evaluation',
        };
  return {
    transitional: true as const,
    ruleSet: EARLIER_RULE_SET,
    ...d,
    article: rule.article,
    message: {
      vi: `Hồ sơ ${what.vi} nộp ngày ${v(filedOn)}, trước ngày ${v(rules.inForceFrom)}: tiếp tục theo quy định giai đoạn 2021–2025, hoàn thành chậm nhất ngày ${v(d.dueOn)} (không quá ${rule.days} ngày kể từ ngày ${v(rules.inForceFrom)}; ${citeVi(rule.article, rules)}).`,
      en: `${what.en[0]!.toUpperCase()}${what.en.slice(1)} dossier filed on ${filedOn}, before ${rules.inForceFrom}: the 2021–2025 rules still apply; finish by ${d.dueOn} (at most ${rule.days} days from ${rules.inForceFrom}; ${citeEn(rule.article, rules)}).`,
    } satisfies Message,
  };
}

export type CertificateTerm = { issuedOn: IsoDate; expiresOn: IsoDate };

/**
 * Art. 12.3 is among the transitional provisions: whether a certificate is one it concerns. Our reading (data:
 * DEADLINES_26_2026.transition.lateReevaluation.scope; grounds in resources/criteria/READINGS.md): a certificate
 * issued before 22/5/2026 — one Art. 12.1 keeps — whose Art. 7.6.a window had already opened before 22/5/2026, so its
 * holder could not use the whole window under the new rules. Any other certificate keeps Art. 7.6.a whole.
 */
export function lateReevaluationScope(cert: CertificateTerm, rules: DeadlineRules = DEADLINES_26_2026) {
  const { scope } = rules.transition.lateReevaluation;
  const window = reevaluationWindow(cert.expiresOn, rules);
  const edgeOn = window[scope.windowEdge];
  const inScope = cert.issuedOn < scope.issuedBefore && edgeOn < scope.windowEdgeBefore;
  const outsideBecause = inScope
    ? null
    : cert.issuedOn >= scope.issuedBefore
      ? ('issued' as const)
      : ('window' as const);
  return { inScope, outsideBecause, window, edgeOn, scope };
}

/** Why Art. 12.3 does not help a certificate outside its scope, for the refusal of a late filing. */
function outsideScopeReason(
  cert: CertificateTerm,
  s: ReturnType<typeof lateReevaluationScope>,
  rules: DeadlineRules,
): Message {
  const opened = s.scope.windowEdge === 'opensOn';
  const rule = {
    vi: `đó là điều khoản chuyển tiếp cho giấy chứng nhận cấp trước ngày ${v(s.scope.issuedBefore)} có thời hạn nộp hồ sơ ${opened ? 'đã bắt đầu' : 'đã kết thúc'} trước ngày ${v(s.scope.windowEdgeBefore)}`,
    en: `it is a transitional provision for certificates issued before ${s.scope.issuedBefore} whose filing window had ${opened ? 'opened' : 'closed'} before ${s.scope.windowEdgeBefore}`,
  };
  const why =
    s.outsideBecause === 'issued'
      ? {
          vi: `giấy chứng nhận này cấp ngày ${v(cert.issuedOn)}, khi Quyết định đã có hiệu lực`,
          en: `this certificate was issued on ${cert.issuedOn}, with the Decision already in force`,
        }
      : {
          vi: `thời hạn nộp hồ sơ của giấy chứng nhận này ${opened ? 'bắt đầu' : 'kết thúc'} ngày ${v(s.edgeOn)}, khi Quyết định đã có hiệu lực, nên chủ thể ${opened ? 'có đủ' : 'có'} thời hạn theo ${citeVi(s.scope.windowArticle, rules)}`,
          en: `this certificate's filing window ${opened ? 'opened' : 'closed'} on ${s.edgeOn}, with the Decision already in force, so the ${opened ? 'whole ' : ''}window of ${citeEn(s.scope.windowArticle, rules)} was available`,
        };
  const art = rules.transition.lateReevaluation.article;
  return {
    vi: `Không áp dụng ${citeVi(art, rules)}: ${rule.vi}; ${why.vi}.`,
    en: `${art} does not apply: ${rule.en}; ${why.en}.`,
  };
}

/**
 * Art. 12.3: a product due for re-evaluation whose filing could not meet the Art. 7.6.a window keeps its certificate
 * in force until the authority's result, but no more than 180 days after expiry (expiresOn + 180, expiry day not
 * counted). It applies to a certificate within the transition (lateReevaluationScope) whose dossier is filed after
 * the window closed but while it was still valid (a lapsed certificate cannot "continue").
 * validUntil = the result day (never before expiry) or, while there is no result yet, the cap (provisional).
 */
export function transitionForLateReevaluation(
  cert: CertificateTerm,
  filedOn: IsoDate,
  resultOn: IsoDate | null = null,
  rules: DeadlineRules = DEADLINES_26_2026,
) {
  const { expiresOn } = cert;
  const rule = rules.transition.lateReevaluation;
  const scope = lateReevaluationScope(cert, rules);
  const window = scope.window;
  const capOn = addDays(expiresOn, rule.maxDaysAfterExpiry);
  const cite = { vi: citeVi(rule.article, rules), en: citeEn(rule.article, rules) };
  if (filedOn <= window.closesOn || filedOn > expiresOn) {
    const early = filedOn <= window.closesOn;
    return {
      applies: false as const,
      reason: early ? ('filed-in-time-or-early' as const) : ('filed-after-expiry' as const),
      expiresOn,
      capOn,
      article: rule.article,
      message: early
        ? {
            vi: `Hồ sơ không nộp trễ hạn nên không áp dụng ${cite.vi}.`,
            en: `The dossier was not late, so ${cite.en} does not apply.`,
          }
        : {
            vi: `Hồ sơ nộp ngày ${v(filedOn)}, sau khi giấy chứng nhận hết hạn ngày ${v(expiresOn)}: không còn hiệu lực để kéo dài theo ${cite.vi}.`,
            en: `Filed on ${filedOn}, after the certificate expired on ${expiresOn}: nothing left to extend under ${cite.en}.`,
          },
    };
  }
  if (!scope.inScope) {
    return {
      applies: false as const,
      reason:
        scope.outsideBecause === 'issued' ? ('issued-from-in-force' as const) : ('window-after-in-force' as const),
      expiresOn,
      capOn,
      article: rule.article,
      message: outsideScopeReason(cert, scope, rules),
    };
  }
  const validUntil = resultOn === null ? capOn : resultOn < expiresOn ? expiresOn : resultOn > capOn ? capOn : resultOn;
  return {
    applies: true as const,
    expiresOn,
    capOn,
    validUntil,
    provisional: resultOn === null,
    windowClosedBeforeInForce: window.closesOn < rules.inForceFrom,
    article: rule.article,
    message: {
      vi: `Giấy chứng nhận hết hạn ngày ${v(expiresOn)} tiếp tục có hiệu lực đến ngày có kết quả xử lý, nhưng không quá ngày ${v(capOn)} (180 ngày); ${resultOn === null ? 'chưa có kết quả' : `có kết quả ngày ${v(resultOn)}`}: hiệu lực đến hết ngày ${v(validUntil)} (${cite.vi}).`,
      en: `The certificate expiring on ${expiresOn} stays in force until the result, but not past ${capOn} (180 days); ${resultOn === null ? 'no result yet' : `result on ${resultOn}`}: valid through ${validUntil} (${cite.en}).`,
    } satisfies Message,
  };
}

export type ReevaluationFilingVerdict =
  | { ok: true; late: false }
  | { ok: true; late: true; extendedUntil: IsoDate; article: string; message: Message }
  | {
      ok: false;
      code: 'reevaluation_too_early' | 'reevaluation_too_late' | 'certificate_expired';
      message: Message;
      window: { opensOn: IsoDate; closesOn: IsoDate; expiresOn: IsoDate };
    };

/**
 * May a re-evaluation of this certificate be filed on `filedOn`? One answer for opening the dossier and for filing it.
 * Before 22/5/2026 the earlier rules applied (Art. 12.2): no Art. 7.6.a window. From then: inside the window (Art.
 * 7.6.a) yes; too early no; after it closed, yes only under Art. 12.3 (a transitional certificate, still valid),
 * which then extends the certificate; otherwise refused — after expiry a first evaluation is needed.
 */
export function reevaluationFilingVerdict(
  cert: CertificateTerm,
  filedOn: IsoDate,
  rules: DeadlineRules = DEADLINES_26_2026,
): ReevaluationFilingVerdict {
  if (filedOn < rules.inForceFrom) return { ok: true, late: false };
  const check = checkReevaluationFiling(filedOn, cert.expiresOn, rules);
  if (check.ok) return { ok: true, late: false };
  const window = { opensOn: check.opensOn, closesOn: check.closesOn, expiresOn: cert.expiresOn };
  if (check.reason === 'too-early')
    return { ok: false, code: 'reevaluation_too_early', message: check.message, window };
  const t = transitionForLateReevaluation(cert, filedOn, null, rules);
  if (t.applies) return { ok: true, late: true, extendedUntil: t.validUntil, article: t.article, message: t.message };
  if (t.reason === 'filed-after-expiry') {
    return {
      ok: false,
      code: 'certificate_expired',
      window,
      message: {
        vi: `Giấy chứng nhận đã hết hạn ngày ${v(cert.expiresOn)}: không thể đánh giá lại, cần đăng ký đánh giá lần đầu (${citeVi(rules.reevaluationFiling.article, rules)}).`,
        en: `The certificate expired on ${cert.expiresOn}: it cannot be re-evaluated; file a first evaluation (${citeEn(rules.reevaluationFiling.article, rules)}).`,
      },
    };
  }
  // Art. 7.6.a whole: the window has closed and Art. 12.3 does not reach this certificate.
  return {
    ok: false,
    code: 'reevaluation_too_late',
    window,
    message: {
      vi: `${check.message.vi} ${t.message.vi} Giấy chứng nhận có hiệu lực đến hết ngày ${v(cert.expiresOn)}; sau đó đăng ký đánh giá lần đầu.`,
      en: `${check.message.en} ${t.message.en} The certificate is valid through ${cert.expiresOn}; after that, file a first evaluation.`,
    },
  };
}
