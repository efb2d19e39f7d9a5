// Imports historical results from the province's Excel sheet, all or nothing: every row is read and checked (the same
// checks as one record, plus certificate numbers repeated inside the file); any problem answers 400 with each row's
// field and reason (vi + en) and writes nothing; otherwise every row is written in one transaction, oldest decision
// first so that an upgrade replaces the certificate recorded on an earlier row. The template lists the actor's products.
import ExcelJS from 'exceljs';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { AppError, type FieldIssue, type Message } from '../../../platform/errors.ts';
import { productViewsInSight } from '../../registry/index.ts';
import { evaluationPolicy } from '../policy.ts';
import type { PublicHistoricalResult } from '../history-presenter.ts';
import type { EvaluationDeps } from './certificate-register.ts';
import {
  HISTORY_COLUMNS,
  MAX_HISTORY_ROWS,
  PRODUCTS_SHEET,
  readHistorySheet,
  SHEET_NAME,
  type SheetRefusal,
} from './historical-sheet.ts';
import { prepareHistoricalResult, writeHistoricalResult, type PreparedRecord } from './record-historical-result.ts';

export const MAX_IMPORT_ROWS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RowError {
  row: number;
  field: string;
  code: string;
  message: { vi: string; en: string };
}

function refused(errors: RowError[]): AppError {
  const issues: FieldIssue[] = errors.map((e) => ({
    field: `rows[${e.row}].${e.field}`,
    code: e.code,
    message: { vi: `Dòng ${e.row}: ${e.message.vi}`, en: `Row ${e.row}: ${e.message.en}` },
  }));
  return new AppError(
    400,
    'invalid_import',
    {
      vi: `Tệp có ${new Set(errors.map((e) => e.row)).size} dòng lỗi; chưa ghi nhận dòng nào.`,
      en: `${new Set(errors.map((e) => e.row)).size} row(s) have errors; nothing was recorded.`,
    },
    issues,
    undefined,
    { rowErrors: errors },
  );
}

/** The product a cell names: its ID, or its OCOP product code among the products the actor sees. */
async function productIdOf(tx: Db, actor: Actor, cell: string): Promise<string | null> {
  if (UUID.test(cell)) return cell;
  const { rows } = await productViewsInSight(tx, actor, { q: cell }, { limit: 20, offset: 0 });
  return rows.find((p) => p.productCode?.toLowerCase() === cell.toLowerCase())?.id ?? null;
}

const SHEET_REFUSALS: Record<SheetRefusal, Message> = {
  not_xlsx: {
    vi: 'Tệp không phải bảng tính Excel (.xlsx) đọc được',
    en: 'The file is not a readable Excel (.xlsx) workbook',
  },
  decompression_bomb: {
    vi: 'Tệp nén bất thường: khi giải nén sẽ lớn hơn rất nhiều so với kích thước tệp, không đọc',
    en: 'The archive is abnormal: it would inflate far beyond its size; not read',
  },
  too_many_rows: {
    vi: `Tệp có hơn ${MAX_HISTORY_ROWS} dòng; hãy chia thành nhiều tệp`,
    en: `The file has more than ${MAX_HISTORY_ROWS} rows; split it into several files`,
  },
};

export async function importHistoricalResults(
  db: Db,
  actor: Actor,
  bytes: Buffer,
  deps: EvaluationDeps,
): Promise<{ imported: number; items: PublicHistoricalResult[] }> {
  evaluationPolicy.assertCan(actor, 'history.record');
  const rows = await readHistorySheet(bytes);
  if (typeof rows === 'string') throw refused([{ row: 0, field: 'file', code: rows, message: SHEET_REFUSALS[rows] }]);
  if (!rows.length)
    throw refused([
      {
        row: 0,
        field: 'file',
        code: 'empty',
        message: {
          vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề',
          en: 'The file has no data rows under the header',
        },
      },
    ]);
  if (rows.length > MAX_IMPORT_ROWS)
    throw refused([
      {
        row: 0,
        field: 'file',
        code: 'too_many',
        message: { vi: `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần`, en: `At most ${MAX_IMPORT_ROWS} rows at a time` },
      },
    ]);
  const today = deps.clock.today();
  return db.transaction(async (tx) => {
    const errors: RowError[] = [];
    const ready: PreparedRecord[] = [];
    const seen = new Map<string, number>();
    for (const r of rows) {
      errors.push(...r.issues.map((i) => ({ row: r.row, ...i })));
      if (!r.input) continue;
      const productId = await productIdOf(tx, actor, r.product);
      const prepared = await prepareHistoricalResult(
        tx,
        actor,
        { ...r.input, productId: productId ?? '00000000-0000-0000-0000-000000000000' },
        today,
        deps,
      );
      if (!prepared.ok) {
        errors.push(...prepared.issues.map((i) => ({ row: r.row, ...i })));
        continue;
      }
      const number = prepared.record.plan.certificateNumber;
      const first = number ? seen.get(number.toLowerCase()) : undefined;
      if (number && first !== undefined) {
        errors.push({
          row: r.row,
          field: 'certificateNumber',
          code: 'duplicate',
          message: {
            vi: `Số giấy chứng nhận ${number} trùng với dòng ${first}`,
            en: `Certificate number ${number} repeats row ${first}`,
          },
        });
        continue;
      }
      if (number) seen.set(number.toLowerCase(), r.row);
      ready.push(prepared.record);
    }
    if (errors.length) throw refused(errors);
    ready.sort((a, b) => a.input.decidedOn.localeCompare(b.input.decidedOn));
    const items: PublicHistoricalResult[] = [];
    for (const record of ready) items.push(await writeHistoricalResult(tx, actor, record, today, deps));
    return { imported: items.length, items };
  });
}

/** The template: the columns with one example row, and a second sheet listing the products the actor may record. */
export async function historyTemplate(db: Db, actor: Actor): Promise<Buffer> {
  evaluationPolicy.assertCan(actor, 'history.record');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP Hub';
  const sheet = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HISTORY_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(HISTORY_COLUMNS.map((c) => c.example));
  const products = wb.addWorksheet(PRODUCTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  products.columns = [
    { header: 'ID', width: 38 },
    { header: 'Mã sản phẩm', width: 20 },
    { header: 'Tên sản phẩm', width: 36 },
    { header: 'Chủ thể', width: 36 },
  ];
  products.getRow(1).font = { bold: true };
  const { rows } = await productViewsInSight(db, actor, {}, { limit: 5000, offset: 0 });
  for (const p of rows) products.addRow([p.id, p.productCode ?? '', p.name, p.producerName]);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
