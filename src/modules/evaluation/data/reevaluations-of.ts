// What the certificate lifecycle needs to know of re-evaluations (Art. 7.6, 12.3): for a certificate, the latest
// re-evaluation dossier filed on it (dossiers.previous_certificate_id), whether it is still open, whether it was filed
// late (the Art. 12.3 extension) and the day it ended. The certificates module reads it through evaluation's index
// (it may not read this module's tables), as rows for its pure lifecycle and as SQL fragments for its list filters.
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { TERMINAL_STATES } from '../domain/dossier-lifecycle-model.ts';

export interface ReevaluationOfCertificate {
  dossierId: string;
  state: string;
  /** Filed and not yet in a terminal state: the certificate is being re-evaluated. */
  open: boolean;
  filedOn: string | null;
  /** Filed after the Art. 7.6.a window closed (the submit step's Art. 12.3 check). */
  late: boolean;
  /** The day the dossier reached its terminal state (its decision's date when it has one). */
  endedOn: string | null;
}

const terminal = sql.raw(TERMINAL_STATES.map((s) => `'${s}'`).join(', '));
const endedOnSql = sql`case when d.state in (${terminal})
  then coalesce((d.facts->'decision'->>'date')::date, (d.updated_at at time zone 'Asia/Ho_Chi_Minh')::date) end`;

/** The latest filed re-evaluation of each certificate, by certificate id. */
export async function reevaluationsOf(
  db: Db,
  certificateIds: readonly string[],
): Promise<Map<string, ReevaluationOfCertificate>> {
  if (!certificateIds.length) return new Map();
  const ids = [...new Set(certificateIds)];
  const res = await db.execute<{
    certificate_id: string;
    id: string;
    state: string;
    submitted_on: string | null;
    late: boolean | null;
    ended_on: string | null;
  }>(sql`
    select distinct on (d.previous_certificate_id) d.previous_certificate_id as certificate_id, d.id, d.state,
      d.submitted_on::text as submitted_on, (d.facts->>'lateReevaluation')::boolean as late, ${endedOnSql}::text as ended_on
    from dossiers d
    where d.kind = 'reevaluation' and d.submitted_on is not null
      and d.previous_certificate_id in (${sql.join(
        ids.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})
    order by d.previous_certificate_id, d.submitted_on desc, d.created_at desc`);
  return new Map(
    res.rows.map((r) => [
      r.certificate_id,
      {
        dossierId: r.id,
        state: r.state,
        open: !(TERMINAL_STATES as readonly string[]).includes(r.state),
        filedOn: r.submitted_on,
        late: r.late === true,
        endedOn: r.ended_on,
      },
    ]),
  );
}

/** SQL: the certificate (its id column) has a filed re-evaluation that is still open. */
export const openReevaluationExists = (certificateId: AnyColumn): SQL =>
  sql`exists (select 1 from dossiers d where d.kind = 'reevaluation' and d.previous_certificate_id = ${certificateId}
    and d.submitted_on is not null and d.state not in (${terminal}))`;

/** SQL: the day the certificate's latest filed re-evaluation ended (null while open or when there is none). */
export const reevaluationEndedOn = (certificateId: AnyColumn): SQL =>
  sql`(select ${endedOnSql} from dossiers d where d.kind = 'reevaluation' and d.previous_certificate_id = ${certificateId}
    and d.submitted_on is not null order by d.submitted_on desc, d.created_at desc limit 1)`;
