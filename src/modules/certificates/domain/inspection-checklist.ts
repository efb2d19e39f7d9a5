// The checklist of an inspection visit (Art. 9.3), generated, never typed: (a) every criterion of the sheet the
// product was certified on, with the minimum option its star requires (the sheet's star marks, Appendix II); (b) the
// use of the OCOP mark, product information and labels, and advertising. Pure: the sheet is handed in.
import type { Criterion, ProductSet } from '../../criteria/index.ts';

export type ChecklistKind = 'criterion' | 'mark' | 'label' | 'advertising';

export interface ChecklistItem {
  kind: ChecklistKind;
  code: string;
  title: string;
  /** What the product must still show: for a criterion, the option its star requires at least. */
  expected: string | null;
  /** The star mark (3/4/5) that binds this criterion at the certified star, if any. */
  starMark: number | null;
}

/**
 * The option a certificate of `star` must at least keep on a criterion: among the options marked for a star up to the
 * certified one, the one marked for the highest star ("***" is the minimum of 3★, "****" of 4★…). None when the
 * criterion carries no mark that binds this star.
 */
export function requiredOption(criterion: Criterion, star: number): { text: string; minStar: number } | null {
  let best: { text: string; minStar: number } | null = null;
  for (const o of criterion.options) {
    if (o.minStar !== null && o.minStar <= star && (!best || o.minStar > best.minStar)) {
      best = { text: o.text, minStar: o.minStar };
    }
  }
  return best;
}

/** Art. 9.3.b: the mark, information and advertising, checked on every visit. */
export const MARK_ITEMS: readonly ChecklistItem[] = [
  {
    kind: 'mark',
    code: 'mark.use',
    title:
      'Sử dụng nhãn hiệu, logo, tem OCOP đúng quy định: đúng sản phẩm, đúng hạng sao, khi giấy chứng nhận còn hiệu lực (Điều 8.1.d, 9.3.b)',
    expected: null,
    starMark: null,
  },
  {
    kind: 'label',
    code: 'label.info',
    title:
      'Thông tin sản phẩm, nhãn hàng hóa, mã số mã vạch, bao bì đúng quy định (Nghị định 43/2017/NĐ-CP về nhãn hàng hóa)',
    expected: null,
    starMark: null,
  },
  {
    kind: 'advertising',
    code: 'advertising.claims',
    title: 'Quảng bá, giới thiệu sản phẩm OCOP đúng hạng sao được công nhận, không gây nhầm lẫn (Điều 9.3.b)',
    expected: null,
    starMark: null,
  },
];

/** The visit's checklist: the sheet's criteria in sheet order, then the mark items. */
export function buildChecklist(set: ProductSet | undefined, star: number): ChecklistItem[] {
  const criteria: ChecklistItem[] = (set?.parts ?? []).flatMap((part) =>
    part.sections.flatMap((section) =>
      section.criteria.map((c): ChecklistItem => {
        const req = requiredOption(c, star);
        return {
          kind: 'criterion',
          code: c.code,
          title: `${c.code}. ${c.title}`,
          expected: req ? `Tối thiểu: ${req.text} (${'*'.repeat(req.minStar)})` : null,
          starMark: req?.minStar ?? null,
        };
      }),
    ),
  );
  return [...criteria, ...MARK_ITEMS];
}
