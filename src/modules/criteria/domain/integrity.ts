// Integrity of a criteria catalogue: do the numbers of each sheet add up the way Art. 3 of 26/2026 says they must?
// Pure: returns every finding. A finding is `documented` when the set carries a DataNote for the same code (or, for
// findings without a code, the same line): the legal text itself is inconsistent there and the data's choice is
// recorded. Callers (the derive script, the catalogue tests) accept documented findings only.
import type { Catalogue, Criterion, CriterionOption, PartCode, ProductSet } from './types.ts';

export type IssueRule =
  | 'set-numbering'
  | 'total'
  | 'part-points'
  | 'section-sum'
  | 'criterion-sum'
  | 'group-sum'
  | 'direct-section'
  | 'code'
  | 'kind'
  | 'option-exceeds'
  | 'best-option'
  | 'branches'
  | 'applies-when'
  | 'option-order'
  | 'star-order';

export interface Issue {
  setNo: number;
  /** Line in the source text of the heading concerned (0 for catalogue-wide findings). */
  line: number;
  code?: string;
  rule: IssueRule;
  /** "error": the numbers cannot all be right. "warning": unusual but possibly intended (reported for review). */
  severity: 'error' | 'warning';
  message: string;
  documented: boolean;
}

/** Art. 3.1: part A 40, B 25, C 35 points; total 100. */
export const PART_POINTS: Record<PartCode, number> = { A: 40, B: 25, C: 35 };
export const TOTAL_POINTS = 100;

type Report = (
  at: { line: number; code?: string },
  rule: IssueRule,
  message: string,
  severity?: Issue['severity'],
) => void;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Options grouped by case (one group when the criterion has no cases). */
function optionGroups(c: Criterion): CriterionOption[][] {
  return c.branches ? c.branches.map((b) => c.options.filter((o) => o.branch === b.no)) : [c.options];
}

function checkStars(
  options: CriterionOption[],
  where: string,
  report: (rule: IssueRule, m: string, s: Issue['severity']) => void,
) {
  // A mark is the minimum option for that star (the legend under each sheet), so a higher star must sit on an
  // option scoring at least as much, and each star appears at most once per criterion (per case).
  const marked = options.filter((o) => o.minStar !== null);
  const stars = marked.map((o) => o.minStar);
  if (new Set(stars).size !== stars.length)
    report('star-order', `star mark repeated${where}: ${stars.join(', ')}`, 'warning');
  for (const a of marked) {
    for (const b of marked) {
      if (a.minStar! < b.minStar! && a.points > b.points) {
        report('star-order', `${a.minStar}★ on ${a.points} points but ${b.minStar}★ on ${b.points}${where}`, 'warning');
      }
    }
    if (a.points === 0) report('star-order', `${a.minStar}★ mark on a 0-point option${where}`, 'warning');
  }
}

function checkCriterion(c: Criterion, set: ProductSet, report: Report) {
  const flag = (rule: IssueRule, message: string, severity: Issue['severity'] = 'error') =>
    report({ line: c.line, code: c.code }, rule, message, severity);

  if (c.kind === 'yesno' && c.options.length) flag('kind', 'yes/no criterion with options');
  if (c.kind === 'choice' && !c.options.length) flag('kind', 'choice criterion without options');
  if (c.maxPoints <= 0) flag('kind', `maxPoints ${c.maxPoints}`);
  for (const o of c.options) {
    if (o.points > c.maxPoints) flag('option-exceeds', `option "${o.text}" scores ${o.points} > ${c.maxPoints}`);
  }

  if (c.branches) {
    const nos = c.branches.map((b) => b.no).join(',');
    if (nos !== c.branches.map((_, i) => i + 1).join(',')) flag('branches', `cases numbered ${nos}`);
    if (c.options.some((o) => !c.branches!.some((b) => b.no === o.branch)))
      flag('branches', 'an option belongs to no case');
  } else if (c.options.some((o) => o.branch !== undefined)) {
    flag('branches', 'option with a case on a criterion without cases');
  }

  if (c.kind === 'choice') {
    optionGroups(c).forEach((options, i) => {
      const where = c.branches ? ` (case ${i + 1})` : '';
      if (!options.length) return flag('branches', `case ${i + 1} has no options`);
      const best = Math.max(...options.map((o) => o.points));
      if (best !== c.maxPoints) flag('best-option', `best option${where} scores ${best}, criterion ${c.maxPoints}`);
      if (options.some((o, k) => k > 0 && o.points <= options[k - 1]!.points)) {
        flag(
          'option-order',
          `options${where} not strictly increasing: ${options.map((o) => o.points).join(', ')}`,
          'warning',
        );
      }
      checkStars(options, where, flag);
    });
  }

  if (c.appliesWhen) {
    const { criterion: code, minPoints } = c.appliesWhen;
    const ref = set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).find((x) => x.code === code);
    if (!ref) flag('applies-when', `refers to missing criterion ${code}`);
    else if (!ref.options.some((o) => o.points >= minPoints))
      flag('applies-when', `no option of ${code} reaches ${minPoints}`);
  }
}

function checkSet(set: ProductSet, report: Report) {
  const total = sum(set.parts.map((p) => p.maxPoints));
  if (total !== TOTAL_POINTS) report({ line: set.line }, 'total', `parts sum to ${total}`);
  const partCodes = set.parts.map((p) => p.code).join('');
  if (partCodes !== 'ABC') report({ line: set.line }, 'part-points', `parts ${partCodes}`);

  const criterionCodes = new Set<string>();
  const sectionCodes = new Set<string>();
  for (const part of set.parts) {
    const at = { line: part.line, code: part.code };
    if (part.maxPoints !== PART_POINTS[part.code]) {
      report(at, 'part-points', `part ${part.code} has ${part.maxPoints}, Art. 3.1 says ${PART_POINTS[part.code]}`);
    }
    const sections = sum(part.sections.map((s) => s.maxPoints));
    if (sections !== part.maxPoints) report(at, 'section-sum', `sections sum to ${sections}, part ${part.maxPoints}`);

    for (const s of part.sections) {
      const here = { line: s.line, code: s.code };
      if (sectionCodes.has(s.code)) report(here, 'code', 'duplicate section code');
      sectionCodes.add(s.code);
      const only = s.criteria[0];
      if (
        s.direct &&
        (s.criteria.length !== 1 || only?.code !== s.code || only.title !== s.title || only.maxPoints !== s.maxPoints)
      ) {
        report(here, 'direct-section', 'a directly scored section must hold one criterion mirroring it');
      }
      // Criteria under a group count through the group's points; the group's criteria must add up to it.
      const groups = s.groups ?? [];
      const top = sum(s.criteria.filter((c) => !c.group).map((c) => c.maxPoints)) + sum(groups.map((g) => g.maxPoints));
      if (top !== s.maxPoints) report(here, 'criterion-sum', `criteria sum to ${top}, section ${s.maxPoints}`);
      for (const g of groups) {
        const inGroup = sum(s.criteria.filter((c) => c.group === g.code).map((c) => c.maxPoints));
        if (inGroup !== g.maxPoints) report(g, 'group-sum', `criteria sum to ${inGroup}, group ${g.maxPoints}`);
      }

      for (const c of s.criteria) {
        const at = { line: c.line, code: c.code };
        if (criterionCodes.has(c.code)) report(at, 'code', 'duplicate criterion code');
        criterionCodes.add(c.code);
        if (c.code !== s.code && !c.code.startsWith(`${s.code}.`))
          report(at, 'code', `criterion outside section ${s.code}`);
        if (c.group && !groups.some((g) => g.code === c.group)) report(at, 'code', `unknown group ${c.group}`);
        checkCriterion(c, set, report);
      }
    }
  }
}

export function checkCatalogueIntegrity(catalogue: Catalogue): Issue[] {
  const issues: Issue[] = [];
  const numbers = catalogue.sets.map((s) => s.setNo).join(',');
  if (numbers !== Array.from({ length: 26 }, (_, i) => i + 1).join(',')) {
    issues.push({
      setNo: 0,
      line: 0,
      rule: 'set-numbering',
      severity: 'error',
      message: `sets numbered ${numbers}`,
      documented: false,
    });
  }
  for (const set of catalogue.sets) {
    checkSet(set, ({ line, code }, rule, message, severity = 'error') => {
      const documented = set.notes.some((n) => (code !== undefined ? n.code === code : n.line === line));
      issues.push({
        setNo: set.setNo,
        line,
        ...(code !== undefined ? { code } : {}),
        rule,
        severity,
        message,
        documented,
      });
    });
  }
  return issues;
}
