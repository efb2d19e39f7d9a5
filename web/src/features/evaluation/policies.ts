// Council policies on the client (quy định của Hội đồng: OCOP Hub's choices where Decision 26/2026/QĐ-TTg is silent).
// The entries in force come from the server (GET /api/councils/:id → policies, GET /api/council-policies); the
// choices a form offers come from the descriptors the server checks against (GET /api/council-rules: one description,
// served).
import { useQuery } from '@tanstack/react-query';
import { evalApi, type CouncilRules, type PolicyEntry } from './evaluation.ts';
import { keys } from '../../shared/queries.ts';
import type { LocalText, ScoringPolicy } from '../../types.ts';

export type PolicyValue = string | number;
export type PolicyDescriptor = CouncilRules['policies'][number];

/** The settable policies and the councils' seats: the same for everyone and for the page's life. */
export const useCouncilRules = () =>
  useQuery({ queryKey: keys.councilRules, queryFn: evalApi.councilRules, staleTime: Infinity });

/** The label of a policy's value ({ vi, en }), or null for a number (a threshold in points) or an unknown value. */
export function valueText(
  descriptors: readonly PolicyDescriptor[] | undefined,
  key: string,
  value: PolicyValue,
): LocalText | null {
  return descriptors?.find((d) => d.key === key)?.values?.find((v) => v.value === value)?.label ?? null;
}

/** The scoring engine's part of a council's policies (what POST /api/scoring/evaluate takes). */
export function scoringPolicyOf(
  descriptors: readonly PolicyDescriptor[],
  entries: readonly PolicyEntry[],
): Partial<ScoringPolicy> {
  const scoring = new Set(descriptors.filter((d) => d.scoring).map((d) => d.key));
  return Object.fromEntries(
    entries.filter((e) => scoring.has(e.key)).map((e) => [e.key, e.value]),
  ) as Partial<ScoringPolicy>;
}

/** The values a body sends: only the keys given a value (left empty = inherited). */
export function policyBody(
  values: Record<string, PolicyValue | null | undefined> | undefined,
): Record<string, PolicyValue> {
  const out: Record<string, PolicyValue> = {};
  for (const [k, v] of Object.entries(values ?? {})) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out;
}

/** A form's starting values: the entries set at `source` (the council's own, or the province's). */
export function ownValues(
  entries: readonly PolicyEntry[] | undefined,
  source: PolicyEntry['source'],
): Record<string, PolicyValue> {
  return Object.fromEntries((entries ?? []).filter((e) => e.source === source).map((e) => [e.key, e.value]));
}
