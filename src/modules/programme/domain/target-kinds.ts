// The targets a plan may set, as the seed plans word them (../shared/seeds/: "duy trì 13 sản phẩm đạt 3 sao", "phát
// triển mới 04 sản phẩm 3 sao", "nâng hạng 02 sản phẩm lên 4 sao", "khảo sát 75 sản phẩm tiềm năng", "ít nhất 02 HTX",
// "02 điểm giới thiệu và bán sản phẩm OCOP"). Each kind says what is counted and from where; progress is always
// computed from the work recorded in OCOP Hub (data/measure-targets.ts), never typed in. A kind whose source is not
// built yet says so rather than showing a number. Pure.
import type { Message } from '../../../platform/errors.ts';

/** Where the actual figure of a target comes from. */
export type TargetSource = 'registry' | 'evaluation' | 'certificates' | 'cycle' | 'activities' | 'funding';

/** The parameters a kind takes: the star, the way a certificate was won (Art. 6.1), the producer's legal type. */
export type TargetParam = 'star' | 'mode' | 'legalType';

export interface TargetKind {
  code: string;
  label: Message;
  /** What one unit of the figure is ("sản phẩm", "xã", "đồng"). */
  unit: Message;
  source: TargetSource;
  params: readonly TargetParam[];
  /** Counted over the plan's year up to the day asked (a flow), or standing on that day (a stock). */
  measure: 'flow' | 'stock';
  /** Whether the source is built: a kind that is not measured shows "chưa đo được", never a number. */
  measured: boolean;
}

const product = { vi: 'sản phẩm', en: 'products' };

export const TARGET_KINDS: readonly TargetKind[] = [
  {
    code: 'products_registered',
    label: { vi: 'Sản phẩm đăng ký mới vào hệ thống', en: 'New products registered' },
    unit: product,
    source: 'registry',
    params: [],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'dossiers_filed',
    label: { vi: 'Sản phẩm nộp hồ sơ đánh giá, phân hạng', en: 'Products filed for evaluation' },
    unit: product,
    source: 'evaluation',
    params: ['mode'],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'products_certified',
    label: { vi: 'Sản phẩm được công nhận', en: 'Products recognised' },
    unit: product,
    source: 'certificates',
    params: ['star', 'mode'],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'products_maintained',
    label: { vi: 'Sản phẩm OCOP còn hiệu lực (duy trì)', en: 'OCOP products in force (maintained)' },
    unit: product,
    source: 'certificates',
    params: ['star'],
    measure: 'stock',
    measured: true,
  },
  {
    code: 'producers_with_ocop',
    label: { vi: 'Chủ thể có sản phẩm OCOP còn hiệu lực', en: 'Producers with an OCOP product in force' },
    unit: { vi: 'chủ thể', en: 'producers' },
    source: 'certificates',
    params: ['legalType'],
    measure: 'stock',
    measured: true,
  },
  {
    code: 'communes_with_ocop',
    label: { vi: 'Xã có ít nhất một sản phẩm OCOP', en: 'Communes with at least one OCOP product' },
    unit: { vi: 'xã', en: 'communes' },
    source: 'certificates',
    params: [],
    measure: 'stock',
    measured: true,
  },
  {
    code: 'products_surveyed',
    label: { vi: 'Sản phẩm tiềm năng được khảo sát', en: 'Potential products surveyed' },
    unit: product,
    source: 'cycle',
    params: [],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'ideas_registered',
    label: { vi: 'Ý tưởng sản phẩm được đăng ký', en: 'Product ideas registered' },
    unit: { vi: 'ý tưởng', en: 'ideas' },
    source: 'cycle',
    params: [],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'sales_points',
    label: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP', en: 'OCOP sales points' },
    unit: { vi: 'điểm', en: 'sales points' },
    source: 'activities',
    params: [],
    measure: 'stock',
    measured: true,
  },
  {
    code: 'fair_participations',
    label: { vi: 'Lượt tham gia hội chợ, triển lãm', en: 'Fair and exhibition participations' },
    unit: { vi: 'lượt', en: 'participations' },
    source: 'activities',
    params: [],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'trainings',
    label: { vi: 'Lớp tập huấn, đào tạo', en: 'Training courses' },
    unit: { vi: 'lớp', en: 'courses' },
    source: 'activities',
    params: [],
    measure: 'flow',
    measured: true,
  },
  {
    code: 'funds_disbursed',
    label: { vi: 'Kinh phí hỗ trợ đã giải ngân', en: 'Support funds disbursed' },
    unit: { vi: 'đồng', en: 'VND' },
    source: 'funding',
    params: [],
    measure: 'flow',
    measured: true,
  },
];

const BY_CODE = new Map(TARGET_KINDS.map((k) => [k.code, k]));

export function targetKind(code: string): TargetKind | undefined {
  return BY_CODE.get(code);
}

/** The ways a certificate is won (Art. 6.1): a first evaluation, an upgrade, a re-evaluation. */
export const TARGET_MODES = ['new', 'upgrade', 'reevaluation'] as const;
export type TargetMode = (typeof TARGET_MODES)[number];

export const MODE_LABELS: Record<TargetMode, Message> = {
  new: { vi: 'phát triển mới', en: 'new' },
  upgrade: { vi: 'nâng hạng', en: 'upgraded' },
  reevaluation: { vi: 'đánh giá lại', en: 're-evaluated' },
};

/** A target as a plan states it: the kind, its parameters and the number aimed at. */
export interface TargetSpec {
  kind: string;
  star?: number | null;
  mode?: TargetMode | null;
  legalType?: string | null;
  target: number;
  wording?: string | null;
}

/** The parameters a spec sets that its kind does not take (each is a 400 naming the field). */
export function unexpectedParams(spec: TargetSpec): TargetParam[] {
  const kind = targetKind(spec.kind);
  if (!kind) return [];
  const set: TargetParam[] = [];
  if (spec.star != null) set.push('star');
  if (spec.mode != null) set.push('mode');
  if (spec.legalType != null) set.push('legalType');
  return set.filter((p) => !kind.params.includes(p));
}

/** The target in words, from its kind and parameters: "Sản phẩm được công nhận — 4 sao, nâng hạng". */
export function describeTarget(spec: TargetSpec, legalTypeLabel?: Message): Message {
  const kind = targetKind(spec.kind);
  const base = kind?.label ?? { vi: spec.kind, en: spec.kind };
  const vi: string[] = [];
  const en: string[] = [];
  if (spec.star != null) {
    vi.push(`${spec.star} sao`);
    en.push(`${spec.star}★`);
  }
  if (spec.mode) {
    vi.push(MODE_LABELS[spec.mode].vi);
    en.push(MODE_LABELS[spec.mode].en);
  }
  if (spec.legalType) {
    vi.push(legalTypeLabel?.vi ?? spec.legalType);
    en.push(legalTypeLabel?.en ?? spec.legalType);
  }
  return vi.length ? { vi: `${base.vi} — ${vi.join(', ')}`, en: `${base.en} — ${en.join(', ')}` } : base;
}
