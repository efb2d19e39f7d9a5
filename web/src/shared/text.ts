// Text helpers for Vietnamese: diacritic-insensitive matching ("dong goi" finds "Đóng gói").

/** Lower case without diacritics; đ/Đ become d. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export function matches(text: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}

/** "★★★" for 3. */
export const stars = (n: number): string => '★'.repeat(Math.max(0, Math.min(5, n)));
