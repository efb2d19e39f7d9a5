// The rejected rows of a dry run as an .xlsx the office corrects and uploads again: the row's number, its original
// cells under the original headers, and the reasons (Vietnamese, then English) with the column each concerns. Rows
// waiting for an answer are listed too, so nothing of the file silently disappears.
import ExcelJS from 'exceljs';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { FIELD_LABELS, type ImportField } from '../domain/fields.ts';
import type { RowProblem } from '../domain/problems.ts';
import { rowsAfter } from '../data/batch-store.ts';
import { loadBatchFor } from './read-batch.ts';

export const REJECTED_SHEET = 'Dòng bị loại';

const where = (p: RowProblem, headers: readonly string[], mapping: Record<string, number>) => {
  if (p.field === 'row') return '';
  const col = mapping[p.field];
  return col !== undefined && headers[col] ? headers[col] : FIELD_LABELS[p.field as ImportField].vi;
};

export async function rejectedRowsXlsx(db: Db, actor: Actor, id: string): Promise<{ filename: string; bytes: Buffer }> {
  const b = await loadBatchFor(db, actor, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP Hub';
  const sheet = wb.addWorksheet(REJECTED_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Dòng', width: 8 },
    ...b.headers.map((h) => ({ header: h, width: Math.min(40, Math.max(12, h.length + 2)) })),
    { header: 'Lý do (tiếng Việt)', width: 60 },
    { header: 'Reason (English)', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  let after = 0;
  for (;;) {
    const rows = await rowsAfter(db, id, after, 2000, ['rejected', 'question']);
    if (!rows.length) break;
    for (const r of rows) {
      const problems = r.problems.filter((p) => p.severity !== 'warning');
      const vi = problems.map(
        (p) => `${where(p, b.headers, b.mapping) ? `[${where(p, b.headers, b.mapping)}] ` : ''}${p.message.vi}`,
      );
      const en = problems.map((p) => `${p.field !== 'row' ? `[${p.field}] ` : ''}${p.message.en}`);
      sheet.addRow([r.rowNo, ...b.headers.map((_, i) => r.cells[i] ?? ''), vi.join('\n'), en.join('\n')]);
    }
    after = rows[rows.length - 1]!.rowNo;
  }
  const base = b.filename.replace(/\.(xlsx|csv)$/i, '');
  return { filename: `${base} - dòng bị loại.xlsx`, bytes: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}
