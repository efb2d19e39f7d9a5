// `npm run ocop -- import <file> --province <code> [--map col=field…] [--answer old=new…] [--legal-type t] [--commit]
// [--as username] [--rejected out.xlsx]`: the onboarding import from the command line, through the same commands as
// the web wizard. It uploads, runs the dry run with the guessed mapping (changed by --map: a column by its header,
// letter or number, e.g. --map "Tên SP=productName" --map C=producerName), prints the summary, the questions and the
// problems by row, and commits (all or nothing) only with --commit and no question left. Acts as --as (default admin).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { prepareDatabase } from '../server.ts';
import { actorOf } from '../platform/auth/actor.ts';
import { users } from '../platform/schema.ts';
import { systemClock } from '../platform/clock.ts';
import { NO_JOBS } from '../platform/command-context.ts';
import { AppError } from '../platform/errors.ts';
import { certificateRegister } from '../modules/certificates/index.ts';
import {
  dryRunBatch,
  IMPORT_FIELDS,
  readBatch,
  readRows,
  rejectedRowsXlsx,
  runCommit,
  startCommit,
  uploadBatch,
  type Answers,
  type ColumnMapping,
  type ImportField,
} from '../modules/onboarding/index.ts';

export interface ImportOptions {
  file: string;
  province: string;
  map: string[];
  answer: string[];
  legalType?: string;
  commit: boolean;
  as: string;
  rejected?: string;
}

/** "Tên SP" | "C" | "3" → the 0-based column among the headers. */
export function columnOf(spec: string, headers: readonly string[]): number | null {
  const byName = headers.findIndex((h) => h.trim().toLowerCase() === spec.trim().toLowerCase());
  if (byName >= 0) return byName;
  if (/^\d+$/.test(spec)) return Number(spec) - 1;
  if (/^[A-Z]{1,2}$/i.test(spec)) return [...spec.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return null;
}

export async function runImport(o: ImportOptions): Promise<number> {
  const prepared = await prepareDatabase(loadConfig());
  const db = prepared.db.db;
  try {
    const [u] = await db
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${o.as})`);
    if (!u) {
      console.error(`Không có người dùng "${o.as}" / no user "${o.as}"`);
      return 2;
    }
    const actor = actorOf(u);
    const batch = await uploadBatch(db, actor, {
      bytes: readFileSync(o.file),
      filename: basename(o.file),
      provinceCode: o.province,
    });
    const mapping: ColumnMapping = { ...(batch.mapping as ColumnMapping) };
    for (const m of o.map) {
      const [col, field] = [m.slice(0, m.lastIndexOf('=')), m.slice(m.lastIndexOf('=') + 1)];
      const c = columnOf(col, batch.headers);
      if (!IMPORT_FIELDS.includes(field as ImportField) || c === null) {
        console.error(
          `--map ${m}: cần "cột=trường", trường là một trong ${IMPORT_FIELDS.join(', ')} / use column=field`,
        );
        return 2;
      }
      for (const k of Object.keys(mapping) as ImportField[]) if (mapping[k] === c) delete mapping[k];
      mapping[field as ImportField] = c;
    }
    const answers: Answers = { units: Object.fromEntries(o.answer.map((a) => a.split('=') as [string, string])) };
    if (o.legalType) answers.legalType = o.legalType as Answers['legalType'];
    console.log(
      `Cột / columns: ${Object.entries(mapping)
        .map(([f, c]) => `${batch.headers[c]} → ${f}`)
        .join('; ')}`,
    );
    const today = systemClock.today();
    const dry = await dryRunBatch(db, actor, batch.id, { mapping, answers }, today);
    const s = dry.summary as Record<string, number> & {
      questions: { key: string; oldName: string; options: { code: string; name: string }[] }[];
    };
    console.log(
      `${s.rows} dòng: ${s.ok} tốt, ${s.warning} có ghi chú, ${s.question} chờ trả lời, ${s.rejected} bị loại / rows: ok, with notes, waiting, rejected\n` +
        `Chủ thể: ${s.producersMatched} đã có, ${s.producersCreated} tạo mới; sản phẩm: ${s.productsMatched} đã có, ${s.productsCreated} tạo mới; ` +
        `${s.results} kết quả, ${s.certificates} giấy chứng nhận, ${s.starsKept} hạng sao chỉ có năm`,
    );
    for (const q of s.questions)
      console.log(
        `? ${q.oldName} (${q.key}) → ${q.options.map((x) => `${x.code} ${x.name}`).join(' | ')}   (--answer ${q.key}=<mã>)`,
      );
    const bad = await readRows(db, actor, batch.id, { outcome: 'rejected', limit: 200, offset: 0 });
    for (const r of bad.items)
      for (const p of r.problems.filter((x) => x.severity === 'error'))
        console.log(`  dòng ${r.rowNo} [${p.field}] ${p.message.vi} / ${p.message.en}`);
    if (o.rejected && s.rejected) {
      writeFileSync(o.rejected, (await rejectedRowsXlsx(db, actor, batch.id)).bytes);
      console.log(`Dòng bị loại / rejected rows: ${o.rejected}`);
    }
    if (!o.commit) return 0;
    await startCommit(db, actor, batch.id);
    await runCommit(db, actor, batch.id, { certificates: certificateRegister, clock: systemClock, jobs: NO_JOBS });
    const done = await readBatch(db, actor, batch.id);
    if (done.status !== 'committed') {
      const e = done.error as { rowNo: number | null; message: { vi: string; en: string } };
      console.error(`Không ghi được (dòng ${e.rowNo ?? '?'}): ${e.message.vi} / ${e.message.en}; chưa ghi gì.`);
      return 1;
    }
    console.log(`Đã ghi ${done.progress.done} dòng / committed ${done.progress.done} rows`);
    return 0;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(`${err.userMessage.vi} / ${err.userMessage.en}`);
    for (const i of err.issues ?? []) console.error(`  ${i.field}: ${i.message.vi} / ${i.message.en}`);
    return 1;
  } finally {
    await prepared.close();
  }
}
