// Reads the criteria catalogues (resources/criteria/<ruleSet>.json, derived from the law by
// scripts/derive-criteria.ts), lazily and once each; the helpers over a set's tree are pure (domain/catalogue.ts).
// Files are read with fs relative to this module, so it works the same under tsx, vitest and node.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalogue, ProductSet } from '../domain/types.ts';
import type { ProductSetSummary } from '../domain/catalogue.ts';

/** Rule sets that have a digitised catalogue (see resources/rule-sets.json, `hasCatalogue`). */
export const CATALOGUE_RULE_SETS = ['26-2026'] as const;

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

