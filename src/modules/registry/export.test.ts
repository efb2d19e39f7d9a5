// ?format=xlsx: the whole filtered list (not the page) as an Excel file with Vietnamese headings.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { startRegistryTestServer, binhLuProducer, type RegistryTestServer } from './registry-test-kit.ts';
import { exportProducts } from './commands/read-registry.ts';
import { actorOf } from '../../platform/auth/actor.ts';
import { users } from '../../platform/schema.ts';
import { eq } from 'drizzle-orm';

import { pinToday } from '../../testing/test-clock.ts';

let s: RegistryTestServer;
let htx: string;
beforeAll(async () => {
  s = await startRegistryTestServer();
  pinToday('2026-12-03');
  htx = (await s.call('binhlu_officer', 'POST', '/api/producers', binhLuProducer())).body.id;
  const tea = (
    await s.call(
      'tanphong_officer',
      'POST',
      '/api/producers',
      binhLuProducer({
        communeCode: '03408',
        legalType: 'dnnvv',
        name: 'Công ty TNHH Chè Tân Phong',
        registrationNo: '6200111222',
        representative: { name: 'Nguyễn Văn An', sex: 'nam', ethnicity: 'Kinh', disability: false },
      }),
    )
  ).body.id;
  // 60 products of the HTX (more than one page of 50) and one of the tea company.
  await s.db.pool.query(
    `insert into products (province_code, commune_code, producer_id, name, set_no)
     select '12', '03390', $1, 'Miến dong số ' || lpad(i::text, 2, '0'), 6 from generate_series(1, 60) i`,
    [htx],
  );
  await s.call('tanphong_officer', 'POST', '/api/products', {
    producerId: tea,
    name: 'Chè Shan tuyết Tân Phong',
    setNo: 11,
    specification: 'Hộp 200 g',
  });
});
afterAll(async () => {
  pinToday(null);
  await s?.close();
});

async function sheetOf(raw: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}
const column = (sheet: ExcelJS.Worksheet, header: string) => {
  // Row 1 is the title (the list, the filter, the day), row 2 the headings.
  const headers = (sheet.getRow(2).values as unknown[]).slice(1);
  const i = headers.indexOf(header);
  expect(i, `column "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  return sheet.getColumn(i + 1).values.slice(3);
};

describe('Excel export of products', () => {
  it('holds every row of the filtered list, not just the page, with Vietnamese headings', async () => {
    const json = await s.call('laichau_office', 'GET', '/api/products?limit=10');
    expect(json.body.items).toHaveLength(10);
    expect(json.body.total).toBe(61);
    const r = await s.call('laichau_office', 'GET', '/api/products?format=xlsx&limit=10');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers['content-disposition']).toMatch(
      /^attachment; filename="San-pham-OCOP-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''S%E1%BA%A3n/,
    );
    const sheet = await sheetOf(r.raw);
    expect(sheet.name).toBe('Sản phẩm OCOP');
    expect(sheet.rowCount).toBe(63);
    expect(sheet.getCell('A1').value).toBe('Danh sách sản phẩm OCOP — Lọc: tất cả — Ngày xuất: 03/12/2026');
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
      'STT',
      'Mã sản phẩm',
      'Tên sản phẩm',
      'Bộ sản phẩm số',
    ]);
    // Same order as the JSON list (Vietnamese collation): "Chè" before "Miến".
    expect(column(sheet, 'Tên sản phẩm').slice(0, 3)).toEqual([
      'Chè Shan tuyết Tân Phong',
      'Miến dong số 01',
      'Miến dong số 02',
    ]);
    expect(column(sheet, 'STT').slice(-1)).toEqual([61]);
    const tea = sheet.getRow(3);
    const byHeader = (h: string) => tea.getCell((sheet.getRow(2).values as unknown[]).indexOf(h)).value;
    expect(byHeader('Bộ sản phẩm')).toBe('Chè tươi, chè chế biến'); // set 11, Appendix I
    expect(byHeader('Quy cách')).toBe('Hộp 200 g');
    expect(byHeader('Chủ thể')).toBe('Công ty TNHH Chè Tân Phong');
    expect(byHeader('Loại hình chủ thể')).toBe('Doanh nghiệp nhỏ và vừa');
    expect(byHeader('Xã, phường')).toBe('Phường Tân Phong');
    expect(byHeader('Tỉnh, thành phố')).toBe('Tỉnh Lai Châu');
    expect(byHeader('Trạng thái')).toBe('Đang hoạt động');
  });

  it('applies the filters and the user’s area: Tân Phong’s officer exports its one product', async () => {
    const filtered = await sheetOf(
      (
        await s.call(
          'laichau_office',
          'GET',
          '/api/products?format=xlsx&q=mien%20dong%20so%201&communeCode=03390&setNo=6',
        )
      ).raw,
    );
    // The title row names the filter in words.
    expect(filtered.getCell('A1').value).toMatch(
      /^Danh sách sản phẩm OCOP — Lọc: Xã, phường: Xã Bình Lư; Bộ sản phẩm: 6\. .+; Tìm: mien dong so 1 — Ngày xuất: 03\/12\/2026$/,
    );
    expect(column(filtered, 'Tên sản phẩm')).toEqual(Array.from({ length: 10 }, (_, i) => `Miến dong số 1${i}`));
    const scoped = await sheetOf((await s.call('tanphong_officer', 'GET', '/api/products?format=xlsx')).raw);
    expect(column(scoped, 'Tên sản phẩm')).toEqual(['Chè Shan tuyết Tân Phong']);
    const none = await sheetOf((await s.call('dienbien_office', 'GET', '/api/products?format=xlsx')).raw);
    expect(none.rowCount).toBe(2); // the title and the headings only
  });

  it('shows each product’s current star and certificate (in force that day: not an expired or revoked one)', async () => {
    const [tea] = (await s.db.pool.query(`select id from products where name = 'Chè Shan tuyết Tân Phong'`)).rows;
    const [mien] = (await s.db.pool.query(`select id from products where name = 'Miến dong số 01'`)).rows;
    await s.db.pool.query(
      `insert into certificates (province_code, product_id, number, star, issued_on, expires_on)
       values ('12', $1, '001/GCN-OCOP-12-2022', 3, '2022-05-10', '2025-05-10'),
              ('12', $1, '004/GCN-OCOP-12-2025', 4, '2025-06-20', '2028-06-20'),
              ('12', $2, '002/GCN-OCOP-12-2021', 3, '2021-03-01', '2024-03-01')`,
      [tea.id, mien.id],
    );
    const sheet = await sheetOf((await s.call('laichau_office', 'GET', '/api/products?format=xlsx')).raw);
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (row: number, h: string) => sheet.getRow(row).getCell(headers.indexOf(h) + 1).value;
    expect(cell(3, 'Tên sản phẩm')).toBe('Chè Shan tuyết Tân Phong');
    expect(cell(3, 'Hạng sao hiện tại')).toBe(4);
    expect(cell(3, 'Số giấy chứng nhận')).toBe('004/GCN-OCOP-12-2025');
    expect(cell(3, 'Giấy chứng nhận hiệu lực đến')).toEqual(new Date('2028-06-20T00:00:00Z'));
    // Art. 4.3: a certificate is valid 36 months; the one of 2021 has expired, so the product has no star today.
    expect(cell(4, 'Tên sản phẩm')).toBe('Miến dong số 01');
    expect(cell(4, 'Hạng sao hiện tại')).toBeNull();
    expect(cell(4, 'Số giấy chứng nhận')).toBeNull();
  });

  it('a bad format is a 400; an anonymous export a 401', async () => {
    expect((await s.call('laichau_office', 'GET', '/api/products?format=pdf')).body.error.issues[0].field).toBe(
      'querystring.format',
    );
    expect((await s.call(null, 'GET', '/api/products?format=xlsx')).status).toBe(401);
  });

  it('a list longer than the export cap is refused with a reason, not cut short', async () => {
    const [row] = await s.db.db.select().from(users).where(eq(users.username, 'laichau_office'));
    await expect(exportProducts(s.db.db, actorOf(row!), {}, 60)).rejects.toMatchObject({
      status: 400,
      issues: [{ field: 'query', code: 'too_many_rows' }],
    });
    expect(await exportProducts(s.db.db, actorOf(row!), {}, 61)).toHaveLength(61);
  });
});

describe('Excel export of producers', () => {
  it('lists producers with legal type, representative, criterion 3.2 and dates as dates', async () => {
    const r = await s.call('sysadmin', 'GET', '/api/producers?format=xlsx');
    expect(r.headers['content-disposition']).toContain('filename="Chu-the-OCOP-');
    const sheet = await sheetOf(r.raw);
    expect(sheet.name).toBe('Chủ thể OCOP');
    expect(column(sheet, 'Tên chủ thể')).toEqual(['Công ty TNHH Chè Tân Phong', 'HTX Miến dong Bình Lư']);
    expect(column(sheet, 'Loại hình')).toEqual(['Doanh nghiệp nhỏ và vừa', 'Hợp tác xã']);
    expect(column(sheet, 'Dân tộc')).toEqual(['Kinh', 'Thái']);
    expect(column(sheet, 'Giới tính')).toEqual(['Nam', 'Nữ']);
    expect(column(sheet, 'Đạt tiêu chí 3.2')).toEqual(['Không', 'Có']);
    expect(column(sheet, 'Ngày đăng ký')[1]).toEqual(new Date('2019-04-15T00:00:00Z'));
    expect(column(sheet, 'Xã, phường')).toEqual(['Phường Tân Phong', 'Xã Bình Lư']);
  });
});
