// What the steps offered on a dossier stand on beyond its facts (domain/dossier-lifecycle.ts offeredActions): while a
// council scores it, that council's scoring and the result its cards lead to.
import type { Db } from '../../../db/pool.ts';
import type { IsoDate } from '../../reference/index.ts';
import type { OfferWorld } from '../domain/dossier-lifecycle.ts';
import { findCouncil } from '../data/council-store.ts';
import type { DossierRow } from '../data/schema.ts';
import { outcomeOf, sessionOf } from './council-session.ts';

const SCORED_AT: Partial<Record<string, 'province' | 'central'>> = {
  council_scoring: 'province',
  council_rescoring: 'province',
  ministry_council: 'central',
};

export async function offerWorld(db: Db, row: DossierRow, on: IsoDate): Promise<OfferWorld | undefined> {
  const level = SCORED_AT[row.state];
  if (!level) return undefined;
  const id = level === 'province' ? row.councilId : row.centralCouncilId;
  const council = id ? await findCouncil(db, id) : undefined;
  if (!council) return { scoring: { allSubmitted: false, spreadFlag: false } };
  const s = await sessionOf(db, council, row);
  return {
    scoring: { allSubmitted: s.allSubmitted, spreadFlag: s.aggregate?.spreadFlag ?? false },
    ...(s.aggregate ? { outcome: outcomeOf(row, s.aggregate, level, on, s.policy) } : {}),
  };
}
