// The committed rule sets (resources/rule-sets.json), read once, on first use. The functions that interpret them are
// pure and take them as an argument (domain/rule-sets.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from './resources.ts';
import type { RuleSet } from '../domain/rule-sets.ts';

let loaded: readonly RuleSet[] | undefined;

/** The committed rule sets, read once. */
export function loadRuleSets(): readonly RuleSet[] {
  loaded ??= JSON.parse(readFileSync(join(resourcesDir(), 'rule-sets.json'), 'utf8')) as RuleSet[];
  return loaded;
}

export function getRuleSet(code: string): RuleSet | undefined {
  return loadRuleSets().find((r) => r.code === code);
}
