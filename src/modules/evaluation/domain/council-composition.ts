// Who sits on the councils (Art. 7.3.b province, 7.4.b centre) and the advisory teams (7.3.c, 7.4.c): the required
// kinds of members as data, and the check of a proposed council that reports what is missing.
import type { Message } from '../../../platform/errors.ts';

export type CouncilLevel = 'province' | 'central';

/** A kind of seat: an agency whose representative sits on the council. */
export interface SeatKind {
  kind: string;
  label: Message;
  /** 'required' always; 'if_exists' only where the agency exists (Sở An toàn thực phẩm, "nếu có"); 'invited' optional. */
  need: 'required' | 'if_exists' | 'invited';
}

export interface CompositionRule {
  level: CouncilLevel;
  article: string;
  /** The same citation as Vietnamese texts write it. */
  articleVi: string;
  /** The chair's normal seat, and the delegated seat allowed "trường hợp cần thiết" (with an authorisation). */
  chair: { normal: SeatKind; delegated: SeatKind };
  seats: readonly SeatKind[];
}

const seat = (kind: string, need: SeatKind['need'], vi: string, en: string): SeatKind => ({
  kind,
  need,
  label: { vi, en },
});

export const COUNCIL_COMPOSITION: Record<CouncilLevel, CompositionRule> = {
  province: {
    level: 'province',
    article: 'Art. 7.3.b',
    articleVi: 'điểm b khoản 3 Điều 7',
    chair: {
      normal: seat(
        'province_leadership',
        'required',
        'Lãnh đạo UBND cấp tỉnh',
        "Leader of the provincial People's Committee",
      ),
      delegated: seat(
        'province_department_head',
        'required',
        'Thủ trưởng cơ quan chuyên môn cấp tỉnh được ủy quyền',
        'Head of a provincial department, by delegation',
      ),
    },
    seats: [
      seat(
        'dept_agriculture_environment',
        'required',
        'Sở Nông nghiệp và Môi trường',
        'Department of Agriculture and Environment',
      ),
      seat('dept_industry_trade', 'required', 'Sở Công Thương', 'Department of Industry and Trade'),
      seat('dept_health', 'required', 'Sở Y tế', 'Department of Health'),
      seat('dept_science_technology', 'required', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
      seat(
        'dept_culture_sports_tourism',
        'required',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Department of Culture, Sports and Tourism',
      ),
      seat(
        'dept_food_safety',
        'if_exists',
        'Sở An toàn thực phẩm (nếu có)',
        'Department of Food Safety (where one exists)',
      ),
      seat('ocop_office', 'required', 'Đơn vị tham mưu quản lý OCOP cấp tỉnh', 'Provincial OCOP office'),
      seat(
        'agriculture_specialised_unit',
        'required',
        'Đơn vị quản lý chuyên ngành thuộc Sở Nông nghiệp và Môi trường',
        'Specialised unit of the Department of Agriculture and Environment',
      ),
      seat('expert', 'invited', 'Chuyên gia tư vấn về OCOP', 'OCOP expert'),
      seat('association', 'invited', 'Hiệp hội, hội', 'Association'),
      seat('other_organisation', 'invited', 'Cơ quan, tổ chức khác', 'Other agency or organisation'),
    ],
  },
  central: {
    level: 'central',
    article: 'Art. 7.4.b',
    articleVi: 'điểm b khoản 4 Điều 7',
    chair: {
      normal: seat(
        'ministry_leadership',
        'required',
        'Lãnh đạo Bộ Nông nghiệp và Môi trường',
        'Leader of the Ministry of Agriculture and Environment',
      ),
      delegated: seat(
        'ministry_unit_head',
        'required',
        'Thủ trưởng cơ quan chuyên môn thuộc Bộ được ủy quyền',
        'Head of a Ministry unit, by delegation',
      ),
    },
    seats: [
      seat('ministry_industry_trade', 'required', 'Bộ Công Thương', 'Ministry of Industry and Trade'),
      seat('ministry_health', 'required', 'Bộ Y tế', 'Ministry of Health'),
      seat('ministry_science_technology', 'required', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology'),
      seat(
        'ministry_culture_sports_tourism',
        'required',
        'Bộ Văn hóa, Thể thao và Du lịch',
        'Ministry of Culture, Sports and Tourism',
      ),
      seat(
        'ocop_office',
        'required',
        'Cơ quan tham mưu quản lý OCOP của Bộ Nông nghiệp và Môi trường',
        "The Ministry's OCOP office",
      ),
      seat(
        'ministry_specialised_agency',
        'required',
        'Cơ quan quản lý chuyên ngành thuộc Bộ Nông nghiệp và Môi trường',
        'Specialised agency of the Ministry of Agriculture and Environment',
      ),
      seat('expert', 'invited', 'Chuyên gia tư vấn về OCOP', 'OCOP expert'),
      seat(
        'quality_testing_expert',
        'invited',
        'Chuyên gia tổ chức, đơn vị kiểm định chất lượng',
        'Expert of a quality testing body',
      ),
      seat('association', 'invited', 'Hiệp hội, hội', 'Association'),
      seat('other_organisation', 'invited', 'Cơ quan, tổ chức khác', 'Other agency or organisation'),
    ],
  },
};

export interface ProposedCouncil {
  level: CouncilLevel;
  chair: { personId: string; seat: string; delegation?: string | null };
  members: { personId: string; seat: string }[];
  /** Art. 7.3.b: Sở An toàn thực phẩm sits only where the province has one. */
  hasFoodSafetyDepartment?: boolean;
}

export interface CompositionIssue {
  code: 'missing_seat' | 'unknown_seat' | 'chair_seat' | 'missing_delegation' | 'duplicate_person';
  seat?: string;
  message: Message;
}

/** What a proposed council lacks or gets wrong; [] = it satisfies the article. */
export function validateCouncil(p: ProposedCouncil): CompositionIssue[] {
  const rule = COUNCIL_COMPOSITION[p.level];
  const issues: CompositionIssue[] = [];
  const { normal, delegated } = rule.chair;
  if (p.chair.seat !== normal.kind && p.chair.seat !== delegated.kind) {
    issues.push({
      code: 'chair_seat',
      seat: p.chair.seat,
      message: {
        vi: `Chủ tịch Hội đồng phải là ${normal.label.vi} hoặc ${delegated.label.vi} (${rule.articleVi}).`,
        en: `The chair must be the ${normal.label.en} or the ${delegated.label.en} (${rule.article}).`,
      },
    });
  } else if (p.chair.seat === delegated.kind && !p.chair.delegation?.trim()) {
    issues.push({
      code: 'missing_delegation',
      seat: p.chair.seat,
      message: {
        vi: `Chủ tịch Hội đồng được ủy quyền: cần văn bản ủy quyền (${rule.articleVi}).`,
        en: `A delegated chair needs the delegation document (${rule.article}).`,
      },
    });
  }
  const known = new Set(rule.seats.map((s) => s.kind));
  for (const m of p.members) {
    if (!known.has(m.seat))
      issues.push({
        code: 'unknown_seat',
        seat: m.seat,
        message: {
          vi: `Thành phần "${m.seat}" không có trong ${rule.articleVi}.`,
          en: `Seat "${m.seat}" is not one of ${rule.article}.`,
        },
      });
  }
  const filled = new Set(p.members.map((m) => m.seat));
  for (const s of rule.seats) {
    const needed = s.need === 'required' || (s.need === 'if_exists' && p.hasFoodSafetyDepartment === true);
    if (needed && !filled.has(s.kind)) {
      issues.push({
        code: 'missing_seat',
        seat: s.kind,
        message: {
          vi: `Thiếu thành viên đại diện ${s.label.vi} (${rule.articleVi}).`,
          en: `Missing a member representing the ${s.label.en} (${rule.article}).`,
        },
      });
    }
  }
  const seen = new Set<string>();
  for (const id of [p.chair.personId, ...p.members.map((m) => m.personId)]) {
    if (seen.has(id))
      issues.push({
        code: 'duplicate_person',
        message: { vi: `Một người giữ hai ghế trong Hội đồng (${id}).`, en: `One person holds two seats (${id}).` },
      });
    seen.add(id);
  }
  return issues;
}

/**
 * Advisory team (Tổ tư vấn, Art. 7.3.c, 7.4.c): the law fixes no composition. Our minimum: at least one member, a
 * named leader among them, no one twice.
 */
export function validateAdvisoryTeam(t: { leaderId: string | null; memberIds: string[] }): Message[] {
  const out: Message[] = [];
  if (t.memberIds.length === 0)
    out.push({
      vi: 'Tổ tư vấn cần ít nhất một thành viên (điểm c khoản 3 Điều 7).',
      en: 'The advisory team needs at least one member (Art. 7.3.c).',
    });
  if (!t.leaderId || !t.memberIds.includes(t.leaderId))
    out.push({
      vi: 'Cần chọn tổ trưởng trong số thành viên Tổ tư vấn.',
      en: 'Choose the team leader among its members.',
    });
  if (new Set(t.memberIds).size !== t.memberIds.length)
    out.push({
      vi: 'Một người được ghi hai lần trong Tổ tư vấn.',
      en: 'A person is listed twice in the advisory team.',
    });
  return out;
}
