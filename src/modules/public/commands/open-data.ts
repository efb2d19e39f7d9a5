// Open data: the register as the national OCOP database publishes it (product, star, story, producer with its
// representative and address, certificate number, issued on, expires on), so a province can feed the national system.
// Every current certificate (a replaced one gives way to its successor), in the register's order.
import type { Db } from '../../../db/pool.ts';
import { listEntries } from '../data/register-store.ts';
import { presentEntry } from './read-register.ts';
import type { UnitNameCache } from './unit-names.ts';

const MAX_ROWS = 100_000;

export const OPEN_DATA_COLUMNS = [
  'ten_san_pham',
  'ma_san_pham',
  'hang_sao',
  'bo_san_pham',
  'cau_chuyen_san_pham',
  'chu_the',
  'nguoi_dai_dien',
  'dia_chi',
  'xa_phuong',
  'tinh_thanh',
  'so_giay_chung_nhan',
  'ngay_cap',
  'ngay_het_han',
  'trang_thai',
] as const;

export async function openDataRows(db: Db, names: UnitNameCache, today: string) {
  const { rows } = await listEntries(db, {}, { limit: MAX_ROWS, offset: 0 });
  const name = await names.load(rows.flatMap((r) => [r.provinceCode, r.communeCode]));
  return rows.map((r) => {
    const p = presentEntry(r, today, name);
    return {
      ten_san_pham: r.productName,
      ma_san_pham: r.productCode ?? '',
      hang_sao: String(r.star),
      bo_san_pham: p.setName ? `${r.setNo}. ${p.setName}` : String(r.setNo),
      cau_chuyen_san_pham: r.productDescription ?? '',
      chu_the: r.producerName,
      nguoi_dai_dien: r.representativeName ?? '',
      dia_chi: r.producerAddress ?? '',
      xa_phuong: p.communeName ?? '',
      tinh_thanh: p.provinceName ?? '',
      so_giay_chung_nhan: r.number,
      ngay_cap: r.issuedOn,
      ngay_het_han: p.validTo ?? r.expiresOn,
      trang_thai: p.state,
    } satisfies Record<(typeof OPEN_DATA_COLUMNS)[number], string>;
  });
}
