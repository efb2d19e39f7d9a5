// What the signed-in user may do on one round or council (`may` on their responses), computed from the same rules
// the commands enforce (policy.ts, the council's seats), so the client shows only the steps the server would allow
// without copying role lists. The commands still check every request.
import type { Actor } from '../../platform/auth/actor.ts';
import { officeCovers } from './policy.ts';
import { scoresOn } from './commands/council-session.ts';

interface RoundPlace {
  level: string;
  provinceCode: string | null;
  status: string;
}

/** On a round: close it (Art. 5: once every dossier is decided; the server names those still open), record or amend
 *  its council (Art. 7.3.b, 7.4.b). Both only while it is open, by the office of its level and place. */
export function roundMay(actor: Actor, r: RoundPlace) {
  const open = r.status === 'open';
  return {
    close: open && officeCovers(actor, 'rounds.create', r),
    recordCouncil: open && officeCovers(actor, 'councils.create', r),
  };
}
export type RoundMay = ReturnType<typeof roundMay>;

interface CouncilPlace {
  level: string;
  provinceCode: string | null;
  chairScores: boolean;
  members: readonly { userId: string; position: string }[];
}

/** On a council: amend its composition (its office; refused once a scorecard was submitted), whether the user chairs
 *  it, scores in it (members, vice-chairs; the chair when the council says so), and steers its sessions — the chair
 *  closes scoring, flags a divergence or convenes the meeting, the office records those steps from paper. */
export function councilMay(actor: Actor, c: CouncilPlace) {
  const seat = c.members.find((m) => m.userId === actor.id)?.position ?? null;
  const chair = seat === 'chair';
  const office = officeCovers(actor, 'councils.create', c);
  return { amend: office, chair, score: scoresOn(c, seat), steer: chair || office };
}
export type CouncilMay = ReturnType<typeof councilMay>;

/** Adds `may` to a presented round or council. */
export const withRoundMay = <R extends RoundPlace>(actor: Actor, r: R) => ({ ...r, may: roundMay(actor, r) });
export const withCouncilMay = <C extends CouncilPlace>(actor: Actor, c: C) => ({ ...c, may: councilMay(actor, c) });
