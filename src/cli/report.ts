// `npm run ocop -- report <kind> --unit <code> [--as-of YYYY-MM-DD] [--year N] [--from …] [--to …] --out <file>`:
// one standard report written to a file, Excel or PDF by the file's extension. The CLI is the server operator's tool
// (like `admin reset-password`): it produces the report as the system, for any unit, with the same checks of the
// input as the HTTP route (a bad field is named, in Vietnamese and English, exit code 2).
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { prepareDatabase } from '../server.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { AppError } from '../platform/errors.ts';
import { produceReport, REPORT_KINDS, type ReportKind } from '../modules/oversight/index.ts';
import { todayInVietnam } from '../modules/registry/index.ts';

/** The system itself, national in scope (the operator runs the server). */
const SYSTEM: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'OCOP Hub',
  role: 'admin',
  unitSet: 2025,
  unitCode: null,
  provinceCode: null,
  mustChangePassword: false,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function runReport(
  kind: string | undefined,
  o: { unit?: string; asOf?: string; year?: string; from?: string; to?: string; out?: string },
): Promise<void> {
  const fail = (m: string): never => {
    console.error(m);
    process.exit(2);
  };
  if (!kind || !(REPORT_KINDS as readonly string[]).includes(kind))
    fail(`Loại báo cáo phải là một trong / the kind is one of: ${REPORT_KINDS.join(', ')}`);
  const format = /\.pdf$/i.test(o.out ?? '') ? 'pdf' : /\.xlsx$/i.test(o.out ?? '') ? 'xlsx' : null;
  if (!format) fail('--out <tệp .xlsx hoặc .pdf> / --out <an .xlsx or .pdf file> is required');
  for (const [flag, v] of [
    ['--as-of', o.asOf],
    ['--from', o.from],
    ['--to', o.to],
  ] as const)
    if (v !== undefined && !DATE.test(v)) fail(`${flag}: ngày phải có dạng YYYY-MM-DD / a date is YYYY-MM-DD`);
  if (o.year !== undefined && !/^\d{4}$/.test(o.year)) fail('--year: năm có 4 chữ số / a four-digit year');
  const prepared = await prepareDatabase(loadConfig());
  try {
    const { body, filename } = await produceReport(
      prepared.db.readDb,
      SYSTEM,
      kind as ReportKind,
      format!,
      { unit: o.unit ?? 'national', asOf: o.asOf, year: o.year ? Number(o.year) : undefined, from: o.from, to: o.to },
      todayInVietnam(),
    );
    writeFileSync(o.out!, body);
    console.log(`Đã ghi ${o.out} (${filename}, ${body.length} byte) / wrote ${o.out}`);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    for (const i of err.issues ?? []) console.error(`${i.field}: ${i.message.vi} / ${i.message.en}`);
    if (!err.issues?.length) console.error(`${err.userMessage.vi} / ${err.userMessage.en}`);
    process.exitCode = 2;
  } finally {
    await prepared.close();
  }
}
