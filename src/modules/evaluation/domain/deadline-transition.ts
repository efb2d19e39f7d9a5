// Art. 12 of Decision 26/2026 (transition), for things that began before it came into force on 22/5/2026 (Art. 11.1).
// "The earlier rules" are those of the 2021–2025 period: Decision 148/QĐ-TTg (2023) as amended by 1489/QĐ-TTg
// (2025) — rule set '148-2023' in resources/rule-sets.json.
import type { Message } from '../../../platform/errors.ts';
import { addDays, formatDateVi, type Calendar, type IsoDate } from '../../reference/domain/calendar.ts';
import { DEADLINES_26_2026, citeEn, citeVi, type DeadlineRules } from './deadline-rules.ts';
import { calendarDaysDeadline, certificateExpiry, reevaluationWindow } from './deadlines.ts';

const v = formatDateVi;
export const EARLIER_RULE_SET = '148-2023';

/**
 * Art. 12.1: a certificate issued before 22/5/2026 keeps the term written in its recognition decision (pass it as
 * expiresOnPerDecision; null when unknown); one issued from that day has the 36 months of Art. 4.3.
 */
export function transitionForCertificate(issuedOn: IsoDate, expiresOnPerDecision: IsoDate | null = null, rules: DeadlineRules = DEADLINES_26_2026) {
  if (issuedOn >= rules.inForceFrom) {
    const e = certificateExpiry(issuedOn, rules);
    return { transitional: false as const, expiresOn: e.expiresOn, article: e.article, message: e.message };
  }
  const article = rules.transition.certificatesKeepTheirTerm.article;
  const until = expiresOnPerDecision
    ? { vi: `đến hết ngày ${v(expiresOnPerDecision)}`, en: `through ${expiresOnPerDecision}` }
    : { vi: 'đến hết thời hạn ghi trong quyết định công nhận', en: 'to the end of the term in its recognition decision' };
  return {
    transitional: true as const, expiresOn: expiresOnPerDecision, article,
    message: {
      vi: `Giấy chứng nhận cấp ngày ${v(issuedOn)}, trước ngày ${v(rules.inForceFrom)}, tiếp tục có giá trị ${until.vi} (${citeVi(article, rules)}).`,
      en: `The certificate issued on ${issuedOn}, before ${rules.inForceFrom}, stays valid ${until.en} (${citeEn(article, rules)}).`,
    } satisfies Message,
  };
}

export type DossierKind = 'first' | 'upgrade' | 'reevaluation';

/**
 * Art. 12.2: a dossier the producer filed before 22/5/2026 and not yet evaluated continues under the earlier rules,
 * but must be finished within 60 days (first evaluation, upgrade: 12.2.a) or 30 days (re-evaluation: 12.2.b) of
 * 22/5/2026 — i.e. by 21/7/2026 or 21/6/2026 (the effective day is not counted). 21/6/2026 is a Sunday: with a
 * calendar the due day moves to Monday 22/6 (BLDS 148.5).
 */
export function transitionForPendingDossier(filedOn: IsoDate, kind: DossierKind, calendar?: Calendar, rules: DeadlineRules = DEADLINES_26_2026) {
  if (filedOn >= rules.inForceFrom) {
    return {
      transitional: false as const, ruleSet: '26-2026',
      message: {
        vi: `Hồ sơ nộp ngày ${v(filedOn)}, từ ngày ${v(rules.inForceFrom)}: thực hiện theo Quyết định ${rules.decision}.`,
        en: `Dossier filed on ${filedOn}, on or after ${rules.inForceFrom}: Decision ${rules.decision} applies.`,
      } satisfies Message,
    };
  }
  const rule = kind === 'reevaluation' ? rules.transition.pendingReevaluation : rules.transition.pendingFirstOrUpgrade;
  const d = calendarDaysDeadline(rules.inForceFrom, rule.days, calendar);
  const what = kind === 'reevaluation'
    ? { vi: 'đánh giá, phân hạng lại', en: 're-evaluation' }
    : { vi: kind === 'upgrade' ? 'đánh giá nâng hạng' : 'đánh giá, phân hạng lần đầu', en: kind === 'upgrade' ? 'upgrade evaluation' : 'first evaluation' };
  return {
    transitional: true as const, ruleSet: EARLIER_RULE_SET, ...d, article: rule.article,
    message: {
      vi: `Hồ sơ ${what.vi} nộp ngày ${v(filedOn)}, trước ngày ${v(rules.inForceFrom)}: tiếp tục theo quy định giai đoạn 2021–2025, hoàn thành chậm nhất ngày ${v(d.dueOn)} (không quá ${rule.days} ngày kể từ ngày ${v(rules.inForceFrom)}; ${citeVi(rule.article, rules)}).`,
      en: `${what.en[0]!.toUpperCase()}${what.en.slice(1)} dossier filed on ${filedOn}, before ${rules.inForceFrom}: the 2021–2025 rules still apply; finish by ${d.dueOn} (at most ${rule.days} days from ${rules.inForceFrom}; ${citeEn(rule.article, rules)}).`,
    } satisfies Message,
  };
}

/**
 * Art. 12.3: a product due for re-evaluation whose filing could not meet the Art. 7.6.a window keeps its certificate
 * in force until the authority's result, but no more than 180 days after expiry (expiresOn + 180, expiry day not
 * counted). Readings chosen (the text is silent): it applies to a dossier filed after the window closed but while the
 * certificate was still valid (a lapsed certificate cannot "continue"); and to any such dossier, not only those whose
 * window had closed before 22/5/2026 — `windowClosedBeforeInForce` flags the clearly transitional case.
 * validUntil = the result day (never before expiry) or, while there is no result yet, the cap (provisional).
 */
export function transitionForLateReevaluation(expiresOn: IsoDate, filedOn: IsoDate, resultOn: IsoDate | null = null, rules: DeadlineRules = DEADLINES_26_2026) {
  const rule = rules.transition.lateReevaluation;
  const window = reevaluationWindow(expiresOn, rules);
  const capOn = addDays(expiresOn, rule.maxDaysAfterExpiry);
  const cite = { vi: citeVi(rule.article, rules), en: citeEn(rule.article, rules) };
  if (filedOn <= window.closesOn || filedOn > expiresOn) {
    const early = filedOn <= window.closesOn;
    return {
      applies: false as const, reason: early ? ('filed-in-time-or-early' as const) : ('filed-after-expiry' as const), expiresOn, capOn, article: rule.article,
      message: early
        ? { vi: `Hồ sơ không nộp trễ hạn nên không áp dụng ${cite.vi}.`, en: `The dossier was not late, so ${cite.en} does not apply.` }
        : {
            vi: `Hồ sơ nộp ngày ${v(filedOn)}, sau khi giấy chứng nhận hết hạn ngày ${v(expiresOn)}: không còn hiệu lực để kéo dài theo ${cite.vi}.`,
            en: `Filed on ${filedOn}, after the certificate expired on ${expiresOn}: nothing left to extend under ${cite.en}.`,
          },
    };
  }
  const validUntil = resultOn === null ? capOn : resultOn < expiresOn ? expiresOn : resultOn > capOn ? capOn : resultOn;
  return {
    applies: true as const, expiresOn, capOn, validUntil, provisional: resultOn === null,
    windowClosedBeforeInForce: window.closesOn < rules.inForceFrom, article: rule.article,
    message: {
      vi: `Giấy chứng nhận hết hạn ngày ${v(expiresOn)} tiếp tục có hiệu lực đến ngày có kết quả xử lý, nhưng không quá ngày ${v(capOn)} (180 ngày); ${resultOn === null ? 'chưa có kết quả' : `có kết quả ngày ${v(resultOn)}`}: hiệu lực đến hết ngày ${v(validUntil)} (${cite.vi}).`,
      en: `The certificate expiring on ${expiresOn} stays in force until the result, but not past ${capOn} (180 days); ${resultOn === null ? 'no result yet' : `result on ${resultOn}`}: valid through ${validUntil} (${cite.en}).`,
    } satisfies Message,
  };
}
