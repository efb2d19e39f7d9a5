// The composition of a council as its establishing decision sets it up — shared by recording a council
// (create-council.ts) and amending it (edit-council.ts): the decision's number and date, the chair (or a delegated
// department head), one member per required seat (Art. 7.3.b province, 7.4.b centre), the advisory team (7.3.c).
// Checked against the article (council.ts) and against the accounts: each person holds an active account of the
// seat's role in the council's area.
import type { Jobs } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import { badRequest, type FieldIssue } from '../../../platform/errors.ts';
import { validateAdvisoryTeam, validateCouncil } from '../domain/council.ts';
import { validatePolicy } from '../domain/council-policies.ts';
import { validateDecisionNumber } from '../domain/numbers.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { findUsers, type MemberValues } from '../data/council-store.ts';
import { insertNotifications } from '../../../platform/notifications/notification-store.ts';
import type { CouncilRow } from '../data/schema.ts';
import { conflict, issue } from './errors.ts';

export type MemberPosition = 'member' | 'vice_chair' | 'secretary';

export interface CompositionInput {
  decisionNo: string;
  decisionDate: string;
  chair: { userId: string; seat: string; agency: string; delegation?: string | null };
  members: { userId: string; seat: string; agency: string; position?: MemberPosition }[];
  advisoryTeam?: { leaderId: string; memberIds: string[] } | null;
  /** The council's rules make the chair score too. */
  chairScores?: boolean;
  hasFoodSafetyDepartment?: boolean;
  spreadThreshold?: number;
  /** The council's own policies (quy định của Hội đồng), partial; the rest follows the province's (council-policies.ts). */
  policy?: Record<string, unknown>;
}

/** The roles each seat of a council may be given to (Art. 7.3.b, 7.4.b); served to clients by GET /api/council-rules. */
export const SEAT_ROLES = {
  province: { chair: ['province_council_chair'], member: ['province_council_member'], advisory: ['advisory_member'] },
  central: {
    chair: ['central_council_member'],
    member: ['central_council_member'],
    advisory: ['advisory_member', 'ministry_office', 'central_council_member'],
  },
} as const;

export interface CheckedComposition {
  decisionNo: string;
  /** The council_members rows (without councilId). */
  rows: Omit<MemberValues, 'councilId'>[];
}

/** Checks a composition for a council of `level` in `provinceCode` (null: national); throws a 400 naming each issue. */
export async function checkComposition(
  tx: Db,
  level: 'province' | 'central',
  provinceCode: string | null,
  input: CompositionInput,
  today: string,
): Promise<CheckedComposition> {
  const issues: FieldIssue[] = [];
  const number = validateDecisionNumber(input.decisionNo);
  if (!number.ok) issues.push({ field: 'body.decisionNo', code: 'invalid', message: number.message });
  if (input.decisionDate > today)
    issues.push(
      issue('body.decisionDate', 'in_future', 'Ngày quyết định ở tương lai', 'The decision date is in the future'),
    );
  const voting = input.members.filter((m) => m.position !== 'secretary');
  for (const c of validateCouncil({
    level,
    chair: { personId: input.chair.userId, seat: input.chair.seat, delegation: input.chair.delegation ?? null },
    members: voting.map((m) => ({ personId: m.userId, seat: m.seat })),
    hasFoodSafetyDepartment: input.hasFoodSafetyDepartment ?? false,
  })) {
    issues.push({
      field: c.code === 'chair_seat' || c.code === 'missing_delegation' ? 'body.chair' : 'body.members',
      code: c.code,
      message: c.message,
    });
  }
  for (const p of validatePolicy(input.policy ?? {}, 'body.policy'))
    issues.push({ field: p.field, code: 'invalid', message: p.message });
  const team = input.advisoryTeam ?? null;
  if (team)
    for (const m of validateAdvisoryTeam(team))
      issues.push({ field: 'body.advisoryTeam', code: 'invalid', message: m });

  const want = new Map<string, readonly string[]>([[input.chair.userId, SEAT_ROLES[level].chair]]);
  for (const m of input.members) want.set(m.userId, SEAT_ROLES[level].member);
  for (const id of team?.memberIds ?? []) if (!want.has(id)) want.set(id, SEAT_ROLES[level].advisory);
  const people = new Map((await findUsers(tx, [...want.keys()])).map((u) => [u.id, u]));
  for (const [id, roles] of want) {
    const u = people.get(id);
    const inArea = level === 'central' ? u?.provinceCode === null : u?.provinceCode === provinceCode;
    if (!u || u.status !== 'active' || !roles.includes(u.role) || !inArea) {
      issues.push(
        issue(
          'body.members',
          'unknown_person',
          `Người ${id} không có tài khoản phù hợp (vai trò ${roles.join('/')}) trong địa bàn của Hội đồng`,
          `Person ${id} has no suitable account (role ${roles.join('/')}) in the council's area`,
        ),
      );
    }
  }
  if (issues.length)
    throw badRequest(issues, {
      vi: 'Thành phần Hội đồng chưa đúng quy định',
      en: 'The council does not meet the rules',
    });

  const seated = new Set([input.chair.userId, ...input.members.map((m) => m.userId)]);
  return {
    decisionNo: number.ok ? number.normalized : input.decisionNo,
    rows: [
      {
        userId: input.chair.userId,
        provinceCode,
        position: 'chair',
        agency: input.chair.agency,
        seat: input.chair.seat,
      },
      ...input.members.map((m) => ({
        userId: m.userId,
        provinceCode,
        position: m.position ?? 'member',
        agency: m.agency,
        seat: m.seat,
      })),
      ...(team?.memberIds ?? [])
        .filter((id) => !seated.has(id))
        .map((id) => ({ userId: id, provinceCode, position: 'advisory', agency: 'Tổ tư vấn', seat: null })),
    ],
  };
}

/** A closed round (close-round.ts) takes no new council, composition change or dossier. */
export const roundClosed = () =>
  conflict(
    'round_closed',
    'Đợt đánh giá đã đóng: không thay đổi Hội đồng, không nhận thêm hồ sơ',
    'The round is closed: no council changes, no more dossiers',
  );

/** Tells the people seated (the actor excepted) that the decision names them. */
export async function notifyAppointed(
  tx: Db,
  jobs: Jobs,
  actor: Actor,
  council: CouncilRow,
  people: { userId: string; position: string }[],
): Promise<void> {
  const title = {
    vi: `Quyết định ${council.decisionNo}: bạn là thành viên Hội đồng đánh giá, phân hạng sản phẩm OCOP`,
    en: `Decision ${council.decisionNo}: you sit on the OCOP evaluation council`,
  };
  await insertNotifications(
    tx,
    jobs,
    people
      .filter((m) => m.userId !== actor.id)
      .map((m) => ({
        userId: m.userId,
        provinceCode: council.provinceCode,
        kind: 'council.appointed',
        title,
        body: { councilId: council.id, position: m.position },
        link: `/councils/${council.id}`,
      })),
  );
}
