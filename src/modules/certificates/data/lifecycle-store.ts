// The certificate lifecycle's facts as stored: the register's own events (revoked_on, superseded_by, extended_until)
// and the re-evaluations evaluation reports (through its index). Two readings of the same rules: the events per
// certificate for the pure certificateLifecycle (domain/lifecycle.ts), and one SQL CASE that lists filter on —
// lifecycle-sql.test.ts checks that both agree certificate by certificate.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { openReevaluationExists, reevaluationEndedOn, reevaluationsOf } from '../../evaluation/index.ts';
import { addDays, type IsoDate } from '../../reference/index.ts';
import type { LifecycleEvents, LifecycleStatus } from '../domain/lifecycle.ts';
import { certificates, type CertificateRow } from './schema.ts';

/** The events of each certificate, by id. */
export async function lifecycleEventsOf(
  db: Db,
  rows: readonly Pick<CertificateRow, 'id' | 'revokedOn' | 'supersededBy'>[],
): Promise<Map<string, LifecycleEvents>> {
  const reevaluations = await reevaluationsOf(
    db,
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { revokedOn: r.revokedOn, supersededBy: r.supersededBy, reevaluation: reevaluations.get(r.id) ?? null },
    ]),
  );
}

/**
 * SQL: the lifecycle status of each certificate on `today`, in certificateLifecycle's order. The Art. 7.6.a window
 * (180 to 120 days before expiry) is `today + 120 ≤ expires_on ≤ today + 180`; the Art. 12.3 extension is the stored
 * extended_until (set when a late re-evaluation was filed), cut short by the day that re-evaluation ended.
 */
export function lifecycleStatusSql(today: IsoDate): SQL<LifecycleStatus> {
  const c = certificates;
  const t = sql`${today}::date`;
  const lastDay = lastDaySql();
  return sql<LifecycleStatus>`(case
    when ${c.revokedOn} is not null and ${c.revokedOn} <= ${t} then 'revoked'
    when ${c.supersededBy} is not null then 'superseded'
    when ${t} < ${c.issuedOn} or ${t} > ${lastDay} then 'expired'
    when ${t} > ${c.expiresOn} then 'extended'
    when ${openReevaluationExists(c.id)} then 'under_reevaluation'
    when ${c.expiresOn} between ${addDays(today, 120)}::date and ${addDays(today, 180)}::date then 'reevaluation_window'
    else 'valid' end)`;
}

/** SQL: the last day the certificate stands, its term or the Art. 12.3 extension cut short by the re-evaluation's end. */
function lastDaySql(): SQL<string> {
  const c = certificates;
  return sql`(case when ${c.extendedUntil} is not null
    then greatest(${c.expiresOn}, least(${c.extendedUntil}, coalesce(${reevaluationEndedOn(c.id)}, ${c.extendedUntil})))
    else ${c.expiresOn} end)`;
}

/**
 * SQL: whether the certificate was in force on `day`, a past day included — what counts and reports "as of a date"
 * filter on. Unlike lifecycleStatusSql (today's status, where a replaced certificate is simply 'superseded'), a
 * certificate replaced by an upgrade or a re-evaluation counts until the day its successor was issued, and one
 * revoked later counts until its revocation (Art. 4.3, 7.5, 7.6, 8, 12.3).
 */
export function inForceOnSql(day: IsoDate): SQL<boolean> {
  const c = certificates;
  const t = sql`${day}::date`;
  return sql<boolean>`(${c.issuedOn} <= ${t} and ${t} <= ${lastDaySql()}
    and (${c.revokedOn} is null or ${c.revokedOn} > ${t})
    and not exists (select 1 from certificates successor
      where successor.id = ${c.supersededBy} and successor.issued_on <= ${t}))`;
}
