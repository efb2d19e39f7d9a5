// Errors of the evaluation module with their messages for people (vi + en), and the HTTP shape of a refused
// transition: the domain's code and message, a status by kind of refusal, the body field it concerns.
import { AppError, badRequest, forbidden, notFound, type FieldIssue, type Message } from '../../../platform/errors.ts';
import type { Failure, FailureCode } from '../domain/dossier-lifecycle.ts';

export const issue = (field: string, code: string, vi: string, en: string): FieldIssue => ({
  field,
  code,
  message: { vi, en },
});
export const invalid = (field: string, code: string, vi: string, en: string) =>
  badRequest([issue(field, code, vi, en)]);
export const conflict = (code: string, vi: string, en: string, details?: Record<string, unknown>) =>
  new AppError(409, code, { vi, en }, undefined, undefined, details);
export const conflictWith = (code: string, message: Message, details?: Record<string, unknown>) =>
  new AppError(409, code, message, undefined, undefined, details);

export const dossierNotFound = () => notFound({ vi: 'hồ sơ', en: 'Dossier' });
export const evidenceNotFound = () => notFound({ vi: 'tài liệu minh chứng', en: 'Evidence' });
export const roundNotFound = () => notFound({ vi: 'đợt đánh giá', en: 'Round' });
export const councilNotFound = () => notFound({ vi: 'Hội đồng', en: 'Council' });
export const decisionNotFound = () => notFound({ vi: 'quyết định', en: 'Decision' });
export const notCouncilMember = () =>
  forbidden({
    vi: 'Bạn không phải thành viên chấm điểm của Hội đồng này',
    en: 'You are not a scoring member of this council',
  });

/** A refusal by the state machine: who is wrong (403), what is in the way (409), what the caller left out (400). */
const FORBIDDEN: readonly FailureCode[] = ['wrong_role'];
const BAD_INPUT: Partial<Record<FailureCode, string>> = {
  invalid_date: 'body.on',
  date_out_of_order: 'body.on',
  missing_reason: 'body.reason',
  missing_receipt: 'body',
  invalid_receipt: 'body',
  receipt_mismatch: 'body',
  missing_commune_report: 'body.communeReport',
  missing_round: 'body.roundId',
  missing_field_visit_ground: 'body.fieldVisit.ground',
  missing_advisory_report: 'body.advisoryReport',
  missing_decision: 'body.decision',
  invalid_decision: 'body.decision.number',
  decision_after_act: 'body.decision.date',
};

export function transitionRefused(f: Failure): AppError {
  if (FORBIDDEN.includes(f.code)) return new AppError(403, f.code, f.message);
  const field = BAD_INPUT[f.code];
  if (field) return new AppError(400, f.code, f.message, [{ field, code: f.code, message: f.message }]);
  return new AppError(409, f.code, f.message);
}
