// Council policies on the client (quy định của Hội đồng: OCOP Hub's choices where Decision 26/2026/QĐ-TTg is silent).
// The entries in force come from the server (GET /api/councils/:id → policies, GET /api/council-policies); the
// choices a form offers come from the same descriptors the server checks against (one description, imported).
import { COUNCIL_POLICY_DESCRIPTORS } from '../../../src/modules/evaluation/domain/council-policies.ts';
import { SCORING_POLICY_DESCRIPTORS } from '../../../src/modules/criteria/domain/policies.ts';
import type { PolicyEntry } from './evaluation.ts';
import type { LocalText, ScoringPolicy } from '../types.ts';

export type PolicyValue = string | number;
export const POLICY_DESCRIPTORS = COUNCIL_POLICY_DESCRIPTORS;
export type PolicyDescriptor = (typeof COUNCIL_POLICY_DESCRIPTORS)[number];

/** The label of a policy's value ({ vi, en }), or null for a number (a threshold in points). */
export function valueText(key: string, value: PolicyValue): LocalText | null {
  return POLICY_DESCRIPTORS.find((d) => d.key === key)?.values?.find((v) => v.value === value)?.label ?? null;
}

const SCORING_KEYS = new Set(SCORING_POLICY_DESCRIPTORS.map((d) => d.key));

/** The scoring engine's part of a council's policies (what POST /api/scoring/evaluate takes). */
export function scoringPolicyOf(entries: readonly PolicyEntry[]): Partial<ScoringPolicy> {
  return Object.fromEntries(
    entries.filter((e) => SCORING_KEYS.has(e.key)).map((e) => [e.key, e.value]),
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
