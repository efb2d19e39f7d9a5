// Document numbers of the evaluation procedure. Pure: format, parse, validate; the data layer owns the counters.
//
// - Commune receipt number (Appendix III, Form 01, "Phiếu số: …/PĐK-(Mã tỉnh)-(Mã xã)-(Năm)"): written
//   `<seq>/PĐK-<province>-<commune>-<year>`, e.g. `07/PĐK-12-03390-2026`. Codes are those of Decision 19/2025/QĐ-TTg
//   (province 2 digits, commune 5 digits). The sequence runs per commune per calendar year of receipt, from 1, padded
//   to at least 2 digits (a commune receives a handful of dossiers a year; 100 and more simply print 3 digits).
// - Certificate numbers are the certificate register's (certificates/domain/numbers.ts); it shares the helpers here.
// - Decision numbers (quyết định công nhận, phê duyệt, thu hồi) are typed by people from the signed paper: free
//   text, checked loosely (Vietnamese numbering "số/[năm/]QĐ-cơ quan" in its many local variants).
import type { Message } from '../../../platform/errors.ts';

export type Parsed<T> = { ok: true; value: T; normalized: string } | { ok: false; message: Message };

export const PROVINCE_CODE = /^\d{2}$/;
const COMMUNE = /^\d{5}$/;
export const fail = <T>(vi: string, en: string): Parsed<T> => ({ ok: false, message: { vi, en } });

/** Trim, NFC, and drop spaces around '/' and '-' ("07 / PĐK - 12" → "07/PĐK-12"), as people type from the form. */
export function tidy(s: string): string {
  return s
    .normalize('NFC')
    .trim()
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new RangeError(`year out of range: ${year}`);
}

export function checkSeq(seq: number): void {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`sequence must be a positive integer: ${seq}`);
}

// ---- commune receipt number (Form 01) ----

export interface ReceiptNumber {
  seq: number;
  provinceCode: string;
  communeCode: string;
  year: number;
}

export const RECEIPT_SEQ_PAD = 2;

export function formatReceiptNumber(r: ReceiptNumber): string {
  checkSeq(r.seq);
  checkYear(r.year);
  if (!PROVINCE_CODE.test(r.provinceCode)) throw new RangeError(`province code must be 2 digits: ${r.provinceCode}`);
  if (!COMMUNE.test(r.communeCode)) throw new RangeError(`commune code must be 5 digits: ${r.communeCode}`);
  return `${String(r.seq).padStart(RECEIPT_SEQ_PAD, '0')}/PĐK-${r.provinceCode}-${r.communeCode}-${r.year}`;
}

// "PĐK" is also accepted as "PDK" (typed without diacritics) and in any case; the canonical form is re-printed.
const RECEIPT = /^(\d{1,6})\/P[ĐD]K-(\d{2})-(\d{5})-(\d{4})$/iu;

export function parseReceiptNumber(input: string): Parsed<ReceiptNumber> {
  const m = RECEIPT.exec(tidy(input));
  if (!m) {
    return fail(
      `Số phiếu tiếp nhận "${input}" không đúng dạng <số>/PĐK-<mã tỉnh 2 số>-<mã xã 5 số>-<năm>, ví dụ 07/PĐK-12-03390-2026 (Mẫu số 01 Phụ lục III).`,
      `Receipt number "${input}" is not <seq>/PĐK-<2-digit province>-<5-digit commune>-<year>, e.g. 07/PĐK-12-03390-2026 (Form 01, Appendix III).`,
    );
  }
  const value = { seq: Number(m[1]), provinceCode: m[2]!, communeCode: m[3]!, year: Number(m[4]) };
  if (value.seq < 1) return fail('Số thứ tự của phiếu phải từ 1 trở lên.', 'The receipt sequence starts at 1.');
  if (value.year < 2000) return fail(`Năm ${value.year} không hợp lệ.`, `Year ${value.year} is not valid.`);
  return { ok: true, value, normalized: formatReceiptNumber(value) };
}

/** The next free sequence number: one more than the largest used (gaps left by cancelled receipts are not reused). */
export function nextSequence(used: Iterable<number>): number {
  let max = 0;
  for (const n of used) if (Number.isInteger(n) && n > max) max = n;
  return max + 1;
}

// ---- decision numbers (entered by users) ----

/**
 * Loose check of a decision number as printed on the paper: starts with its number, then '/', then a symbol made of
 * letters, digits, '-', '/', '.' (e.g. "1234/QĐ-UBND", "26/2026/QĐ-TTg", "56/QĐ-BNNMT"). At most 60 characters.
 * `warning` (not an error) when the symbol lacks "QĐ"/"QD": a council plan or a letter may be cited by mistake.
 */
export function validateDecisionNumber(input: string): Parsed<string> & { warning?: Message } {
  const text = tidy(input);
  if (!text) return fail('Chưa nhập số quyết định.', 'The decision number is missing.');
  if (text.length > 60)
    return fail('Số quyết định dài quá 60 ký tự.', 'The decision number is longer than 60 characters.');
  if (!/^\d+\/[\p{L}\d][\p{L}\d./-]*$/u.test(text) || !/\p{L}/u.test(text)) {
    return fail(
      `Số quyết định "${input}" không đúng dạng số/ký hiệu, ví dụ 1234/QĐ-UBND.`,
      `Decision number "${input}" is not in the form number/symbol, e.g. 1234/QĐ-UBND.`,
    );
  }
  const ok = { ok: true as const, value: text, normalized: text };
  return /Q[ĐD]/iu.test(text)
    ? ok
    : {
        ...ok,
        warning: {
          vi: `Số "${text}" không có ký hiệu "QĐ" — kiểm tra lại có phải số quyết định không.`,
          en: `"${text}" has no "QĐ" symbol — check that it is a decision number.`,
        },
      };
}
