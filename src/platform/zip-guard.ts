// Refuses a decompression bomb before anything inflates it: an .xlsx is a zip, and its central directory (at the end
// of the file) declares every entry's compressed and uncompressed size. We read only that directory — no inflating —
// and refuse when the entries are too many, their declared total too large, or one entry's ratio implausible.
// A lying directory is caught later too: the streaming reader stops at the row limit.

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxRatio: number;
}

/** 10 MB of spreadsheet inflates to ~100–200 MB of XML at most; a real workbook compresses 5–20×. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalUncompressed: 400 * 1024 * 1024, maxRatio: 200 };

export type ZipVerdict =
  | { ok: true; entries: number; totalUncompressed: number }
  | { ok: false; code: 'not_zip' | 'too_many_entries' | 'too_large' | 'ratio'; detail: string };

const EOCD = 0x06054b50;
const CDH = 0x02014b50;

/** Inspects the central directory of a zip held in memory (the upload is already bounded by size). */
export function inspectZip(bytes: Buffer, limits: ZipLimits = XLSX_LIMITS): ZipVerdict {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, code: 'not_zip', detail: 'no end of central directory' };
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  // 0xffff / 0xffffffff mean ZIP64: a spreadsheet office never needs one; treat as too large.
  if (count === 0xffff || cdOffset === 0xffffffff) return { ok: false, code: 'too_large', detail: 'ZIP64 archive' };
  if (count > limits.maxEntries) return { ok: false, code: 'too_many_entries', detail: `${count} entries` };
  if (cdOffset + cdSize > bytes.length) return { ok: false, code: 'not_zip', detail: 'central directory out of file' };
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CDH)
      return { ok: false, code: 'not_zip', detail: 'bad central directory entry' };
    const compressed = bytes.readUInt32LE(p + 20);
    const uncompressed = bytes.readUInt32LE(p + 24);
    if (uncompressed === 0xffffffff || compressed === 0xffffffff)
      return { ok: false, code: 'too_large', detail: 'ZIP64 entry' };
    total += uncompressed;
    if (total > limits.maxTotalUncompressed)
      return { ok: false, code: 'too_large', detail: `more than ${limits.maxTotalUncompressed} bytes uncompressed` };
    // Tiny entries compress oddly; judge the ratio only where it matters (over 1 MB inflated).
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(1, compressed) > limits.maxRatio)
      return { ok: false, code: 'ratio', detail: `ratio ${Math.round(uncompressed / Math.max(1, compressed))}` };
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return { ok: true, entries: count, totalUncompressed: total };
}
