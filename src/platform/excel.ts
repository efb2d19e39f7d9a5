// Excel (.xlsx) exports of lists: a header row (bold, frozen, with filters) and one row per record. Cells are typed
// (numbers stay numbers, dates are real dates shown dd/mm/yyyy) so officers can sort, filter and sum in Excel.
// Strings are written as text, never as formulas, so a value starting with "=" cannot run in the sheet.
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export type XlsxCell = string | number | boolean | Date | null | undefined;

export interface XlsxColumn<T> {
  header: string;
  value: (row: T, index: number) => XlsxCell;
  /** Width in characters; defaults from the header. */
  width?: number;
  /** Excel number format, e.g. "dd/mm/yyyy" or "#,##0". */
  numFmt?: string;
}

export interface XlsxOptions {
  sheetName?: string;
  /** A title row above the headings: what the list is, the filter used and the day (exportTitle). */
  title?: string;
}

/** One filter of a list as its title row names it: "Hạng sao: 4". Empty values are left out. */
export type FilterPart = readonly [label: string, value: string | number | null | undefined];

/** "dd/mm/yyyy" of an ISO date, as Vietnamese reports write it. */
const viDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The title row of an export: "Danh sách sản phẩm OCOP — Lọc: Xã, phường: Bình Lư; Trạng thái: Đang hoạt động —
 * Ngày xuất: 03/12/2026" ("Lọc: tất cả" when no filter), so a printed or forwarded sheet says what it holds.
 */
export function exportTitle(list: string, filters: readonly FilterPart[], on: string): string {
  const used = filters.filter(([, v]) => v !== undefined && v !== null && `${v}`.trim() !== '');
  const filter = used.length ? used.map(([l, v]) => `${l}: ${v}`).join('; ') : 'tất cả';
  return `${list} — Lọc: ${filter} — Ngày xuất: ${viDate(on)}`;
}

/** A calendar date "YYYY-MM-DD" as an Excel date (UTC midnight, so no time zone shifts the day). */
export function dateCell(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/** Excel refuses sheet names longer than 31 characters or holding : \ / ? * [ ]. */
function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

export async function toXlsxBuffer<T>(
  columns: readonly XlsxColumn<T>[],
  rows: readonly T[],
  opts: XlsxOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Hub';
  workbook.created = new Date();
  // With a title, the headings are the second row; the rows above them stay in view when scrolling.
  const head = opts.title ? 2 : 1;
  const sheet = workbook.addWorksheet(sheetName(opts.sheetName ?? 'Danh sách'), {
    views: [{ state: 'frozen', ySplit: head }],
  });
  sheet.columns = columns.map((c) => ({
    width: c.width ?? Math.max(10, c.header.length + 2),
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  if (opts.title) {
    const title = sheet.addRow([opts.title]);
    title.font = { bold: true, size: 13 };
    if (columns.length > 1) sheet.mergeCells(1, 1, 1, columns.length);
  }
  const headings = sheet.addRow(columns.map((c) => c.header));
  headings.font = { bold: true };
  rows.forEach((row, i) => sheet.addRow(columns.map((c) => c.value(row, i) ?? null)));
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: head, column: 1 }, to: { row: head, column: columns.length } };
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Content-Disposition with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function attachmentHeader(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function sendXlsx<T>(
  reply: FastifyReply,
  filename: string,
  columns: readonly XlsxColumn<T>[],
  rows: readonly T[],
  opts: XlsxOptions = {},
) {
  const body = await toXlsxBuffer(columns, rows, opts);
  return reply.header('content-type', XLSX_MIME).header('content-disposition', attachmentHeader(filename)).send(body);
}
