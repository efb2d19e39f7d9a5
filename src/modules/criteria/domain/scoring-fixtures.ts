// Test-only: small hand-made criteria sheets for the scoring engine's tests (no catalogue needed).
// Option shorthand: 2 = a 2-point option; "2*3" = a 2-point option marked *** (3★); "1*4@2" = marked ****, in case 2.
import type { Criterion, CriterionOption, KnockOut, PartCode, ProductSet, StarBand, StarMark } from './types.ts';

export const BANDS: StarBand[] = [
  { star: 1, minPoints: 0 },
  { star: 2, minPoints: 30 },
  { star: 3, minPoints: 50 },
  { star: 4, minPoints: 70 },
  { star: 5, minPoints: 90 },
];

export type OptionSpec = number | `${number}*${StarMark}` | `${number}@${number}` | `${number}*${StarMark}@${number}`;

function option(spec: OptionSpec, i: number): CriterionOption {
  const m = /^(\d+)(?:\*([345]))?(?:@(\d+))?$/.exec(String(spec));
  if (!m) throw new Error(`bad option spec ${spec}`);
  return {
    text: `Phương án ${i}`,
    points: Number(m[1]),
    minStar: m[2] ? (Number(m[2]) as StarMark) : null,
    ...(m[3] ? { branch: Number(m[3]) } : {}),
  };
}

export function choice(code: string, options: OptionSpec[], extra: Partial<Criterion> = {}): Criterion {
  const opts = options.map(option);
  const branchNos = [...new Set(opts.map((o) => o.branch).filter((b): b is number => b !== undefined))];
  return {
    code,
    title: `Tiêu chí ${code}`,
    maxPoints: Math.max(...opts.map((o) => o.points)),
    kind: 'choice',
    options: opts,
    ...(branchNos.length ? { branches: branchNos.map((no) => ({ no, title: `Trường hợp ${no}` })) } : {}),
    line: 1,
    ...extra,
  };
}

export function yesno(code: string, maxPoints: number, extra: Partial<Criterion> = {}): Criterion {
  return { code, title: `Tiêu chí ${code}`, maxPoints, kind: 'yesno', options: [], line: 1, ...extra };
}

/** A knock-out condition for a test sheet (real ones come from the catalogue). */
export function knockout(id: string, text: string, extra: Partial<KnockOut> = {}): KnockOut {
  return {
    id,
    kind: 'exclusion',
    criterion: null,
    text,
    line: 1,
    statement: { vi: text, en: text },
    decidedBy: 'answer',
    ...extra,
  };
}

export const FORGED = knockout('forged-dossier', 'Giả mạo hồ sơ');

/** One section per criterion; part and sheet maxima are the sums (a real sheet's are 40/25/35 = 100). */
export function sheet(parts: Partial<Record<PartCode, Criterion[]>>, knockouts: KnockOut[] = [FORGED]): ProductSet {
  return {
    setNo: 99,
    name: 'Bộ thử nghiệm',
    sector: 'Thử nghiệm',
    group: 'Thử nghiệm',
    subgroup: null,
    ministries: [],
    disqualification: knockouts.filter((k) => k.criterion === null).map((k) => k.text),
    knockouts,
    notes: [],
    line: 1,
    parts: (['A', 'B', 'C'] as const).map((code) => {
      const criteria = parts[code] ?? [];
      return {
        code,
        title: `Phần ${code}`,
        maxPoints: criteria.reduce((s, c) => s + c.maxPoints, 0),
        line: 1,
        sections: criteria.map((c) => ({
          code: c.code.split('.')[0]!,
          title: c.title,
          maxPoints: c.maxPoints,
          criteria: [c],
          line: 1,
        })),
      };
    }),
  };
}
