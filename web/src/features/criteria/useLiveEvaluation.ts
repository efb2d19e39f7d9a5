// The engine's result for a set of answers, live: applicability and missing criteria on the client, the points and
// stars from the server's engine (POST /api/scoring/evaluate, debounced, complete scorecards only), with the sheet's
// knock-outs ticked and applicability questions answered, and on the scoring screen the council's scoring policy.
// Shared by the self-assessment page, the dossier's Form 02 and the council's scoring screen.
import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { answersToSend, applicability, casesOf, criteriaOf, missingOf } from './sheet.ts';
import { conditionsBody, NO_CONDITIONS, type SheetConditions } from './conditions.ts';
import type { Answers, Evaluation, ScoringPolicy, Sheet } from '../../types.ts';

export interface LiveEvaluation {
  answers: Answers;
  applies: Map<string, boolean | undefined>;
  missing: string[];
  cases: { no: number; titles: string[] }[];
  needsCase: boolean;
  complete: boolean;
  countable: number;
  result: Evaluation | undefined;
  pending: boolean;
  error: unknown;
}

export interface LiveOptions {
  /** The knock-outs ticked and applicability answers (sanitized for the sheet). */
  conditions?: SheetConditions;
  /** The council's scoring policy (scoring screen); the engine's defaults otherwise. */
  policy?: Partial<ScoringPolicy>;
  debounceMs?: number;
}

export function useLiveEvaluation(
  ruleSet: string,
  sheet: Sheet | undefined,
  raw: Answers,
  branch: number | undefined,
  options: LiveOptions = {},
): LiveEvaluation {
  const { conditions = NO_CONDITIONS, policy, debounceMs = 150 } = options;
  // A yes/no criterion is answered only once picked (no default "no"): untouched, it is missing like any other.
  const answers = raw;
  const applies = useMemo(
    () => (sheet ? applicability(sheet, answers) : new Map<string, boolean | undefined>()),
    [sheet, answers],
  );
  const missing = useMemo(() => (sheet ? missingOf(sheet, answers) : []), [sheet, answers]);
  const cases = useMemo(() => (sheet ? casesOf(sheet) : []), [sheet]);
  const needsCase = cases.length > 0 && branch === undefined;
  const complete = !!sheet && missing.length === 0 && !needsCase;
  const countable = sheet
    ? criteriaOf(sheet).filter(({ criterion }) => applies.get(criterion.code) !== false).length
    : 0;
  const body =
    sheet && complete
      ? JSON.stringify({
          ruleSet,
          setNo: sheet.setNo,
          answers: answersToSend(sheet, answers),
          ...(branch !== undefined ? { branch } : {}),
          ...conditionsBody(conditions),
          ...(policy ? { policy } : {}),
        })
      : null;
  // The engine is asked once the answers settle (debounced); the last result stays on screen while the next is computed.
  const settled = useDebounced(body, debounceMs);
  const evaluation = useQuery({
    queryKey: ['evaluate', settled],
    queryFn: ({ signal }) => api.evaluate(JSON.parse(settled!) as Parameters<typeof api.evaluate>[0], signal),
    enabled: settled !== null && settled === body,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const result = body === null || evaluation.isError ? undefined : evaluation.data;
  const error = body === null ? undefined : (evaluation.error ?? undefined);
  const pending = body !== null && (settled !== body || evaluation.isFetching || evaluation.isPlaceholderData);
  // The same object while nothing in it changed, so the memoised result panel and criterion rows skip a redraw.
  return useMemo(
    () => ({ answers, applies, missing, cases, needsCase, complete, countable, result, error, pending }),
    [answers, applies, missing, cases, needsCase, complete, countable, result, error, pending],
  );
}
