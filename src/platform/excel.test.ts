import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { toXlsxBuffer, dateCell, attachmentHeader, exportTitle, type XlsxColumn } from './excel.ts';

interface Row {
  name: string;
  code: string | null;
  count: number;
  date: string | null;
}
const columns: XlsxColumn<Row>[] = [
  { header: 'STT', value: (_r, i) => i + 1, width: 6 },
  { header: 'Tên chủ thể', value: (r) => r.name },
  { header: 'Mã', value: (r) => r.code },
  { header: 'Số sản phẩm', value: (r) => r.count, numFmt: '#,##0' },
  { header: 'Ngày đăng ký', value: (r) => dateCell(r.date), numFmt: 'dd/mm/yyyy' },
];

async function open(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('xlsx export', () => {
  it('writes a sheet that exceljs reads back: Vietnamese headers, typed cells, empty cells for null', async () => {
    const rows: Row[] = [
      { name: 'HTX Miến dong Bình Lư', code: '12-03390-001-2026', count: 3, date: '2019-04-15' },
      { name: '=HYPERLINK("http://x")', code: null, count: 1200, date: null },
    ];
    const wb = await open(await toXlsxBuffer(columns, rows, { sheetName: 'Chủ thể OCOP' }));
    const sheet = wb.getWorksheet('Chủ thể OCOP')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Tên chủ thể', 'Mã', 'Số sản phẩm', 'Ngày đăng ký']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe(1);
    expect(sheet.getCell('B2').value).toBe('HTX Miến dong Bình Lư');
    expect(sheet.getCell('E2').value).toEqual(new Date('2019-04-15T00:00:00Z'));
    expect(sheet.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    // A value that looks like a formula stays text.
    expect(sheet.getCell('B3').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('D3').value).toBe(1200);
  });

  it('an empty list still has its header row; bad sheet names are made legal', async () => {
    const wb = await open(await toXlsxBuffer(columns, [], { sheetName: 'Sản phẩm [2026]: a/b?*' + 'x'.repeat(40) }));
    const sheet = wb.worksheets[0]!;
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
    expect(sheet.rowCount).toBe(1);
  });

  it('a title row above the headings names the list, the filter used and the day; the headings stay filterable', async () => {
    const title = exportTitle(
      'Danh sách chủ thể OCOP',
      [
        ['Xã, phường', 'Xã Bình Lư'],
        ['Mã', undefined],
        ['Năm', 2026],
      ],
      '2026-12-03',
    );
    expect(title).toBe('Danh sách chủ thể OCOP — Lọc: Xã, phường: Xã Bình Lư; Năm: 2026 — Ngày xuất: 03/12/2026');
    expect(exportTitle('Danh sách', [['Mã', '']], '2026-01-05')).toBe(
      'Danh sách — Lọc: tất cả — Ngày xuất: 05/01/2026',
    );
    const rows: Row[] = [{ name: 'HTX Miến dong Bình Lư', code: null, count: 3, date: '2019-04-15' }];
    const sheet = (await open(await toXlsxBuffer(columns, rows, { title }))).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(title);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Tên chủ thể',
      'Mã',
      'Số sản phẩm',
      'Ngày đăng ký',
    ]);
    expect(sheet.getCell('B3').value).toBe('HTX Miến dong Bình Lư');
    expect(sheet.getCell('E3').value).toEqual(new Date('2019-04-15T00:00:00Z'));
    expect(sheet.autoFilter).toBe('A2:E2');
  });

  it('names the file in ASCII and exactly in UTF-8', () => {
    expect(attachmentHeader('Sản phẩm OCOP Lai Châu.xlsx')).toBe(
      `attachment; filename="San-pham-OCOP-Lai-Chau.xlsx"; filename*=UTF-8''S%E1%BA%A3n%20ph%E1%BA%A9m%20OCOP%20Lai%20Ch%C3%A2u.xlsx`,
    );
  });
});
