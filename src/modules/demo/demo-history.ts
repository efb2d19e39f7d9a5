// The demo's results of 2021–2026 decided before OCOP Hub, typed in by the provincial office through the same command
// as the "Kết quả đánh giá trước đây" page: district 3★ under 148/QĐ-TTg before 6/7/2025, the province under
// 1048/QĐ-TTg and after 1489/QĐ-TTg, 2★ results (no certificate), and one Art. 12.2 transitional upgrade. As of
// DEMO_TODAY (23/11/2026) Gia Khâu's certificate is inside its re-evaluation window (Art. 7.6.a) and Chè xanh's and
// Nếp Tan's have expired (their producers file first evaluations again in the 2026 season).
// Products with a 2026 first-evaluation dossier get only expired certificates or 1★/2★ results here.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { certificateRegister } from '../certificates/index.ts';
import { recordHistoricalResult, type HistoricalResultBody } from '../evaluation/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { NO_JOBS } from '../../platform/command-context.ts';
import { DEMO_TODAY } from './demo-dossiers.ts';

export const DEMO_HISTORY: readonly (Omit<HistoricalResultBody, 'productId'> & { productKey: string })[] = [
  // 1048/2019 (+781/2020): the province certifies 3★ and 4★.
  {
    productKey: 'che-shan',
    kind: 'first',
    filedOn: '2021-03-15',
    decidedOn: '2021-07-28',
    level: 'province',
    points: 63,
    star: 3,
    decisionNumber: '1054/QĐ-UBND',
    certificateNumber: '1054-04/GCN-OCOP-12-2021',
    note: 'Hết hạn 28/07/2024; được công nhận lại 4 sao năm 2024.',
  },
  {
    productKey: 'nep-tan',
    kind: 'first',
    filedOn: '2021-04-05',
    decidedOn: '2021-09-20',
    level: 'province',
    points: 71,
    star: 4,
    decisionNumber: '1320/QĐ-UBND',
    certificateNumber: '1320-07/GCN-OCOP-12-2021',
  },
  {
    productKey: 'hongtra',
    kind: 'first',
    filedOn: '2022-05-10',
    decidedOn: '2022-08-30',
    level: 'district',
    points: 38,
    star: 2,
    decisionNumber: '745/QĐ-UBND',
    note: 'UBND huyện Tân Uyên thông báo kết quả 2 sao.',
  },
  // 148/2023 before 6/7/2025: the district council certifies 3★.
  {
    productKey: 'che-xanh',
    kind: 'first',
    filedOn: '2023-03-20',
    decidedOn: '2023-06-30',
    level: 'district',
    points: 61,
    star: 3,
    decisionNumber: '512/QĐ-UBND',
    certificateNumber: '512-02/GCN-OCOP-TĐ-2023',
    note: 'UBND huyện Tam Đường.',
  },
  {
    productKey: 'tra-sam',
    kind: 'first',
    filedOn: '2023-04-03',
    decidedOn: '2023-08-10',
    level: 'district',
    points: 44,
    star: 2,
    decisionNumber: '612/QĐ-UBND',
    note: 'UBND huyện Mường Tè thông báo kết quả 2 sao.',
  },
  {
    productKey: 'giakhau',
    kind: 'first',
    filedOn: '2023-12-20',
    decidedOn: '2024-04-25',
    level: 'district',
    points: 58,
    star: 3,
    decisionNumber: '356/QĐ-UBND',
    certificateNumber: '356-01/GCN-OCOP-TPLC-2024',
    note: 'UBND thành phố Lai Châu.',
  },
  // 148/2023 as amended by 1489/2025: the commune pre-assesses, the province evaluates.
  {
    productKey: 'matong-bacha',
    kind: 'first',
    filedOn: '2025-08-04',
    decidedOn: '2025-10-15',
    level: 'province',
    points: 47,
    star: 2,
    decisionNumber: null,
  },
  // Art. 12.2.a of 26/2026: filed before 22/5/2026, finished under the earlier rules by 21/7/2026.
  {
    productKey: 'gao',
    kind: 'upgrade',
    filedOn: '2026-05-04',
    decidedOn: '2026-07-08',
    level: 'province',
    points: 71,
    star: 4,
    decisionNumber: '1012/QĐ-UBND',
    certificateNumber: '1012-01/GCN-OCOP-12-2026',
  },
];

export async function loadDemoHistory(
  db: Db,
  office: Actor,
  productIds: Readonly<Record<string, string>>,
): Promise<number> {
  // Recorded as on the demo's today, on the demo's own clock.
  const deps = { certificates: certificateRegister, clock: fixedClock(DEMO_TODAY), jobs: NO_JOBS };
  for (const { productKey, ...r } of DEMO_HISTORY) {
    const productId = productIds[productKey];
    if (!productId) throw new Error(`demo: no product ${productKey}`);
    await recordHistoricalResult(db, office, { ...r, productId }, deps);
  }
  return DEMO_HISTORY.length;
}
