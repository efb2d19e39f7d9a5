// Loads the criteria catalogues (resources/criteria/<ruleSet>.json, derived from the law by
// scripts/derive-criteria.ts) and offers small pure helpers over a product set's tree.
// Files are read lazily with fs relative to this module, so it works the same under tsx, vitest and node.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalogue, Criterion, PartCode, ProductSet, Section } from './types.ts';

/** Rule sets that have a digitised catalogue (see resources/rule-sets.json, `hasCatalogue`). */
export const CATALOGUE_RULE_SETS = ['26-2026'] as const;

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

const cache = new Map<string, Catalogue>();

function catalogueUrl(ruleSet: string): URL {
  return new URL(`../../../../resources/criteria/${ruleSet}.json`, import.meta.url);
}

// The cached catalogue is shared by every caller, so freeze it: a caller mutating it would corrupt everyone's data.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The catalogue of a rule set ("26-2026"), or undefined when the rule set has none. */
export function getCatalogue(ruleSet: string): Catalogue | undefined {
  if (!(CATALOGUE_RULE_SETS as readonly string[]).includes(ruleSet)) return undefined;
  const hit = cache.get(ruleSet);
  if (hit) return hit;
  const path = fileURLToPath(catalogueUrl(ruleSet));
  if (!existsSync(path)) return undefined;
  const catalogue = deepFreeze(JSON.parse(readFileSync(path, 'utf8')) as Catalogue);
  if (catalogue.ruleSet !== ruleSet) throw new Error(`${path}: ruleSet is ${catalogue.ruleSet}, expected ${ruleSet}`);
  cache.set(ruleSet, catalogue);
  return catalogue;
}

export function getProductSet(ruleSet: string, setNo: number): ProductSet | undefined {
  return getCatalogue(ruleSet)?.sets.find((s) => s.setNo === setNo);
}

export function listProductSets(ruleSet: string): ProductSetSummary[] {
  return (getCatalogue(ruleSet)?.sets ?? []).map(({ setNo, name, sector, group, subgroup, ministries }) => ({
    setNo,
    name,
    sector,
    group,
    subgroup,
    ministries,
  }));
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
