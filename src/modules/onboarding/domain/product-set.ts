// The product set (Appendix I of Decision 26/2026/QĐ-TTg, 26 sets) of a register row: the set's number or name when
// the office wrote one, else a guess from the product's name by words that belong to one set only ("mật ong",
// "rượu", "chè"). No guess → the dry run rejects the row and asks for the set column (never a default set).
import { fold } from './text.ts';

// Folded keywords → set number; longer phrases are tried first.
const KEYWORDS: readonly [string, number][] = (
  [
    ['du lich', 26],
    ['homestay', 26],
    ['diem du lich', 26],
    ['ruou', 14],
    ['bia', 15],
    ['vang', 15],
    ['nuoc khoang', 16],
    ['nuoc uong dong chai', 16],
    ['tra hoa', 12],
    ['tra tui loc', 12],
    ['tra dang sam', 12],
    ['tra giao co lam', 12],
    ['che', 11],
    ['tra shan', 11],
    ['ca phe', 13],
    ['cacao', 13],
    ['ca cao', 13],
    ['mat ong', 4],
    ['gao', 3],
    ['nep', 3],
    ['mien', 6],
    ['bun', 6],
    ['pho kho', 6],
    ['banh', 6],
    ['thit trau gac bep', 8],
    ['thit lon gac bep', 8],
    ['lap suon', 8],
    ['gac bep', 8],
    ['xuc xich', 8],
    ['ca kho', 8],
    ['nuoc mam', 9],
    ['tuong', 9],
    ['muoi', 10],
    ['mac khen', 10],
    ['thao qua', 10],
    ['tieu', 10],
    ['ot', 10],
    ['toi', 10],
    ['sam', 18],
    ['duoc lieu', 18],
    ['cao', 18],
    ['tinh dau', 20],
    ['dau goi', 19],
    ['xa phong', 19],
    ['my pham', 19],
    ['tho cam', 22],
    ['vai', 22],
    ['may mac', 22],
    ['dan lat', 21],
    ['may tre', 21],
    ['go', 21],
    ['lan', 23],
    ['hoa', 23],
    ['cay canh', 24],
    ['ca canh', 25],
    ['nam', 1],
    ['rau', 1],
    ['cam', 1],
    ['buoi', 1],
    ['chuoi', 1],
    ['qua', 1],
    ['thit', 2],
    ['ca', 2],
    ['trung', 2],
    ['sua', 2],
    ['dua', 7],
    ['mut', 7],
    ['say', 7],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);

/** The set number a cell names: "11", "Bộ 11", or the set's name as Appendix I writes it. */
export function readSetCell(cell: string, names: readonly { setNo: number; name: string }[]): number | null {
  const f = fold(cell);
  if (!f) return null;
  const n = /^(?:bo |bo san pham )?(\d{1,2})$/.exec(f);
  if (n) {
    const no = Number(n[1]);
    return no >= 1 && no <= 26 ? no : null;
  }
  const exact = names.find((s) => fold(s.name) === f);
  return exact ? exact.setNo : guessSet(cell);
}

/** A guess from words of the product's name (see KEYWORDS); null when none fits. */
export function guessSet(productName: string): number | null {
  const f = ` ${fold(productName)} `;
  for (const [w, setNo] of KEYWORDS) if (f.includes(` ${w} `)) return setNo;
  return null;
}
