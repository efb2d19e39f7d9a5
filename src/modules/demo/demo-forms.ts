// The demo's Forms 01, 02 and 03 (Appendix III of 26/2026) for one demo product, filled from its producer's
// registry record so the printed forms match the registry.
import type { Form01Input, Form02Input, Form03Input } from '../evaluation/index.ts';
import type { Answers } from './demo-answers.ts';
import { DEMO_COMMUNES, type DemoProducer } from './lai-chau.ts';

export type DemoProduct = DemoProducer['products'][number];

const POSITION: Record<string, string> = {
  htx: 'Giám đốc',
  tht: 'Tổ trưởng',
  dnnvv: 'Giám đốc',
  ho_kinh_doanh: 'Chủ hộ kinh doanh',
};

export function demoForm01(p: DemoProducer, product: DemoProduct, year: number): Form01Input {
  return {
    province: 'Lai Châu',
    year,
    producer: {
      name: p.name,
      representative: p.representative.name,
      position: POSITION[p.legalType] ?? 'Người đại diện',
      address: p.address,
      phone: p.phone ?? '0213 3876 000',
    },
    productName: product.name,
    classification: { productSetNo: product.setNo },
    evaluationKind: 'first',
    attachments: { samples: 5 },
  };
}

export function demoForm02(p: DemoProducer, product: DemoProduct, answers: Answers, year: number): Form02Input {
  return {
    producer: {
      name: p.name,
      organisationType: p.legalType,
      address: p.address,
      phone: p.phone ?? '0213 3876 000',
      legalRepresentative: {
        name: p.representative.name,
        sex: p.representative.sex,
        ethnicity: p.representative.ethnicity,
        permanentAddress: p.address,
      },
      establishedOn: p.registrationDate,
      registrationNo: p.registrationNo,
    },
    product: { name: product.name, description: `${product.description}\nQuy cách: ${product.specification}.` },
    compliance: {
      businessRegistration: true,
      qualityDeclared: true,
      foodSafetyCertificate: true,
      intellectualProperty: { registered: true, trademark: true },
    },
    history: `${p.name} thành lập ngày ${p.registrationDate.split('-').reverse().join('/')}; sản xuất ${product.name.toLowerCase()} từ nguyên liệu của các hộ trên địa bàn.`,
    structure: `Người đại diện: ${p.representative.name} (${POSITION[p.legalType] ?? 'người đại diện'}); bộ phận sản xuất, bộ phận kinh doanh và kế toán.`,
    business: {
      rawMaterialAndProduction:
        'Nguyên liệu thu mua của các hộ thành viên và hộ liên kết trong xã; sơ chế, chế biến và đóng gói tại cơ sở.',
      qualityChanges:
        'Áp dụng tiêu chuẩn cơ sở, kiểm nghiệm định kỳ 6 tháng; bao bì mới có nhãn đầy đủ và mã QR truy xuất nguồn gốc.',
      markets: 'Cửa hàng giới thiệu sản phẩm OCOP tỉnh Lai Châu, các tỉnh miền Bắc và sàn thương mại điện tử.',
      results: {
        years: [
          { year: year - 2, revenue: 820_000_000, profit: 95_000_000 },
          { year: year - 1, revenue: 1_060_000_000, profit: 128_000_000 },
        ],
      },
    },
    selfAssessment: { productSetNo: product.setNo, answers, evidence: {} },
    plan: 'Mở rộng vùng nguyên liệu, hoàn thiện truy xuất nguồn gốc và đưa sản phẩm vào hệ thống siêu thị trong 2 năm tới.',
  };
}

export function demoForm03(p: DemoProducer, product: DemoProduct, signer: string): Form03Input {
  return {
    commune: DEMO_COMMUNES[p.communeCode] ?? p.communeCode,
    province: 'Lai Châu',
    producer: {
      name: p.name,
      organisationType: p.legalType,
      address: p.address,
      legalRepresentative: {
        name: p.representative.name,
        sex: p.representative.sex,
        ethnicity: p.representative.ethnicity,
        permanentAddress: p.address,
      },
    },
    productName: product.name,
    assessment: {
      localRawMaterial: {
        producerDescription: 'Trên 80% nguyên liệu do các hộ trong xã cung cấp.',
        communeAssessment: 'Đã kiểm tra thực tế vùng nguyên liệu và sổ thu mua: đúng như mô tả.',
      },
      localLabour: {
        producerDescription: '20 lao động, trong đó 18 người thường trú tại xã.',
        communeAssessment: 'Đối chiếu danh sách lao động: 90% là người trên địa bàn xã.',
        totalWorkers: 20,
        localWorkers: 18,
      },
      ideaOrigin: {
        origin: 'traditional',
        assessment: `${product.name} gắn với kinh nghiệm sản xuất lâu đời của đồng bào trên địa bàn.`,
      },
      localIdentity: {
        assessment: 'Nguyên liệu bản địa và cách làm truyền thống tạo hương vị, kiểu dáng đặc trưng của địa phương.',
      },
    },
    conclusion: 'Hồ sơ đầy đủ thành phần theo khoản 1 Điều 6; các nội dung đánh giá đúng thực tế.',
    signer: { position: 'CHỦ TỊCH', name: signer },
  };
}
