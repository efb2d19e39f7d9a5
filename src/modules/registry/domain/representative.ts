// Criterion 3.2 of every sheet in Appendix II (part A, "sức mạnh cộng đồng"): 1 point when the producer's legal
// representative is a woman, or of an ethnic minority (đồng bào dân tộc thiểu số), or a person with a disability.

export type Sex = 'nam' | 'nu';

export interface Representative {
  sex: Sex | null;
  ethnicity: string | null;
  disability: boolean;
}

const foldCase = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** Every one of Vietnam's 54 ethnic groups except the Kinh (Việt) majority is an ethnic minority. */
export function isEthnicMinority(ethnicity: string | null): boolean {
  if (ethnicity === null || ethnicity.trim() === '') return false; // unknown is not evidence
  return !['kinh', 'việt', 'viet', 'người kinh', 'dân tộc kinh'].includes(foldCase(ethnicity));
}

/** Whether the representative earns criterion 3.2; an unknown attribute does not count. */
export function qualifiesFor32(r: Representative): boolean {
  return r.sex === 'nu' || isEthnicMinority(r.ethnicity) || r.disability;
}
