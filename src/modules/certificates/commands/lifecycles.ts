// The lifecycle of stored certificates on a day: their facts (evaluation's certificateFactsOf), their events
// (lifecycle-store.ts), one pure call each. What every read of a certificate's status goes through — the list, the
// page, the print, the daily job, and the public register (certificates' index exports it).
import type { Db } from '../../../db/pool.ts';
import { certificateFactsOf } from '../../evaluation/index.ts';
import type { IsoDate } from '../../reference/index.ts';
import { certificateLifecycle, type CertificateLifecycle, type LifecycleEvents } from '../domain/lifecycle.ts';
import { lifecycleEventsOf } from '../data/lifecycle-store.ts';
import type { CertificateRow } from '../data/schema.ts';

type LifecycleRow = Pick<
  CertificateRow,
  'id' | 'number' | 'star' | 'issuedOn' | 'expiresOn' | 'status' | 'revokedOn' | 'supersededBy'
>;

/** One stored certificate's lifecycle, given its events. */
export function lifecycleOfRow(row: LifecycleRow, events: LifecycleEvents, today: IsoDate): CertificateLifecycle {
  const { revokedOn: _r, ...facts } = certificateFactsOf(row);
  return certificateLifecycle(facts, events, today);
}

/** The lifecycle of each certificate on `today`, by id (one query for the re-evaluations of all of them). */
export async function lifecyclesOf(
  db: Db,
  rows: readonly LifecycleRow[],
  today: IsoDate,
): Promise<Map<string, CertificateLifecycle>> {
  const events = await lifecycleEventsOf(db, rows);
  return new Map(rows.map((r) => [r.id, lifecycleOfRow(r, events.get(r.id) ?? {}, today)]));
}
