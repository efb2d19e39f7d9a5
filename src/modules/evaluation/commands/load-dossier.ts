// Loads a dossier the actor may see (anything outside the actor's scope is answered as "not found").
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { accessOf, coversDossier, type EvaluationAccess } from '../policy.ts';
import { findDossier, lockDossier } from '../data/dossier-store.ts';
import type { DossierRow } from '../data/schema.ts';
import type { Dossier } from '../domain/dossier-lifecycle.ts';
import { dossierNotFound } from './errors.ts';
import { parseDossierFacts } from '../domain/dossier-facts.ts';

export interface LoadedDossier {
  row: DossierRow;
  facts: Dossier;
  access: EvaluationAccess;
}

/** `lock`: take the row lock for the rest of the transaction (every write does); 'share' for a write beside the
 *  dossier that must not see it change (a draft scorecard), without queueing behind other such writes. */
export async function loadDossier(
  db: Db,
  actor: Actor,
  id: string,
  opts: { lock?: boolean | 'share' } = {},
): Promise<LoadedDossier> {
  const access = await accessOf(db, actor);
  const row = opts.lock
    ? await lockDossier(db, id, opts.lock === 'share' ? 'share' : 'update')
    : await findDossier(db, id);
  if (!row || !coversDossier(access, row)) throw dossierNotFound();
  return { row, facts: parseDossierFacts(row.facts), access };
}
