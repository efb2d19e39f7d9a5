// The sheet's knock-outs and applicability questions on the client (Appendix II of Decision 26/2026/QĐ-TTg, as the
// criteria API describes them): what the scorer ticked and answered, kept with the answers and sent to the engine.
// The server's engine decides what they do; this only drives the form.
import type { Criterion, KnockOut, Sheet } from '../../types.ts';
import { criteriaOf } from './sheet.ts';

/** By id: a knock-out ticked (true = the condition holds), an applicability question answered (false = not named). */
export type Ticks = Record<string, boolean>;

export interface SheetConditions {
  knockouts: Ticks;
  applies: Ticks;
}

export const NO_CONDITIONS: SheetConditions = Object.freeze({ knockouts: {}, applies: {} }) as SheetConditions;

/** The knock-outs the scorer answers (those decided by points are the engine's). */
const answerable = (sheet: Sheet) => new Set(sheet.knockouts.filter((k) => k.decidedBy === 'answer').map((k) => k.id));
const questions = (sheet: Sheet) =>
  new Set(criteriaOf(sheet).flatMap(({ criterion }) => (criterion.applicability ? [criterion.applicability.id] : [])));

function only(ticks: unknown, ids: Set<string>, keepFalse: boolean): Ticks {
  const out: Ticks = {};
  if (typeof ticks !== 'object' || ticks === null) return out;
  for (const [id, v] of Object.entries(ticks))
    if (ids.has(id) && typeof v === 'boolean' && (v || keepFalse)) out[id] = v;
  return out;
}

/**
 * Keeps only ticks and answers that fit the sheet (a stored draft may predate a data change); knock-outs only when
 * ticked, applicability answers either way. Also the shape sent to the engine, the form and the scorecard.
 */
export function sanitizeConditions(sheet: Sheet, c: Partial<SheetConditions> | null | undefined): SheetConditions {
  return { knockouts: only(c?.knockouts, answerable(sheet), false), applies: only(c?.applies, questions(sheet), true) };
}

/** The knock-outs printed beside `criterion` (a code), or above the table (null). */
export function knockoutsAt(sheet: Sheet, criterion: string | null): KnockOut[] {
  return sheet.knockouts.filter((k) => k.criterion === criterion);
}

/** The sheet's words of every knock-out written beside a criterion (they are also among the criterion's notes). */
export function knockoutTexts(sheet: Sheet): Set<string> {
  return new Set(sheet.knockouts.filter((k) => k.criterion !== null).map((k) => k.text));
}

/** The criterion's notes less the knock-outs shown on their own. */
export function plainNotes(c: Criterion, quoted: Set<string>): string[] {
  return (c.notes ?? []).filter((n) => !quoted.has(n));
}

/** "6.1–6.4" for a run of sibling codes in order, else "6.1, 6.3". */
export function codeRange(codes: readonly string[]): string {
  if (codes.length < 3) return codes.join(', ');
  const split = codes.map((c) => c.split('.'));
  const prefix = split[0]!.slice(0, -1).join('.');
  const lasts = split.map((p) => Number(p[p.length - 1]));
  const run =
    split.every((p) => p.slice(0, -1).join('.') === prefix) &&
    lasts.every((n, i) => i === 0 || n === lasts[i - 1]! + 1);
  return run ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(', ');
}

/** The conditions with one knock-out ticked or unticked. */
export function withTick(c: SheetConditions, id: string, on: boolean): SheetConditions {
  const knockouts = { ...c.knockouts };
  if (on) knockouts[id] = true;
  else delete knockouts[id];
  return { ...c, knockouts };
}

/** The conditions with one applicability question answered. */
export function withAnswer(c: SheetConditions, id: string, applies: boolean): SheetConditions {
  return { ...c, applies: { ...c.applies, [id]: applies } };
}

/** What the engine, Form 02 and the scorecard take: `knockouts` and `applies`, each only when not empty. */
export function conditionsBody(c: SheetConditions): { knockouts?: Ticks; applies?: Ticks } {
  return {
    ...(Object.keys(c.knockouts).length ? { knockouts: c.knockouts } : {}),
    ...(Object.keys(c.applies).length ? { applies: c.applies } : {}),
  };
}
