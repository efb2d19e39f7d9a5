// A plan's area in 2025 communes, and the one SQL condition every count of a target filters on: the rows of a table
// (by its alias) that lie in the province, or in the listed communes of it.
import { sql, type SQL } from 'drizzle-orm';

/** The plan's area in 2025 communes: a province (all its communes) or a list of communes. */
export interface PlanArea {
  provinceCode: string;
  communes: readonly string[] | null;
}

/** `<alias>.province_code = … [and <alias>.commune_code in (…)]`. */
export function inAreaSql(area: PlanArea, alias: string): SQL {
  const t = sql.raw(alias);
  const communes = area.communes;
  return communes
    ? sql`${t}.province_code = ${area.provinceCode} and ${t}.commune_code in (${sql.join(
        communes.map((c) => sql`${c}`),
        sql`, `,
      )})`
    : sql`${t}.province_code = ${area.provinceCode}`;
}
