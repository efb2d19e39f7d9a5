// A dossier before a council, as the scorecard use cases see it: the council (in the caller's sight), the dossier
// (in scope and put before this council), the scoring members, whether scoring is open.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { DossierState } from '../domain/dossier-lifecycle.ts';
import { findCouncil, findOutcome } from '../data/council-store.ts';
import type { CouncilRow, DossierRow } from '../data/schema.ts';
import { coversProvinceRecord, MINISTRY_SIDE } from '../policy.ts';
import { sessionOf, type Session } from './council-session.ts';
import { councilNotFound, dossierNotFound } from './errors.ts';
import { loadDossier } from './load-dossier.ts';

/** When members may write their cards: the provincial council while it scores or rescores (Art. 7.3.d); the central
 *  council while the dossier is before it (Art. 7.4.d — the centre has no separate rescoring step). */
export const SCORING_OPEN: Record<'province' | 'central', readonly DossierState[]> = {
  province: ['council_scoring', 'council_rescoring'],
  central: ['ministry_council'],
};

export interface CouncilDossier {
  council: CouncilRow;
  level: 'province' | 'central';
  row: DossierRow;
  session: Session;
  isMember: boolean;
  open: boolean;
  closed: boolean;
}

export async function councilDossier(
  db: Db,
  actor: Actor,
  councilId: string,
  dossierId: string,
  opts: { lock?: boolean } = {},
): Promise<CouncilDossier> {
  const council = await findCouncil(db, councilId);
  const level = council?.level as 'province' | 'central' | undefined;
  const sees =
    council &&
    (MINISTRY_SIDE.includes(actor.role)
      ? council.provinceCode === null
      : coversProvinceRecord(actor, council.provinceCode));
  if (!council || !level || !sees) throw councilNotFound();
  const { row } = await loadDossier(db, actor, dossierId, opts);
  if (row.councilId !== council.id && row.centralCouncilId !== council.id) throw dossierNotFound();
  const session = await sessionOf(db, council, row);
  const closed = (await findOutcome(db, council.id, row.id)) !== undefined;
  return {
    council,
    level,
    row,
    session,
    isMember: session.memberIds.includes(actor.id),
    open: SCORING_OPEN[level].includes(row.state as DossierState),
    closed,
  };
}
