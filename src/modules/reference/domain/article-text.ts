// An article reference in code's short form ("Art. 7.3.a") as Vietnamese legal text writes it ("điểm a khoản 3 Điều
// 7"), so a Vietnamese message never carries the English form (platform/message-language.ts checks it). Pure.

/** One reference "7.3.a" → "điểm a khoản 3 Điều 7"; "5.1 ¶2" → "đoạn 2 khoản 1 Điều 5". */
function oneArticleVi(ref: string): string {
  const para = /¶\s*(\d+)/.exec(ref)?.[1];
  const [art, clause, point] = ref
    .replace(/¶\s*\d+/, '')
    .trim()
    .split('.');
  return [para && `đoạn ${para}`, point && `điểm ${point}`, clause && `khoản ${clause}`, art && `Điều ${art}`]
    .filter(Boolean)
    .join(' ');
}

/**
 * An article reference in code's short form ("Art. 7.3.a", "Art. 4.1.b, 7.4.e", "Art. 5.1 ¶2") as Vietnamese legal
 * text writes it ("điểm a khoản 3 Điều 7", "điểm b khoản 1 Điều 4, điểm e khoản 4 Điều 7", "đoạn 2 khoản 1 Điều 5").
 * Anything else (already Vietnamese, a decision's name) is returned as it is.
 */
export function articleVi(article: string): string {
  const m = /^Art\.\s*(.+)$/.exec(article.trim());
  if (!m) return article;
  return m[1]!
    .split(/\s*,\s*/)
    .map((ref) => oneArticleVi(ref.replace(/^Art\.\s*/, '')))
    .join(', ');
}
