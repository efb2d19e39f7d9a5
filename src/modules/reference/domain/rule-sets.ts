// Legal rule sets as versioned data with effective dates (resources/rule-sets.json); code only interprets them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { StarBand } from '../../criteria/domain/types.ts';

export interface RuleSetLevel {
  level: 'commune' | 'district' | 'province' | 'central';
  name: string;
  role: string;
  certifiesStars?: number[];
  forwardsAtPoints?: number;
  article?: string;
  from?: string;
  until?: string;
  deadlineWorkingDays?: number;
}

export interface RuleSet {
  code: string;
  name: string;
  title: string;
  signedOn: string;
  /** ISO date, inclusive. */
  effectiveFrom: string;
  /** ISO date, inclusive; null while in force. */
  effectiveTo: string | null;
  amendedBy: { code: string; effectiveFrom: string; summary: string }[];
  parts: { A: number; B: number; C: number };
  bands: StarBand[];
  bandsArticle: string;
  levels: RuleSetLevel[];
  certificateValidityMonths: number;
  hasCatalogue: boolean;
  notes: string;
}

const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'resources', 'rule-sets.json');
export const RULE_SETS: readonly RuleSet[] = JSON.parse(readFileSync(file, 'utf8')) as RuleSet[];

export function getRuleSet(code: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.code === code);
}

/** The rule set in force on an ISO date (YYYY-MM-DD), or undefined before the first one. */
export function ruleSetInForce(date: string, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet | undefined {
  return ruleSets.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
}

/** Star band of a total under a rule set's bands (Art. 3.3 of 26/2026): the highest band whose minimum is reached. */
export function bandOf(total: number, bands: readonly StarBand[]): StarBand['star'] {
  let star: StarBand['star'] = 1;
  for (const b of bands) if (total >= b.minPoints && b.star > star) star = b.star;
  return star;
}
