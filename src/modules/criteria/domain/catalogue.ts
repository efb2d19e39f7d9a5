// Small pure helpers over a product set's tree. The catalogues themselves (resources/criteria/<ruleSet>.json) are
// read by data/catalogue.ts.
import type { Criterion, PartCode, ProductSet, Section } from './types.ts';

export interface ProductSetSummary {
  setNo: number;
  name: string;
  sector: string;
  group: string;
  subgroup: string | null;
  ministries: string[];
}

/** A criterion with the codes of the part and section it sits in, as returned by `allCriteria`. */
export interface CriterionRef {
  partCode: PartCode;
  sectionCode: string;
  criterion: Criterion;
}

/** Every criterion of a set in sheet order (part A → C, sections and criteria as printed). */
export function allCriteria(set: ProductSet): CriterionRef[] {
  return set.parts.flatMap((part) =>
    part.sections.flatMap((section) =>
      section.criteria.map((criterion) => ({ partCode: part.code, sectionCode: section.code, criterion })),
    ),
  );
}

/** The criterion with this code ("1.5", or "7" for a directly scored section), if any. */
export function findCriterion(set: ProductSet, code: string): Criterion | undefined {
  return allCriteria(set).find((r) => r.criterion.code === code)?.criterion;
}

export function findSection(set: ProductSet, code: string): Section | undefined {
  return set.parts.flatMap((p) => p.sections).find((s) => s.code === code);
}

/** The sheet's total (sum of its parts' points; 100 for every set of 26/2026). */
export function totalPoints(set: ProductSet): number {
  return set.parts.reduce((sum, p) => sum + p.maxPoints, 0);
}
