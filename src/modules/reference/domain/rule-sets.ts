// Legal rule sets as versioned data with effective dates (resources/rule-sets.json); code only interprets them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** A star band of Art. 3.3: a total at or above `minPoints` (and below the next band's) earns `star`. */
export interface StarBand {
  star: 1 | 2 | 3 | 4 | 5;
  minPoints: number;
}

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
