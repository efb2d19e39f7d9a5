// The title rows of the registry's exports: the list, the filter used in words (unit names, not codes) and the day.
import type { Db } from '../../../db/pool.ts';
import { exportTitle } from '../../../platform/excel.ts';
import { listProductSets } from '../../criteria/index.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { LEGAL_TYPE_NAMES, type LegalType } from '../domain/legal-types.ts';

export interface RegistryListFilter {
  q?: string;
  provinceCode?: string;
  communeCode?: string;
  legalType?: string;
  setNo?: number;
  status?: string;
  hasCode?: boolean;
}

const STATUS: Record<string, string> = { active: 'Đang hoạt động', inactive: 'Ngừng hoạt động' };

export async function registryExportTitle(
  db: Db,
  list: string,
  f: RegistryListFilter,
  on: string,
  producerName?: string | null,
): Promise<string> {
  const units = await unitNamesOf(db, [f.provinceCode, f.communeCode]);
  const set = f.setNo ? listProductSets('26-2026').find((s) => s.setNo === f.setNo) : undefined;
  return exportTitle(
    list,
    [
      ['Chủ thể', producerName],
      ['Tỉnh, thành phố', f.provinceCode && (units.get(f.provinceCode) ?? f.provinceCode)],
      ['Xã, phường', f.communeCode && (units.get(f.communeCode) ?? f.communeCode)],
      ['Loại hình', f.legalType && (LEGAL_TYPE_NAMES[f.legalType as LegalType]?.vi ?? f.legalType)],
      ['Bộ sản phẩm', f.setNo && `${f.setNo}${set ? `. ${set.name}` : ''}`],
      ['Trạng thái', f.status && (STATUS[f.status] ?? f.status)],
      ['Mã sản phẩm', f.hasCode === undefined ? undefined : f.hasCode ? 'Đã có' : 'Chưa có'],
      ['Tìm', f.q],
    ],
    on,
  );
}
