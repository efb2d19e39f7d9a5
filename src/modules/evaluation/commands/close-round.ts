// Closes an evaluation round (Art. 5.1 province, 5.2 Ministry) once every dossier put before it — assigned to it, or
// evaluated by its council — has reached a decision or left it (rounds.ts checkRoundClose). Refused otherwise, naming
// the dossiers still open. A closed round takes no more dossiers and its council no longer changes. Audited.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { checkRoundClose, type RoundLevel } from '../domain/rounds.ts';
import { councilOfRound, listRoundDossiers, lockRound, setRoundStatus } from '../data/council-store.ts';
import { coversProvinceRecord, evaluationPolicy, roundLevelOf } from '../policy.ts';
import { presentRound, type PublicRound } from '../presenters.ts';
import { conflictWith, roundNotFound } from './errors.ts';

export async function closeRound(db: Db, actor: Actor, roundId: string): Promise<PublicRound> {
  evaluationPolicy.assertCan(actor, 'rounds.create');
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, roundId);
    const level: RoundLevel = roundLevelOf(actor.role);
    if (!round || round.level !== level || !coversProvinceRecord(actor, round.provinceCode)) throw roundNotFound();
    const council = await councilOfRound(tx, round.id);
    const dossiers = await listRoundDossiers(tx, round.id, council?.id ?? null);
    const check = checkRoundClose(
      { level, number: round.number, year: round.year, closed: round.status === 'closed' },
      dossiers.map((d) => ({
        id: d.id,
        state: d.state,
        label: [d.receiptNo, d.productName].filter(Boolean).join(' ') || d.id,
      })),
    );
    if (!check.ok) {
      throw conflictWith(check.code, check.message, {
        open: check.open.map((d) => ({ id: d.id, state: d.state, label: d.label })),
      });
    }
    const closed = await setRoundStatus(tx, round.id, 'closed');
    const out = presentRound(closed);
    await audit(tx, actor, {
      action: 'round.close',
      entityType: 'round',
      entityId: round.id,
      provinceCode: round.provinceCode,
      fromState: round.status,
      toState: 'closed',
      before: presentRound(round),
      after: { ...out, dossiers: dossiers.length },
    });
    return out;
  });
}
