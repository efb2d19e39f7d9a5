// The pure progress rules: a flow judged against the share of the year gone by, a stock against the whole target,
// a target whose source is not built never shows a number.
import { describe, expect, it } from 'vitest';
import { planPeriod, targetProgress } from './progress.ts';

const flow = { measure: 'flow', measured: true } as const;
const stock = { measure: 'stock', measured: true } as const;

describe('plan period', () => {
  it('reads a flow from 1 January to the day asked, cut to 31 December; quarter ends before it are the trend', () => {
    expect(planPeriod(2026, '2026-08-15')).toMatchObject({
      from: '2026-01-01',
      on: '2026-08-15',
      notStarted: false,
      points: ['2026-03-31', '2026-06-30', '2026-08-15'],
    });
    expect(planPeriod(2025, '2026-08-15').on).toBe('2025-12-31');
    expect(planPeriod(2027, '2026-08-15')).toMatchObject({ notStarted: true, elapsed: 0, points: [] });
  });
});

describe('target progress', () => {
  const midYear = { elapsed: 0.5 };
  it('a flow at half the pace expected by mid-year is on track; below that, behind; at the target, met', () => {
    expect(targetProgress(flow, 4, 1, midYear).state).toBe('on_track');
    expect(targetProgress(flow, 10, 2, midYear).state).toBe('behind');
    expect(targetProgress(flow, 4, 4, midYear)).toMatchObject({ state: 'met', ratio: 1 });
  });
  it('a stock short of its target is behind whatever the date', () => {
    expect(targetProgress(stock, 13, 12, { elapsed: 0.1 }).state).toBe('behind');
  });
  it('a kind whose source is not built shows no number', () => {
    expect(targetProgress({ measure: 'flow', measured: false }, 75, 3, midYear)).toEqual({
      actual: null,
      target: 75,
      ratio: null,
      state: 'not_measured',
    });
  });
});
