// The committed rule sets (resources/rule-sets.json), read once when first imported. The functions that interpret
// them are pure and take them as an argument (domain/rule-sets.ts).
import { readFileSync } from 'node:fs';
import { resourcesDir } from './resources.ts';
import type { RuleSet } from '../domain/rule-sets.ts';

export const RULE_SETS: readonly RuleSet[] = JSON.parse(
  readFileSync(`${resourcesDir}/rule-sets.json`, 'utf8'),
) as RuleSet[];

export function getRuleSet(code: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.code === code);
}
