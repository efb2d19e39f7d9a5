// pg-boss runs its own SQL text with $1…$n placeholders. Handing it this executor makes a job part of the caller's
// Drizzle transaction: it becomes visible to workers on commit and disappears on rollback.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';

/** The shape pg-boss 10 accepts as `{ db }` in send() and insert(). */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Rebuilds "… $2 … $1 …" as a Drizzle query whose parameters follow the placeholders in order. Each value is an
 * explicit parameter (an array or object would otherwise be read by Drizzle as SQL), undefined becomes NULL.
 */
export function toDrizzleSql(text: string, values: readonly unknown[]): SQL {
  const parts: SQL[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$(\d+)/g)) {
    const n = Number(m[1]);
    if (n < 1 || n > values.length) throw new Error(`placeholder $${n} has no value (${values.length} given)`);
    parts.push(sql.raw(text.slice(last, m.index)), sql`${sql.param(values[n - 1] ?? null)}`);
    last = m.index + m[0].length;
  }
  parts.push(sql.raw(text.slice(last)));
  return sql.join(parts);
}

export function sqlExecutor(db: Db): SqlExecutor {
  return {
    async executeSql(text, values) {
      const res = await db.execute(toDrizzleSql(text, values ?? []));
      return { rows: res.rows };
    },
  };
}
