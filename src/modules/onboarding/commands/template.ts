// The template for an office that starts from nothing: the register's columns with the headers the import guesses,
// one example row, and sheets listing the product sets (Appendix I) and the producers' legal types (Art. 2.3).
import ExcelJS from 'exceljs';
import type { Actor } from '../../../platform/auth/actor.ts';
import { listProductSets } from '../../criteria/index.ts';
import { LEGAL_TYPE_NAMES, LEGAL_TYPES } from '../../registry/index.ts';
import { onboardingPolicy } from '../policy.ts';

export const TEMPLATE_COLUMNS: readonly { header: string; width: number; example: string | number }[] = [
  { header: 'STT', width: 6, example: 1 },
  { header: 'Tên sản phẩm', width: 32, example: 'Miến dong Bình Lư' },
  { header: 'Chủ thể', width: 34, example: 'HTX Miến dong Bình Lư' },
  { header: 'Loại hình', width: 16, example: 'HTX' },
  { header: 'Huyện (trước 1/7/2025)', width: 20, example: 'Tam Đường' },
  { header: 'Xã, phường, thị trấn', width: 22, example: 'Xã Bình Lư' },
  { header: 'Bộ sản phẩm', width: 12, example: 6 },
  { header: 'Số sao', width: 8, example: 3 },
  { header: 'Điểm', width: 8, example: '' },
  { header: 'Năm', width: 8, example: 2021 },
  { header: 'Số quyết định', width: 18, example: '1354/QĐ-UBND' },
  { header: 'Ngày quyết định', width: 16, example: '12/09/2021' },
  { header: 'Cơ quan ban hành', width: 22, example: 'UBND tỉnh Lai Châu' },
  { header: 'Số giấy chứng nhận', width: 22, example: '' },
  { header: 'Ghi chú', width: 30, example: '' },
];

export async function registerTemplate(actor: Actor): Promise<Buffer> {
  onboardingPolicy.assertCan(actor, 'onboarding.import');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP Hub';
  const sheet = wb.addWorksheet('Sổ sản phẩm OCOP', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.example));
  const sets = wb.addWorksheet('Bộ sản phẩm');
  sets.columns = [
    { header: 'Số', width: 6 },
    { header: 'Bộ sản phẩm (Phụ lục I)', width: 70 },
  ];
  sets.getRow(1).font = { bold: true };
  for (const s of listProductSets('26-2026')) sets.addRow([s.setNo, s.name]);
  const types = wb.addWorksheet('Loại hình');
  types.columns = [{ header: 'Loại hình chủ thể (Điều 2.3)', width: 60 }];
  types.getRow(1).font = { bold: true };
  for (const t of LEGAL_TYPES) types.addRow([LEGAL_TYPE_NAMES[t].vi]);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
