// Who does what in a council, as the scoring screens need it.
import type { Council } from '../evaluation.ts';

/** Whether the user scores in this council (members and vice-chairs; the chair only when the council says so). */
export function scores(council: Council, userId: string): boolean {
  const m = council.members.find((x) => x.userId === userId);
  if (!m) return false;
  return m.position === 'member' || m.position === 'vice_chair' || (m.position === 'chair' && council.chairScores);
}
export const isChair = (council: Council, userId: string) =>
  council.members.some((m) => m.userId === userId && m.position === 'chair');
