// The knock-out conditions and the applicability sentences of the criteria sheets (Appendix II of Decision
// 26/2026/QĐ-TTg), read from the text the parser has already attached to a sheet: the "Hồ sơ bị loại khi" paragraph
// and the notes written beside criteria. Used by scripts/derive-criteria.ts.
//
// Strict on purpose: a note that speaks of excluding a product or stopping the evaluation ("loại", "không đánh giá",
// "không xem xét") or of whom a criterion binds ("áp dụng", except the product-story condition handled by the parser)
// and that no rule below recognises stops the derivation with its line, so no such sentence can stay a mere note.
import type { Applicability, Bilingual, Criterion, KnockOut, ProductSet } from '../src/modules/criteria/index.ts';

interface KnockOutRule {
  id: string;
  kind: KnockOut['kind'];
  /** Recognises the sheet's words (a paragraph condition or a criterion note). */
  pattern: RegExp;
  /** Where the words stand: in the paragraph above the table, or beside a criterion. */
  where: 'paragraph' | 'criterion';
  statement: Bilingual;
}

// Statements say what holds when the knock-out applies; the scorer ticks the ones that are true of the product.
const RULES: KnockOutRule[] = [
  {
    id: 'forged-dossier',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /^Giả mạo hồ sơ$/i,
    statement: { vi: 'Hồ sơ bị giả mạo', en: 'The dossier is forged' },
  },
  {
    id: 'establishment-certificate',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /giấy chứng nhận cơ sở đủ điều kiện/i,
    statement: {
      vi: 'Không tuân thủ đầy đủ quy định về giấy chứng nhận cơ sở đủ điều kiện',
      en: 'The establishment certificate rules are not fully complied with',
    },
  },
  {
    id: 'production-licence',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /giấy phép sản xuất/i,
    statement: { vi: 'Không có giấy phép sản xuất theo quy định', en: 'No production licence as required' },
  },
  {
    id: 'declaration-dossier',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /công bố chất lượng sản phẩm, ghi nhãn/i,
    statement: {
      vi: 'Hồ sơ công bố chất lượng, ghi nhãn, quảng cáo sản phẩm không đáp ứng quy định',
      en: 'The quality declaration, labelling or advertising dossier does not comply',
    },
  },
  {
    id: 'mandatory-production-conditions',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /điều kiện bắt buộc để sản xuất/i,
    statement: {
      vi: 'Không có đủ điều kiện bắt buộc để sản xuất sản phẩm theo quy định quản lý chuyên ngành',
      en: 'The mandatory production conditions of the sector are not met',
    },
  },
  {
    id: 'product-declaration',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /bản công bố sản phẩm/i,
    statement: { vi: 'Không có bản công bố sản phẩm (hoặc tương đương)', en: 'No product declaration (or equivalent)' },
  },
  {
    id: 'registration-dossier',
    kind: 'exclusion',
    where: 'paragraph',
    pattern: /hồ sơ đăng ký theo quy định/i,
    statement: {
      vi: 'Không đáp ứng về hồ sơ đăng ký theo quy định',
      en: 'The registration dossier does not meet the rules',
    },
  },
  {
    id: 'imported-material',
    kind: 'exclusion',
    where: 'criterion',
    pattern: /Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu/i,
    statement: {
      vi: 'Sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc',
      en: 'All raw material is imported or of unknown origin',
    },
  },
  {
    id: 'identical-product',
    kind: 'exclusion',
    where: 'criterion',
    pattern: /Bị loại nếu phát hiện giống hệt sản phẩm/i,
    statement: {
      vi: 'Giống hệt sản phẩm của nhà sản xuất khác, chỉ thay đổi tên sản phẩm, nhà sản xuất',
      en: 'Identical to another producer’s product, only the product or producer name changed',
    },
  },
  {
    id: 'ip-infringement',
    kind: 'exclusion',
    where: 'criterion',
    pattern: /vi phạm sở hữu trí tuệ, sẽ bị loại/i,
    statement: { vi: 'Sản phẩm vi phạm sở hữu trí tuệ', en: 'The product infringes intellectual property' },
  },
  {
    id: 'foreign-matter',
    kind: 'stop',
    where: 'criterion',
    pattern:
      /tạp chất.*(không đánh giá các bước tiếp theo)|Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất/i,
    statement: {
      vi: 'Có tạp chất không chấp nhận được (có nguy cơ gây mất an toàn thực phẩm)',
      en: 'Unacceptable foreign matter (a food-safety risk)',
    },
  },
  {
    id: 'sensory-zero',
    kind: 'stop',
    where: 'criterion',
    pattern: /Nếu được 0 điểm tại một trong các chỉ tiêu trên/i,
    statement: {
      vi: 'Được 0 điểm tại một trong các chỉ tiêu cảm quan',
      en: 'Zero points on one of the sensory criteria',
    },
  },
  {
    id: 'notification-form',
    kind: 'stop',
    where: 'criterion',
    pattern: /Không đánh giá các bước tiếp theo nếu không có Phiếu công bố/i,
    statement: { vi: 'Không có Phiếu công bố sản phẩm theo quy định', en: 'No product notification form as required' },
  },
  {
    id: 'common-product',
    kind: 'stop',
    where: 'criterion',
    pattern: /Không đánh giá những sản phẩm có tính phổ biến/i,
    statement: {
      vi: 'Sản phẩm phổ biến của nhóm sản phẩm chủ lực cấp quốc gia, cấp tỉnh, không nổi trội về chất lượng và đặc sắc',
      en: 'A common product of a national or provincial key product group, without outstanding quality or distinction',
    },
  },
];

/** Words that, in a note, speak of a knock-out; every such note must match a rule. */
const KNOCK_OUT_WORDS = /\bloại\b|không đánh giá|không xem xét/i;

const APPLICABILITY: { pattern: RegExp; id: string; question: Bilingual }[] = [
  {
    pattern:
      /^Áp dụng bắt buộc đối với các sản phẩm phải công bố chất lượng theo quy định; khuyến khích các sản phẩm còn lại/,
    id: 'quality-declaration-required',
    question: {
      vi: 'Sản phẩm thuộc diện phải công bố chất lượng theo quy định',
      en: 'The product must declare its quality by law',
    },
  },
];
/** Words that, in a note, limit whom a criterion binds. "Chỉ áp dụng khi có câu chuyện" is the parser's appliesWhen. */
const APPLICABILITY_WORDS = /áp dụng bắt buộc đối với|chỉ áp dụng|không áp dụng/i;

export interface ConditionContext {
  /** 1-based line of the "Hồ sơ bị loại khi" paragraph, or 0 when the sheet has none. */
  paragraphLine: number;
  /** 1-based line of the first row at or after `from` that contains `text`. */
  lineOf(text: string, from: number): number;
  fail(line: number, message: string): never;
}

function ruleFor(text: string, where: KnockOutRule['where']): KnockOutRule | undefined {
  return RULES.find((r) => r.where === where && r.pattern.test(text));
}

/** The criteria scored in the same section up to and including `c` ("các chỉ tiêu trên": the ones above the note). */
function criteriaAbove(set: ProductSet, c: Criterion): string[] {
  const section = set.parts.flatMap((p) => p.sections).find((s) => s.criteria.includes(c))!;
  return section.criteria.slice(0, section.criteria.indexOf(c) + 1).map((x) => x.code);
}

/** Every knock-out of a sheet, in line order; moves nothing (the notes stay as printed, for reading the sheet). */
export function deriveKnockouts(set: ProductSet, ctx: ConditionContext): KnockOut[] {
  const out: KnockOut[] = [];
  for (const text of set.disqualification) {
    const rule = ruleFor(text, 'paragraph');
    if (!rule) ctx.fail(ctx.paragraphLine, `"Hồ sơ bị loại khi" condition not recognised: "${text}"`);
    out.push({
      id: rule.id,
      kind: rule.kind,
      criterion: null,
      text,
      line: ctx.paragraphLine,
      statement: rule.statement,
      decidedBy: 'answer',
    });
  }
  for (const c of set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria))) {
    for (const note of c.notes ?? []) {
      if (!KNOCK_OUT_WORDS.test(note)) continue;
      const line = ctx.lineOf(note, c.line);
      const rule = ruleFor(note, 'criterion');
      if (!rule) ctx.fail(line, `note speaks of a knock-out but no rule recognises it: "${note}"`);
      const zero = rule.id === 'sensory-zero';
      out.push({
        id: rule.id,
        kind: rule.kind,
        criterion: c.code,
        text: note,
        line,
        statement: rule.statement,
        decidedBy: zero ? 'zero-points' : 'answer',
        ...(zero ? { criteria: criteriaAbove(set, c) } : {}),
      });
    }
  }
  const ids = out.map((k) => k.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) ctx.fail(set.line, `knock-out "${twice}" found twice in set ${set.setNo}`);
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Moves an applicability sentence out of a criterion's notes into `applicability` (set 21 §7). The parser put the
 * sentence, printed inside the section heading, into the notes of the section's direct criterion.
 */
export function deriveApplicability(c: Criterion, ctx: ConditionContext): Applicability | undefined {
  const notes = c.notes ?? [];
  const i = notes.findIndex((n) => APPLICABILITY_WORDS.test(n) && !/trường hợp sản phẩm có quy chuẩn/.test(n));
  if (i < 0) return undefined;
  const text = notes[i]!;
  const known = APPLICABILITY.find((a) => a.pattern.test(text));
  const line = ctx.lineOf(text, c.line);
  if (!known) ctx.fail(line, `applicability sentence not recognised: "${text}"`);
  notes.splice(i, 1);
  if (!notes.length) delete c.notes;
  return { id: known.id, text, line, question: known.question, otherwise: 'mark-not-binding' };
}
