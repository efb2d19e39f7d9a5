// One review step of an idea or a business plan (domain/cycle-review.ts decides), checked against the levels the
// actor holds over the record: a wrong role or area is 403, a wrong state 409, a return without advice 400.
import type { Actor } from '../../../platform/auth/actor.ts';
import { forbidden } from '../../../platform/errors.ts';
import { REVIEW_STEPS, reviewStep, type ReviewAction, type ReviewState } from '../domain/cycle-review.ts';
import { reviewColumns } from '../data/idea-store.ts';
import { OUTSIDE, reviewLevels, type CyclePlace } from '../cycle-policy.ts';
import { fieldError, wrongState } from './cycle-errors.ts';

export function checkedStep(
  actor: Actor,
  place: CyclePlace,
  ownProducerId: string | null,
  state: ReviewState,
  action: ReviewAction,
  advice: string | null | undefined,
  today: string,
) {
  const levels = reviewLevels(actor, place, ownProducerId);
  if (!levels.includes(REVIEW_STEPS[action].level)) throw forbidden(levels.length ? undefined : OUTSIDE);
  const step = reviewStep(state, action, advice);
  if (!step.ok) {
    if (step.reason === 'advice_required')
      throw fieldError(
        'body.advice',
        'required',
        'Trả lại cần ghi ý kiến hướng dẫn',
        'A return needs advice for the producer',
      );
    throw wrongState();
  }
  return reviewColumns(step.level, step.to, today, advice?.trim() || null);
}
