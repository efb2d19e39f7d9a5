// "Today" for the procedure: the date in Vietnam (UTC+7), the day every act of the law is dated. One seam so tests
// can run the procedure on fixed dates (a receipt of 2026 stays a receipt of 2026 whenever the test runs).
import { todayInVietnam } from '../../registry/index.ts';

let pinned: string | null = null;

export const clock = {
  today: (): string => pinned ?? todayInVietnam(),
};

/** Tests only: pin today's date (null: back to the real date in Vietnam). */
export function pinToday(date: string | null): void {
  pinned = date;
}
