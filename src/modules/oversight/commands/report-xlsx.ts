// A report drawn as an Excel workbook (exceljs): one sheet "Báo cáo" laid out like the paper — the issuing body and
// the national heading, the place and date, the title and the day the figures stand on, then each section's heading
// and its numbered tables (caption, header row, rows with STT, a bold total row). Numbers stay numbers so officers can
// sum and check them; text is written as text, never as a formula.
import ExcelJS from 'exceljs';
import { vietnameseDate } from '../../evaluation/index.ts';
import type { ReportDocument, ReportTable } from '../domain/report-document.ts';

export const REPORT_SHEET = 'Báo cáo';
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function widths(doc: ReportDocument): number[] {
  const w: number[] = [];
  for (const s of doc.sections)
    for (const t of s.tables ?? []) t.columns.forEach((c, i) => (w[i] = Math.max(w[i] ?? 0, c.width)));
  return w.length ? w : [6, 30, 30, 20];
}

export async function renderReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP Hub';
  wb.created = new Date();
  const ws = wb.addWorksheet(REPORT_SHEET, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToWidth: 1 } });
  const cols = widths(doc);
  ws.columns = cols.map((width) => ({ width }));
  const n = cols.length;
  const half = Math.max(2, Math.floor(n / 2));
  let r = 1;
  const merged = (row: number, from: number, to: number, value: string, font: Partial<ExcelJS.Font> = {}) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = value;
    c.font = font;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  // The issuing body (left) and the national heading (right), as on the paper.
  const left = doc.unit.issuer;
  const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  for (let i = 0; i < Math.max(left.length, right.length); i++, r++) {
    if (left[i]) merged(r, 1, half, left[i]!, { bold: i === left.length - 1 });
    if (right[i]) merged(r, half + 1, n, right[i]!, { bold: true });
  }
  merged(r++, half + 1, n, `${doc.unit.place}, ${vietnameseDate(doc.producedOn)}`, { italic: true });
  r++;
  merged(r++, 1, n, doc.title, { bold: true, size: 13 });
  for (const s of doc.subtitle) merged(r++, 1, n, s, { italic: true });
  for (const s of doc.sections) {
    r++;
    ws.getCell(r++, 1).value = s.heading;
    ws.getCell(r - 1, 1).font = { bold: true };
    for (const p of s.paragraphs ?? []) {
      ws.mergeCells(r, 1, r, n);
      ws.getCell(r, 1).value = p;
      ws.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
      ws.getRow(r++).height = 30;
    }
    if (s.notYetAvailable) {
      ws.mergeCells(r, 1, r, n);
      const c = ws.getCell(r, 1);
      c.value = `CHƯA CÓ DỮ LIỆU. ${s.notYetAvailable}`;
      c.font = { italic: true };
      c.alignment = { wrapText: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4F4F4' } };
      ws.getRow(r++).height = 30;
    }
    for (const t of s.tables ?? []) r = writeTable(ws, r, t) + 1;
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Writes a table from row r; returns the row after it. */
function writeTable(ws: ExcelJS.Worksheet, r: number, t: ReportTable): number {
  ws.getCell(r, 1).value = t.caption;
  ws.getCell(r++, 1).font = { bold: true };
  const header = ws.getRow(r++);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F0' } };
  });
  const put = (values: (string | number | null)[], bold = false) => {
    const row = ws.getRow(r++);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      // exceljs writes a string as a string cell, never a formula: a product named "=1+1" stays text.
      cell.value = v;
      cell.border = BORDER;
      cell.font = { bold };
      cell.alignment = {
        wrapText: true,
        vertical: 'top',
        horizontal: t.columns[i]?.kind === 'text' ? 'left' : 'center',
      };
      if (t.columns[i]?.kind === 'num') cell.numFmt = '0.00';
    });
  };
  for (const row of t.rows) put(row);
  if (!t.rows.length && t.empty) {
    if (t.columns.length > 1) ws.mergeCells(r, 1, r, t.columns.length);
    ws.getCell(r, 1).value = t.empty;
    ws.getCell(r++, 1).font = { italic: true };
  }
  if (t.total) put(t.total, true);
  return r;
}
