// The clock of the test servers and browser walks: one fixed clock per test process, which a test moves to the day
// each step happens on (a receipt of 2026 stays a receipt of 2026 whenever the test runs). The app is built with it
// (AppContext.clock); nothing in src/ outside testing/ holds a date of its own.
import { fixedClock, systemClock, type Clock } from '../platform/clock.ts';

const fixed = fixedClock(systemClock.today());
let pinned = false;

/** The clock test servers are built with: the pinned day, or the real date in Vietnam when none is pinned. */
export const testClock: Clock = { today: () => (pinned ? fixed.today() : systemClock.today()) };

/** Moves the test servers' clock to `date` (null: back to the real date in Vietnam). */
export function pinToday(date: string | null): void {
  pinned = date !== null;
  if (date !== null) fixed.set(date);
}
