// The council form's values: how a council on record fills it, and the people each seat may be given.
import { api } from '../../../shared/api.ts';
import { type Council } from '../evaluation.ts';
import type { ManagedUser } from '../../../types.ts';
import { ownValues, type PolicyValue } from '../policies.ts';
import { policyBody } from '../policies.ts';
import type { CouncilBody } from '../evaluation.ts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../shared/queries.ts';

export interface SeatRow {
  userId?: string;
  seat: string;
  agency: string;
  position?: 'member' | 'vice_chair' | 'secretary';
}
export interface CouncilValues {
  decisionNo: string;
  decisionDate: string;
  chairUserId: string;
  chairSeat: string;
  chairAgency: string;
  chairDelegation?: string;
  members: SeatRow[];
  advisoryLeaderId?: string;
  advisoryMemberIds?: string[];
  chairScores: boolean;
  hasFoodSafetyDepartment: boolean;
  spreadThreshold?: number;
  /** The council's own policies; an empty field follows the province. */
  policy?: Record<string, PolicyValue>;
}

export function useUsersOf(role: string) {
  return useQuery({
    queryKey: [...keys.users, 'active', role],
    queryFn: () => api.users({ role, status: 'active', limit: 200 }).then((r) => r.items),
  });
}
export const userOptions = (users: ManagedUser[] | undefined) =>
  (users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));

const agencyKey = (s: string | null | undefined) =>
  (s ?? '').normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The people a seat offers: those whose account names the seat's agency (either name containing the other, so "Văn
 * phòng Điều phối nông thôn mới tỉnh" finds "… tỉnh Lai Châu"), and the person already in the seat; everyone when
 * no account names that agency yet (agencies are recorded on the accounts, GET /api/users `agency`).
 */
export function seatPeople(users: ManagedUser[] | undefined, agency: string | undefined, chosen: string | undefined) {
  const want = agencyKey(agency);
  const of = (users ?? []).filter((u) => {
    const has = agencyKey(u.agency);
    return want !== '' && has !== '' && (has.includes(want) || want.includes(has));
  });
  if (of.length === 0) return { options: userOptions(users), filtered: false };
  const kept = (users ?? []).filter((u) => u.id === chosen && !of.includes(u));
  return { options: userOptions([...of, ...kept]), filtered: true };
}

/** The form's values for an existing council (editing starts from the composition on record). */
export function valuesOf(c: Council): Partial<CouncilValues> {
  const chair = c.members.find((m) => m.position === 'chair');
  const team = c.members.filter((m) => m.position === 'advisory').map((m) => m.userId);
  return {
    decisionNo: c.decisionNo,
    decisionDate: c.decisionDate,
    chairUserId: chair?.userId,
    chairSeat: chair?.seat ?? undefined,
    chairAgency: chair?.agency,
    chairDelegation: c.chairDelegation ?? undefined,
    members: c.members
      .filter((m) => m.position === 'member' || m.position === 'vice_chair' || m.position === 'secretary')
      .map((m) => ({
        userId: m.userId,
        seat: m.seat ?? '',
        agency: m.agency,
        position: m.position as SeatRow['position'],
      })),
    advisoryLeaderId: c.advisoryLeaderId ?? undefined,
    advisoryMemberIds: c.advisoryLeaderId && !team.includes(c.advisoryLeaderId) ? [c.advisoryLeaderId, ...team] : team,
    chairScores: c.chairScores,
    hasFoodSafetyDepartment: c.hasFoodSafetyDepartment,
    spreadThreshold: c.spreadThreshold,
    policy: ownValues(
      c.policies.filter((e) => e.key !== 'spreadThreshold'),
      'council',
    ),
  };
}

/** What the form sends (the round is added when a council is recorded, not when one is amended). */
export function councilBody(v: CouncilValues): Omit<CouncilBody, 'roundId'> {
  return {
    decisionNo: v.decisionNo.trim(),
    decisionDate: v.decisionDate,
    chair: {
      userId: v.chairUserId,
      seat: v.chairSeat,
      agency: v.chairAgency,
      ...(v.chairDelegation?.trim() ? { delegation: v.chairDelegation.trim() } : {}),
    },
    members: v.members.map((m) => ({
      userId: m.userId!,
      seat: m.seat,
      agency: m.agency,
      ...(m.position && m.position !== 'member' ? { position: m.position } : {}),
    })),
    ...(v.advisoryLeaderId
      ? { advisoryTeam: { leaderId: v.advisoryLeaderId, memberIds: v.advisoryMemberIds ?? [v.advisoryLeaderId] } }
      : {}),
    chairScores: v.chairScores,
    hasFoodSafetyDepartment: v.hasFoodSafetyDepartment,
    ...(v.spreadThreshold !== undefined && v.spreadThreshold !== null ? { spreadThreshold: v.spreadThreshold } : {}),
    policy: policyBody(v.policy),
  };
}
