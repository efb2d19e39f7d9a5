// The key two producer names are compared by when warning of a duplicate: the same producer is typed as
// "HTX Miến dong Bình Lư", "Hợp tác xã miến dong Bình Lư" or "HỢP TÁC XÃ MIẾN DONG BÌNH LƯ." by different officers.

/**
 * Lowercase, no diacritics (đ → d), punctuation as spaces, single spaces. Invisible format characters (zero-width
 * joiner and space, soft hyphen, bidi marks) are dropped first: inside a word they would split it and let a look-alike
 * name dodge the duplicate check.
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Legal-form words as they are written at the head of a name, folded; longer phrases first so that
// "cong ty tnhh mot thanh vien" is removed whole rather than leaving "mot thanh vien" behind.
const LEGAL_FORMS = [
  'cong ty trach nhiem huu han mot thanh vien',
  'cong ty trach nhiem huu han',
  'cong ty co phan',
  'doanh nghiep tu nhan',
  'doanh nghiep',
  'hop tac xa',
  'to hop tac',
  'ho kinh doanh ca the',
  'ho kinh doanh',
  'ho san xuat kinh doanh',
  'ho san xuat',
  'ho gia dinh',
  'co so san xuat kinh doanh',
  'co so san xuat',
  'co so',
  'trung tam dieu hanh',
  'hiep hoi',
  'hoi',
  'trang trai',
  'mot thanh vien',
  'cong ty cp',
  'cty cp',
  'cong ty',
  'cty',
  'ctcp',
  'htx',
  'tht',
  'hkd',
  'dntn',
  'cssx',
  'tnhh',
  'mtv',
].sort((a, b) => b.length - a.length);

/**
 * Strips legal-form words only from the head of the name, repeatedly ("Công ty TNHH MTV …"): inside a name the same
 * syllables are often part of it ("Hội An", "Cơ sở chè Hội"), and the head is where Vietnamese puts the legal form.
 * A name made of legal-form words only keeps its folded form, so it still matches itself.
 */
export function producerNameKey(name: string): string {
  const folded = foldVietnamese(name);
  let rest = folded;
  for (let changed = true; changed;) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (rest === form || rest.startsWith(form + ' ')) {
        rest = rest.slice(form.length).trimStart();
        changed = true;
        break;
      }
    }
  }
  return rest === '' ? folded : rest;
}
