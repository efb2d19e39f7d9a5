// Resolving the unit a register row names — often the pre-2025 district and commune ("Huyện Mường Tè", "Thị trấn
// Mường Tè", "TP Lai Châu") — to the 2025 commune through the official old → new mapping (Decision 19/2025/QĐ-TTg
// and the provinces' resolutions), keeping the original unit beside it. The unit's kind disambiguates ("Thị trấn
// Mường Tè" and "Xã Mường Tè" are two communes of one district). An old commune split between new communes, or a
// district named without its commune, is a question: the user picks the new commune per old unit, never the code.
import type { ProvinceUnits, UnitRow } from '../../reference/index.ts';
import { fold } from './text.ts';
import { problem, type RowProblem } from './problems.ts';

const COMMUNE_KINDS: readonly [string, string][] = [
  ['thi tran', 'thị trấn'],
  ['phuong', 'phường'],
  ['xa', 'xã'],
  ['tt', 'thị trấn'],
  ['p', 'phường'],
  ['x', 'xã'],
  ['dac khu', 'đặc khu'],
];
const DISTRICT_KINDS = ['thanh pho', 'thi xa', 'huyen', 'quan', 'tp', 'tx', 'h', 'q'];

/** "Thị trấn Mường Tè" → { kind: 'thị trấn', key: 'muong te' }. */
export function communeKey(text: string): { kind: string | null; key: string } {
  const f = fold(text);
  for (const [w, kind] of COMMUNE_KINDS) if (f.startsWith(w + ' ')) return { kind, key: f.slice(w.length + 1) };
  return { kind: null, key: f };
}
export function districtKey(text: string): string {
  const f = fold(text);
  for (const w of DISTRICT_KINDS) if (f.startsWith(w + ' ')) return f.slice(w.length + 1);
  return f;
}
const typeFold = (t: string) => fold(t);

export interface UnitChoice {
  code: string;
  name: string;
}
export interface OriginalUnit {
  district: string | null;
  commune: string | null;
  /** The 2024 unit code it was recognised as (commune, or district when only the district is named). */
  oldCode: string | null;
  oldName: string | null;
}
export type UnitResolution =
  | {
      kind: 'resolved';
      communeCode: string;
      communeName: string;
      via: 'mapping' | 'answer' | '2025';
      original: OriginalUnit;
    }
  | { kind: 'question'; key: string; oldName: string; options: UnitChoice[]; original: OriginalUnit }
  | { kind: 'problem'; problem: RowProblem; original: OriginalUnit };

const label = (u: UnitRow) => `${u.type.charAt(0).toUpperCase()}${u.type.slice(1)} ${u.name}`;

export class UnitIndex {
  private readonly districts = new Map<string, UnitRow[]>();
  private readonly old = new Map<string, UnitRow[]>();
  private readonly current = new Map<string, UnitRow[]>();
  private readonly byCode25 = new Map<string, UnitRow>();
  private readonly targets = new Map<string, string[]>();
  private readonly oldByDistrict = new Map<string, UnitRow[]>();

  constructor(units: ProvinceUnits) {
    const push = <T>(m: Map<string, T[]>, k: string, v: T) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
    for (const d of units.districts2024) push(this.districts, districtKey(d.name), d);
    for (const c of units.communes2024) {
      push(this.old, fold(c.name), c);
      if (c.parentCode) push(this.oldByDistrict, c.parentCode, c);
    }
    for (const c of units.communes2025) {
      push(this.current, fold(c.name), c);
      this.byCode25.set(c.code, c);
    }
    for (const m of units.mapping) push(this.targets, m.oldCode, m.newCode);
  }

  private choices(codes: readonly string[]): UnitChoice[] {
    return [...new Set(codes)]
      .map((c) => this.byCode25.get(c))
      .filter((u): u is UnitRow => !!u)
      .map((u) => ({ code: u.code, name: label(u) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** `answers`: old unit code → the 2025 commune the user chose for it. */
  resolve(districtCell: string, communeCell: string, answers: Readonly<Record<string, string>>): UnitResolution {
    const original: OriginalUnit = {
      district: districtCell || null,
      commune: communeCell || null,
      oldCode: null,
      oldName: null,
    };
    const districts = districtCell ? (this.districts.get(districtKey(districtCell)) ?? []) : [];
    if (districtCell && !districts.length && !communeCell)
      return { kind: 'problem', original, problem: unknownUnit('district', districtCell) };
    if (!communeCell) {
      if (!districts.length)
        return {
          kind: 'problem',
          original,
          problem: problem('commune', 'required', 'error', 'Chưa có xã, phường', 'The commune is missing'),
        };
      // Only the district: which 2025 commune is the user's to say (its communes went into several).
      const d = districts[0]!;
      const codes = (this.oldByDistrict.get(d.code) ?? []).flatMap((c) => this.targets.get(c.code) ?? []);
      return this.ask(d.code, label(d), codes, answers, { ...original, oldCode: d.code, oldName: label(d) });
    }
    const { kind, key } = communeKey(communeCell);
    const fits = (u: UnitRow) => kind === null || typeFold(u.type) === fold(kind);
    let olds = (this.old.get(key) ?? []).filter(fits);
    if (districts.length) olds = olds.filter((c) => districts.some((d) => d.code === c.parentCode));
    if (olds.length === 1) {
      const c = olds[0]!;
      const orig = { ...original, oldCode: c.code, oldName: label(c) };
      return this.ask(c.code, label(c), this.targets.get(c.code) ?? [], answers, orig);
    }
    if (olds.length > 1)
      return {
        kind: 'problem',
        original,
        problem: problem(
          'commune',
          'ambiguous',
          'error',
          `Có ${olds.length} đơn vị tên "${communeCell}" (${olds.map(label).join(', ')}): ghi rõ huyện và xã/phường/thị trấn`,
          `${olds.length} units are named "${communeCell}": give the district and whether it is a xã, phường or thị trấn`,
        ),
      };
    // Not a 2024 commune of the district: perhaps the office already writes the 2025 commune.
    const news = (this.current.get(key) ?? []).filter(fits);
    if (news.length === 1)
      return { kind: 'resolved', communeCode: news[0]!.code, communeName: label(news[0]!), via: '2025', original };
    return { kind: 'problem', original, problem: unknownUnit('commune', communeCell, districtCell) };
  }

  private ask(
    key: string,
    oldName: string,
    codes: readonly string[],
    answers: Readonly<Record<string, string>>,
    original: OriginalUnit,
  ): UnitResolution {
    const options = this.choices(codes);
    if (options.length === 1)
      return {
        kind: 'resolved',
        communeCode: options[0]!.code,
        communeName: options[0]!.name,
        via: 'mapping',
        original,
      };
    const answer = answers[key];
    const chosen = options.find((o) => o.code === answer);
    if (chosen)
      return { kind: 'resolved', communeCode: chosen.code, communeName: chosen.name, via: 'answer', original };
    if (!options.length) return { kind: 'problem', original, problem: unknownUnit('commune', oldName) };
    return { kind: 'question', key, oldName, options, original };
  }
}

function unknownUnit(field: 'district' | 'commune', text: string, district?: string): RowProblem {
  const where = district ? ` (${district})` : '';
  return problem(
    field,
    'unknown_unit',
    'error',
    `Không tìm thấy đơn vị hành chính "${text}"${where} trong tỉnh, cả danh mục trước và sau 1/7/2025`,
    `No administrative unit "${text}"${where} in the province, before or after 1/7/2025`,
  );
}
