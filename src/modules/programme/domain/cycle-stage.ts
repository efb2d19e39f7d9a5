// Where a product stands in the OCOP cycle (seed 001 §III.2.1: survey → idea → business plan → its implementation →
// evaluation dossier → certification → trade promotion), derived from the facts recorded, never typed in. The stage
// is the furthest one the facts reach; a certificate counts only while in force on the day read (a revoked or expired
// one leaves the product at "dossier filed"). Pure.
import type { Message } from '../../../platform/errors.ts';
import type { ReviewState } from './cycle-review.ts';

export const CYCLE_STAGES = [
  'surveyed',
  'idea',
  'idea_accepted',
  'business_plan',
  'implementing',
  'dossier_filed',
  'certified',
  'promoted',
] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

export const CYCLE_STAGE_LABELS: Record<CycleStage, Message> = {
  surveyed: { vi: 'Được khảo sát', en: 'Surveyed' },
  idea: { vi: 'Đăng ký ý tưởng', en: 'Idea registered' },
  idea_accepted: { vi: 'Ý tưởng được chấp thuận', en: 'Idea accepted' },
  business_plan: { vi: 'Xây dựng phương án kinh doanh', en: 'Business plan' },
  implementing: { vi: 'Triển khai phương án', en: 'Implementing the plan' },
  dossier_filed: { vi: 'Nộp hồ sơ đánh giá', en: 'Dossier filed' },
  certified: { vi: 'Được công nhận OCOP', en: 'OCOP certified' },
  promoted: { vi: 'Xúc tiến thương mại', en: 'Trade promotion' },
};

/** What is known of one product (or candidate) on the day read. */
export interface CycleFacts {
  surveyed: boolean;
  idea: ReviewState | null;
  businessPlan: ReviewState | null;
  /** A procedure dossier was submitted for the product (a draft does not count). */
  dossierFiled: boolean;
  /** A certificate of the product is in force on the day read. */
  certifiedInForce: boolean;
  /** The certified product takes part in trade promotion (a distributor partner serves its producer). */
  promoted: boolean;
}

export const NO_FACTS: CycleFacts = {
  surveyed: false,
  idea: null,
  businessPlan: null,
  dossierFiled: false,
  certifiedInForce: false,
  promoted: false,
};

/** The furthest stage the facts reach, or null when nothing places the product in the cycle. */
export function cycleStage(f: CycleFacts): CycleStage | null {
  if (f.certifiedInForce) return f.promoted ? 'promoted' : 'certified';
  if (f.dossierFiled) return 'dossier_filed';
  if (f.businessPlan === 'accepted') return 'implementing';
  if (f.businessPlan) return 'business_plan';
  if (f.idea === 'accepted') return 'idea_accepted';
  if (f.idea) return 'idea';
  if (f.surveyed) return 'surveyed';
  return null;
}

/** Counts per stage, every stage listed (zeros included) in the cycle's order. */
export function countByStage(stages: readonly (CycleStage | null)[]): { stage: CycleStage; n: number }[] {
  return CYCLE_STAGES.map((stage) => ({ stage, n: stages.filter((s) => s === stage).length }));
}
