// Validation errors of the scoring engine. Pure (no HTTP): the routes map a ScoringError to a 400 whose issues name
// each field of the request. Every problem of a scorecard is reported at once, so a form can mark all fields in one go.

export interface ScoringMessage {
  vi: string;
  en: string;
}

export type ScoringIssueCode =
  | 'invalid_type'
  | 'unknown_criterion'
  | 'required'
  | 'invalid_option'
  | 'expected_option'
  | 'expected_boolean'
  | 'unknown_branch'
  | 'wrong_branch'
  | 'branch_conflict'
  | 'unknown_field'
  | 'not_in_sheet'
  | 'not_answerable'
  | 'invalid_bands';

export interface ScoringIssue {
  /** Path of the offending value, e.g. `answers.1.1` or `scorecards.2.answers.1.1`. */
  field: string;
  code: ScoringIssueCode;
  message: ScoringMessage;
}

export class ScoringError extends Error {
  readonly issues: ScoringIssue[];

  constructor(issues: ScoringIssue[]) {
    super(`Invalid scorecard: ${issues.map((i) => `${i.field}: ${i.message.en}`).join('; ')}`);
    this.name = 'ScoringError';
    this.issues = issues;
  }
}

export const issue = (field: string, code: ScoringIssueCode, vi: string, en: string): ScoringIssue => ({
  field,
  code,
  message: { vi, en },
});
