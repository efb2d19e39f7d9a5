// Legal rule sets as versioned data with effective dates (resources/rule-sets.json); code only interprets them.
// Pure: the rule sets come in as an argument; data/rule-sets.ts loads the committed file (loadRuleSets, getRuleSet).

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
  /** ISO date, inclusive: the last day the rule set is in force (hiệu lực); null while in force without an end. */
  effectiveTo: string | null;
  /** Where effectiveTo comes from, when another text sets it (148: Art. 11.2 of 26/2026). */
  effectiveToArticle?: string;
  /**
   * A rule set replaced for new filings before it ends: from its successor's effectiveFrom, new dossiers follow the
   * successor, while this one stays applicable through effectiveTo for what it still governs (148 under Art. 11.2
   * and 12.2 of 26/2026).
   */
  supersededBy?: { code: string; article: string; stillAppliesTo: { vi: string; en: string } };
  amendedBy: { code: string; effectiveFrom: string; summary: string }[];
  parts: { A: number; B: number; C: number };
  bands: StarBand[];
  bandsArticle: string;
  levels: RuleSetLevel[];
  certificateValidityMonths: number;
  hasCatalogue: boolean;
  notes: string;
}

/** In force (hiệu lực) on `date`: from effectiveFrom through effectiveTo, both inclusive. */
export const isInForceOn = (r: RuleSet, date: string) =>
  r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo);

/** The first day new filings follow the successor instead (its effectiveFrom), or null when not superseded. */
export function supersededFrom(r: RuleSet, ruleSets: readonly RuleSet[]): string | null {
  if (!r.supersededBy) return null;
  const next = ruleSets.find((x) => x.code === r.supersededBy!.code);
  if (!next) throw new RangeError(`rule set ${r.code} is superseded by unknown ${r.supersededBy.code}`);
  return next.effectiveFrom;
}

/** Does `r` govern a dossier filed on `date` (in force, and not yet superseded for new filings)? */
export function governsFilingOn(r: RuleSet, date: string, ruleSets: readonly RuleSet[]): boolean {
  const from = supersededFrom(r, ruleSets);
  return isInForceOn(r, date) && (from === null || date < from);
}

/**
 * The rule set in force for a dossier filed on an ISO date (YYYY-MM-DD), or undefined before the first one. From
 * 22/5/2026 that is 26/2026 (Art. 11.1), even while 148 is still in force for the dossiers of Art. 12.2 (Art. 11.2).
 */
export function ruleSetInForce(date: string, ruleSets: readonly RuleSet[]): RuleSet | undefined {
  return ruleSets.find((r) => governsFilingOn(r, date, ruleSets));
}

/** Every rule set in force on `date` — the one for new filings and any superseded one still applicable (Art. 11.2). */
export function ruleSetsApplicable(date: string, ruleSets: readonly RuleSet[]): RuleSet[] {
  return ruleSets.filter((r) => isInForceOn(r, date));
}
