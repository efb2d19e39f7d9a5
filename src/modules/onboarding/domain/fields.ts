// The fields an office's register can hold, the headers offices write for them (folded: no diacritics, lower case),
// and the guess of which column is which. The user confirms or changes the guess; nothing is imported unmapped.
import { fold } from './text.ts';

export const IMPORT_FIELDS = [
  'productName',
  'producerName',
  'legalType',
  'district',
  'commune',
  'address',
  'setNo',
  'star',
  'points',
  'year',
  'decisionNumber',
  'decisionDate',
  'issuingBody',
  'certificateNumber',
  'phone',
  'note',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → 0-based column of the sheet (absent: not in the file). */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const REQUIRED_FIELDS: readonly ImportField[] = ['productName', 'producerName', 'commune', 'star'];

export const FIELD_LABELS: Record<ImportField, { vi: string; en: string }> = {
  productName: { vi: 'Tên sản phẩm', en: 'Product name' },
  producerName: { vi: 'Chủ thể', en: 'Producer' },
  legalType: { vi: 'Loại hình chủ thể', en: 'Producer type' },
  district: { vi: 'Huyện (trước 1/7/2025)', en: 'District (before 1/7/2025)' },
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  setNo: { vi: 'Bộ sản phẩm / nhóm sản phẩm', en: 'Product set / group' },
  star: { vi: 'Số sao', en: 'Star' },
  points: { vi: 'Điểm', en: 'Points' },
  year: { vi: 'Năm công nhận', en: 'Year' },
  decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
  decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
  issuingBody: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  certificateNumber: { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  note: { vi: 'Ghi chú', en: 'Note' },
};

// Headers as offices write them, folded. Longer, more specific ones win over short ones ("ngay quyet dinh" over
// "quyet dinh"), and an exact header over one that only contains the words.
const ALIASES: Record<ImportField, readonly string[]> = {
  productName: ['ten san pham', 'san pham', 'ten sp', 'san pham ocop', 'product name', 'product'],
  producerName: [
    'chu the',
    'ten chu the',
    'chu the ocop',
    'chu the san xuat',
    'don vi san xuat',
    'co so san xuat',
    'producer',
  ],
  legalType: ['loai hinh', 'loai hinh chu the', 'hinh thuc', 'loai hinh to chuc', 'producer type', 'legal type'],
  district: ['huyen', 'huyen thanh pho', 'huyen tp', 'huyen thi xa', 'dia ban huyen', 'district'],
  commune: ['xa', 'xa phuong', 'xa phuong thi tran', 'xa phuong tt', 'dia ban xa', 'commune'],
  address: ['dia chi', 'address'],
  setNo: ['bo san pham', 'nhom san pham', 'phan nhom', 'nganh hang', 'bo sp', 'nhom', 'product set'],
  star: ['so sao', 'hang sao', 'xep hang', 'sao', 'ket qua xep hang', 'star', 'stars'],
  points: ['diem', 'so diem', 'tong diem', 'diem danh gia', 'points', 'score'],
  year: ['nam', 'nam cong nhan', 'nam danh gia', 'nam dat', 'year'],
  decisionNumber: ['so quyet dinh', 'so qd', 'quyet dinh', 'quyet dinh cong nhan', 'decision number', 'decision'],
  decisionDate: ['ngay quyet dinh', 'ngay qd', 'ngay cong nhan', 'ngay ban hanh', 'decision date'],
  issuingBody: [
    'co quan ban hanh',
    'cap cong nhan',
    'don vi ban hanh',
    'cap quyet dinh',
    'co quan cong nhan',
    'issuing body',
  ],
  certificateNumber: ['so giay chung nhan', 'so gcn', 'giay chung nhan', 'certificate number'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'phone'],
  note: ['ghi chu', 'note', 'notes'],
};

function score(header: string, alias: string): number {
  if (header === alias) return 1000 + alias.length;
  if (header.startsWith(alias + ' ') || header.endsWith(' ' + alias)) return 500 + alias.length;
  if (` ${header} `.includes(` ${alias} `)) return 100 + alias.length;
  return 0;
}

/** The best guess: each field at most one column, each column at most one field, strongest matches first. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const pairs: { field: ImportField; col: number; s: number }[] = [];
  headers.forEach((h, col) => {
    const f = fold(h);
    if (!f) return;
    for (const field of IMPORT_FIELDS) {
      const s = Math.max(...ALIASES[field].map((a) => score(f, a)));
      if (s > 0) pairs.push({ field, col, s });
    }
  });
  pairs.sort((a, b) => b.s - a.s || a.col - b.col);
  const out: ColumnMapping = {};
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.field] !== undefined || used.has(p.col)) continue;
    out[p.field] = p.col;
    used.add(p.col);
  }
  return out;
}

/** How many cells of a row look like known headers: the header row is the first with at least three. */
export function headerLikeness(cells: readonly string[]): number {
  return cells.filter((c) => {
    const f = fold(c);
    return f !== '' && IMPORT_FIELDS.some((field) => ALIASES[field].some((a) => score(f, a) >= 500));
  }).length;
}
