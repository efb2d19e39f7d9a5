// Scoring rules that are OCOP Hub's, not the Decision's: where Decision 26/2026/QĐ-TTg is silent (how the members'
// star marks combine, what one member's knock-out does, when a spread forces a discussion, how a star mark that plainly
// concerns another kind of product is read), the choice is a named council policy with a default. A province sets
// them for its councils (and a council may differ, in its rules of operation, "Quy chế hoạt động của Hội đồng",
// Art. 7.3.b / 7.4.b); results carry the policies they were computed under and scorers see them as
// "quy định của Hội đồng", never as the law. Pure data; the evaluation module stores and presents them.
import type { Bilingual } from './types.ts';

export interface ScoringPolicy {
  /**
   * How the members' answers decide whether a criterion meets its star mark (the Decision ranks by the mean total,
   * Art. 3.3, and says nothing of marks across members): `majority` = more than half of the members reach the marked
   * option (the lower median, never rounding up); `all-members` = every member; `mean-points` = the members' mean
   * points on the criterion reach the marked option's points.
   */
  marksAcrossMembers: 'majority' | 'all-members' | 'mean-points';
  /** Whether one member's ticked knock-out holds for the council (`any-member`) or needs more than half (`majority`). */
  knockoutsAcrossMembers: 'any-member' | 'majority';
  /** Members' totals differing by more than this many points send the dossier back to discussion and rescoring. */
  spreadThreshold: number;
  /**
   * A star mark flagged `mark-out-of-scope` (sets 19–20 §12, 21 §8: a food-safety certificate for a non-food product):
   * `literal` = binds as printed; `not-binding` = its points count, the mark does not bind.
   */
  outOfScopeMarks: 'literal' | 'not-binding';
}

export const DEFAULT_SCORING_POLICY: Readonly<ScoringPolicy> = Object.freeze({
  marksAcrossMembers: 'majority',
  knockoutsAcrossMembers: 'any-member',
  spreadThreshold: 10,
  outOfScopeMarks: 'literal',
});

export type PolicyValue = string | number;

/** How a policy is described to people: its name, what each value means, and whether the law says anything. */
export interface PolicyDescriptor {
  key: string;
  label: Bilingual;
  /** What the Decision says on the point (cited), or that it is silent. */
  law: Bilingual;
  values?: { value: string; label: Bilingual }[];
  /** For numeric policies. */
  range?: { min: number; max: number };
}

export const SCORING_POLICY_DESCRIPTORS: PolicyDescriptor[] = [
  {
    key: 'marksAcrossMembers',
    label: { vi: 'Cách xét dấu sao giữa các thành viên', en: 'How members’ answers meet a star mark' },
    law: {
      vi: 'Quyết định 26/2026 xếp hạng theo tổng điểm trung bình (Điều 3.3) và không quy định cách xét dấu sao khi các thành viên chấm khác nhau.',
      en: 'Decision 26/2026 ranks by the mean total (Art. 3.3) and is silent on how star marks are met when members differ.',
    },
    values: [
      {
        value: 'majority',
        label: {
          vi: 'Quá nửa số thành viên đạt phương án có dấu sao',
          en: 'More than half of the members reach the marked option',
        },
      },
      {
        value: 'all-members',
        label: { vi: 'Mọi thành viên đạt phương án có dấu sao', en: 'Every member reaches the marked option' },
      },
      {
        value: 'mean-points',
        label: {
          vi: 'Điểm trung bình của tiêu chí đạt điểm phương án có dấu sao',
          en: 'The criterion’s mean points reach the marked option’s points',
        },
      },
    ],
  },
  {
    key: 'knockoutsAcrossMembers',
    label: { vi: 'Điều kiện loại / dừng đánh giá do thành viên đánh dấu', en: 'Knock-outs ticked by members' },
    law: {
      vi: 'Phụ lục II nêu điều kiện loại và dừng đánh giá, không quy định khi các thành viên nhận định khác nhau.',
      en: 'Appendix II states the knock-out conditions, not what happens when members disagree on them.',
    },
    values: [
      { value: 'any-member', label: { vi: 'Một thành viên đánh dấu là đủ', en: 'One member’s tick is enough' } },
      {
        value: 'majority',
        label: { vi: 'Cần quá nửa số thành viên đánh dấu', en: 'More than half of the members must tick it' },
      },
    ],
  },
  {
    key: 'spreadThreshold',
    label: {
      vi: 'Ngưỡng chênh lệch tổng điểm giữa các thành viên (điểm)',
      en: 'Spread between members’ totals (points)',
    },
    law: {
      vi: 'Quyết định 26/2026 không quy định ngưỡng chênh lệch; Điều 7.6.d chỉ nói họp trực tiếp khi có nhiều ý kiến khác nhau.',
      en: 'Decision 26/2026 sets no threshold; Art. 7.6.d only says a meeting is held when opinions diverge.',
    },
    range: { min: 0, max: 100 },
  },
  {
    key: 'outOfScopeMarks',
    label: {
      vi: 'Dấu sao không phù hợp loại sản phẩm (bộ 19, 20 mục 12; bộ 21 mục 8)',
      en: 'Star marks foreign to the product (sets 19, 20 §12; set 21 §8)',
    },
    law: {
      vi: 'Phiếu in dấu "***" cho giấy chứng nhận đủ điều kiện an toàn thực phẩm ở sản phẩm không phải thực phẩm; văn bản không nêu điều kiện áp dụng.',
      en: 'The sheets mark a food-safety certificate "***" for non-food products; the text states no condition.',
    },
    values: [
      { value: 'literal', label: { vi: 'Áp dụng đúng câu chữ của phiếu', en: 'Binds as printed' } },
      {
        value: 'not-binding',
        label: { vi: 'Tính điểm, không bắt buộc dấu sao', en: 'Points count, the mark does not bind' },
      },
    ],
  },
];
