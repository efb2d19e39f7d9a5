// Deadlines of Decision 26/2026/QĐ-TTg. Pure: the numbers come from DEADLINES_26_2026 (deadline-rules.ts), holidays
// from a Calendar passed in. Each result carries the date(s), the article, and a message {vi, en} for people.
//
// Counting (Bộ luật Dân sự 2015, applied because the Decision sets no counting rule of its own — BLDS Art. 144.2):
// - "trong thời hạn N ngày kể từ ngày X": X itself is not counted (Art. 147.2), so the last day is X + N.
// - a period in months ends on the same day-of-month N months later, or the month's last day if it has no such day
//   (Art. 148.3).
// - "ngày" without "làm việc" means calendar days (Art. 7.6, 8.4, 12); "ngày làm việc" skips weekends and holidays
//   (Art. 7.2). A calendar-day deadline whose last day is a weekly rest day or holiday moves to the next working day
//   (Art. 148.5) — only when a Calendar is given, because the rule binds the acting authority, not a status.
// Art. 5 rounds are in deadline-rounds.ts, the Art. 12 transition in deadline-transition.ts.
import type { Message } from '../../../platform/errors.ts';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  defaultedHolidayNote,
  defaultedHolidaysBetween,
  formatDateVi,
  rollToWorkingDay,
  type Calendar,
  type DefaultedHoliday,
  type IsoDate,
} from '../../reference/index.ts';
import { DEADLINES_26_2026, citeEn, citeVi, type DeadlineRules } from './deadline-rules.ts';

const vi = formatDateVi;

export interface CalendarDaysDeadline {
  /** The last day to act (inclusive). */
  dueOn: IsoDate;
  /** start + days, before any roll-over to a working day. */
  nominalDueOn: IsoDate;
  rolledOver: boolean;
  days: number;
  article: string;
  message: Message;
}

/** start + days calendar days (start not counted); rolled to a working day when a calendar is given (BLDS 148.5). */
export function calendarDaysDeadline(
  start: IsoDate,
  days: number,
  calendar?: Calendar,
): Omit<CalendarDaysDeadline, 'article' | 'message'> {
  const nominalDueOn = addDays(start, days);
  const dueOn = calendar ? rollToWorkingDay(nominalDueOn, calendar) : nominalDueOn;
  return { dueOn, nominalDueOn, rolledOver: dueOn !== nominalDueOn, days };
}

const rolledVi = (d: { rolledOver: boolean; nominalDueOn: IsoDate }) =>
  d.rolledOver ? ` (ngày ${vi(d.nominalDueOn)} là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo)` : '';
const rolledEn = (d: { rolledOver: boolean; nominalDueOn: IsoDate }) =>
  d.rolledOver ? ` (${d.nominalDueOn} is a day off, so the next working day)` : '';

/**
 * Art. 7.2: the commune checks the dossier and forwards it within 15 working days of receipt. `defaultedHolidays` /
 * `holidayNote`: the holidays the count runs over whose days are still the Labour Code default (no government
 * announcement recorded, e.g. Tết 2027) — the due date may move when the Prime Minister fixes them; null when none.
 */
export function communeDeadline(receivedOn: IsoDate, calendar: Calendar, rules: DeadlineRules = DEADLINES_26_2026) {
  const { workingDays, article } = rules.communeReview;
  const dueOn = addWorkingDays(receivedOn, workingDays, calendar);
  const defaultedHolidays: DefaultedHoliday[] = defaultedHolidaysBetween(receivedOn, dueOn, calendar);
  return {
    receivedOn,
    dueOn,
    workingDays,
    article,
    defaultedHolidays,
    holidayNote: defaultedHolidayNote(defaultedHolidays) satisfies Message | null,
    message: {
      vi: `UBND cấp xã kiểm tra, đánh giá hồ sơ và gửi UBND cấp tỉnh chậm nhất ngày ${vi(dueOn)} (${workingDays} ngày làm việc kể từ ngày tiếp nhận ${vi(receivedOn)}; ${citeVi(article, rules)}).`,
      en: `The commune must check the dossier and forward it to the province by ${dueOn} (${workingDays} working days from receipt on ${receivedOn}; ${citeEn(article, rules)}).`,
    } satisfies Message,
  };
}

/**
 * Art. 4.3: a certificate is valid 36 months from the day it is issued. Convention (BLDS Art. 147.2, 148.3): the
 * issuing day is not counted, so the last valid day is the SAME date 36 months later (e.g. issued 2026-06-15 →
 * valid through 2029-06-15), or the end of that month when it has no such date (2028-02-29 → 2031-02-28). Valid on
 * d ⇔ issuedOn ≤ d ≤ expiresOn. No roll-over: validity is a status, not an act to perform.
 */
export function certificateExpiry(issuedOn: IsoDate, rules: DeadlineRules = DEADLINES_26_2026) {
  const { months, article } = rules.certificateValidity;
  const expiresOn = addMonths(issuedOn, months);
  return {
    issuedOn,
    expiresOn,
    months,
    article,
    message: {
      vi: `Giấy chứng nhận cấp ngày ${vi(issuedOn)} có giá trị ${months} tháng, đến hết ngày ${vi(expiresOn)} (${citeVi(article, rules)}).`,
      en: `A certificate issued on ${issuedOn} is valid for ${months} months, through ${expiresOn} (${citeEn(article, rules)}).`,
    } satisfies Message,
  };
}

export const isCertificateValidOn = (date: IsoDate, issuedOn: IsoDate, rules: DeadlineRules = DEADLINES_26_2026) =>
  issuedOn <= date && date <= certificateExpiry(issuedOn, rules).expiresOn;

/**
 * Art. 7.6.a: a re-evaluation dossier is filed "không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết
 * thời hạn": filedOn is accepted iff 120 ≤ (expiresOn − filedOn) ≤ 180 calendar days, both bounds inclusive. No roll-over
 * of closesOn: filing is also possible in the evaluation software on any day (Art. 7.1).
 */
export function reevaluationWindow(expiresOn: IsoDate, rules: DeadlineRules = DEADLINES_26_2026) {
  const { earliestDaysBeforeExpiry, latestDaysBeforeExpiry, article } = rules.reevaluationFiling;
  const opensOn = addDays(expiresOn, -earliestDaysBeforeExpiry);
  const closesOn = addDays(expiresOn, -latestDaysBeforeExpiry);
  return {
    expiresOn,
    opensOn,
    closesOn,
    article,
    message: {
      vi: `Hồ sơ đánh giá, phân hạng lại nộp từ ngày ${vi(opensOn)} đến hết ngày ${vi(closesOn)} (không sớm hơn ${earliestDaysBeforeExpiry} ngày và không muộn hơn ${latestDaysBeforeExpiry} ngày trước ngày hết hạn ${vi(expiresOn)}; ${citeVi(article, rules)}).`,
      en: `File the re-evaluation dossier from ${opensOn} through ${closesOn} (no earlier than ${earliestDaysBeforeExpiry} and no later than ${latestDaysBeforeExpiry} days before the expiry on ${expiresOn}; ${citeEn(article, rules)}).`,
    } satisfies Message,
  };
}

export type ReevaluationFilingCheck =
  | { ok: true; opensOn: IsoDate; closesOn: IsoDate }
  | { ok: false; reason: 'too-early' | 'too-late'; opensOn: IsoDate; closesOn: IsoDate; message: Message };

/** Art. 7.6.a: is a re-evaluation dossier filed on filedOn within the window? */
export function checkReevaluationFiling(
  filedOn: IsoDate,
  expiresOn: IsoDate,
  rules: DeadlineRules = DEADLINES_26_2026,
): ReevaluationFilingCheck {
  const { opensOn, closesOn, article } = reevaluationWindow(expiresOn, rules);
  if (filedOn >= opensOn && filedOn <= closesOn) return { ok: true, opensOn, closesOn };
  const early = filedOn < opensOn;
  const gap = early ? daysBetween(filedOn, opensOn) : daysBetween(closesOn, filedOn);
  return {
    ok: false,
    reason: early ? 'too-early' : 'too-late',
    opensOn,
    closesOn,
    message: early
      ? {
          vi: `Nộp hồ sơ đánh giá lại quá sớm ${gap} ngày: chỉ được nộp từ ngày ${vi(opensOn)} đến ngày ${vi(closesOn)} (${citeVi(article, rules)}).`,
          en: `The re-evaluation dossier is ${gap} day(s) too early: it may be filed from ${opensOn} through ${closesOn} (${citeEn(article, rules)}).`,
        }
      : {
          vi: `Nộp hồ sơ đánh giá lại quá hạn ${gap} ngày: hạn chót là ngày ${vi(closesOn)} (${citeVi(article, rules)}).`,
          en: `The re-evaluation dossier is ${gap} day(s) late: the last day was ${closesOn} (${citeEn(article, rules)}).`,
        },
  };
}

/** Art. 7.6.g: the re-evaluation is finished within 45 days of the day the complete dossier is received. */
export function reevaluationCompletionDeadline(
  completeOn: IsoDate,
  calendar?: Calendar,
  rules: DeadlineRules = DEADLINES_26_2026,
): CalendarDaysDeadline {
  const { days, article } = rules.reevaluationCompletion;
  const d = calendarDaysDeadline(completeOn, days, calendar);
  return {
    ...d,
    article,
    message: {
      vi: `Hoàn thành đánh giá, phân hạng lại chậm nhất ngày ${vi(d.dueOn)}${rolledVi(d)} — không quá ${days} ngày kể từ ngày nhận đủ hồ sơ ${vi(completeOn)} (${citeVi(article, rules)}).`,
      en: `Finish the re-evaluation by ${d.dueOn}${rolledEn(d)} — at most ${days} days from receipt of the complete dossier on ${completeOn} (${citeEn(article, rules)}).`,
    },
  };
}

/**
 * Art. 8.4: the certificate is revoked within 15 (calendar) days of the competent authority's conclusion, or of the
 * commune's confirmation that the producer no longer makes the product.
 */
export function revocationDeadline(
  conclusionOn: IsoDate,
  calendar?: Calendar,
  rules: DeadlineRules = DEADLINES_26_2026,
): CalendarDaysDeadline {
  const { days, article } = rules.revocation;
  const d = calendarDaysDeadline(conclusionOn, days, calendar);
  return {
    ...d,
    article,
    message: {
      vi: `Quyết định thu hồi giấy chứng nhận chậm nhất ngày ${vi(d.dueOn)}${rolledVi(d)} — ${days} ngày kể từ ngày có kết luận ${vi(conclusionOn)} (${citeVi(article, rules)}).`,
      en: `Revoke the certificate by ${d.dueOn}${rolledEn(d)} — ${days} days from the conclusion of ${conclusionOn} (${citeEn(article, rules)}).`,
    },
  };
}
