// Council policies ("quy định của Hội đồng"): the rules OCOP Hub applies where Decision 26/2026/QĐ-TTg leaves the
// choice open, named and set per province (and per council, in its rules of operation, Art. 7.3.b / 7.4.b), shown on
// the scoring screen and printed on the council's minutes as the council's rules, not as the law. The scoring ones
// are the criteria engine's (criteria/domain/policies.ts); forwarding to the Ministry is the procedure's. Pure.
import type { Message } from '../../../platform/errors.ts';
import {
  DEFAULT_SCORING_POLICY,
  SCORING_POLICY_DESCRIPTORS,
  type PolicyDescriptor,
  type PolicyValue,
  type ScoringPolicy,
} from '../../criteria/index.ts';

export interface CouncilPolicy extends ScoringPolicy {
  /**
   * Art. 7.3.e sends "sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)" to the Ministry: `points` (the default, the
   * text's words: a mean of 90 or more) or `points-and-marks` (also every 5★ mark met; a product at 90+ missing a
   * 5★ mark is then recognised 4★ by the province).
   */
  fiveStarForwarding: 'points' | 'points-and-marks';
}

export type PolicyKey = keyof CouncilPolicy;

export const DEFAULT_COUNCIL_POLICY: Readonly<CouncilPolicy> = Object.freeze({
  ...DEFAULT_SCORING_POLICY,
  fiveStarForwarding: 'points',
});

export const COUNCIL_POLICY_DESCRIPTORS: PolicyDescriptor[] = [
  ...SCORING_POLICY_DESCRIPTORS,
  {
    key: 'fiveStarForwarding',
    label: { vi: 'Đề nghị Bộ đánh giá sản phẩm 5 sao', en: 'Proposing a product to the Ministry for 5★' },
    law: {
      vi: 'Điều 7.3.e: "Đối với các sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)" — văn bản chỉ nói đến điểm.',
      en: 'Art. 7.3.e: "products with the potential to reach 5★ (90 points or more)" — the text speaks of points only.',
    },
    values: [
      {
        value: 'points',
        label: {
          vi: 'Từ 90 điểm trở lên (đúng câu chữ Điều 7.3.e)',
          en: '90 points or more (the words of Art. 7.3.e)',
        },
      },
      {
        value: 'points-and-marks',
        label: { vi: 'Từ 90 điểm và đạt mọi dấu sao 5 sao', en: '90 points and every 5★ mark met' },
      },
    ],
  },
];

export type PolicySource = 'default' | 'province' | 'council';

export interface PolicyEntry {
  key: PolicyKey;
  value: PolicyValue;
  defaultValue: PolicyValue;
  source: PolicySource;
  label: Message;
  law: Message;
  valueLabel: Message | null;
}

export interface PolicyIssue {
  field: string;
  message: Message;
}

/** Checks a partial policy (a province's or a council's): known keys, allowed values. */
export function validatePolicy(input: Record<string, unknown>, field: string): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const d = COUNCIL_POLICY_DESCRIPTORS.find((x) => x.key === key);
    if (!d) {
      issues.push({ field: `${field}.${key}`, message: { vi: 'Không có quy định này', en: 'No such policy' } });
    } else if (d.values && !d.values.some((v) => v.value === value)) {
      const list = d.values.map((v) => v.value).join(', ');
      issues.push({
        field: `${field}.${key}`,
        message: { vi: `Phải là một trong: ${list}`, en: `Must be one of: ${list}` },
      });
    } else if (
      d.range &&
      (typeof value !== 'number' || !Number.isFinite(value) || value < d.range.min || value > d.range.max)
    ) {
      issues.push({
        field: `${field}.${key}`,
        message: {
          vi: `Phải là số từ ${d.range.min} đến ${d.range.max}`,
          en: `Must be a number from ${d.range.min} to ${d.range.max}`,
        },
      });
    }
  }
  return issues;
}

/** Keeps only known keys (stored JSON may predate a policy's removal). */
function known(p: Record<string, unknown> | null | undefined): Partial<CouncilPolicy> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p ?? {}))
    if (k in DEFAULT_COUNCIL_POLICY && validatePolicy({ [k]: v }, '').length === 0) out[k] = v;
  return out as Partial<CouncilPolicy>;
}

/** The policy in force for a council: its own choices, else its province's, else the defaults; each with its source. */
export function effectivePolicy(
  province: Record<string, unknown> | null | undefined,
  council: Record<string, unknown> | null | undefined,
): { policy: CouncilPolicy; entries: PolicyEntry[] } {
  const p = known(province);
  const c = known(council);
  const policy = { ...DEFAULT_COUNCIL_POLICY, ...p, ...c } as CouncilPolicy;
  const entries = COUNCIL_POLICY_DESCRIPTORS.map((d): PolicyEntry => {
    const key = d.key as PolicyKey;
    const value = policy[key];
    return {
      key,
      value,
      defaultValue: DEFAULT_COUNCIL_POLICY[key],
      source: key in c ? 'council' : key in p ? 'province' : 'default',
      label: d.label,
      law: d.law,
      valueLabel: d.values?.find((v) => v.value === value)?.label ?? null,
    };
  });
  return { policy, entries };
}

/** The scoring engine's part of a council policy. */
export function scoringPolicyOf(p: CouncilPolicy): ScoringPolicy {
  const { marksAcrossMembers, knockoutsAcrossMembers, spreadThreshold, outOfScopeMarks } = p;
  return { marksAcrossMembers, knockoutsAcrossMembers, spreadThreshold, outOfScopeMarks };
}
