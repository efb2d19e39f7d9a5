// Every number of Decision 26/2026/QĐ-TTg that sets a time, with its article — one plain object so it can move into
// versioned data (resources/rule-sets.json) later without touching the functions that read it (deadlines.ts).
// Month-days are 'MM-DD'; "before" means strictly before ("trước ngày …").

export interface RoundRule {
  /** The number the article gives the round ("đợt 01", "đợt 02"). */
  round: number;
  /** Dossiers forwarded/proposed strictly before this month-day … */
  submittedBefore: string;
  /** … are evaluated strictly before this month-day of the same calendar year. */
  finishBefore: string;
  /** The round's cycle (programme year) relative to that calendar year: −1 for a round that closes the previous year's cycle. */
  cycleYearOffset: number;
}

export const DEADLINES_26_2026 = {
  decision: '26/2026/QĐ-TTg',
  /** Art. 11.1: in force from 22 May 2026. */
  inForceFrom: '2026-05-22',
  certificateValidity: { months: 36, article: 'Art. 4.3' },
  provinceRounds: {
    article: 'Art. 5.1',
    rounds: [
      { round: 1, submittedBefore: '04-30', finishBefore: '06-30', cycleYearOffset: 0 },
      { round: 2, submittedBefore: '10-30', finishBefore: '12-30', cycleYearOffset: 0 },
    ] satisfies readonly RoundRule[],
  },
  ministryRounds: {
    article: 'Art. 5.2',
    // Round 2 ("before 30/3 for proposals before 30/1") closes the cycle begun the year before: it takes what the
    // provinces' round 2 (finished before 30/12) proposes in January.
    rounds: [
      { round: 2, submittedBefore: '01-30', finishBefore: '03-30', cycleYearOffset: -1 },
      { round: 1, submittedBefore: '07-30', finishBefore: '09-30', cycleYearOffset: 0 },
    ] satisfies readonly RoundRule[],
  },
  communeReview: { workingDays: 15, article: 'Art. 7.2' },
  reevaluationFiling: { earliestDaysBeforeExpiry: 180, latestDaysBeforeExpiry: 120, article: 'Art. 7.6.a' },
  reevaluationCompletion: { days: 45, article: 'Art. 7.6.g' },
  revocation: { days: 15, article: 'Art. 8.4' },
  transition: {
    certificatesKeepTheirTerm: { article: 'Art. 12.1' },
    pendingFirstOrUpgrade: { days: 60, article: 'Art. 12.2.a' },
    pendingReevaluation: { days: 30, article: 'Art. 12.2.b' },
    // Art. 12.3 is a transitional provision: it serves the producers whose Art. 7.6.a window was already running when
    // the Decision came into force, not every late filing of every year (that would void 7.6.a's 120 days). Our
    // reading, its grounds and the stricter alternative are in resources/criteria/READINGS.md; it is these two
    // dates and the window edge: a certificate issued before `issuedBefore` (the ones Art. 12.1 keeps) whose window
    // `windowEdge` fell before `windowEdgeBefore`. The stricter reading is windowEdge 'closesOn'.
    lateReevaluation: {
      maxDaysAfterExpiry: 180,
      article: 'Art. 12.3',
      scope: {
        issuedBefore: '2026-05-22',
        windowEdge: 'opensOn' as 'opensOn' | 'closesOn',
        windowEdgeBefore: '2026-05-22',
        windowArticle: 'Art. 7.6.a',
      },
    },
  },
} as const;

export type DeadlineRules = typeof DEADLINES_26_2026;

/** 'Art. 7.6.a' → 'điểm a khoản 6 Điều 7 Quyết định 26/2026/QĐ-TTg', the way Vietnamese texts cite. */
export function citeVi(article: string, rules: DeadlineRules = DEADLINES_26_2026): string {
  const [art, clause, point] = article.replace(/^Art\.\s*/, '').split('.');
  return (
    [point && `điểm ${point}`, clause && `khoản ${clause}`, `Điều ${art}`].filter(Boolean).join(' ') +
    ` Quyết định ${rules.decision}`
  );
}

/** 'Art. 7.6.a' → 'Art. 7.6.a of Decision 26/2026/QĐ-TTg'. */
export function citeEn(article: string, rules: DeadlineRules = DEADLINES_26_2026): string {
  return `${article} of Decision ${rules.decision}`;
}
