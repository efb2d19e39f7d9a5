// Test-only: one filled dossier (Forms 01–03) of a fresh-vegetable producer in Lai Châu, product set 1. Names carry
// the letters a Vietnamese font must have (Đ ơ ư ạ ặ ẫ ỹ). Each factory returns a fresh copy to modify in a test.
import type { z } from 'zod';
import type { Form01Input } from './form01.ts';
import type { Form02Input } from './form02.ts';
import type { Form03Input } from './form03.ts';

export const SAMPLE_TEXT = 'Đặng Thị Mỹ Hạnh – ơ ư ạ ặ ẫ ỹ';

export const form01 = (): Form01Input => ({
  province: 'Lai Châu',
  year: 2026,
  producer: {
    name: 'Hợp tác xã Nông sản sạch Nậm Đích',
    representative: 'Đặng Thị Mỹ Hạnh',
    position: 'Giám đốc',
    address: 'Bản Nậm Đích, xã Sìn Hồ, tỉnh Lai Châu',
    phone: '0912 345 678',
    email: 'htxnamdich@example.vn',
  },
  productName: 'Rau cải mèo Sìn Hồ',
  classification: { productSetNo: 1 },
  evaluationKind: 'first',
  attachments: { samples: 5 },
  communeReceipt: { number: '01-2026/PĐK-12-03214-2026', receivedOn: '2026-06-02', receiverName: 'Lường Văn Dũng' },
});

/**
 * Set 1 answers worth 72 points (A 32, B 16, C 24), band 4★; two "****" marks are missed — 3.4 (1 of the 2 points
 * it needs) and 5.1 (3 of 5) — so the star is 3★. Worked out by hand from Appendix II, set 1.
 */
export const SET1_ANSWERS = {
  '1.1': 2,
  '1.2': 1,
  '1.3': 1,
  '1.4': 1,
  '1.5': 2,
  '1.6': 1,
  '1.7': 1,
  '2.1': 2,
  '2.2': 2,
  '2.3': 2,
  '2.4': true,
  '3.1': 2,
  '3.2': 1,
  '3.3': 2,
  '3.4': 0,
  '3.5': 1,
  '4.1': 2,
  '4.2': 2,
  '4.3': 3,
  '5.1': 3,
  '5.2': 2,
  '5.3': 2,
  '6.1': 2,
  '6.2': 3,
  '6.3': 3,
  '6.4': 2,
  '7': 1,
  '8': 2,
  '9': 1,
  '10': 1,
  '11': 1,
  '12': 0,
} as const;

export const form02 = (): Form02Input => ({
  producer: {
    name: 'Hợp tác xã Nông sản sạch Nậm Đích',
    organisationType: 'htx',
    address: 'Bản Nậm Đích, xã Sìn Hồ, tỉnh Lai Châu',
    phone: '0912 345 678',
    email: 'htxnamdich@example.vn',
    legalRepresentative: {
      name: 'Đặng Thị Mỹ Hạnh',
      sex: 'nu',
      ethnicity: 'Thái',
      permanentAddress: 'Bản Nậm Đích, xã Sìn Hồ, tỉnh Lai Châu',
    },
    establishedOn: '2018-03-15',
    registrationNo: '12.07.G.000123',
  },
  product: {
    name: 'Rau cải mèo Sìn Hồ',
    description:
      'Cải mèo tươi trồng trên nương cao 1.500 m, đóng túi 500 g, có tem truy xuất nguồn gốc.\nTiêu chuẩn cơ sở TCCS 01:2025/HTXNĐ.',
  },
  compliance: {
    businessRegistration: true,
    qualityDeclared: true,
    foodSafetyCertificate: true,
    intellectualProperty: { registered: true, trademark: true },
  },
  history:
    'Thành lập năm 2018 từ tổ hợp tác trồng rau của 12 hộ; năm 2021 mở rộng vùng trồng lên 15 ha, đạt chứng nhận VietGAP năm 2023.',
  structure: 'Hội đồng quản trị 3 người; Giám đốc; bộ phận sản xuất, bộ phận kinh doanh và kế toán. 35 thành viên.',
  business: {
    rawMaterialAndProduction:
      'Vùng trồng 15 ha của 35 hộ thành viên tại xã; sơ chế, rửa bằng máy và đóng gói tại nhà sơ chế của hợp tác xã.',
    qualityChanges:
      'Chuyển từ bó rau sang túi 500 g có nhãn song ngữ và mã QR; áp dụng TCCS, kiểm nghiệm định kỳ 6 tháng.',
    markets: 'Siêu thị và cửa hàng nông sản ở Lai Châu, Hà Nội; sàn thương mại điện tử.',
    results: {
      years: [
        { year: 2024, output: { quantity: 120, unit: 'tấn' }, revenue: 1_850_000_000, profit: 210_000_000 },
        { year: 2025, output: { quantity: 150, unit: 'tấn' }, revenue: 2_400_000_000, profit: 195_000_000 },
      ],
      remarks: 'Doanh thu tăng 30%; lợi nhuận giảm nhẹ do đầu tư máy rửa rau.',
    },
  },
  selfAssessment: {
    productSetNo: 1,
    answers: { ...SET1_ANSWERS },
    evidence: {
      '1.2': [{ fileIds: ['f-vietgap-2023'], note: 'Giấy chứng nhận VietGAP số 123/2023' }],
      '3.3': [{ fileIds: ['f-labour-list'] }],
    },
  },
  plan: 'Mở rộng vùng trồng lên 25 ha, đạt chứng nhận hữu cơ năm 2027; ký hợp đồng tiêu thụ ổn định trên 75% sản lượng.',
});

export const form03 = (): Form03Input => ({
  commune: 'Sìn Hồ',
  province: 'Lai Châu',
  producer: {
    name: 'Hợp tác xã Nông sản sạch Nậm Đích',
    organisationType: 'htx',
    address: 'Bản Nậm Đích, xã Sìn Hồ, tỉnh Lai Châu',
    legalRepresentative: {
      name: 'Đặng Thị Mỹ Hạnh',
      sex: 'nu',
      ethnicity: 'Thái',
      permanentAddress: 'Bản Nậm Đích, xã Sìn Hồ, tỉnh Lai Châu',
    },
  },
  productName: 'Rau cải mèo Sìn Hồ',
  assessment: {
    localRawMaterial: {
      producerDescription: '100% cải mèo do 35 hộ thành viên trồng tại xã.',
      communeAssessment: 'Đã kiểm tra thực tế vùng trồng 15 ha tại bản Nậm Đích và bản Hồng Ngài: đúng như mô tả.',
    },
    localLabour: {
      producerDescription: '40 lao động, trong đó 36 người thường trú tại xã.',
      communeAssessment: 'Đối chiếu danh sách lao động đóng bảo hiểm: 90% là người trên địa bàn xã.',
      totalWorkers: 40,
      localWorkers: 36,
    },
    ideaOrigin: {
      origin: 'traditional',
      assessment: 'Cải mèo là giống rau bản địa được đồng bào Mông, Thái trồng lâu đời trên nương.',
    },
    localIdentity: {
      assessment:
        'Giống cải địa phương, kinh nghiệm canh tác trên nương cao của cộng đồng tạo vị đắng nhẹ, giòn đặc trưng.',
    },
  },
  conclusion: 'Hồ sơ đầy đủ thành phần theo Điều 6 khoản 1; các nội dung đánh giá đúng thực tế.',
  signer: { position: 'CHỦ TỊCH', name: 'Vàng A Dũng' },
});

/**
 * Every field path of a schema in declaration order, objects before their fields, array items without an index
 * ("business.results.years.revenue"), record entries without a key ("selfAssessment.evidence.note"). For the labels.
 */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { def: { type: string; [k: string]: unknown } }).def;
  switch (def.type) {
    case 'optional':
    case 'default':
      return schemaPaths(def.innerType as z.ZodType, prefix);
    case 'pipe':
      return schemaPaths(def.out as z.ZodType, prefix);
    case 'array':
      return schemaPaths(def.element as z.ZodType, prefix);
    case 'record':
      return schemaPaths(def.valueType as z.ZodType, prefix);
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const own = prefix ? [prefix] : [];
      return [...own, ...Object.entries(shape).flatMap(([k, v]) => schemaPaths(v, prefix ? `${prefix}.${k}` : k))];
    }
    default:
      return [prefix];
  }
}
