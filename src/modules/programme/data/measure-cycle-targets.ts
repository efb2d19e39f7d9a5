// The cycle's targets per 2025 commune over [from, on]: survey rows counted by their survey's date ("khảo sát 75 sản
// phẩm tiềm năng"), product ideas by the day they were registered — so a past day reads what was recorded by then.
import { sql } from 'drizzle-orm';
import type { IsoDate } from '../../reference/index.ts';
import { inAreaSql, type PlanArea } from './area-sql.ts';


export function cycleCountQuery(kind: 'products_surveyed' | 'ideas_registered', area: PlanArea, from: IsoDate, on: IsoDate) {
  if (kind === 'products_surveyed')
    return sql`select r.commune_code, count(*)::int as n
      from cycle_survey_rows r join cycle_surveys s on s.id = r.survey_id
      where ${inAreaSql(area, 'r')} and s.surveyed_on between ${from}::date and ${on}::date
      group by 1`;
  return sql`select i.commune_code, count(*)::int as n from cycle_ideas i
    where ${inAreaSql(area, 'i')} and i.registered_on between ${from}::date and ${on}::date
    group by 1`;
}
