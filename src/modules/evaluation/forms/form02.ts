// Mẫu số 02, Appendix III of Decision 26/2026/QĐ-TTg: "Báo cáo tự đánh giá về sản phẩm", the producer's
// self-assessment report (Art. 6.1). Four parts: I general information, II results of the business plan, III the
// self-scored criteria sheet of the product's set (Appendix II) with its evidence, IV the business plan ahead.
//
// Required vs optional, read from the form:
// - Part I: every line is required except the email (see Form 01) and the registration number, which the form marks
//   "(nếu có)". The √ boxes of item 7 are yes/no: an unticked box is `false` (the default).
//   "Khác (ghi rõ)" under intellectual property is optional text.
// - Part II: the four points under "Lưu ý: trình bày rõ" are required narratives. "Kết quả sản xuất, kinh doanh:
//   doanh thu, lợi nhuận" is a table of at least one year with revenue and profit; output (sản lượng) is optional
//   except for a re-evaluation, where Art. 6.1.c asks for it ("cập nhật … sản lượng, doanh thu").
// - Part III: an answer for every applicable criterion of the sheet, checked by the scoring engine (its issues are
//   reported as they are). Evidence is optional per criterion (the council judges it, Art. 7.3.c); each item names
//   at least one file or carries a note. The changes since recognition are required for an upgrade or a
//   re-evaluation (Art. 6.1.b–c and the form's note under Part III), optional otherwise.
// - Part IV: required.
import { z } from 'zod';
import {
  CATALOGUE_RULE_SETS,
  findCriterion,
  getProductSet,
  evaluate,
  ScoringError,
  type Answer,
  type ScoreInput,
  type ScoreResult,
  type ProductSet,
  type StarBand,
} from '../../criteria/index.ts';
import { getRuleSet } from '../../reference/index.ts';
import { legalTypeAllowsSet } from '../../registry/index.ts';
import type { DossierKind } from '../domain/deadline-transition.ts';
import {
  DEFAULT_RULE_SET,
  formIssue,
  isoDate,
  legalRepresentative,
  longText,
  LONG,
  optionalEmail,
  optionalText,
  organisationType,
  parseForm,
  phone,
  ruleSet,
  text,
  year,
  type FormIssue,
} from './common.ts';

const tick = () => z.boolean().default(false);

const evidenceItem = z.strictObject({
  /** Ids of uploaded files (platform file store). */
  fileIds: z.array(text(200)).max(50).default([]),
  note: optionalText(2000),
});

const yearRow = z.strictObject({
  year: year(),
  output: z.strictObject({ quantity: z.number().min(0), unit: text(30) }).optional(),
  /** Đồng. */
  revenue: z.number().int().min(0),
  /** Đồng; a loss is negative. */
  profit: z.number().int(),
});

export const form02Schema = z.strictObject({
  // Phần I. THÔNG TIN CHUNG
  producer: z.strictObject({
    name: text(),
    organisationType: organisationType(),
    /** The precise form within the legal type, e.g. "Công ty TNHH" for an SME (criterion 3.1 tells them apart). */
    organisationDetail: optionalText(100),
    address: text(),
    phone: phone(),
    email: optionalEmail(),
    legalRepresentative: legalRepresentative(),
    establishedOn: isoDate(),
    registrationNo: optionalText(60),
  }),
  product: z.strictObject({
    name: text(),
    /** "mô tả về quy cách sản phẩm, tiêu chuẩn". */
    description: longText(),
  }),
  compliance: z.strictObject({
    businessRegistration: tick(),
    qualityDeclared: tick(),
    foodSafetyCertificate: tick(),
    productionCertificate: tick(),
    intellectualProperty: z.strictObject({
      registered: tick(),
      trademark: tick(),
      collectiveMarkOrGeographicalIndication: tick(),
      patent: tick(),
      industrialDesign: tick(),
      copyright: tick(),
      other: optionalText(),
    }),
  }),
  history: longText(),
  structure: longText(),
  // Phần II. KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH
  business: z.strictObject({
    rawMaterialAndProduction: longText(),
    qualityChanges: longText(),
    markets: longText(),
    results: z.strictObject({
      years: z.array(yearRow).min(1).max(10),
      remarks: optionalText(LONG),
    }),
  }),
  // Phần III. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP
  selfAssessment: z.strictObject({
    ruleSet: ruleSet(),
    productSetNo: z.number().int().min(1),
    /** Set 26's "Trường hợp"; the engine infers it from the answers when absent and checks it when given. */
    branch: z.custom<number>(() => true).optional(),
    /** The scoring API's convention: option index, true/false for yes/no criteria, null = none met. The engine checks. */
    answers: z.record(
      z.string(),
      z.custom<Answer>(() => true),
    ),
    /** The sheet's knock-out conditions the producer declares true (ids of ProductSet.knockouts); the engine checks. */
    knockouts: z
      .record(
        z.string().max(40),
        z.custom<boolean>(() => true),
      )
      .optional(),
    /** Answers to the sheet's applicability questions (ids of Criterion.applicability); the engine checks. */
    applies: z
      .record(
        z.string().max(40),
        z.custom<boolean>(() => true),
      )
      .optional(),
    evidence: z.record(z.string(), z.array(evidenceItem).max(50)).default({}),
    changesSinceRecognition: optionalText(LONG),
  }),
  // Phần IV. KẾ HOẠCH SẢN XUẤT, KINH DOANH
  plan: longText(),
});

export type Form02 = z.output<typeof form02Schema>;
export type Form02Input = z.input<typeof form02Schema>;
export type Form02Evidence = Form02['selfAssessment']['evidence'];

export const FORM02_LABELS = {
  producer: 'Phần I. THÔNG TIN CHUNG',
  'producer.name': '1. Tên chủ thể',
  'producer.organisationType': '2. Loại hình tổ chức',
  'producer.organisationDetail': 'Hình thức cụ thể',
  'producer.address': '3. Địa chỉ',
  'producer.phone': '4. Điện thoại',
  'producer.email': 'Email',
  'producer.legalRepresentative': '5. Tên người đại diện pháp luật',
  'producer.legalRepresentative.name': 'Họ tên',
  'producer.legalRepresentative.sex': 'Giới tính',
  'producer.legalRepresentative.ethnicity': 'Dân tộc',
  'producer.legalRepresentative.permanentAddress': 'Địa chỉ thường trú',
  'producer.establishedOn': '6. Ngày thành lập/đăng ký kinh doanh',
  'producer.registrationNo': 'Số giấy đăng ký (nếu có)',
  product: '7. Tên sản phẩm/dịch vụ, mô tả về quy cách sản phẩm, tiêu chuẩn',
  'product.name': 'Tên sản phẩm/dịch vụ',
  'product.description': 'Mô tả về quy cách sản phẩm, tiêu chuẩn',
  compliance: 'Đánh dấu (√) vào mục tương ứng',
  'compliance.businessRegistration': 'a) Giấy đăng ký kinh doanh',
  'compliance.qualityDeclared': 'b) Đã công bố chất lượng sản phẩm theo quy định',
  'compliance.foodSafetyCertificate':
    'Giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm theo quy định của pháp luật cho sản xuất sản phẩm',
  'compliance.productionCertificate':
    'Giấy chứng nhận cơ sở đủ điều kiện sản xuất bắt buộc theo quy định cho sản phẩm (đối với các sản phẩm bắt buộc theo quy định)',
  'compliance.intellectualProperty': 'd) Đã có đăng ký sở hữu trí tuệ',
  'compliance.intellectualProperty.registered': 'd) Đã có đăng ký sở hữu trí tuệ',
  'compliance.intellectualProperty.trademark': 'Giấy chứng nhận đăng ký nhãn hiệu',
  'compliance.intellectualProperty.collectiveMarkOrGeographicalIndication':
    'Văn bản ghi nhận quyền sử dụng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận',
  'compliance.intellectualProperty.patent': 'Bằng sáng chế',
  'compliance.intellectualProperty.industrialDesign': 'Bằng độc quyền kiểu dáng công nghiệp',
  'compliance.intellectualProperty.copyright': 'Giấy chứng nhận bản quyền tác giả',
  'compliance.intellectualProperty.other': 'Khác (ghi rõ)',
  history: '8. Lịch sử hình thành của chủ thể (nêu các giai đoạn hình thành và phát triển)',
  structure: '9. Cơ cấu tổ chức của chủ thể',
  business: 'Phần II. KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH',
  'business.rawMaterialAndProduction':
    'Tổ chức vùng nguyên liệu, công nghệ sản xuất, sơ chế, chế biến, đóng gói sản phẩm của chủ thể',
  'business.qualityChanges':
    'Sự thay đổi về chất lượng sản phẩm: chất lượng, tiêu chuẩn chất lượng, bao bì, nhãn mác, hình thức đóng gói',
  'business.markets': 'Thị trường phân phối sản phẩm',
  'business.results': 'Kết quả sản xuất, kinh doanh: doanh thu, lợi nhuận',
  'business.results.years': 'Kết quả theo năm',
  'business.results.years.year': 'Năm',
  'business.results.years.output': 'Sản lượng',
  'business.results.years.output.quantity': 'Sản lượng',
  'business.results.years.output.unit': 'Đơn vị tính',
  'business.results.years.revenue': 'Doanh thu (đồng)',
  'business.results.years.profit': 'Lợi nhuận (đồng)',
  'business.results.remarks': 'Nhận xét, đánh giá',
  selfAssessment: 'Phần III. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP',
  'selfAssessment.ruleSet': 'Bộ tiêu chí áp dụng',
  'selfAssessment.productSetNo': 'Bộ sản phẩm',
  'selfAssessment.branch': 'Trường hợp',
  'selfAssessment.answers': 'Kết quả tự đánh giá theo từng tiêu chí',
  'selfAssessment.knockouts': 'Điều kiện loại hồ sơ, dừng đánh giá của phiếu',
  'selfAssessment.applies': 'Điều kiện áp dụng tiêu chí',
  'selfAssessment.evidence': 'Tài liệu minh chứng',
  'selfAssessment.evidence.fileIds': 'Tệp minh chứng',
  'selfAssessment.evidence.note': 'Mô tả, chứng minh',
  'selfAssessment.changesSinceRecognition':
    'Những nội dung mới, thay đổi và kết quả đạt được so với sản phẩm OCOP đã được công nhận',
  plan: 'Phần IV. KẾ HOẠCH SẢN XUẤT, KINH DOANH',
} as const;

export const FORM02_TEXT = {
  formNo: 'Mẫu số 02',
  title: 'BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM',
  subtitle: '(Dành cho chủ thể có sản phẩm đăng ký)',
  productionConditions: 'c) Đã có các điều kiện sản xuất theo quy định:',
  planNote:
    'Định hướng, kế hoạch của chủ sở hữu trong thời gian tới về phát triển sản phẩm, tổ chức sản xuất, thị trường.',
  starMarkNote: 'Dấu sao (***, ****, *****) là yêu cầu tối thiểu phải đạt theo các cấp độ sao.',
  signer: 'ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ',
  signerNote: '(Ký, họ tên, đóng dấu)',
} as const;

export interface Form02Options {
  /** Star bands (Art. 3.3); default: the bands of the form's rule set. */
  bands?: readonly StarBand[];
  /** The dossier kind from Form 01: an upgrade or a re-evaluation must report its changes (Art. 6.1.b–c). */
  kind?: DossierKind;
}

export type Form02Result = { ok: true; value: Form02; score: ScoreResult } | { ok: false; issues: FormIssue[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Part III as the scoring engine's input (the same for validating, storing the result and printing). */
export function scoreInputOf(
  sa: Pick<Form02['selfAssessment'], 'answers' | 'branch' | 'knockouts' | 'applies'>,
): ScoreInput {
  return {
    answers: sa.answers as Record<string, Answer>,
    ...(sa.branch !== undefined ? { branch: sa.branch } : {}),
    ...(sa.knockouts ? { knockouts: sa.knockouts } : {}),
    ...(sa.applies ? { applies: sa.applies } : {}),
  };
}

/** Part III through the scoring engine, on the raw input so its issues come with the schema's in one answer. */
function scoreSheet(
  input: unknown,
  bands: readonly StarBand[] | undefined,
): { set?: ProductSet; score?: ScoreResult; issues: FormIssue[] } {
  const sa = isRecord(input) && isRecord(input.selfAssessment) ? input.selfAssessment : undefined;
  if (!sa || !Number.isInteger(sa.productSetNo)) return { issues: [] };
  const ruleSetCode = sa.ruleSet ?? DEFAULT_RULE_SET;
  const set = typeof ruleSetCode === 'string' ? getProductSet(ruleSetCode, sa.productSetNo as number) : undefined;
  if (!set) {
    return {
      // An unknown rule set is the schema's issue; report the set number only against a known catalogue.
      issues: (CATALOGUE_RULE_SETS as readonly unknown[]).includes(ruleSetCode)
        ? [
            formIssue(
              'form02.selfAssessment.productSetNo',
              'unknown_product_set',
              `Không có bộ sản phẩm số ${String(sa.productSetNo)} trong Phụ lục I`,
              `No product set ${String(sa.productSetNo)} in Appendix I`,
            ),
          ]
        : [],
    };
  }
  const issues: FormIssue[] = [];
  if (isRecord(sa.evidence)) {
    for (const code of Object.keys(sa.evidence)) {
      if (!findCriterion(set, code)) {
        issues.push(
          formIssue(
            `form02.selfAssessment.evidence.${code}`,
            'unknown_criterion',
            `Không có tiêu chí "${code}" trong phiếu này`,
            `No criterion "${code}" in this sheet`,
          ),
        );
      }
    }
  }
  if (!isRecord(sa.answers)) return { set, issues };
  const useBands = bands ?? getRuleSet(ruleSetCode as string)?.bands ?? [];
  try {
    return { set, score: evaluate(set, scoreInputOf(sa as Form02['selfAssessment']), useBands), issues };
  } catch (err) {
    if (!(err instanceof ScoringError)) throw err;
    // The engine names fields from its own input (answers.1.1, branch); place them in the form.
    return {
      set,
      issues: [...issues, ...err.issues.map((i) => ({ ...i, field: `form02.selfAssessment.${i.field}` }))],
    };
  }
}

function crossCheck(f: Form02, set: ProductSet, kind: DossierKind | undefined): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!legalTypeAllowsSet(f.producer.organisationType, set.setNo)) {
    issues.push(
      formIssue(
        'form02.producer.organisationType',
        'not_allowed_for_set',
        'Hội, hiệp hội, trung tâm điều hành chỉ đăng ký sản phẩm dịch vụ du lịch (Điều 2 khoản 3)',
        'Associations and operating centres register tourism services only (Art. 2.3)',
      ),
    );
  }
  const ip = f.compliance.intellectualProperty;
  if (
    !ip.registered &&
    (ip.trademark ||
      ip.collectiveMarkOrGeographicalIndication ||
      ip.patent ||
      ip.industrialDesign ||
      ip.copyright ||
      ip.other)
  ) {
    issues.push(
      formIssue(
        'form02.compliance.intellectualProperty.registered',
        'inconsistent',
        'Đã đánh dấu một văn bằng sở hữu trí tuệ nên phải đánh dấu mục d)',
        'An intellectual-property title is ticked, so item d) must be ticked too',
      ),
    );
  }
  const seen = new Set<number>();
  f.business.results.years.forEach((row, i) => {
    if (seen.has(row.year)) {
      issues.push(
        formIssue(
          `form02.business.results.years.${i}.year`,
          'duplicate',
          `Năm ${row.year} đã có ở dòng trước`,
          `Year ${row.year} is already listed`,
        ),
      );
    }
    seen.add(row.year);
    if (kind === 'reevaluation' && !row.output) {
      issues.push(
        formIssue(
          `form02.business.results.years.${i}.output`,
          'required',
          'Đánh giá lại phải cập nhật sản lượng (Điều 6 khoản 1 điểm c)',
          'A re-evaluation must report the output (Art. 6.1.c)',
        ),
      );
    }
  });
  for (const [code, items] of Object.entries(f.selfAssessment.evidence)) {
    items.forEach((item, i) => {
      if (item.fileIds.length === 0 && !item.note) {
        issues.push(
          formIssue(
            `form02.selfAssessment.evidence.${code}.${i}`,
            'required',
            'Mỗi minh chứng cần ít nhất một tệp hoặc một mô tả',
            'Each evidence item needs a file or a note',
          ),
        );
      }
    });
  }
  if ((kind === 'upgrade' || kind === 'reevaluation') && !f.selfAssessment.changesSinceRecognition) {
    issues.push(
      formIssue(
        'form02.selfAssessment.changesSinceRecognition',
        'required',
        kind === 'upgrade'
          ? 'Hồ sơ nâng hạng phải nêu rõ những thay đổi so với sản phẩm đã được công nhận (Điều 6 khoản 1 điểm b)'
          : 'Hồ sơ đánh giá lại phải cập nhật những nội dung mới và kết quả sau thời gian được công nhận (Điều 6 khoản 1 điểm c)',
        kind === 'upgrade'
          ? 'An upgrade dossier must set out the changes since recognition (Art. 6.1.b)'
          : 'A re-evaluation dossier must update what changed since recognition (Art. 6.1.c)',
      ),
    );
  }
  return issues;
}

/**
 * Validates a Form 02. Part III goes through the scoring engine (`evaluate`) against the sheet of the form's product
 * set; on success the engine's result comes back as `score`. Cross-field rules run once the fields themselves are valid.
 */
export function validateForm02(input: unknown, options: Form02Options = {}): Form02Result {
  const parsed = parseForm(form02Schema, 'form02', input);
  const sheet = scoreSheet(input, options.bands);
  const issues = [...(parsed.ok ? [] : parsed.issues), ...sheet.issues];
  if (parsed.ok && sheet.set) issues.push(...crossCheck(parsed.value, sheet.set, options.kind));
  if (issues.length || !parsed.ok || !sheet.score) return { ok: false, issues };
  return { ok: true, value: parsed.value, score: sheet.score };
}
