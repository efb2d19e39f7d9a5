// A dossier before a council, as the scorecard use cases see it: the council (in the caller's sight), the dossier
// (in scope and put before this council), the scoring members, whether scoring is open.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { DossierState } from '../domain/dossier-lifecycle.ts';
import { findCouncil, findCouncilSeat, findOutcome } from '../data/council-store.ts';
import type { CouncilRow, DossierRow } from '../data/schema.ts';
import { coversProvinceRecord, MINISTRY_SIDE } from '../policy.ts';
import { scoresOn, sessionOf, type Session } from './council-session.ts';
import { councilNotFound, dossierNotFound } from './errors.ts';
import { loadDossier } from './load-dossier.ts';

/** When members may write their cards: the provincial council while it scores or rescores (Art. 7.3.d); the central
 *  council while the dossier is before it (Art. 7.4.d — the centre has no separate rescoring step). */
export const SCORING_OPEN: Record<'province' | 'central', readonly DossierState[]> = {
  province: ['council_scoring', 'council_rescoring'],
  central: ['ministry_council'],
};

/** Whether the actor may write a card on the dossier now, without the council's whole session (a draft save). */
export interface ScoringGate {
  council: CouncilRow;
  level: 'province' | 'central';
  row: DossierRow;
  isMember: boolean;
  open: boolean;
  closed: boolean;
}

export interface CouncilDossier extends ScoringGate {
  session: Session;
}

/** The council, if the actor sees it (the Ministry's side sees the central council, others their province's). */
function councilInSight(
  actor: Actor,
  council: CouncilRow | undefined,
): { council: CouncilRow; level: 'province' | 'central' } {
  const level = council?.level as 'province' | 'central' | undefined;
  const sees =
    council &&
    (MINISTRY_SIDE.includes(actor.role)
      ? council.provinceCode === null
      : coversProvinceRecord(actor, council.provinceCode));
  if (!council || !level || !sees) throw councilNotFound();
  return { council, level };
}

async function dossierBefore(
  db: Db,
  actor: Actor,
  council: CouncilRow,
  dossierId: string,
  lock: boolean | 'share' | undefined,
): Promise<DossierRow> {
  const { row } = await loadDossier(db, actor, dossierId, { lock });
  if (row.councilId !== council.id && row.centralCouncilId !== council.id) throw dossierNotFound();
  return row;
}

export async function councilDossier(
  db: Db,
  actor: Actor,
  councilId: string,
  dossierId: string,
  opts: { lock?: boolean } = {},
): Promise<CouncilDossier> {
  const { council, level } = councilInSight(actor, await findCouncil(db, councilId));
  const row = await dossierBefore(db, actor, council, dossierId, opts.lock);
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

/**
 * The light gate of a draft save (autosave): the council and the actor's seat on it in one query, the dossier held
 * FOR SHARE — members saving drafts at once do not queue behind each other, while a step on the dossier (FOR UPDATE:
 * a submission, closing the scoring, an amendment's effects) waits for them or they for it and then see its new
 * state — and whether the council has closed the dossier. Same checks, same order, as `councilDossier`.
 */
export async function scoringGate(db: Db, actor: Actor, councilId: string, dossierId: string): Promise<ScoringGate> {
  const seat = await findCouncilSeat(db, councilId, actor.id);
  const { council, level } = councilInSight(actor, seat?.council);
  const row = await dossierBefore(db, actor, council, dossierId, 'share');
  // After the dossier's lock: a step that closed the dossier before it is seen (a new snapshot per statement).
  const closed = (await findOutcome(db, council.id, row.id)) !== undefined;
  return {
    council,
    level,
    row,
    isMember: scoresOn(council, seat?.position ?? null),
    open: SCORING_OPEN[level].includes(row.state as DossierState),
    closed,
  };
}
