// A star recorded with only its year (no decision date), checked against the rule sets in force that year:
//   - a year before the first rule set with criteria (Decision 1048/QĐ-TTg, in force 21/8/2019) or after today is
//     refused: there was no OCOP ranking to record;
//   - a star is 1 to 5 (Art. 3 of each rule set: bands 1★ <30 … 5★ ≥90);
//   - when the issuing body is known, its level must be one that recognised that star some day of that year under a
//     rule set then in force (1048/2019: province 3★/4★, Ministry 5★; 148/2023: district 3★ until 5/7/2025, then the
//     province; province 4★; Ministry 5★) — e.g. "UBND huyện" cannot have recognised a 4★ product.
import { certifyingLevel, type HistoricalLevel } from '../../evaluation/index.ts';
import { formatDateVi, type RuleSet } from '../../reference/index.ts';
import { problem, type RowProblem } from './problems.ts';

const LEVEL_VI: Record<HistoricalLevel, string> = {
  district: 'cấp huyện',
  province: 'cấp tỉnh',
  central: 'Trung ương',
};
const LEVEL_EN: Record<HistoricalLevel, string> = {
  district: 'a district',
  province: 'the province',
  central: 'the Ministry',
};

/** Rule sets in force some day of `year` (clipped to today), with the days of the year they cover. */
export function ruleSetsOfYear(
  year: number,
  sets: readonly RuleSet[],
  today: string,
): { set: RuleSet; from: string; to: string }[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31` < today ? `${year}-12-31` : today;
  return sets
    .filter((s) => s.effectiveFrom <= end && (s.effectiveTo === null || s.effectiveTo >= start))
    .map((s) => ({
      set: s,
      from: s.effectiveFrom > start ? s.effectiveFrom : start,
      to: s.effectiveTo !== null && s.effectiveTo < end ? s.effectiveTo : end,
    }));
}

/** The levels that recognised `star` some day of the year (days where the levels change are sampled). */
export function levelsForStarInYear(star: number, year: number, sets: readonly RuleSet[], today: string): Set<string> {
  const out = new Set<string>();
  for (const { set, from, to } of ruleSetsOfYear(year, sets, today)) {
    const days = [from, to, `${year}-07-05`, `${year}-07-06`].filter((d) => d >= from && d <= to);
    for (const d of days) {
      const l = certifyingLevel(set, d, star);
      if (l) out.add(l);
    }
  }
  return out;
}

export function checkStarOfYear(
  input: { star: number; year: number; level: HistoricalLevel | null },
  sets: readonly RuleSet[],
  today: string,
): RowProblem[] {
  const first = [...sets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (input.year > Number(today.slice(0, 4)))
    return [
      problem('year', 'in_future', 'error', `Năm ${input.year} ở tương lai`, `The year ${input.year} is in the future`),
    ];
  const inYear = ruleSetsOfYear(input.year, sets, today);
  if (!inYear.length)
    return [
      problem(
        'year',
        'no_rule_set',
        'error',
        `Năm ${input.year} chưa có Bộ tiêu chí đánh giá, phân hạng OCOP (${first ? `${first.name} có hiệu lực từ ${formatDateVi(first.effectiveFrom)}` : ''})`,
        `No OCOP rule set was in force in ${input.year} (${first ? `${first.name.replace(/^Quyết định\s*/, 'Decision ')} from ${first.effectiveFrom}` : ''})`,
      ),
    ];
  if (input.star < 3 || !input.level) return [];
  const allowed = levelsForStarInYear(input.star, input.year, sets, today);
  if (allowed.has(input.level)) return [];
  const names = inYear.map((r) => r.set.name).join(', ');
  const namesEn = inYear.map((r) => r.set.name.replace(/^Quyết định\s*/, 'Decision ')).join(', ');
  const who = [...allowed] as HistoricalLevel[];
  return [
    problem(
      'issuingBody',
      'wrong_level',
      'error',
      `Năm ${input.year}, sản phẩm ${input.star} sao do ${who.map((l) => LEVEL_VI[l]).join(' hoặc ')} công nhận, không phải ${LEVEL_VI[input.level]} (${names})`,
      `In ${input.year}, ${input.star}★ products were recognised by ${who.map((l) => LEVEL_EN[l]).join(' or ')}, not ${LEVEL_EN[input.level]} (${namesEn})`,
    ),
  ];
}
