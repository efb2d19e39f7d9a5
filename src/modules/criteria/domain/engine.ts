// Public API of the scoring engine (Decision 26/2026/QĐ-TTg), used by the HTTP routes, the CLI, the bench and the
// web app. Pure functions; star bands are passed in as data (resources/rule-sets.json → `bands`).
export { evaluate, scoreMany } from './scoring.ts';
export type { Blocking, CriterionScore, KnockedOut, MarkWaived, ScoreResult } from './scoring.ts';
export { DEFAULT_SCORING_POLICY, SCORING_POLICY_DESCRIPTORS } from './policies.ts';
export type { PolicyDescriptor, PolicyValue, ScoringPolicy } from './policies.ts';
export { aggregate, truncate2 } from './aggregate.ts';
export type { AggregateOptions, AggregateResult, CriterionSpread, MemberScore } from './aggregate.ts';
export type { QuickWinChange, QuickWins } from './quick-wins.ts';
export { bandOf } from './scoring-model.ts';
export type { Answer, ScoreInput, Star } from './scoring-model.ts';
export { ScoringError } from './scoring-errors.ts';
export type { ScoringIssue, ScoringIssueCode, ScoringMessage } from './scoring-errors.ts';

import type { Answer, ScoreInput } from './scoring-model.ts';
import type { QuickWins } from './quick-wins.ts';

/** The scorecard after applying quick wins' changes (and their case), e.g. to preview the result they lead to. */
export function applyQuickWins(input: ScoreInput, wins: QuickWins): ScoreInput {
  const answers: Record<string, Answer> = { ...input.answers };
  for (const c of wins.changes) answers[c.criterion] = c.toOption;
  return { ...input, answers, ...(wins.branch !== undefined ? { branch: wins.branch } : {}) };
}
