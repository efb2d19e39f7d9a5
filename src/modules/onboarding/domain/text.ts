// Folding text for comparison: no diacritics (đ → d), lower case, punctuation as spaces, single spaces.
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Tidy a cell for storage: NFC, single spaces, trimmed. */
export const tidyCell = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
