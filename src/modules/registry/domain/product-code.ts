// "Mã số sản phẩm" of Appendix II (the header of every criteria sheet): (T)-(X)-(STT)-20…, where T is the province
// code, X the commune code (Decision 19/2025/QĐ-TTg), STT the product's number in the commune's list ("số thứ tự sản
// phẩm do xã lập thống kê") and the last part the evaluation year. Example: 12-03390-001-2026.
//
// The law does not fix the width of STT. We pad it to 3 digits (001…999), which sorts and reads well for a commune's
// list, and let it grow past 999 (1000, 1001, …) rather than wrap or fail; the canonical form never has a leading
// zero beyond those 3 digits, so every number has exactly one spelling.

export interface ProductCode {
  provinceCode: string;
  communeCode: string;
  seq: number;
  year: number;
}

/** OCOP evaluations began in 2018 (Decision 490/QĐ-TTg); a year past 2099 is a typing error. */
export const MIN_CODE_YEAR = 2018;
export const MAX_CODE_YEAR = 2099;

const PATTERN = /^(\d{2})-(\d{5})-(\d{3,})-(\d{4})$/;

export function formatProductCode(c: ProductCode): string {
  if (!/^\d{2}$/.test(c.provinceCode)) throw new RangeError(`province code must be 2 digits: ${c.provinceCode}`);
  if (!/^\d{5}$/.test(c.communeCode)) throw new RangeError(`commune code must be 5 digits: ${c.communeCode}`);
  if (!Number.isSafeInteger(c.seq) || c.seq < 1) throw new RangeError(`sequence must be a positive integer: ${c.seq}`);
  if (!Number.isInteger(c.year) || c.year < MIN_CODE_YEAR || c.year > MAX_CODE_YEAR)
    throw new RangeError(`year out of range: ${c.year}`);
  return `${c.provinceCode}-${c.communeCode}-${String(c.seq).padStart(3, '0')}-${c.year}`;
}

/** The parts of a product code in canonical form, or null when it is not one. */
export function parseProductCode(text: string): ProductCode | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [, provinceCode, communeCode, stt, yyyy] = m as unknown as [string, string, string, string, string];
  const seq = Number(stt);
  const year = Number(yyyy);
  if (seq < 1 || (stt.length > 3 && stt.startsWith('0'))) return null;
  if (year < MIN_CODE_YEAR || year > MAX_CODE_YEAR || !Number.isSafeInteger(seq)) return null;
  return { provinceCode, communeCode, seq, year };
}
