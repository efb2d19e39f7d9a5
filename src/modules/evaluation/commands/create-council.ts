// Records the council of a round as its establishing decision sets it up (Art. 7.3.b province, 7.4.b centre): the
// decision's number and date, the chair (or a delegated department head, with the delegation), one member per
// required seat, and the advisory team (Art. 7.3.c). The composition is checked against the article
// (council-composition.ts); each person must hold an account of the matching role in the council's area. The
// round's dossiers already assigned are put before it; its members are told.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { badRequest, type FieldIssue } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import { validateAdvisoryTeam, validateCouncil } from '../domain/council.ts';
import { validateDecisionNumber } from '../domain/numbers.ts';
import { councilOfRound, findRound, findUsers, insertCouncil, listMembers } from '../data/council-store.ts';
import { linkRoundDossiersToCouncil } from '../data/dossier-store.ts';
import { insertDecision } from '../data/result-store.ts';
import { insertNotifications } from '../data/notification-store.ts';
import { coversProvinceRecord, evaluationPolicy } from '../policy.ts';
import { presentCouncil, type PublicCouncil } from '../presenters.ts';
import { clock } from './clock.ts';
import { conflict, issue } from './errors.ts';

export type MemberPosition = 'member' | 'vice_chair' | 'secretary';

export interface CouncilInput {
  roundId: string;
  decisionNo: string;
  decisionDate: string;
  chair: { userId: string; seat: string; agency: string; delegation?: string | null };
  members: { userId: string; seat: string; agency: string; position?: MemberPosition }[];
  advisoryTeam?: { leaderId: string; memberIds: string[] } | null;
  /** The council's rules make the chair score too. */
  chairScores?: boolean;
  hasFoodSafetyDepartment?: boolean;
  spreadThreshold?: number;
}

const ROLES = {
  province: { chair: ['province_council_chair'], member: ['province_council_member'], advisory: ['advisory_member'] },
  central: { chair: ['central_council_member'], member: ['central_council_member'], advisory: ['advisory_member', 'ministry_office', 'central_council_member'] },
} as const;

export async function createCouncil(db: Db, actor: Actor, input: CouncilInput): Promise<PublicCouncil> {
  evaluationPolicy.assertCan(actor, 'councils.create');
  const today = clock.today();
  return db.transaction(async (tx) => {
    const round = await findRound(tx, input.roundId);
    const level = actor.role === 'ministry_office' ? 'central' : 'province';
    if (!round || round.level !== level || !coversProvinceRecord(actor, round.provinceCode)) {
      throw badRequest([issue('body.roundId', 'unknown', 'Không tìm thấy đợt đánh giá này', 'No such round')]);
    }
    if (await councilOfRound(tx, round.id)) {
      throw conflict('council_exists', 'Đợt đánh giá này đã có Hội đồng', 'This round already has a council');
    }
    const issues: FieldIssue[] = [];
    const number = validateDecisionNumber(input.decisionNo);
    if (!number.ok) issues.push({ field: 'body.decisionNo', code: 'invalid', message: number.message });
    if (input.decisionDate > today) issues.push(issue('body.decisionDate', 'in_future', 'Ngày quyết định ở tương lai', 'The decision date is in the future'));
    const voting = input.members.filter((m) => m.position !== 'secretary');
    for (const c of validateCouncil({
      level, chair: { personId: input.chair.userId, seat: input.chair.seat, delegation: input.chair.delegation ?? null },
      members: voting.map((m) => ({ personId: m.userId, seat: m.seat })), hasFoodSafetyDepartment: input.hasFoodSafetyDepartment ?? false,
    })) {
      issues.push({ field: c.code === 'chair_seat' || c.code === 'missing_delegation' ? 'body.chair' : 'body.members', code: c.code, message: c.message });
    }
    const team = input.advisoryTeam ?? null;
    if (team) for (const m of validateAdvisoryTeam(team)) issues.push({ field: 'body.advisoryTeam', code: 'invalid', message: m });

    // Each person: an active account of the seat's role, in the council's area.
    const want = new Map<string, readonly string[]>([[input.chair.userId, ROLES[level].chair]]);
    for (const m of input.members) want.set(m.userId, ROLES[level].member);
    for (const id of team?.memberIds ?? []) if (!want.has(id)) want.set(id, ROLES[level].advisory);
    const people = new Map((await findUsers(tx, [...want.keys()])).map((u) => [u.id, u]));
    for (const [id, roles] of want) {
      const u = people.get(id);
      const inArea = level === 'central' ? u?.provinceCode === null : u?.provinceCode === round.provinceCode;
      if (!u || u.status !== 'active' || !roles.includes(u.role) || !inArea) {
        issues.push(issue('body.members', 'unknown_person', `Người ${id} không có tài khoản phù hợp (vai trò ${roles.join('/')}) trong địa bàn của Hội đồng`, `Person ${id} has no suitable account (role ${roles.join('/')}) in the council's area`));
      }
    }
    if (issues.length) throw badRequest(issues, { vi: 'Thành phần Hội đồng chưa đúng quy định', en: 'The council does not meet the rules' });

    const seated = new Set([input.chair.userId, ...input.members.map((m) => m.userId)]);
    const council = await insertCouncil(tx, {
      roundId: round.id, provinceCode: round.provinceCode, level, decisionNo: number.ok ? number.normalized : input.decisionNo,
      decisionDate: input.decisionDate, status: 'scoring', spreadThreshold: input.spreadThreshold ?? 10, chairScores: input.chairScores ?? false,
      advisoryLeaderId: team?.leaderId ?? null, hasFoodSafetyDepartment: input.hasFoodSafetyDepartment ?? false,
      chairDelegation: input.chair.delegation ?? null, createdBy: actor.id,
    }, [
      { userId: input.chair.userId, provinceCode: round.provinceCode, position: 'chair', agency: input.chair.agency, seat: input.chair.seat },
      ...input.members.map((m) => ({ userId: m.userId, provinceCode: round.provinceCode, position: m.position ?? 'member', agency: m.agency, seat: m.seat })),
      ...(team?.memberIds ?? []).filter((id) => !seated.has(id)).map((id) => ({ userId: id, provinceCode: round.provinceCode, position: 'advisory', agency: 'Tổ tư vấn', seat: null })),
    ]);
    await insertDecision(tx, {
      level, provinceCode: round.provinceCode, kind: 'council', number: council.decisionNo, signedOn: council.decisionDate, createdBy: actor.id, councilId: council.id,
    });
    const linked = await linkRoundDossiersToCouncil(tx, round.id, council.id, level);
    const members = await listMembers(tx, council.id);
    const title = { vi: `Quyết định ${council.decisionNo}: bạn là thành viên Hội đồng đánh giá, phân hạng sản phẩm OCOP`, en: `Decision ${council.decisionNo}: you sit on the OCOP evaluation council` };
    await insertNotifications(tx, members.filter((m) => m.userId !== actor.id).map((m) => ({
      userId: m.userId, provinceCode: round.provinceCode, kind: 'council.appointed', title, body: { councilId: council.id, position: m.position }, link: `/councils/${council.id}`,
    })));
    const out = presentCouncil(council, members);
    await audit(tx, actor, { action: 'council.create', entityType: 'council', entityId: council.id, provinceCode: round.provinceCode, toState: 'scoring', after: { ...out, dossiers: linked } });
    return out;
  });
}
