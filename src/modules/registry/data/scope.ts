// What part of the registry a reader sees, as SQL conditions. Commands decide the scope from the actor
// (policy.ts); this file only turns it into WHERE clauses.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { containsPattern } from '../../../db/search.ts';

/** undefined fields are unrestricted; `nothing` hides every row (a producer account not linked yet). */
export interface ReadScope {
  provinceCode?: string;
  communeCode?: string;
  producerId?: string;
  nothing?: true;
}

export function scopeConditions(scope: ReadScope, cols: { provinceCode: PgColumn; communeCode: PgColumn; producerId: PgColumn }): SQL[] {
  if (scope.nothing) return [sql`false`];
  const conds: SQL[] = [];
  if (scope.provinceCode) conds.push(eq(cols.provinceCode, scope.provinceCode));
  if (scope.communeCode) conds.push(eq(cols.communeCode, scope.communeCode));
  if (scope.producerId) conds.push(eq(cols.producerId, scope.producerId));
  return conds;
}

/**
 * Diacritic-insensitive "contains": both sides through search_key(), served by the trigram index on `search`.
 * LIKE's own wildcards in the user's text are escaped, so "50%" means the characters "50%".
 */
export const searchMatches = (column: PgColumn, q: string): SQL =>
  sql`${column} like ${containsPattern(q)}`;
