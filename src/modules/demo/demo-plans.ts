// The programme's plans of the demo, modelled on the seed plans (../shared/seeds/): the province of Lai Châu for 2026,
// and the district of Tam Đường for 2025 (seed 004: "06 sản phẩm tham gia đánh giá", "01 sản phẩm nâng hạng", five
// re-evaluations) — a unit of the 2024 set, counted over the 2025 communes it became. Their progress is computed
// from the demo's certificates and dossiers; nothing is typed in.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { createPlan, type PlanInput } from '../programme/index.ts';

export const DEMO_PLANS: PlanInput[] = [
  {
    unitSet: 2025,
    unitCode: '12',
    year: 2026,
    title: 'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm (OCOP) tỉnh Lai Châu năm 2026',
    docNumber: '125/KH-UBND',
    docDate: '2026-01-20',
    legalBases: [
      'Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình OCOP giai đoạn 2021-2025',
      'Quyết định số 26/2026/QĐ-TTg của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP',
      'Nghị quyết số 63/2023/NQ-HĐND ngày 07/12/2023 của Hội đồng nhân dân tỉnh Lai Châu',
    ],
    targets: [
      { kind: 'products_maintained', star: 3, target: 13, wording: 'Duy trì 13 sản phẩm đạt 3 sao' },
      { kind: 'products_certified', star: 3, mode: 'new', target: 4, wording: 'Phát triển mới 04 sản phẩm 3 sao' },
      { kind: 'products_certified', star: 4, mode: 'upgrade', target: 2, wording: 'Nâng hạng 02 sản phẩm lên 4 sao' },
      { kind: 'dossiers_filed', target: 10, wording: 'Tổ chức đánh giá, phân hạng 10 sản phẩm' },
      { kind: 'communes_with_ocop', target: 8 },
      { kind: 'producers_with_ocop', legalType: 'htx', target: 2, wording: 'Ít nhất 02 hợp tác xã có sản phẩm OCOP' },
      { kind: 'products_surveyed', target: 75, wording: 'Khảo sát, đánh giá 75 sản phẩm tiềm năng' },
      { kind: 'sales_points', target: 2, wording: '02 điểm giới thiệu và bán sản phẩm OCOP' },
    ],
  },
  {
    unitSet: 2024,
    unitCode: '106',
    year: 2025,
    title: 'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm (OCOP) trên địa bàn huyện Tam Đường năm 2025',
    legalBases: [
      'Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ',
      'Quyết định số 148/QĐ-TTg ngày 24/2/2023 của Thủ tướng Chính phủ',
    ],
    targets: [
      { kind: 'dossiers_filed', target: 6, wording: 'Dự kiến năm 2025 có 06 sản phẩm tham gia đánh giá, phân hạng' },
      { kind: 'products_certified', mode: 'upgrade', target: 1, wording: '01 sản phẩm đăng ký, đánh giá nâng hạng' },
      { kind: 'products_certified', mode: 'reevaluation', target: 5, wording: '05 sản phẩm đánh giá lại' },
      { kind: 'products_maintained', target: 10 },
    ],
  },
];

export async function loadDemoPlans(db: Db, office: Actor): Promise<string[]> {
  const ids: string[] = [];
  for (const plan of DEMO_PLANS) ids.push(await createPlan(db, office, plan));
  return ids;
}
