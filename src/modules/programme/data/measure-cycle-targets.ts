// The cycle's targets per 2025 commune over [from, on]: survey rows counted by their survey's date ("khảo sát 75 sản
// phẩm tiềm năng"), product ideas by the day they were registered — so a past day reads what was recorded by then.
import { sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../reference/index.ts';

/** measure-targets.ts's PlanArea (repeated, not imported: that file imports this one). */
interface PlanArea {
  provinceCode: string;
  communes: readonly string[] | null;
}

function inArea(area: PlanArea, t: string): SQL {
  const alias = sql.raw(t);
  const communes = area.communes;
  return communes
    ? sql`${alias}.province_code = ${area.provinceCode} and ${alias}.commune_code in (${sql.join(
        communes.map((c) => sql`${c}`),
        sql`, `,
      )})`
    : sql`${alias}.province_code = ${area.provinceCode}`;
}

export function cycleCountQuery(kind: 'products_surveyed' | 'ideas_registered', area: PlanArea, from: IsoDate, on: IsoDate) {
  if (kind === 'products_surveyed')
    return sql`select r.commune_code, count(*)::int as n
      from cycle_survey_rows r join cycle_surveys s on s.id = r.survey_id
      where ${inArea(area, 'r')} and s.surveyed_on between ${from}::date and ${on}::date
      group by 1`;
  return sql`select i.commune_code, count(*)::int as n from cycle_ideas i
    where ${inArea(area, 'i')} and i.registered_on between ${from}::date and ${on}::date
    group by 1`;
}
