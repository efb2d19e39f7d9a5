// What part of the dossiers a reader sees, as SQL conditions (the scope itself is decided in policy.ts).
import { eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { DossierScope } from '../policy.ts';
import { dossiers } from './schema.ts';
import { containsPattern } from '../../../db/search.ts';

export function dossierScopeConditions(scope: DossierScope): SQL[] {
  if (scope.nothing) return [sql`false`];
  const conds: SQL[] = [];
  if (scope.provinceCode) conds.push(eq(dossiers.provinceCode, scope.provinceCode));
  if (scope.communeCode) conds.push(eq(dossiers.communeCode, scope.communeCode));
  if (scope.producerId) conds.push(eq(dossiers.producerId, scope.producerId));
  if (scope.sentToMinistry) conds.push(isNotNull(dossiers.proposedOn));
  return conds;
}

/** Diacritic-insensitive "contains" over product name, producer name and receipt number; LIKE wildcards escaped. */
export const dossierSearch = (q: string): SQL =>
  sql`${dossiers.search} like ${containsPattern(q)}`;
