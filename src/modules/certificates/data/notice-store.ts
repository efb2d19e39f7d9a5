// Queries of the daily job: the certificates near a notice, the notices already sent (each once: unique per
// certificate and kind), and the provinces' own reminders. The only place that builds their SQL.
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { addDays, type IsoDate } from '../../reference/index.ts';
import { certificateNotices, certificateReminderSettings, certificates, type CertificateRow } from './schema.ts';

/**
 * Certificates that may have a notice due on `today`: neither revoked nor replaced, expiring within `aheadDays`, or
 * expired recently enough (an Art. 12.3 extension runs up to 180 days past expiry, the expiry notice a month more).
 */
export async function certificatesNearNotice(db: Db, today: IsoDate, aheadDays: number): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(
      and(
        or(isNull(certificates.revokedOn), sql`${certificates.revokedOn} > ${today}::date`),
        isNull(certificates.supersededBy),
        gte(certificates.expiresOn, addDays(today, -(180 + 31))),
        lte(certificates.expiresOn, addDays(today, aheadDays)),
      ),
    );
}

/** Records the notice unless it was already sent; true when this call recorded it (so it sends it). */
export async function claimNotice(
  tx: Db,
  v: { provinceCode: string; certificateId: string; kind: string; dueOn: IsoDate; sentOn: IsoDate },
): Promise<boolean> {
  const rows = await tx
    .insert(certificateNotices)
    .values(v)
    .onConflictDoNothing({ target: [certificateNotices.certificateId, certificateNotices.kind] })
    .returning({ id: certificateNotices.id });
  return rows.length > 0;
}

export async function setNoticeRecipients(tx: Db, certificateId: string, kind: string, n: number): Promise<void> {
  await tx
    .update(certificateNotices)
    .set({ recipients: n })
    .where(and(eq(certificateNotices.certificateId, certificateId), eq(certificateNotices.kind, kind)));
}

export async function noticesOf(db: Db, certificateId: string) {
  return db
    .select()
    .from(certificateNotices)
    .where(eq(certificateNotices.certificateId, certificateId))
    .orderBy(certificateNotices.dueOn, certificateNotices.id);
}

/** Every province's own reminders (days before expiry), by province. */
export async function allReminderDays(db: Db): Promise<Map<string, number[]>> {
  const rows = await db.select().from(certificateReminderSettings);
  return new Map(rows.map((r) => [r.provinceCode, r.daysBefore]));
}

export async function reminderSettingOf(db: Db, provinceCode: string) {
  const [row] = await db
    .select()
    .from(certificateReminderSettings)
    .where(eq(certificateReminderSettings.provinceCode, provinceCode));
  return row;
}

export async function saveReminderDays(tx: Db, provinceCode: string, days: number[], by: string): Promise<void> {
  await tx
    .insert(certificateReminderSettings)
    .values({ provinceCode, daysBefore: days, updatedBy: by })
    .onConflictDoUpdate({
      target: certificateReminderSettings.provinceCode,
      set: { daysBefore: days, updatedBy: by, updatedAt: sql`now()` },
    });
}

/** The status column is an event marker and cache: the job marks certificates the lifecycle found expired. */
export async function markExpired(tx: Db, id: string): Promise<void> {
  await tx
    .update(certificates)
    .set({ status: 'expired' })
    .where(and(eq(certificates.id, id), eq(certificates.status, 'valid')));
}
