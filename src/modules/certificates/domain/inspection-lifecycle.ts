// The life of one checklist item of an inspection visit (Art. 9 of Decision 26/2026): recorded as met or as a finding,
// a fix required with a deadline, the producer's report on it, the team's re-check, or an escalation to a revocation
// proposal (Art. 8.1.b/d, 8.3.a). A small declarative table, one row per transition with its article; pure.
import type { Message } from '../../../platform/errors.ts';

export const ITEM_STATES = [
  'unchecked', // generated with the visit, not yet looked at
  'ok', // the criterion is maintained / the mark is used properly
  'finding', // a minor or serious shortfall was found
  'fix_required', // the team required a fix by a deadline
  'fix_reported', // the producer reported the fix
  'resolved', // the re-check found the fix done
  'escalated', // proposed for revocation (the decision is the revocation workflow's)
] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export const ITEM_ACTIONS = [
  'record',
  'require_fix',
  'report_fix',
  'recheck_pass',
  'recheck_fail',
  'escalate',
] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

/** Who acts: a member of the plan's team (or the office that owns the plan), or the producer of the product. */
export type ItemActor = 'team' | 'producer';

export type FindingResult = 'ok' | 'minor' | 'serious';

export interface ItemTransition {
  action: ItemAction;
  from: readonly ItemState[];
  /** The state reached; `record` depends on the result (ok → ok, minor/serious → finding). */
  to: ItemState | ((result: FindingResult) => ItemState);
  by: ItemActor;
  article: string;
  label: Message;
}

const EDITABLE_BEFORE_FIX: readonly ItemState[] = ['unchecked', 'ok', 'finding'];
const OPEN_FINDING: readonly ItemState[] = ['finding', 'fix_required', 'fix_reported'];

/** The transitions, each with the article that grounds it. */
export const ITEM_TRANSITIONS: readonly ItemTransition[] = [
  {
    action: 'record',
    from: EDITABLE_BEFORE_FIX,
    to: (r) => (r === 'ok' ? 'ok' : 'finding'),
    by: 'team',
    // 9.3.a: the criteria are maintained as evaluated; 9.3.b: the mark, information and advertising.
    article: 'Art. 9.3',
    label: { vi: 'Ghi kết quả kiểm tra', en: 'Record the result' },
  },
  {
    action: 'require_fix',
    from: ['finding'],
    to: 'fix_required',
    by: 'team',
    // 9.1: "kịp thời phát hiện, xử lý các trường hợp sản phẩm OCOP không còn đáp ứng yêu cầu".
    article: 'Art. 9.1',
    label: { vi: 'Yêu cầu khắc phục', en: 'Require a fix' },
  },
  {
    action: 'report_fix',
    from: ['fix_required'],
    to: 'fix_reported',
    by: 'producer',
    article: 'Art. 9.1',
    label: { vi: 'Báo cáo kết quả khắc phục', en: 'Report the fix' },
  },
  {
    action: 'recheck_pass',
    from: ['fix_reported'],
    to: 'resolved',
    by: 'team',
    article: 'Art. 9.2.a',
    label: { vi: 'Kiểm tra lại: đã khắc phục', en: 'Re-check: fixed' },
  },
  {
    action: 'recheck_fail',
    from: ['fix_reported'],
    to: 'fix_required',
    by: 'team',
    article: 'Art. 9.2.a',
    label: { vi: 'Kiểm tra lại: chưa khắc phục', en: 'Re-check: not fixed' },
  },
  {
    action: 'escalate',
    from: OPEN_FINDING,
    to: 'escalated',
    by: 'team',
    // 8.1.b (criteria no longer met on inspection) or 8.1.d (mark misused); 8.3.a: the office verifies and proposes.
    article: 'Art. 8.1.b, 8.1.d, 8.3.a',
    label: { vi: 'Đề nghị thu hồi giấy chứng nhận', en: 'Propose revoking the certificate' },
  },
];

export const OPEN_FINDING_STATES = OPEN_FINDING;

export function transitionOf(action: ItemAction): ItemTransition {
  return ITEM_TRANSITIONS.find((t) => t.action === action)!;
}

/** The state an action leads to from `from`, or null when the table has no such row. */
export function nextItemState(from: ItemState, action: ItemAction, result?: FindingResult): ItemState | null {
  const t = transitionOf(action);
  if (!t.from.includes(from)) return null;
  if (typeof t.to === 'function') return result ? t.to(result) : null;
  return t.to;
}

/** The actions `who` may take on an item in `state` (the item's availableActions). */
export function itemActions(state: ItemState, who: readonly ItemActor[]): ItemAction[] {
  return ITEM_TRANSITIONS.filter((t) => t.from.includes(state) && who.includes(t.by)).map((t) => t.action);
}

export const ITEM_STATE_LABELS: Record<ItemState, Message> = {
  unchecked: { vi: 'Chưa kiểm tra', en: 'Not checked' },
  ok: { vi: 'Đạt', en: 'Met' },
  finding: { vi: 'Có tồn tại', en: 'Finding' },
  fix_required: { vi: 'Yêu cầu khắc phục', en: 'Fix required' },
  fix_reported: { vi: 'Đã báo cáo khắc phục', en: 'Fix reported' },
  resolved: { vi: 'Đã khắc phục', en: 'Resolved' },
  escalated: { vi: 'Đã đề nghị thu hồi', en: 'Proposed for revocation' },
};
