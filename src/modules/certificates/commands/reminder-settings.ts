// The province's own reminders before a certificate expires (issue 9: "the province can add reminders"): whole days
// before expiry, besides the notices of Art. 7.6.a (180 and 120 days) and 30 days. The provincial OCOP office sets its
// province's; the daily job reads every province's.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { badRequest } from '../../../platform/errors.ts';
import { REMINDER_DAYS } from '../domain/notices.ts';
import { reminderSettingOf, saveReminderDays } from '../data/notice-store.ts';
import { certificatePolicy } from '../policy.ts';

/** The notices every certificate gets, whatever the province adds. */
export const BUILT_IN_NOTICES = [
  {
    kind: 'window_opens',
    daysBefore: 180,
    article: 'Art. 7.6.a',
    label: { vi: 'Mở thời hạn nộp hồ sơ đánh giá lại', en: 'Re-evaluation window opens' },
  },
  {
    kind: 'window_closing',
    daysBefore: 120,
    article: 'Art. 7.6.a',
    label: { vi: 'Ngày cuối nộp hồ sơ đánh giá lại', en: 'Last day of the re-evaluation window' },
  },
  {
    kind: 'expiry_30',
    daysBefore: 30,
    article: 'Art. 4.3',
    label: { vi: '30 ngày trước khi hết hạn', en: '30 days before expiry' },
  },
  { kind: 'expired', daysBefore: 0, article: 'Art. 4.3', label: { vi: 'Khi hết hiệu lực', en: 'On expiry' } },
] as const;

export async function getReminderSettings(db: Db, actor: Actor) {
  certificatePolicy.assertCan(actor, 'certificates.reminders', { provinceCode: actor.provinceCode });
  const row = await reminderSettingOf(db, actor.provinceCode!);
  return {
    provinceCode: actor.provinceCode!,
    daysBefore: row?.daysBefore ?? [],
    updatedAt: row?.updatedAt.toISOString() ?? null,
    builtIn: BUILT_IN_NOTICES.map((n) => ({ ...n, label: { ...n.label } })),
    limits: { ...REMINDER_DAYS },
  };
}

export async function saveReminderSettings(db: Db, actor: Actor, daysBefore: number[]) {
  certificatePolicy.assertCan(actor, 'certificates.reminders', { provinceCode: actor.provinceCode });
  const days = [...new Set(daysBefore)].sort((a, b) => b - a);
  if (days.length > REMINDER_DAYS.count)
    throw badRequest([
      {
        field: 'body.daysBefore',
        code: 'too_many',
        message: {
          vi: `Tối đa ${REMINDER_DAYS.count} lần nhắc`,
          en: `At most ${REMINDER_DAYS.count} reminders`,
        },
      },
    ]);
  await db.transaction(async (tx) => {
    const before = await reminderSettingOf(tx, actor.provinceCode!);
    await saveReminderDays(tx, actor.provinceCode!, days, actor.id);
    await audit(tx, actor, {
      action: 'certificate.reminders.save',
      entityType: 'province',
      entityId: undefined,
      provinceCode: actor.provinceCode,
      before: { daysBefore: before?.daysBefore ?? [] },
      after: { daysBefore: days },
    });
  });
  return getReminderSettings(db, actor);
}
