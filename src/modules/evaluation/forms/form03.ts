// Mẫu số 03, Appendix III of Decision 26/2026/QĐ-TTg: "Báo cáo đánh giá một số nội dung của hồ sơ đăng ký tham gia
// đánh giá, phân hạng sản phẩm OCOP", issued by the commune within 15 working days of receiving the dossier (Art. 7.2).
// Art. 7.2.a names the four contents the commune assesses: origin of the product and local raw material, local
// labour, origin of the product idea, local identity and wisdom — section II of the form, in that order.
//
// Required vs optional, read from the form:
// - Section I repeats Form 02's producer block: all required (no "(nếu có)" there).
// - Section II: items 1 and 2 ask for both "mô tả của chủ thể" and the commune's "đánh giá … thực tế", so both texts
//   are required; item 3 comments on the origin "(truyền thống, sản phẩm mới)", so the kind and a comment are
//   required; item 4 is one required assessment. Worker counts are optional figures behind item 2.
// - The closing proposal sentence is fixed by the form; the commune's own conclusion before it is optional.
// - The report number and the signer's name are optional: the form prints neither, and the commune signs on paper.
//   Place and date come from the print context.
import { z } from 'zod';
import {
  formIssue,
  legalRepresentative,
  longText,
  LONG,
  optionalText,
  organisationType,
  parseForm,
  text,
  type FormIssue,
  type FormResult,
} from './common.ts';

export const IDEA_ORIGINS = ['traditional', 'new'] as const;
export const IDEA_ORIGIN_LABELS = { traditional: 'Sản phẩm truyền thống', new: 'Sản phẩm mới' } as const;

const described = () => z.strictObject({ producerDescription: longText(), communeAssessment: longText() });

export const form03Schema = z.strictObject({
  /** "ỦY BAN NHÂN DÂN XÃ/PHƯỜNG…": "xã Bình Lư", "phường Tân Phong"; a bare name prints as "xã …". */
  commune: text(100),
  /** "đề nghị Ủy ban nhân dân tỉnh …": "Lai Châu" prints as "tỉnh Lai Châu". */
  province: text(100),
  reportNo: optionalText(60),
  // I. THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM
  producer: z.strictObject({
    name: text(),
    organisationType: organisationType(),
    organisationDetail: optionalText(100),
    address: text(),
    legalRepresentative: legalRepresentative(),
  }),
  productName: text(),
  // II. ĐÁNH GIÁ MỘT SỐ NỘI DUNG CỦA HỒ SƠ SẢN PHẨM
  assessment: z.strictObject({
    localRawMaterial: described(),
    localLabour: described().extend({
      totalWorkers: z.number().int().min(0).optional(),
      localWorkers: z.number().int().min(0).optional(),
    }),
    ideaOrigin: z.strictObject({ origin: z.enum(IDEA_ORIGINS), assessment: longText() }),
    localIdentity: z.strictObject({ assessment: longText() }),
  }),
  conclusion: optionalText(LONG),
  signer: z
    .strictObject({
      /** "CHỦ TỊCH", or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" written on two lines with a newline. */
      position: text(100),
      name: optionalText(),
    })
    .optional(),
});

export type Form03 = z.output<typeof form03Schema>;
export type Form03Input = z.input<typeof form03Schema>;

export const FORM03_LABELS = {
  commune: 'Ủy ban nhân dân xã/phường',
  province: 'Ủy ban nhân dân tỉnh',
  reportNo: 'Số',
  producer: 'I. THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM',
  'producer.name': '1. Tên chủ thể',
  'producer.organisationType': '2. Loại hình tổ chức',
  'producer.organisationDetail': 'Hình thức cụ thể',
  'producer.address': '3. Địa chỉ',
  'producer.legalRepresentative': '4. Tên người đại diện pháp luật',
  'producer.legalRepresentative.name': 'Họ tên',
  'producer.legalRepresentative.sex': 'Giới tính',
  'producer.legalRepresentative.ethnicity': 'Dân tộc',
  'producer.legalRepresentative.permanentAddress': 'Địa chỉ thường trú',
  productName: '5. Sản phẩm đăng ký đánh giá',
  assessment: 'II. ĐÁNH GIÁ MỘT SỐ NỘI DUNG CỦA HỒ SƠ SẢN PHẨM',
  'assessment.localRawMaterial': '1. Về sử dụng nguyên liệu địa phương',
  'assessment.localRawMaterial.producerDescription': 'Mô tả của chủ thể',
  'assessment.localRawMaterial.communeAssessment':
    'Đánh giá về tình hình sử dụng nguyên liệu thực tế của chủ thể trên địa bàn xã',
  'assessment.localLabour': '2. Về sử dụng lao động địa phương',
  'assessment.localLabour.producerDescription': 'Mô tả của chủ thể',
  'assessment.localLabour.communeAssessment':
    'Đánh giá về tình hình sử dụng thực tế về lao động địa phương của chủ thể trên địa bàn xã',
  'assessment.localLabour.totalWorkers': 'Tổng số lao động',
  'assessment.localLabour.localWorkers': 'Số lao động là người trên địa bàn xã',
  'assessment.ideaOrigin': '3. Nguồn gốc ý tưởng sản phẩm',
  'assessment.ideaOrigin.origin': 'Nguồn gốc sản phẩm',
  'assessment.ideaOrigin.assessment': 'Nhận xét dựa trên thực tế của địa phương',
  'assessment.localIdentity': '4. Bản sắc/trí tuệ địa phương',
  'assessment.localIdentity.assessment':
    'Đánh giá các giá trị văn hóa, tri thức bản địa (giống, nguyên liệu, điều kiện sản xuất), kinh nghiệm sản xuất của cộng đồng và phương thức sản xuất đặc trưng của địa phương, tạo nên sự khác biệt của sản phẩm',
  conclusion: 'Kết luận',
  signer: 'Người ký',
  'signer.position': 'Chức vụ',
  'signer.name': 'Họ tên',
} as const;

export const FORM03_TEXT = {
  formNo: 'Mẫu số 03',
  title: 'BÁO CÁO',
  subtitle: 'Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP',
  onBehalf: 'T.M ỦY BAN NHÂN DÂN',
  signerNote: '(Ký tên và đóng dấu)',
} as const;

function crossCheck(f: Form03): FormIssue[] {
  const { totalWorkers, localWorkers } = f.assessment.localLabour;
  if (totalWorkers !== undefined && localWorkers !== undefined && localWorkers > totalWorkers) {
    return [
      formIssue(
        'form03.assessment.localLabour.localWorkers',
        'inconsistent',
        'Số lao động địa phương không thể lớn hơn tổng số lao động',
        'Local workers cannot outnumber all workers',
      ),
    ];
  }
  return [];
}

/** Validates a Form 03; issues name fields from `form03.` and carry Vietnamese and English messages. */
export function validateForm03(input: unknown): FormResult<Form03> {
  const parsed = parseForm(form03Schema, 'form03', input);
  if (!parsed.ok) return parsed;
  const issues = crossCheck(parsed.value);
  return issues.length ? { ok: false, issues } : parsed;
}
