// The Excel sheet of historical results: its Vietnamese columns (template and import read the same list), and the
// reading of one row into a record. People type dates as dd/mm/yyyy or Excel dates, kinds and levels in Vietnamese.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { inspectZip } from '../../../platform/zip-guard.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import type { HistoricalResultBody } from './record-historical-result.ts';

export const SHEET_NAME = 'Kết quả trước đây';
export const PRODUCTS_SHEET = 'Sản phẩm';

type Field = keyof HistoricalResultBody | 'productName';
export const HISTORY_COLUMNS: readonly { field: Field; header: string; width: number; example: string | number }[] = [
  { field: 'productId', header: 'Mã sản phẩm hoặc ID (xem sheet Sản phẩm)', width: 40, example: '12-03390-001-2024' },
  { field: 'productName', header: 'Tên sản phẩm (để đối chiếu)', width: 30, example: 'Chè Shan tuyết Tả Lèng' },
  { field: 'kind', header: 'Loại đánh giá (lần đầu / nâng hạng / đánh giá lại)', width: 24, example: 'lần đầu' },
  { field: 'filedOn', header: 'Ngày nộp hồ sơ (dd/mm/yyyy)', width: 18, example: '10/05/2024' },
  { field: 'decidedOn', header: 'Ngày quyết định công nhận (dd/mm/yyyy)', width: 18, example: '12/09/2024' },
  { field: 'level', header: 'Cấp quyết định (huyện / tỉnh / trung ương)', width: 20, example: 'huyện' },
  { field: 'points', header: 'Số điểm', width: 10, example: 62 },
  { field: 'star', header: 'Hạng sao', width: 10, example: 3 },
  { field: 'decisionNumber', header: 'Số quyết định', width: 18, example: '1354/QĐ-UBND' },
  { field: 'certificateNumber', header: 'Số giấy chứng nhận (từ 3 sao)', width: 24, example: '013/GCN-OCOP-12-2024' },
  { field: 'note', header: 'Ghi chú', width: 30, example: 'Theo Quyết định 148/QĐ-TTg' },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
const KINDS: Record<string, HistoricalResultBody['kind']> = {
  'lan dau': 'first',
  first: 'first',
  'nang hang': 'upgrade',
  upgrade: 'upgrade',
  'danh gia lai': 'reevaluation',
  'phan hang lai': 'reevaluation',
  reevaluation: 'reevaluation',
  're evaluation': 'reevaluation',
};
const LEVELS: Record<string, HistoricalResultBody['level']> = {
  huyen: 'district',
  'cap huyen': 'district',
  district: 'district',
  tinh: 'province',
  'cap tinh': 'province',
  province: 'province',
  'trung uong': 'central',
  central: 'central',
  bo: 'central',
};

/** A cell as text (rich text, hyperlinks and formula results included). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v).trim();
}

/** dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd or an Excel date → ISO; null when unreadable. */
function isoOf(v: ExcelJS.CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const t = cellText(v);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

export interface SheetRow {
  row: number;
  product: string;
  input: Omit<HistoricalResultBody, 'productId'> | null;
  issues: FieldIssue[];
}

const issue = (field: string, code: string, vi: string, en: string): FieldIssue => ({
  field,
  code,
  message: { vi, en },
});

/** Past results are recorded a few hundred at a time; more rows than this is not a register of past results. */
export const MAX_HISTORY_ROWS = 5000;

/** Why a file is not read: it is not a workbook, it would inflate far beyond its size, or it has too many rows. */
export type SheetRefusal = 'not_xlsx' | 'decompression_bomb' | 'too_many_rows';

/**
 * Reads the first sheet (the template's "Kết quả trước đây"): one record per non-empty row under the header row.
 * Memory stays bounded whatever the upload: the zip's directory is checked before anything inflates, rows are
 * streamed, and reading stops at MAX_HISTORY_ROWS.
 */
export async function readHistorySheet(bytes: Buffer): Promise<SheetRow[] | SheetRefusal> {
  const verdict = inspectZip(bytes);
  if (!verdict.ok) return verdict.code === 'not_zip' ? 'not_xlsx' : 'decompression_bomb';
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const out: SheetRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const r of sheet as AsyncIterable<ExcelJS.Row>) {
        if (r.number === 1) continue;
        if (out.length >= MAX_HISTORY_ROWS) return 'too_many_rows';
        const row = readRow(r);
        if (row) out.push(row);
      }
      break; // the first worksheet only
    }
  } catch {
    return 'not_xlsx';
  }
  return out;
}

const col = (f: Field) => HISTORY_COLUMNS.findIndex((c) => c.field === f) + 1;

function readRow(r: ExcelJS.Row): SheetRow | null {
  const n = r.number;
  const get = (f: Field) => r.getCell(col(f)).value;
  if (HISTORY_COLUMNS.every((c) => cellText(get(c.field)) === '')) return null;
  const issues: FieldIssue[] = [];
  const kind = KINDS[fold(cellText(get('kind')))];
  if (!kind)
    issues.push(
      issue(
        'kind',
        'invalid',
        'Loại đánh giá phải là "lần đầu", "nâng hạng" hoặc "đánh giá lại"',
        'The kind must be first, upgrade or re-evaluation',
      ),
    );
  const level = LEVELS[fold(cellText(get('level')))];
  if (!level)
    issues.push(
      issue(
        'level',
        'invalid',
        'Cấp quyết định phải là "huyện", "tỉnh" hoặc "trung ương"',
        'The level must be district, province or central',
      ),
    );
  const filedOn = isoOf(get('filedOn'));
  if (!filedOn)
    issues.push(
      issue('filedOn', 'invalid', 'Ngày nộp hồ sơ phải có dạng dd/mm/yyyy', 'The filing date must be dd/mm/yyyy'),
    );
  const decidedOn = isoOf(get('decidedOn'));
  if (!decidedOn)
    issues.push(
      issue('decidedOn', 'invalid', 'Ngày quyết định phải có dạng dd/mm/yyyy', 'The decision date must be dd/mm/yyyy'),
    );
  const points = Number(cellText(get('points')).replace(',', '.'));
  if (cellText(get('points')) === '' || !Number.isFinite(points))
    issues.push(
      issue('points', 'invalid', 'Số điểm phải là một số từ 0 đến 100', 'Points must be a number from 0 to 100'),
    );
  const star = Number(cellText(get('star')));
  if (!Number.isInteger(star))
    issues.push(
      issue('star', 'invalid', 'Hạng sao phải là số nguyên từ 1 đến 5', 'The star must be a whole number from 1 to 5'),
    );
  const product = cellText(get('productId'));
  if (!product) issues.push(issue('productId', 'required', 'Chưa nhập mã sản phẩm', 'The product is missing'));
  return {
    row: n,
    product,
    issues,
    input: issues.length
      ? null
      : {
          kind: kind!,
          level: level!,
          filedOn: filedOn!,
          decidedOn: decidedOn!,
          points,
          star,
          decisionNumber: cellText(get('decisionNumber')) || null,
          certificateNumber: cellText(get('certificateNumber')) || null,
          note: cellText(get('note')) || null,
        },
  };
}
