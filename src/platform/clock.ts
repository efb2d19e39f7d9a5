// "Today" as an explicit dependency: the date in Vietnam (UTC+7), the day every act of the law is dated. The app is
// built with the system clock (AppContext.clock); tests, browser walks and the demo build it with a fixed clock, so a
// receipt of 2026 stays a receipt of 2026 whenever they run. Commands take it from their CommandContext — there is
// no process-wide "pinned" date.

export interface Clock {
  /** Today's date in Vietnam, ISO (YYYY-MM-DD). */
  today(): string;
}

/** The real date in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
export const systemClock: Clock = {
  today: () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
};

/** A clock stopped on `date`; whoever holds it (a test, the demo's walk through past years) may move it on. */
export interface FixedClock extends Clock {
  set(date: string): void;
}

export function fixedClock(date: string): FixedClock {
  let current = date;
  return {
    today: () => current,
    set: (next) => {
      current = next;
    },
  };
}
