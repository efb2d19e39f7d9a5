// Many rows into one table in one statement with ONE parameter: the rows as a JSON array, spread into the table's
// row type by jsonb_populate_recordset. A bulk import writes tens of thousands of records; a multi-row VALUES list
// would bind one parameter per cell (PostgreSQL allows 65,535) and cost the query builder a step per cell, while
// JSON.stringify is native and PostgreSQL parses the array once. Columns left out (generated ones, created_at …)
// take their defaults; the rows are what Drizzle would insert, keyed by the table's property names.
import { getTableColumns, getTableName, sql, type Table } from 'drizzle-orm';
import type { Db } from './pool.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function insertAsJson<T extends Table>(
  tx: Db,
  table: T,
  rows: readonly Partial<T['$inferInsert']>[],
): Promise<void> {
  if (!rows.length) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  // Every property any row gives (undefined: left out, as Drizzle leaves it out).
  const keys = [
    ...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined))),
  ];
  const names = keys.map((k) => {
    const c = columns[k];
    if (!c) throw new Error(`insertAsJson: ${getTableName(table)} has no column ${k}`);
    return c.name;
  });
  const data = JSON.stringify(
    rows.map((r) => Object.fromEntries(keys.map((k, i) => [names[i], (r as Record<string, unknown>)[k] ?? null]))),
  );
  const list = sql.raw(names.map(quote).join(', '));
  const type = sql.raw(quote(getTableName(table)));
  await tx.execute(
    sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${type}, ${data}::jsonb)`,
  );
}
