// The daily job (issue 9): on `today`, every certificate near a deadline gets the notices due (notices.ts) — the Art.
// 7.6.a window opens and closes, 30 days before expiry, on expiry, and the province's own reminders — each once
// (certificate_notices is unique per certificate and kind, so a second run the same day, or two processes at once,
// send nothing more); a certificate the lifecycle finds expired gets its status marker. A plain function of the day:
// pg-boss runs it every morning (daily-job.ts), `npm run ocop -- certificates daily --today …` by hand, tests on
// fixed dates.
import type { Db } from '../../../db/pool.ts';
import type { Jobs } from '../../../platform/command-context.ts';
import { audit } from '../../../platform/audit.ts';
import type { IsoDate } from '../../reference/index.ts';
import { findProductViews } from '../../registry/index.ts';
import { noticesDue, REMINDER_DAYS } from '../domain/notices.ts';
import {
  allReminderDays,
  certificatesNearNotice,
  claimNotice,
  markExpired,
  setNoticeRecipients,
} from '../data/notice-store.ts';
import { lifecyclesOf } from './lifecycles.ts';
import { notifyAboutCertificate } from './notify-certificate.ts';

export interface DailyRunSummary {
  today: IsoDate;
  certificates: number;
  notices: { certificateId: string; number: string; kind: string; recipients: number }[];
  markedExpired: number;
}

export async function runCertificateDaily(db: Db, today: IsoDate, jobs: Jobs): Promise<DailyRunSummary> {
  const reminders = await allReminderDays(db);
  const ahead = Math.max(180, ...[...reminders.values()].flat().filter((d) => d <= REMINDER_DAYS.max));
  const rows = await certificatesNearNotice(db, today, ahead);
  const [lives, views] = await Promise.all([
    lifecyclesOf(db, rows, today),
    findProductViews(
      db,
      rows.map((r) => r.productId),
    ),
  ]);
  const summary: DailyRunSummary = { today, certificates: rows.length, notices: [], markedExpired: 0 };
  for (const c of rows) {
    const life = lives.get(c.id)!;
    const product = views.get(c.productId);
    const due = noticesDue(
      { number: c.number, productName: product?.name ?? null },
      life,
      today,
      reminders.get(c.provinceCode),
    );
    if (!due.length && !(life.status === 'expired' && c.status === 'valid')) continue;
    // One transaction per certificate: its notices, their recipients and the marker commit together.
    await db.transaction(async (tx) => {
      for (const n of due) {
        if (
          !(await claimNotice(tx, {
            provinceCode: c.provinceCode,
            certificateId: c.id,
            kind: n.kind,
            dueOn: n.dueOn,
            sentOn: today,
          }))
        )
          continue;
        const recipients = await notifyAboutCertificate(tx, jobs, c, product, {
          kind: `certificate.${n.kind}`,
          title: n.title,
          stateLabel: life.label,
          extra: { expiresOn: life.expiresOn, article: n.article },
        });
        await setNoticeRecipients(tx, c.id, n.kind, recipients);
        summary.notices.push({ certificateId: c.id, number: c.number, kind: n.kind, recipients });
      }
      if (life.status === 'expired' && c.status === 'valid') {
        await markExpired(tx, c.id);
        await audit(tx, null, {
          action: 'certificate.expire',
          entityType: 'certificate',
          entityId: c.id,
          provinceCode: c.provinceCode,
          fromState: 'valid',
          toState: 'expired',
          after: { number: c.number, validUntil: life.validUntil, on: today },
        });
        summary.markedExpired++;
      }
    });
  }
  return summary;
}
