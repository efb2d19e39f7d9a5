// Roles of OCOP Hub (DOMAIN.md actors). Scope is separate: a role acts inside its user's administrative unit.
export const ROLES = [
  'admin',
  'province_office',
  'province_council_chair',
  'province_council_member',
  'advisory_member',
  'commune_officer',
  'ministry_office',
  'central_council_member',
  'producer',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  province_office: { vi: 'Cơ quan tham mưu OCOP cấp tỉnh', en: 'Provincial OCOP office' },
  province_council_chair: { vi: 'Chủ tịch Hội đồng cấp tỉnh', en: 'Provincial council chair' },
  province_council_member: { vi: 'Thành viên Hội đồng cấp tỉnh', en: 'Provincial council member' },
  advisory_member: { vi: 'Thành viên Tổ tư vấn', en: 'Advisory team member' },
  commune_officer: { vi: 'Cán bộ UBND cấp xã', en: 'Commune officer' },
  ministry_office: { vi: 'Cơ quan tham mưu OCOP của Bộ', en: 'Ministry OCOP office' },
  central_council_member: { vi: 'Thành viên Hội đồng cấp trung ương', en: 'Central council member' },
  producer: { vi: 'Chủ thể OCOP', en: 'Producer' },
};
