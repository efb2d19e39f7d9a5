// Records the council of a round as its establishing decision sets it up (Art. 7.3.b province, 7.4.b centre): the
// decision's number and date, the chair (or a delegated department head, with the delegation), one member per
// required seat, and the advisory team (Art. 7.3.c). The composition is checked against the article
// (council-composition.ts); each person must hold an account of the matching role in the council's area. The
// round's dossiers already assigned are put before it; its members are told.
import type { CommandContext } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { councilOfRound, insertCouncil, listMembers, lockRound } from '../data/council-store.ts';
import { linkRoundDossiersToCouncil } from '../data/dossier-store.ts';
import { insertDecision } from '../data/result-store.ts';
import { coversProvinceRecord, evaluationPolicy, roundLevelOf } from '../policy.ts';
import { presentCouncil, type PublicCouncil } from '../presenters.ts';
import { councilPolicyOf, provinceDefaults, withoutSpread } from './council-session.ts';
import { checkComposition, notifyAppointed, roundClosed, type CompositionInput } from './council-input.ts';
import { conflict, issue } from './errors.ts';

export type { MemberPosition } from './council-input.ts';

export interface CouncilInput extends CompositionInput {
  roundId: string;
}

export async function createCouncil(
  db: Db,
  actor: Actor,
  input: CouncilInput,
  cx: CommandContext,
): Promise<PublicCouncil> {
  evaluationPolicy.assertCan(actor, 'councils.create');
  const today = cx.clock.today();
  return db.transaction(async (tx) => {
    // Locked: a second council recorded at the same time (a double click) waits and is refused as a duplicate, and
    // the round cannot be closed half-way (close-round.ts locks it too).
    const round = await lockRound(tx, input.roundId);
    const level = roundLevelOf(actor.role);
    if (!round || round.level !== level || !coversProvinceRecord(actor, round.provinceCode)) {
      throw badRequest([issue('body.roundId', 'unknown', 'Không tìm thấy đợt đánh giá này', 'No such round')]);
    }
    if (await councilOfRound(tx, round.id)) {
      throw conflict('council_exists', 'Đợt đánh giá này đã có Hội đồng', 'This round already has a council');
    }
    if (round.status === 'closed') throw roundClosed();
    const checked = await checkComposition(tx, level, round.provinceCode, input, today);
    const team = input.advisoryTeam ?? null;
    const council = await insertCouncil(
      tx,
      {
        roundId: round.id,
        provinceCode: round.provinceCode,
        level,
        decisionNo: checked.decisionNo,
        decisionDate: input.decisionDate,
        status: 'scoring',
        spreadThreshold: input.spreadThreshold ?? (await provinceDefaults(tx, round.provinceCode)).spreadThreshold,
        policy: withoutSpread(input.policy),
        chairScores: input.chairScores ?? false,
        advisoryLeaderId: team?.leaderId ?? null,
        hasFoodSafetyDepartment: input.hasFoodSafetyDepartment ?? false,
        chairDelegation: input.chair.delegation ?? null,
        createdBy: actor.id,
      },
      checked.rows,
    );
    await insertDecision(tx, {
      level,
      provinceCode: round.provinceCode,
      kind: 'council',
      number: council.decisionNo,
      signedOn: council.decisionDate,
      createdBy: actor.id,
      councilId: council.id,
    });
    const linked = await linkRoundDossiersToCouncil(tx, round.id, council.id, level);
    const members = await listMembers(tx, council.id);
    await notifyAppointed(tx, cx.jobs, actor, council, members);
    const out = presentCouncil(council, members, (await councilPolicyOf(tx, council)).entries);
    await audit(tx, actor, {
      action: 'council.create',
      entityType: 'council',
      entityId: council.id,
      provinceCode: round.provinceCode,
      toState: 'scoring',
      after: { ...out, dossiers: linked },
    });
    return out;
  });
}
