// Which open dossiers may have missed a deadline on a day, as SQL — for counts over many dossiers (the dashboard),
// so that only those rows are read and handed to the domain's overdueDeadlines, which decides. A superset on
// purpose: one of the dates overdueDeadlines compares with today is past (the commune's Art. 7.2 days, the
// re-evaluation's 45 days of Art. 7.6.g, the round's Art. 5.1 / 5.2 end), or the dossier was filed before 26/2026
// came into force (its Art. 12 transition deadline). Keep in step with overdueDeadlines (dossier-lifecycle-labels.ts);
// overdue-candidates.test.ts checks that no overdue dossier falls outside.
import { sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026 } from '../domain/deadline-rules.ts';
import { TERMINAL_STATES } from '../domain/dossier-lifecycle-model.ts';

const DATES = ['communeDueOn', 'reevaluationDueOn', 'roundFinishBy', 'centralRoundFinishBy'] as const;

/** `alias`: the dossiers table's alias in the caller's query. */
export function mayBeOverdueSql(alias: string, today: IsoDate): SQL {
  const d = sql.raw(alias);
  const terminal = sql.join(
    TERMINAL_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const past = sql.join(
    DATES.map((k) => sql`(${d}.facts->>${k})::date < ${today}::date`),
    sql` or `,
  );
  return sql`(${d}.state not in (${terminal}) and (${past} or ${d}.submitted_on < ${DEADLINES_26_2026.inForceFrom}::date))`;
}
