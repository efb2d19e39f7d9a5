// How far a target has come, from the figure the work recorded gives (data/measure-targets.ts). Pure: the day asked
// is passed in. A flow (certified this year) is counted from 1 January of the plan's year to the day asked, or to
// 31 December when that day is later; a stock (products in force) stands on that day. Judging "on track" compares a
// flow with the share of the year gone by, since plans count on the year's two evaluation rounds (Art. 5.1) rather
// than on a steady pace — a flow is "behind" only when less than half of that share is reached.
import type { TargetKind } from './target-kinds.ts';

import type { IsoDate } from '../../reference/index.ts';

export interface PlanPeriod {
  from: IsoDate;
  /** The day the figures are read on: the day asked, cut to the plan's year. */
  on: IsoDate;
  /** Whether the day asked lies before the plan's year (nothing counted yet). */
  notStarted: boolean;
  /** The share of the year gone by on `on` (0 … 1). */
  elapsed: number;
  /** The quarter ends of the year up to `on`, then `on` itself: the points of the trend. */
  points: IsoDate[];
}

const dayMs = 86_400_000;
const utc = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);

export function planPeriod(year: number, asOf: IsoDate): PlanPeriod {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  const notStarted = asOf < from;
  const on = notStarted ? from : asOf > end ? end : asOf;
  const elapsed = notStarted ? 0 : (utc(on) - utc(from) + dayMs) / (utc(end) - utc(from) + dayMs);
  const quarterEnds = ['03-31', '06-30', '09-30', '12-31'].map((md) => `${year}-${md}`).filter((d) => d < on);
  return { from, on, notStarted, elapsed, points: notStarted ? [] : [...quarterEnds, on] };
}

export type ProgressState = 'met' | 'on_track' | 'behind' | 'not_measured';

export interface TargetProgress {
  actual: number | null;
  target: number;
  /** actual / target, 0 … (may pass 1); null when not measured or the target is 0. */
  ratio: number | null;
  state: ProgressState;
}

export function targetProgress(
  kind: Pick<TargetKind, 'measure' | 'measured'>,
  target: number,
  actual: number | null,
  period: Pick<PlanPeriod, 'elapsed'>,
): TargetProgress {
  if (!kind.measured || actual === null) return { actual: null, target, ratio: null, state: 'not_measured' };
  const ratio = target > 0 ? actual / target : null;
  if (actual >= target) return { actual, target, ratio, state: 'met' };
  const expected = kind.measure === 'flow' ? target * period.elapsed : target;
  const state = kind.measure === 'flow' ? (actual >= expected / 2 ? 'on_track' : 'behind') : 'behind';
  return { actual, target, ratio, state };
}

export const PROGRESS_LABELS: Record<ProgressState, { vi: string; en: string }> = {
  met: { vi: 'Đã đạt', en: 'Met' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  behind: { vi: 'Chậm tiến độ', en: 'Behind' },
  not_measured: { vi: 'Chưa đo được', en: 'Not measured yet' },
};
