// Reading the cells of an office's register into values: stars as "3", "3 sao", "***" or "3★"; years; dates as
// dd/mm/yyyy, yyyy-mm-dd or Excel serial numbers; the producer's legal type in words; the deciding level from the
// issuing body's name ("UBND huyện Tân Uyên" → district). Each reader answers null when the cell says nothing usable.
import type { LegalType } from '../../registry/index.ts';
import { fold } from './text.ts';

export function readStar(cell: string): number | null {
  const t = cell.trim();
  if (!t) return null;
  if (/^[\s*★⭐]+$/.test(t)) return (t.match(/[*★⭐]/g) ?? []).length;
  const m = /^([1-5])(?: 0+)?(?: sao| star| stars)?$/.exec(fold(t));
  return m ? Number(m[1]) : null;
}

export function readPoints(cell: string): number | null {
  const t = cell.trim().replace(',', '.');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

export function readYear(cell: string): number | null {
  const m = /\b(19|20)\d{2}\b/.exec(cell);
  return m ? Number(m[0]) : null;
}

const pad = (n: string) => n.padStart(2, '0');
function validIso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(String(m))}-${pad(String(d))}`;
}

/** An ISO date, or null for an empty cell, or 'invalid'. Excel serials (days since 1899-12-30) are accepted. */
export function readDate(cell: string): string | null | 'invalid' {
  const t = cell.trim();
  if (!t) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'invalid';
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1])) ?? 'invalid';
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return 'invalid';
}

// The legal type as offices write it, folded, longest first; then the head of the producer's name says it.
const TYPE_WORDS: readonly [string, LegalType][] = (
  [
    ['hop tac xa', 'htx'],
    ['htx', 'htx'],
    ['to hop tac', 'tht'],
    ['tht', 'tht'],
    ['cong ty', 'dnnvv'],
    ['cty', 'dnnvv'],
    ['ctcp', 'dnnvv'],
    ['doanh nghiep', 'dnnvv'],
    ['dntn', 'dnnvv'],
    ['tnhh', 'dnnvv'],
    ['trang trai', 'trang_trai'],
    ['ho kinh doanh', 'ho_kinh_doanh'],
    ['hkd', 'ho_kinh_doanh'],
    ['ho san xuat', 'ho_kinh_doanh'],
    ['ho gia dinh', 'ho_kinh_doanh'],
    ['co so san xuat', 'ho_kinh_doanh'],
    ['cssx', 'ho_kinh_doanh'],
    ['hiep hoi', 'hiep_hoi'],
    ['trung tam dieu hanh', 'trung_tam_dieu_hanh'],
    ['hoi', 'hoi'],
  ] as [string, LegalType][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * The legal type (Art. 2.3 of Decision 26/2026/QĐ-TTg) from the type cell, else from the head of the producer's name
 * ("HTX Miến dong Bình Lư" → htx). null when neither says: the dry run asks, never guesses a household.
 */
export function inferLegalType(
  typeCell: string,
  producerName: string,
): { type: LegalType; from: 'cell' | 'name' } | null {
  const t = fold(typeCell);
  if (t) for (const [w, type] of TYPE_WORDS) if (` ${t} `.includes(` ${w} `)) return { type, from: 'cell' };
  const n = fold(producerName);
  for (const [w, type] of TYPE_WORDS) if (n === w || n.startsWith(w + ' ')) return { type, from: 'name' };
  return null;
}

export type DecidingLevel = 'district' | 'province' | 'central';

/** The level of the body that signed the decision: UBND huyện / thành phố thuộc tỉnh → district, UBND tỉnh → province. */
export function levelOfBody(body: string): DecidingLevel | null {
  const f = fold(body);
  if (!f) return null;
  if (/\b(bo|bo nn|bo nong nghiep|trung uong|bnn)\b/.test(f)) return 'central';
  if (/\b(huyen|thi xa|tx|quan)\b/.test(f)) return 'district';
  if (/\b(tinh|ubnd tinh)\b/.test(f)) return 'province';
  // "UBND thành phố Lai Châu": a provincial city, which decided as a district did (148/QĐ-TTg).
  if (/\b(thanh pho|tp)\b/.test(f)) return 'district';
  return null;
}
