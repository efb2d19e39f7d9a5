// Reading a criteria sheet on the client: walking it, applicability (appliesWhen), cases, missing answers.
// The server's engine has the last word on points and stars; this only drives the form.
import type { Answer, Answers, Criterion, Part, Section, Sheet } from '../../types.ts';

export interface Located {
  part: Part;
  section: Section;
  criterion: Criterion;
}

export function criteriaOf(sheet: Sheet): Located[] {
  return sheet.parts.flatMap((part) =>
    part.sections.flatMap((section) => section.criteria.map((criterion) => ({ part, section, criterion }))),
  );
}

/** Points an answer earns if the criterion applies. */
export function answerPoints(c: Criterion, a: Answer | undefined): number {
  if (typeof a === 'number') return c.options[a]?.points ?? 0;
  return a === true ? c.maxPoints : 0;
}

/** The cases of a sheet (set 26: 1 and 2) with every title a criterion gives them. */
export function casesOf(sheet: Sheet): { no: number; titles: string[] }[] {
  const byNo = new Map<number, string[]>();
  for (const { criterion } of criteriaOf(sheet)) {
    for (const b of criterion.branches ?? []) {
      const titles = byNo.get(b.no) ?? [];
      if (!titles.includes(b.title)) titles.push(b.title);
      byNo.set(b.no, titles);
    }
  }
  return [...byNo.entries()].sort(([a], [b]) => a - b).map(([no, titles]) => ({ no, titles }));
}

/**
 * Whether each criterion is scored under the answers: true, false (appliesWhen not met), or undefined (the deciding
 * criterion is not answered yet). Same rule as the engine: the deciding criterion must apply and reach minPoints.
 */
export function applicability(sheet: Sheet, answers: Answers): Map<string, boolean | undefined> {
  const all = criteriaOf(sheet);
  const byCode = new Map(all.map((l) => [l.criterion.code, l.criterion]));
  const memo = new Map<string, boolean | undefined>();
  const visit = (c: Criterion, depth: number): boolean | undefined => {
    if (memo.has(c.code)) return memo.get(c.code);
    let result: boolean | undefined = true;
    const cond = c.appliesWhen;
    const parent = cond ? byCode.get(cond.criterion) : undefined;
    if (cond && parent && depth < all.length) {
      const a = answers[parent.code];
      const parentApplies = a === undefined ? undefined : visit(parent, depth + 1);
      result = parentApplies === undefined ? undefined : parentApplies && answerPoints(parent, a) >= cond.minPoints;
    }
    memo.set(c.code, result);
    return result;
  };
  for (const { criterion } of all) visit(criterion, 0);
  return memo;
}

/** Criteria that still need an answer (applicable or not yet known to be inapplicable), in sheet order. */
export function missingOf(sheet: Sheet, answers: Answers): string[] {
  const applies = applicability(sheet, answers);
  return criteriaOf(sheet)
    .filter(({ criterion }) => answers[criterion.code] === undefined && applies.get(criterion.code) !== false)
    .map(({ criterion }) => criterion.code);
}

/** Answers with yes/no criteria defaulting to "no" (a switch is never unanswered). */
export function withDefaults(sheet: Sheet, answers: Answers): Answers {
  const out: Answers = { ...answers };
  for (const { criterion } of criteriaOf(sheet)) {
    if (criterion.kind === 'yesno' && out[criterion.code] === undefined) out[criterion.code] = false;
  }
  return out;
}

/** Keeps only answers that fit the sheet (a stored answer may predate a data fix) and the chosen case. */
export function sanitize(sheet: Sheet, answers: Answers, branch: number | undefined): Answers {
  const out: Answers = {};
  for (const { criterion: c } of criteriaOf(sheet)) {
    const a = answers[c.code];
    if (a === undefined) continue;
    if (
      c.kind === 'yesno'
        ? typeof a === 'boolean' || a === null
        : a === null || (typeof a === 'number' && Number.isInteger(a) && a >= 0 && a < c.options.length)
    ) {
      if (typeof a === 'number' && c.branches && c.options[a]?.branch !== branch) continue;
      out[c.code] = a;
    }
  }
  return out;
}

/** Answers the engine should get: applicable or undecided criteria as given, inapplicable ones left out. */
export function answersToSend(sheet: Sheet, answers: Answers): Answers {
  const applies = applicability(sheet, answers);
  const out: Answers = {};
  for (const [code, a] of Object.entries(answers)) if (applies.get(code) !== false) out[code] = a;
  return out;
}

/** Appendix I classification of a set without repeats: sector › group › subgroup, dropping levels that only repeat the set's name. */
export function setPath(s: { name: string; sector: string; group: string; subgroup: string | null }): string[] {
  const levels = [s.sector, s.group, s.subgroup].filter((x): x is string => !!x);
  const unique = levels.filter((x, i) => levels.indexOf(x) === i);
  const trimmed = unique.filter((x, i) => i === 0 || x !== s.name);
  return trimmed;
}
