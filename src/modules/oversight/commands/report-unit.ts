// The unit a report is for, and whether the user may produce it: the whole country (national users: the Ministry's
// office, the administrator), a province (its office) or a commune (its officer, or its province's office). The
// same scope rule as every other route (platform/auth/policy.ts scopeCovers): outside it → 403.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { reportPolicy } from '../report-policy.ts';
import { badRequest, forbidden } from '../../../platform/errors.ts';
import { getUnit, unitLabel, unitNamesOf } from '../../reference/index.ts';
import type { ReportUnit } from '../domain/report-document.ts';

export const NATIONAL = 'national';

/** The user's own unit: its commune or province, or the whole country. */
export const ownUnitOf = (actor: Actor): string => actor.unitCode ?? NATIONAL;

export async function resolveReportUnit(
  db: Db,
  actor: Actor,
  code: string | undefined,
): Promise<ReportUnit & { provinceCode: string | null }> {
  reportPolicy.assertCan(actor, 'reports.read');
  const wanted = code ?? ownUnitOf(actor);
  if (wanted === NATIONAL) {
    if (actor.provinceCode !== null)
      throw forbidden({
        vi: 'Chỉ cơ quan cấp trung ương lập được báo cáo toàn quốc',
        en: 'Only national users may produce a national report',
      });
    return {
      level: 'national',
      code: NATIONAL,
      label: 'Toàn quốc',
      place: 'Hà Nội',
      issuer: ['BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
      provinceCode: null,
    };
  }
  const unit = await getUnit(db, 2025, wanted);
  if (!unit || unit.level === 'district')
    throw badRequest([
      {
        field: 'querystring.unit',
        code: 'unknown_unit',
        message: {
          vi: `Không có đơn vị hành chính mã ${wanted} (mã tỉnh hoặc xã theo danh mục 2025, hoặc "national")`,
          en: `No administrative unit with code ${wanted} (a 2025 province or commune code, or "national")`,
        },
      },
    ]);
  const level = unit.level === 'province' ? 'province' : 'commune';
  if (!scopeCovers(actor, { provinceCode: unit.provinceCode, communeCode: level === 'commune' ? unit.code : null }))
    throw forbidden({
      vi: 'Đơn vị này nằm ngoài địa bàn bạn phụ trách',
      en: 'This unit lies outside your administrative area',
    });
  const names = await unitNamesOf(db, [unit.provinceCode]);
  const province = names.get(unit.provinceCode) ?? '';
  const label = unitLabel(unit);
  return {
    level,
    code: unit.code,
    label: level === 'commune' ? `${label}, ${province}` : label,
    place: unit.name,
    issuer: ['ỦY BAN NHÂN DÂN', label.toLocaleUpperCase('vi-VN')],
    provinceCode: unit.provinceCode,
  };
}
