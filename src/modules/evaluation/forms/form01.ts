// Mẫu số 01, Appendix III of Decision 26/2026/QĐ-TTg: "Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP", the
// producer's registration (Art. 6.1: part of every dossier — first evaluation, upgrade, re-evaluation).
//
// Required vs optional, read from the form: every line of parts 1–5 is required except the email (a household
// producer, Art. 2.3, may have none; the commune reaches the producer by phone and address). The sample quantity is
// required and at least 5 except for the tourism set (Art. 6.2.d: "05 sản phẩm mẫu … trừ nhóm sản phẩm Dịch vụ du lịch
// cộng đồng, du lịch sinh thái và điểm du lịch"). The "Phần dành cho cơ quan quản lý" is filled by the commune and the
// provincial office on receipt, so it is optional throughout. Place and date of signing come from the print context.
import { z } from 'zod';
import { getProductSet } from '../../criteria/index.ts';
import { TOURISM_SET_NO } from '../../registry/index.ts';
import { DOSSIER_KINDS, type DossierKind } from '../domain/deadline-transition.ts';
import {
  formIssue,
  optionalEmail,
  optionalIsoDate,
  optionalText,
  parseForm,
  phone,
  ruleSet,
  text,
  year,
  type FormIssue,
  type FormResult,
} from './common.ts';

/** Art. 6.1 a–c, in the order item 4 of the form prints its boxes. */
export { DOSSIER_KINDS };
export const DOSSIER_KIND_LABELS: Record<DossierKind, string> = {
  first: 'Lần đầu',
  upgrade: 'Nâng hạng',
  reevaluation: 'Đánh giá lại',
};

/** Art. 6.2.d: samples sent with the dossier, except for the tourism group. */
export const MIN_SAMPLES = 5;

const receipt = () =>
  z.strictObject({
    /** "Phiếu số: ……-……. /PĐK-(Mã tỉnh)-(Mã xã)-(Năm)", as the receiving office numbers it. */
    number: optionalText(60),
    receivedOn: optionalIsoDate(),
    receiverName: optionalText(),
  });

export const form01Schema = z.strictObject({
  /** "của tỉnh ……": the province's name; "Lai Châu" prints as "tỉnh Lai Châu", "thành phố Huế" as is. */
  province: text(100),
  year: year(),
  producer: z.strictObject({
    name: text(),
    representative: text(),
    position: text(100),
    address: text(),
    phone: phone(),
    email: optionalEmail(),
  }),
  productName: text(),
  /** Item 3 (Ngành, Nhóm, Phân nhóm of Appendix I) is fixed by the product set; the rule set names the catalogue. */
  classification: z.strictObject({
    ruleSet: ruleSet(),
    productSetNo: z.number().int().min(1),
  }),
  evaluationKind: z.enum(DOSSIER_KINDS),
  attachments: z.strictObject({
    samples: z.number().int().min(0).max(1000).optional(),
  }),
  communeReceipt: receipt().optional(),
  provinceReceipt: receipt().optional(),
});

export type Form01 = z.output<typeof form01Schema>;
export type Form01Input = z.input<typeof form01Schema>;

/** The form's words for each field, in print order (objects are the numbered headings). */
export const FORM01_LABELS = {
  province: 'Tỉnh',
  year: 'Năm',
  producer: '1. Thông tin về đơn vị đăng ký',
  'producer.name': 'Tên đơn vị',
  'producer.representative': 'Họ tên người đại diện pháp lý',
  'producer.position': 'Chức vụ',
  'producer.address': 'Địa chỉ liên hệ',
  'producer.phone': 'Điện thoại',
  'producer.email': 'Email',
  productName: '2. Tên sản phẩm',
  classification: '3. Nhóm sản phẩm đăng ký (Ngành, Nhóm, Phân nhóm)',
  'classification.ruleSet': 'Bộ tiêu chí áp dụng',
  'classification.productSetNo': 'Bộ sản phẩm',
  evaluationKind: '4. Lần đăng ký đánh giá',
  attachments: '5. Tài liệu kèm theo',
  'attachments.samples': 'Sản phẩm mẫu (số lượng)',
  communeReceipt: 'DÀNH CHO ỦY BAN NHÂN DÂN CẤP XÃ',
  'communeReceipt.number': 'Phiếu số',
  'communeReceipt.receivedOn': 'Ngày nhận',
  'communeReceipt.receiverName': 'Người tiếp nhận',
  provinceReceipt: 'DÀNH CHO CƠ QUAN QUẢN LÝ OCOP CẤP TỈNH',
  'provinceReceipt.number': 'Phiếu số',
  'provinceReceipt.receivedOn': 'Ngày nhận',
  'provinceReceipt.receiverName': 'Người tiếp nhận',
} as const;

/** The form's fixed wording. */
export const FORM01_TEXT = {
  formNo: 'Mẫu số 01',
  title: 'PHIẾU ĐĂNG KÝ',
  subtitle: 'Tham gia đánh giá, phân hạng sản phẩm OCOP',
  reportAttachment: 'Báo cáo đánh giá về sản phẩm theo Bộ tiêu chí (bản gốc, bản điện tử).',
  samplesNotApplicable: 'không áp dụng đối với dịch vụ du lịch (Điều 6 khoản 2 điểm d)',
  commitment:
    'Cam đoan những thông tin trong Phiếu đăng ký là đúng sự thật, chúng tôi xin cam kết tuân thủ các quy định về đánh giá, ' +
    'phân hạng sản phẩm OCOP, chịu trách nhiệm trước Hội đồng và pháp luật về Hồ sơ đăng ký đánh giá, phân hạng sản phẩm.',
  signer: 'ĐẠI DIỆN',
  signerNote: '(Ký, đóng dấu, ghi rõ họ tên)',
  footnote: 'Theo Phụ lục I về Danh mục phân loại sản phẩm tham gia đánh giá, phân hạng sản phẩm OCOP.',
  officialPart: 'PHẦN DÀNH CHO CƠ QUAN QUẢN LÝ',
  ticketPattern: '……-……. /PĐK-(Mã tỉnh)-(Mã xã)-(Năm)',
  signature: 'Chữ ký',
  receivingOffice: 'Cơ quan tiếp nhận',
  receivingOfficeNote: '(Ký, đóng dấu và ghi rõ họ tên)',
} as const;

function crossCheck(f: Form01): FormIssue[] {
  const issues: FormIssue[] = [];
  const set = getProductSet(f.classification.ruleSet, f.classification.productSetNo);
  if (!set) {
    issues.push(
      formIssue(
        'form01.classification.productSetNo',
        'unknown_product_set',
        `Không có bộ sản phẩm số ${f.classification.productSetNo} trong Phụ lục I`,
        `No product set ${f.classification.productSetNo} in Appendix I`,
      ),
    );
  } else if (set.setNo !== TOURISM_SET_NO && (f.attachments.samples ?? 0) < MIN_SAMPLES) {
    issues.push(
      formIssue(
        'form01.attachments.samples',
        'samples_required',
        `Cần gửi kèm ${MIN_SAMPLES} sản phẩm mẫu (Điều 6 khoản 2 điểm d)`,
        `${MIN_SAMPLES} product samples must accompany the dossier (Art. 6.2.d)`,
      ),
    );
  }
  const communeOn = f.communeReceipt?.receivedOn;
  const provinceOn = f.provinceReceipt?.receivedOn;
  if (communeOn && provinceOn && provinceOn < communeOn) {
    // Art. 7.2.b: the commune forwards the dossier to the province, so the province cannot receive it first.
    issues.push(
      formIssue(
        'form01.provinceReceipt.receivedOn',
        'before_commune_receipt',
        'Ngày cấp tỉnh nhận không thể trước ngày cấp xã nhận',
        'The province cannot receive the form before the commune',
      ),
    );
  }
  return issues;
}

/** Validates a Form 01; issues name fields from `form01.` and carry Vietnamese and English messages. */
export function validateForm01(input: unknown): FormResult<Form01> {
  const parsed = parseForm(form01Schema, 'form01', input);
  if (!parsed.ok) return parsed;
  const issues = crossCheck(parsed.value);
  return issues.length ? { ok: false, issues } : parsed;
}
