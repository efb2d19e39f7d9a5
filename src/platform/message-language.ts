// Every message for people is whole in one language: the Vietnamese text all Vietnamese (an article is "điểm a
// khoản 3 Điều 7", never "Art. 7.3.a"; a result is "cấp giấy chứng nhận", never the code "certify"), the English text
// all English (reference's articleVi writes an article the way Vietnamese legal text does). `languageMix` finds what
// does not belong in a message (the test over the message catalogue and the refusals uses it).
import type { Message } from './errors.ts';

// English that never belongs in Vietnamese text: the code's article form, raw codes (snake_case), and English words
// that are not Vietnamese syllables too. Proper names and codes (QĐ-TTg, GCN-OCOP, 12-03390) are fine in both.
const ENGLISH_IN_VI: readonly RegExp[] = [
  /\bArt\.\s*\d/,
  /\b[a-z]+_[a-z_]+\b/,
  /(?<![\p{L}])(the|of|and|is|are|for|with|not|certify|certified|forward|rejected|result_notice|province|commune|council|round|dossier|certificate|decision|draft|submitted|approval|recognition|valid|expired|revoked|Article|Decision|star|stars|points|must|cannot|should|required|invalid|missing)(?![\p{L}])/u,
];

// Vietnamese words that never belong in English text (a name like "Bình Lư" or "26/2026/QĐ-TTg" may).
const VIETNAMESE_IN_EN =
  /(?<![\p{L}])(Điều|khoản|điểm|ngày|hồ sơ|Hội đồng|giấy chứng nhận|chứng nhận|sao|không|được|của|và|cấp tỉnh|cấp xã|Quyết định|đợt|hạng)(?![\p{L}])/iu;

/** What makes a message mixed: English in its Vietnamese text, or Vietnamese words in its English text. */
export function languageMix(m: Message): string[] {
  const out: string[] = [];
  for (const re of ENGLISH_IN_VI) {
    const hit = re.exec(m.vi);
    if (hit) out.push(`vi has English "${hit[0]}": ${m.vi}`);
  }
  const vi = VIETNAMESE_IN_EN.exec(m.en);
  if (vi) out.push(`en has Vietnamese "${vi[0]}": ${m.en}`);
  return out;
}
