// Fixtures of the onboarding import: registers in the shapes offices keep them — a title above the header, pre-2025
// districts and communes, loosely spelled names, stars as "3 sao" or "***", often no points, no decision number or
// date, sometimes only the issuing body. Built in code from product lists of the kind the provinces publish (Lai
// Châu; Hà Giang, now part of Tuyên Quang, with a commune split between two new ones; Điện Biên as CSV).
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

export async function xlsxOf(rows: readonly (readonly Cell[])[], sheetName = 'Danh sách'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const csvOf = (rows: readonly (readonly Cell[])[], delimiter = ','): Buffer =>
  Buffer.from(
    '\ufeff' +
      rows
        .map((r) =>
          r
            .map((c) =>
              c === null ? '' : /[",;\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c),
            )
            .join(delimiter),
        )
        .join('\r\n') +
      '\r\n',
  );

/** Lai Châu's list as its office keeps it: title rows, pre-2025 units, no points, decision data often missing. */
export const LAI_CHAU_HEADER = [
  'STT',
  'Tên sản phẩm',
  'Chủ thể',
  'Loại hình',
  'Huyện',
  'Xã',
  'Số sao',
  'Năm',
  'Số quyết định',
  'Ngày quyết định',
  'Cơ quan ban hành',
];
export const LAI_CHAU_ROWS: Cell[][] = [
  [
    1,
    'Miến dong Bình Lư',
    'HTX Miến dong Bình Lư',
    'HTX',
    'Tam Đường',
    'Xã Bình Lư',
    '3 sao',
    2021,
    '1354/QĐ-UBND',
    '12/09/2021',
    'UBND tỉnh Lai Châu',
  ],
  [
    2,
    'Miến dong hữu cơ Bình Lư',
    'Hợp tác xã miến dong  Bình Lư',
    '',
    'H. Tam Đường',
    'Bình Lư',
    '***',
    2023,
    null,
    null,
    'UBND huyện Tam Đường',
  ],
  [
    3,
    'Chè Shan tuyết Tả Lèng',
    'HTX Chè Tả Lèng',
    'Hợp tác xã',
    'Tam Đường',
    'Xã Tả Lèng',
    4,
    2022,
    '1120/QĐ-UBND',
    '25/08/2022',
    'UBND tỉnh Lai Châu',
  ],
  [
    4,
    'Thảo quả sấy khô Mường Tè',
    'Hộ kinh doanh Lò Văn Hải',
    'Hộ kinh doanh',
    'Mường Tè',
    'Thị trấn Mường Tè',
    '3 sao',
    2020,
    null,
    null,
    null,
  ],
  [
    5,
    'Sâm Lai Châu tươi',
    'Công ty TNHH Sâm Lai Châu Ka Lăng',
    'Công ty TNHH',
    'Mường Tè',
    'Xã Ka Lăng',
    '4 sao',
    2024,
    null,
    null,
    'UBND tỉnh Lai Châu',
  ],
  [
    6,
    'Chè xanh San Thàng',
    'HTX chè San Thàng',
    null,
    'TP Lai Châu',
    'Xã San Thàng',
    '3 sao',
    2022,
    '86/QĐ-UBND',
    '20/06/2022',
    'UBND tỉnh Lai Châu',
  ],
  [
    7,
    'Thịt trâu gác bếp',
    'Cơ sở sản xuất Hương Lai',
    'Hộ kinh doanh',
    'TP Lai Châu',
    'Phường Đông Phong',
    3,
    2023,
    null,
    null,
    'UBND thành phố Lai Châu',
  ],
  [
    8,
    'Gạo Séng Cù Mường So',
    'HTX Nông nghiệp Mường So',
    'HTX',
    'Phong Thổ',
    'Xã Mường So',
    '3 sao',
    2021,
    null,
    null,
    'UBND tỉnh',
  ],
  [
    9,
    'Gạo nếp tan Mường Kim',
    'Tổ hợp tác nếp tan Mường Kim',
    'THT',
    'Than Uyên',
    'Mường Kim',
    '3',
    2024,
    null,
    null,
    null,
  ],
  [10, 'Mật ong rừng Sìn Hồ', 'Nguyễn Văn Bình', null, 'Sìn Hồ', 'Thị trấn Sìn Hồ', 3, 2022, null, null, null],
  [
    11,
    'Chè Ô long Tam Đường',
    'Công ty cổ phần chè Tam Đường',
    'Doanh nghiệp',
    'Tam Đường',
    'Xã Bản Bo',
    '4 sao',
    2018,
    null,
    null,
    null,
  ],
  [12, 'Rượu ngô Phong Thổ', 'HTX Rượu Phong Thổ', 'HTX', 'Phong Thổ', 'Xã Không Có', '3 sao', 2022, null, null, null],
  [
    13,
    'Cá tầm Sìn Hồ',
    'HTX Thủy sản Sìn Hồ',
    'HTX',
    'Sìn Hồ',
    'Thị trấn Sìn Hồ',
    '4 sao',
    2024,
    null,
    null,
    'UBND huyện Sìn Hồ',
  ],
];
export const laiChauXlsx = () =>
  xlsxOf([
    ['DANH SÁCH SẢN PHẨM OCOP TỈNH LAI CHÂU GIAI ĐOẠN 2019 - 2024'],
    ['(Kèm theo báo cáo của Văn phòng Điều phối NTM tỉnh)'],
    LAI_CHAU_HEADER,
    ...LAI_CHAU_ROWS,
  ]);

/** Hà Giang's list (Tuyên Quang from 1/7/2025): "Xã Việt Lâm, huyện Vị Xuyên" went partly into two new communes. */
export const HA_GIANG_HEADER = [
  'TT',
  'Ten san pham',
  'Ten chu the',
  'Dia ban huyen',
  'Xa/phuong/TT',
  'Hang sao',
  'Tong diem',
  'Nam cong nhan',
  'So QD',
  'Ngay QD',
  'So GCN',
];
export const HA_GIANG_ROWS: Cell[][] = [
  [
    1,
    'Chè Shan tuyết Vị Xuyên',
    'HTX chè Việt Lâm',
    'Vị Xuyên',
    'Việt Lâm',
    3,
    62,
    2022,
    '1821/QĐ-UBND',
    '15/09/2022',
    '1821-05/GCN-OCOP-HG',
  ],
  [2, 'Mật ong bạc hà Yên Định', 'HTX mật ong Yên Định', 'Bắc Mê', 'Yên Định', 3, null, 2023, null, null, null],
  [
    3,
    'Cam sành Hà Giang',
    'HTX cam Phương Thiện',
    'Thành phố Hà Giang',
    'Xã Phương Thiện',
    4,
    75,
    2021,
    '2150/QĐ-UBND',
    '10/11/2021',
    '2150-12/GCN-OCOP-HG',
  ],
];
export const haGiangXlsx = () => xlsxOf([HA_GIANG_HEADER, ...HA_GIANG_ROWS]);

/** Điện Biên's list as CSV with semicolons, the way Excel in a Vietnamese locale saves it. */
export const DIEN_BIEN_CSV = () =>
  csvOf(
    [
      ['Sản phẩm', 'Chủ thể OCOP', 'Loại hình', 'Huyện', 'Xã', 'Số sao', 'Năm', 'Cơ quan ban hành'],
      [
        'Gạo Séng Cù Điện Biên',
        'HTX Nông nghiệp Thanh Xương',
        'HTX',
        'Điện Biên',
        'Xã Thanh Xương',
        '3 sao',
        2021,
        'UBND tỉnh Điện Biên',
      ],
      [
        'Cà phê Mường Ảng',
        'Công ty TNHH cà phê Mường Ảng',
        'Công ty TNHH',
        'Mường Ảng',
        'Thị trấn Mường Ảng',
        '3 sao',
        2022,
        null,
      ],
    ],
    ';',
  );

/** A zip whose one entry inflates from a few kilobytes to `mb` megabytes of zeros: a decompression bomb. */
export function zipBomb(mb = 64): Buffer {
  const raw = Buffer.alloc(mb * 1024 * 1024);
  const data = deflateRawSync(raw, { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(raw.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(raw.length, 24);
  central.writeUInt16LE(name.length, 28);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
