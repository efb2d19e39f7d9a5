// What the dossiers' Excel export prints beside a list's fields: the province's acceptance date (Art. 7.3.a), the round
// (Art. 5) and the self-assessed result of Form 02 — one query for the whole export.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { dossiers, rounds, type RoundRow } from './schema.ts';

export interface DossierExportFacts {
  acceptedOn: string | null;
  selfAssessment: unknown;
  round: Pick<RoundRow, 'level' | 'number' | 'year' | 'extra'> | null;
}

export async function dossierExportFacts(db: Db, ids: readonly string[]): Promise<Map<string, DossierExportFacts>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: dossiers.id,
      acceptedOn: dossiers.acceptedOn,
      selfAssessment: dossiers.selfAssessment,
      level: rounds.level,
      number: rounds.number,
      year: rounds.year,
      extra: rounds.extra,
    })
    .from(dossiers)
    .leftJoin(rounds, eq(rounds.id, dossiers.roundId))
    .where(inArray(dossiers.id, [...new Set(ids)]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        acceptedOn: r.acceptedOn,
        selfAssessment: r.selfAssessment,
        round:
          r.level !== null && r.number !== null && r.year !== null
            ? { level: r.level, number: r.number, year: r.year, extra: r.extra ?? false }
            : null,
      },
    ]),
  );
}
