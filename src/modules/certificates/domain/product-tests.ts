// Periodic product tests (phiếu kiểm nghiệm định kỳ): the producer of an OCOP product "thực hiện quy định kiểm nghiệm
// bắt buộc định kỳ 01 năm/lần" (seed 003 §6, the district's instruction to certified producers), and Art. 6.1.c asks a
// re-evaluation dossier for "các phiếu kiểm nghiệm định kỳ". Pure.
import { addMonths } from '../../reference/index.ts';

/** One year after the last test (same day; 29/2 → 28/2, BLDS 2015 Art. 148.3 as addMonths counts). */
export function nextTestDue(lastTestedOn: string): string {
  return addMonths(lastTestedOn, 12);
}

export type TestStatus = 'ok' | 'due_soon' | 'overdue' | 'none';

/** How far a certified product is with its yearly test on `today`: none on file, overdue, due within 30 days, ok. */
export function testStatus(lastTestedOn: string | null, today: string): { status: TestStatus; dueOn: string | null } {
  if (!lastTestedOn) return { status: 'none', dueOn: null };
  const dueOn = nextTestDue(lastTestedOn);
  if (dueOn < today) return { status: 'overdue', dueOn };
  if (addMonths(today, 1) >= dueOn) return { status: 'due_soon', dueOn };
  return { status: 'ok', dueOn };
}
