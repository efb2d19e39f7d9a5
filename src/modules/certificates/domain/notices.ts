// The notices the daily job sends about a certificate (issue 9: nobody misses a deadline): the Art. 7.6.a window opens
// (180 days before expiry), it closes (120 days before: its last day), 30 days before expiry, and on expiry (Art. 4.3);
// plus the province's own reminders, N days before expiry. Pure: the lifecycle and today are passed in. Each notice is
// due from its day while it still makes sense (a job that missed a day catches up); the store sends each only once.
import type { Message } from '../../../platform/errors.ts';
import { addDays, formatDateVi, type IsoDate } from '../../reference/index.ts';
import type { CertificateLifecycle } from './lifecycle.ts';

const v = formatDateVi;

export type NoticeKind = 'window_opens' | 'window_closing' | 'expiry_30' | 'expired' | `reminder_${number}`;

export interface DueNotice {
  kind: NoticeKind;
  dueOn: IsoDate;
  article: string;
  title: Message;
}

/** A province's reminders: whole days before expiry, 1 to 365. */
export const REMINDER_DAYS = { min: 1, max: 365, count: 10 } as const;

/** Still before expiry and not yet re-evaluated or replaced: the producer has something to do. */
const BEFORE_EXPIRY = ['valid', 'reevaluation_window', 'under_reevaluation'];

export function noticesDue(
  c: { number: string; productName: string | null },
  life: CertificateLifecycle,
  today: IsoDate,
  reminderDays: readonly number[] = [],
): DueNotice[] {
  const what = `${c.number}${c.productName ? ` (${c.productName})` : ''}`;
  const out: DueNotice[] = [];
  const { opensOn, closesOn } = life.window;
  if (life.status === 'reevaluation_window' && today >= opensOn) {
    out.push({
      kind: 'window_opens',
      dueOn: opensOn,
      article: 'Art. 7.6.a',
      title: {
        vi: `Giấy chứng nhận ${what} hết hạn ngày ${v(life.expiresOn)}: đã đến thời hạn nộp hồ sơ đánh giá lại, từ ngày ${v(opensOn)} đến hết ngày ${v(closesOn)} (điểm a khoản 6 Điều 7)`,
        en: `Certificate ${what} expires on ${life.expiresOn}: the re-evaluation window is open, ${opensOn} through ${closesOn} (Art. 7.6.a)`,
      },
    });
  }
  if (life.status === 'reevaluation_window' && today >= closesOn) {
    out.push({
      kind: 'window_closing',
      dueOn: closesOn,
      article: 'Art. 7.6.a',
      title: {
        vi: `Hôm nay ${v(closesOn)} là ngày cuối nộp hồ sơ đánh giá lại giấy chứng nhận ${what} (120 ngày trước ngày hết hạn, điểm a khoản 6 Điều 7)`,
        en: `Today, ${closesOn}, is the last day to file the re-evaluation of certificate ${what} (120 days before expiry, Art. 7.6.a)`,
      },
    });
  }
  const beforeExpiry = (days: number) =>
    BEFORE_EXPIRY.includes(life.status) && today >= addDays(life.expiresOn, -days) && today <= life.expiresOn;
  if (beforeExpiry(30)) {
    out.push({
      kind: 'expiry_30',
      dueOn: addDays(life.expiresOn, -30),
      article: 'Art. 4.3',
      title: {
        vi: `Giấy chứng nhận ${what} hết hạn sau 30 ngày, ngày ${v(life.expiresOn)} (khoản 3 Điều 4)`,
        en: `Certificate ${what} expires in 30 days, on ${life.expiresOn} (Art. 4.3)`,
      },
    });
  }
  for (const days of new Set(reminderDays)) {
    if (!beforeExpiry(days)) continue;
    out.push({
      kind: `reminder_${days}`,
      dueOn: addDays(life.expiresOn, -days),
      article: 'Art. 4.3',
      title: {
        vi: `Nhắc hạn của tỉnh: giấy chứng nhận ${what} hết hạn sau ${days} ngày, ngày ${v(life.expiresOn)}`,
        en: `Province reminder: certificate ${what} expires in ${days} days, on ${life.expiresOn}`,
      },
    });
  }
  // On expiry: from the first day out of force, for a month (a certificate long expired is not announced again).
  const firstDayOut = addDays(life.validUntil, 1);
  if (life.status === 'expired' && today >= firstDayOut && today <= addDays(firstDayOut, 30)) {
    out.push({
      kind: 'expired',
      dueOn: firstDayOut,
      article: life.extendedUntil ? 'Art. 12.3' : 'Art. 4.3',
      title: {
        vi: `Giấy chứng nhận ${what} đã hết hiệu lực từ ngày ${v(firstDayOut)} (${life.extendedUntil ? 'khoản 3 Điều 12' : 'khoản 3 Điều 4'})`,
        en: `Certificate ${what} is no longer in force from ${firstDayOut} (${life.extendedUntil ? 'Art. 12.3' : 'Art. 4.3'})`,
      },
    });
  }
  return out;
}
