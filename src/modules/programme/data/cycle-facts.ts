// The facts of the pipeline in an area on a day, one query: every product idea, every survey row not yet an idea,
// and every registry product that entered the cycle without an idea (a business plan, a filed dossier or a
// certificate in force), each with its latest business plan's state, whether a procedure dossier was filed, whether a
// certificate is in force (certificates' inForceOnSql, a past day included) and whether a distributor partner serves
// its producer (trade promotion). domain/cycle-stage.ts turns the facts into the stage.
// A past day reads only recorded dates: an idea counts from registered_on, a plan from first_submitted_on (kept when
// sent again, migration 0020), and either is accepted on that day only if accepted by then — acceptance is final, so
// province_reviewed_on of an accepted record is its acceptance day. Before it the record was in review (its exact
// state then is not kept and the stage does not need it: "idea" and "business plan" cover every review state).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { inForceOnSql } from '../../certificates/index.ts';
import type { ReviewState } from '../domain/cycle-review.ts';

export interface CycleArea {
  provinceCode: string | null;
  communeCode: string | null;
}

export type PipelineRow = {
  key: string;
  idea_id: string | null;
  survey_row_id: string | null;
  product_id: string | null;
  producer_id: string | null;
  name: string;
  producer_name: string | null;
  province_code: string;
  commune_code: string;
  surveyed: boolean;
  idea_state: ReviewState | null;
  plan_id: string | null;
  plan_state: ReviewState | null;
  dossier_filed: boolean;
  certified: boolean;
  promoted: boolean;
};

const inArea = (a: CycleArea, t: string): SQL => {
  const alias = sql.raw(t);
  return sql`(${a.provinceCode}::text is null or ${alias}.province_code = ${a.provinceCode})
    and (${a.communeCode}::text is null or ${alias}.commune_code = ${a.communeCode})`;
};

/** The review state of an idea or plan (alias t) on the day: accepted from its acceptance day; in review before. */
const stateOn = (t: string, on: string): SQL => {
  const a = sql.raw(t);
  return sql`case when ${a}.state = 'accepted' and ${a}.province_reviewed_on > ${on}::date then 'forwarded'
    else ${a}.state end`;
};

export async function pipelineFacts(db: Db, area: CycleArea, on: string): Promise<PipelineRow[]> {
  const res = await db.execute<PipelineRow>(sql`
    with items as (
      select 'idea:' || i.id as key, i.id as idea_id, i.survey_row_id, i.product_id, i.producer_id, i.name,
        coalesce(pr.name, i.household_name) as producer_name, i.province_code, i.commune_code,
        i.survey_row_id is not null as surveyed, ${stateOn('i', on)} as idea_state
      from cycle_ideas i left join producers pr on pr.id = i.producer_id
      where ${inArea(area, 'i')} and i.registered_on <= ${on}::date
      union all
      select 'survey:' || r.id, null, r.id, null, r.producer_id, r.product_name, coalesce(pr.name, r.household_name),
        r.province_code, r.commune_code, true, null
      from cycle_survey_rows r join cycle_surveys s on s.id = r.survey_id left join producers pr on pr.id = r.producer_id
      where ${inArea(area, 'r')} and s.surveyed_on <= ${on}::date
        and not exists (select 1 from cycle_ideas i where i.survey_row_id = r.id and i.registered_on <= ${on}::date)
      union all
      select 'product:' || p.id, null, null, p.id, p.producer_id, p.name, pr.name, p.province_code, p.commune_code,
        false, null
      from products p join producers pr on pr.id = p.producer_id
      where ${inArea(area, 'p')}
        and not exists (select 1 from cycle_ideas i where i.product_id = p.id and i.registered_on <= ${on}::date)
        and (exists (select 1 from cycle_business_plans b where b.product_id = p.id
            and b.first_submitted_on <= ${on}::date)
          or exists (select 1 from dossiers d where d.product_id = p.id and d.source = 'procedure'
            and d.submitted_on <= ${on}::date)
          or exists (select 1 from certificates where certificates.product_id = p.id and ${inForceOnSql(on)}))
    )
    select items.*, plan.id as plan_id, plan.state_on as plan_state,
      items.product_id is not null and exists (select 1 from dossiers d where d.product_id = items.product_id
        and d.source = 'procedure' and d.submitted_on <= ${on}::date) as dossier_filed,
      items.product_id is not null and exists (select 1 from certificates
        where certificates.product_id = items.product_id and ${inForceOnSql(on)}) as certified,
      items.producer_id is not null and exists (select 1 from cycle_partner_producers pp
        join cycle_partners pa on pa.id = pp.partner_id
        where pp.producer_id = items.producer_id and pa.kind = 'distributor'
          and (pp.since is null or pp.since <= ${on}::date)) as promoted
    from items
    left join lateral (select b.id, ${stateOn('b', on)} as state_on from cycle_business_plans b
      where ((items.idea_id is not null and b.idea_id = items.idea_id)
        or (items.product_id is not null and b.product_id = items.product_id)) and b.first_submitted_on <= ${on}::date
      order by b.first_submitted_on desc, b.created_at desc limit 1) plan on true
    order by items.commune_code, items.name`);
  return res.rows;
}
