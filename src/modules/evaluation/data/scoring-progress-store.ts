// Where each council's scoring stands, for a page of dossiers and one viewer, in one query: the council of each dossier
// the viewer sits on (provincial or central), how many scoring members it has and how many submitted, and the
// viewer's own card. "Scoring members" as council-session.ts scoringMemberIds: members and vice-chairs, the chair
// when the council says so.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';

export interface ScoringProgressRow {
  dossierId: string;
  councilId: string;
  scorer: boolean;
  memberCount: number;
  submittedCount: number;
  ownSubmitted: boolean | null;
  ownTotal: number | null;
}

export async function scoringProgressOf(db: Db, dossierIds: string[], viewerId: string): Promise<ScoringProgressRow[]> {
  if (dossierIds.length === 0) return [];
  const ids = sql.join(dossierIds.map((id) => sql`${id}::uuid`), sql`, `);
  const r = await db.execute<{
    dossier_id: string; council_id: string; scorer: boolean; member_count: number; submitted_count: number; own_submitted: boolean | null; own_total: number | null;
  }>(sql`
    with seat as (
      select d.id as dossier_id, c.id as council_id, c.chair_scores, me.position
      from dossiers d
      join councils c on c.id in (d.council_id, d.central_council_id)
      join council_members me on me.council_id = c.id and me.user_id = ${viewerId}
      where d.id in (${ids})
    ),
    scoring as (
      select s.council_id, m.user_id from seat s
      join council_members m on m.council_id = s.council_id
        and (m.position in ('member', 'vice_chair') or (m.position = 'chair' and s.chair_scores))
      group by s.council_id, m.user_id
    )
    select s.dossier_id, s.council_id,
      (s.position in ('member', 'vice_chair') or (s.position = 'chair' and s.chair_scores)) as scorer,
      (select count(*)::int from scoring x where x.council_id = s.council_id) as member_count,
      (select count(*)::int from scorecards k join scoring x on x.council_id = k.council_id and x.user_id = k.member_id
        where k.council_id = s.council_id and k.dossier_id = s.dossier_id and k.submitted_at is not null) as submitted_count,
      (select k.submitted_at is not null from scorecards k where k.council_id = s.council_id and k.dossier_id = s.dossier_id and k.member_id = ${viewerId}) as own_submitted,
      (select k.total::float8 from scorecards k where k.council_id = s.council_id and k.dossier_id = s.dossier_id and k.member_id = ${viewerId}) as own_total
    from seat s`);
  return r.rows.map((x) => ({
    dossierId: x.dossier_id, councilId: x.council_id, scorer: x.scorer, memberCount: x.member_count, submittedCount: x.submitted_count,
    ownSubmitted: x.own_submitted, ownTotal: x.own_total === null ? null : Number(x.own_total),
  }));
}
