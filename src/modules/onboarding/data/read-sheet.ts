// Reads an office's register as a stream of rows, memory bounded whatever the file: .xlsx through exceljs's streaming
// WorkbookReader (first worksheet only, rows handed on one by one), after the zip's central directory is inspected
// for a decompression bomb (domain/zip-guard.ts); .csv through an incremental parser (comma or semicolon, UTF-8 with
// or without BOM). Every cell comes out as tidy text; refusals are 400s naming `file` (vi + en).
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, type Message } from '../../../platform/errors.ts';
import { inspectZip } from '../../../platform/zip-guard.ts';
import { tidyCell } from '../domain/text.ts';

export const MAX_DATA_ROWS = 60_000;
export const MAX_COLUMNS = 60;
const MAX_CELL = 1000;

export interface SheetRow {
  /** The row's number in the sheet as the office sees it (1-based). */
  rowNo: number;
  cells: string[];
}

export const fileRefused = (code: string, message: Message): AppError =>
  new AppError(400, 'invalid_file', message, [{ field: 'file', code, message }]);

export function fileKind(filename: string, bytes: Buffer): 'xlsx' | 'csv' {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (/\.xlsx?$/i.test(filename)) return 'xlsx';
  return 'csv';
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

const clip = (cells: string[]): string[] => {
  const out = cells.slice(0, MAX_COLUMNS).map((c) => tidyCell(c).slice(0, MAX_CELL));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
};

async function* xlsxRows(bytes: Buffer): AsyncGenerator<SheetRow> {
  const verdict = inspectZip(bytes);
  if (!verdict.ok) {
    if (verdict.code === 'not_zip')
      throw fileRefused('not_xlsx', {
        vi: 'Tệp không phải bảng tính Excel (.xlsx) đọc được',
        en: 'The file is not a readable Excel (.xlsx) workbook',
      });
    throw fileRefused('decompression_bomb', {
      vi: `Tệp nén bất thường (${verdict.detail}): khi giải nén quá lớn so với kích thước tệp, không đọc`,
      en: `The archive is abnormal (${verdict.detail}): it would inflate far beyond its size; not read`,
    });
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < Math.min(values.length, MAX_COLUMNS + 1); c++) cells.push(cellText(values[c]));
        yield { rowNo: row.number, cells: clip(cells) };
      }
      return; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw fileRefused('not_xlsx', {
      vi: 'Tệp không phải bảng tính Excel (.xlsx) đọc được',
      en: 'The file is not a readable Excel (.xlsx) workbook',
    });
  }
}

/** RFC 4180 with the delimiter of the first line (Excel in Vietnamese locales writes ';' as often as ','). */
function* csvRows(bytes: Buffer): Generator<SheetRow> {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000'))
    throw fileRefused('not_csv', {
      vi: 'Tệp không phải CSV (UTF-8) hay Excel (.xlsx)',
      en: 'The file is neither CSV (UTF-8) nor Excel (.xlsx)',
    });
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let rowNo = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      yield { rowNo, cells: clip(row) };
      rowNo++;
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    yield { rowNo, cells: clip(row) };
  }
}

/** The rows of the file, empty ones skipped, refused past MAX_DATA_ROWS (plus a few title rows). */
export async function* readSheetRows(bytes: Buffer, filename: string): AsyncGenerator<SheetRow> {
  const rows = fileKind(filename, bytes) === 'xlsx' ? xlsxRows(bytes) : csvRows(bytes);
  let n = 0;
  for await (const r of rows) {
    if (!r.cells.length) continue;
    if (++n > MAX_DATA_ROWS + 20)
      throw fileRefused('too_many_rows', {
        vi: `Tệp có quá ${MAX_DATA_ROWS} dòng; hãy chia thành nhiều tệp`,
        en: `The file has more than ${MAX_DATA_ROWS} rows; split it into several files`,
      });
    yield r;
  }
}
