// Step 1 of an import: the office uploads its register (.xlsx or .csv, its own shape). The rows are read as a stream
// (data/read-sheet.ts: a decompression bomb is refused before reading) and stored as text, in chunks, with the header
// row found among the first rows (offices put titles above it) and the columns guessed (domain/fields.ts). Nothing of
// the registry is touched; one transaction, audited.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { badRequest } from '../../../platform/errors.ts';
import { getUnit } from '../../reference/index.ts';
import { guessMapping, headerLikeness } from '../domain/fields.ts';
import { fileRefused, readSheetRows, type SheetRow } from '../data/read-sheet.ts';
import { insertBatch, insertRows, updateBatch } from '../data/batch-store.ts';
import { assertMayImport } from '../policy.ts';
import { readBatch, type BatchView } from './read-batch.ts';

const HEADER_SEARCH_ROWS = 15;
const CHUNK = 1000;

export async function uploadBatch(
  db: Db,
  actor: Actor,
  input: { bytes: Buffer; filename: string; provinceCode: string },
): Promise<BatchView> {
  const province = /^\d{2}$/.test(input.provinceCode) ? await getUnit(db, 2025, input.provinceCode) : undefined;
  if (!province || province.level !== 'province')
    throw badRequest([
      {
        field: 'provinceCode',
        code: 'unknown',
        message: {
          vi: `Không có tỉnh, thành phố mã "${input.provinceCode}"`,
          en: `No province with code "${input.provinceCode}"`,
        },
      },
    ]);
  assertMayImport(actor, province.code);
  const rows = readSheetRows(input.bytes, input.filename);
  // The header: the first of the first rows that looks most like one (at least three known headers), else row 1.
  // next() by hand: leaving a for-await loop would close the generator and lose the rows after the first ones.
  const head: SheetRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  if (!head.length) throw fileRefused('empty', { vi: 'Tệp không có dòng nào', en: 'The file has no rows' });
  let at = 0;
  let best = -1;
  head.forEach((r, i) => {
    const score = headerLikeness(r.cells);
    if (score >= 3 && score > best) {
      best = score;
      at = i;
    }
  });
  const headers = head[at]!.cells;
  const mapping = guessMapping(headers);
  return db.transaction(async (tx) => {
    const id = await insertBatch(tx, {
      provinceCode: province.code,
      filename: input.filename.slice(0, 200),
      headers,
      mapping,
      createdBy: actor.id,
    });
    let chunk: SheetRow[] = head.slice(at + 1);
    let count = chunk.length;
    for await (const r of rows) {
      chunk.push(r);
      count++;
      if (chunk.length >= CHUNK) {
        await insertRows(tx, id, province.code, chunk);
        chunk = [];
      }
    }
    await insertRows(tx, id, province.code, chunk);
    if (!count)
      throw fileRefused('empty', {
        vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề',
        en: 'The file has no data rows under the header',
      });
    await updateBatch(tx, id, { rowCount: count });
    await audit(tx, actor, {
      action: 'onboarding.upload',
      entityType: 'onboarding_batch',
      entityId: id,
      provinceCode: province.code,
      toState: 'uploaded',
      after: { filename: input.filename, rows: count, headers },
    });
    return (await readBatch(tx, actor, id))!;
  });
}
