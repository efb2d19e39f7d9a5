// The review of a product idea and of a business plan (seed 001 §III.2.1.2–2.1.3): the commune reviews first and
// forwards it to the province or returns it with advice; the province accepts it or returns it with advice; the
// producer's side may send a returned one again. One table of steps for both records, so the rules are written once.
// Pure.
import type { Message } from '../../../platform/errors.ts';

export const REVIEW_STATES = [
  'submitted',
  'returned_by_commune',
  'forwarded',
  'returned_by_province',
  'accepted',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_ACTIONS = [
  'commune_forward',
  'commune_return',
  'province_accept',
  'province_return',
  'resubmit',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Who acts at a step: the commune, the province, or the side that registered the record (producer or commune). */
export type ReviewLevel = 'commune' | 'province' | 'submitter';

interface Step {
  from: readonly ReviewState[];
  to: ReviewState;
  level: ReviewLevel;
  /** A return must say why and what to improve ("trả lại kèm ý kiến hướng dẫn"). */
  needsAdvice: boolean;
}

export const REVIEW_STEPS: Record<ReviewAction, Step> = {
  commune_forward: { from: ['submitted'], to: 'forwarded', level: 'commune', needsAdvice: false },
  commune_return: { from: ['submitted'], to: 'returned_by_commune', level: 'commune', needsAdvice: true },
  province_accept: { from: ['forwarded'], to: 'accepted', level: 'province', needsAdvice: false },
  province_return: { from: ['forwarded'], to: 'returned_by_province', level: 'province', needsAdvice: true },
  resubmit: {
    from: ['returned_by_commune', 'returned_by_province'],
    to: 'submitted',
    level: 'submitter',
    needsAdvice: false,
  },
};

export const REVIEW_STATE_LABELS: Record<ReviewState, Message> = {
  submitted: { vi: 'Chờ xã xem xét', en: 'Awaiting the commune' },
  returned_by_commune: { vi: 'Xã trả lại kèm ý kiến', en: 'Returned by the commune with advice' },
  forwarded: { vi: 'Chờ tỉnh xem xét', en: 'Awaiting the province' },
  returned_by_province: { vi: 'Tỉnh trả lại kèm ý kiến', en: 'Returned by the province with advice' },
  accepted: { vi: 'Đã được chấp thuận', en: 'Accepted' },
};

export const REVIEW_ACTION_LABELS: Record<ReviewAction, Message> = {
  commune_forward: { vi: 'Xã chấp thuận, chuyển tỉnh', en: 'Commune accepts, forwards to the province' },
  commune_return: { vi: 'Xã trả lại kèm ý kiến', en: 'Commune returns with advice' },
  province_accept: { vi: 'Tỉnh chấp thuận', en: 'Province accepts' },
  province_return: { vi: 'Tỉnh trả lại kèm ý kiến', en: 'Province returns with advice' },
  resubmit: { vi: 'Gửi lại', en: 'Send again' },
};

/** The actions open from a state at the given levels (the levels the actor holds over the record). */
export function openActions(state: ReviewState, levels: readonly ReviewLevel[]): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => REVIEW_STEPS[a].from.includes(state) && levels.includes(REVIEW_STEPS[a].level));
}

export type ReviewOutcome =
  { ok: true; to: ReviewState; level: ReviewLevel } | { ok: false; reason: 'wrong_state' | 'advice_required' };

/** Whether an action may be taken from a state, and the state it leads to. */
export function reviewStep(state: ReviewState, action: ReviewAction, advice: string | null | undefined): ReviewOutcome {
  const step = REVIEW_STEPS[action];
  if (!step.from.includes(state)) return { ok: false, reason: 'wrong_state' };
  if (step.needsAdvice && !advice?.trim()) return { ok: false, reason: 'advice_required' };
  return { ok: true, to: step.to, level: step.level };
}
