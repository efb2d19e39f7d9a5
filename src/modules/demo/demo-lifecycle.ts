// The demo's certificates after the decision (Art. 4.3, 7.6, 8, 12): five more products of demo producers, each with a
// past result recorded as the office would (Decision 148/QĐ-TTg, before and after 1489/QĐ-TTg), then walked through
// the real commands so that around DEMO_TODAY the register holds a certificate in every lifecycle status — beside the
// earlier demo's valid (2026 season), in-window (Gia Khâu), expired (miến dong 2020, chè xanh) and superseded (gạo
// 2024) ones: being re-evaluated (a filing inside the window), extended (a late re-evaluation under Art. 12.3),
// revoked (the province chair's decision, Art. 8), and one with an open revocation proposal (Art. 8.3).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import { fixedClock } from '../../platform/clock.ts';
import { NO_JOBS } from '../../platform/command-context.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  certificateRegister,
  proposeRevocation,
  revokeCertificate,
  runCertificateDaily,
} from '../certificates/index.ts';
import {
  actOnDossier,
  createDossier,
  recordHistoricalResult,
  saveForm,
  type EvaluationDeps,
  type HistoricalResultBody,
} from '../evaluation/index.ts';
import { createProduct } from '../registry/index.ts';
import { answersFor } from './demo-answers.ts';
import { DEMO_TODAY } from './demo-dossiers.ts';
import { demoForm01, demoForm02 } from './demo-forms.ts';
import { DEMO_PRODUCERS } from './lai-chau.ts';

type Past = Omit<HistoricalResultBody, 'productId' | 'kind'>;

/** The products and their past results; `fate` is what happens after. */
export const LIFECYCLE_PRODUCTS: readonly {
  key: string;
  producer: string;
  name: string;
  setNo: number;
  past: Past;
  fate: 'window' | 'reevaluation' | 'late_reevaluation' | 'revoked' | 'proposal';
}[] = [
  {
    // 10/5/2024 + 36 months = 10/5/2027: the Art. 7.6.a window runs 11/11/2026 – 10/1/2027.
    key: 'tra-shan-tui-loc',
    producer: 'taleng',
    name: 'Trà Shan tuyết túi lọc Tả Lèng',
    setNo: 11,
    past: {
      filedOn: '2024-01-15',
      decidedOn: '2024-05-10',
      level: 'district',
      points: 60,
      star: 3,
      decisionNumber: '402/QĐ-UBND',
      certificateNumber: '402-03/GCN-OCOP-TĐ-2024',
      note: 'UBND huyện Tam Đường.',
    },
    fate: 'window',
  },
  {
    // 5/5/2027 expiry: window 6/11/2026 – 5/1/2027; the producer files its re-evaluation on 20/11/2026.
    key: 'che-banh',
    producer: 'taleng',
    name: 'Chè Shan tuyết bánh ép Tả Lèng',
    setNo: 11,
    past: {
      filedOn: '2024-01-10',
      decidedOn: '2024-05-05',
      level: 'district',
      points: 64,
      star: 3,
      decisionNumber: '398/QĐ-UBND',
      certificateNumber: '398-02/GCN-OCOP-TĐ-2024',
      note: 'UBND huyện Tam Đường.',
    },
    fate: 'reevaluation',
  },
  {
    // 10/11/2026 expiry, window 14/5 – 13/7/2026 opened before 22/5/2026 (Art. 12.3's transition); filed late on
    // 15/9/2026: in force until the result, at most until 9/5/2027.
    key: 'mat-ong-hoa-ban',
    producer: 'beefoods',
    name: 'Mật ong hoa ban Sìn Hồ',
    setNo: 4,
    past: {
      filedOn: '2023-07-10',
      decidedOn: '2023-11-10',
      level: 'district',
      points: 62,
      star: 3,
      decisionNumber: '1120/QĐ-UBND',
      certificateNumber: '1120-04/GCN-OCOP-SH-2023',
      note: 'UBND huyện Sìn Hồ.',
    },
    fate: 'late_reevaluation',
  },
  {
    key: 'ruou-ngo',
    producer: 'ruou',
    name: 'Rượu ngô men lá Sìn Hồ',
    setNo: 14,
    past: {
      filedOn: '2025-08-10',
      decidedOn: '2025-10-20',
      level: 'province',
      points: 72,
      star: 4,
      decisionNumber: '1530/QĐ-UBND',
      certificateNumber: '1530-05/GCN-OCOP-12-2025',
    },
    fate: 'revoked',
  },
  {
    key: 'thit-gac-bep',
    producer: 'trau',
    name: 'Thịt lợn gác bếp Than Uyên',
    setNo: 8,
    past: {
      filedOn: '2025-07-20',
      decidedOn: '2025-09-25',
      level: 'province',
      points: 64,
      star: 3,
      decisionNumber: '1402/QĐ-UBND',
      certificateNumber: '1402-03/GCN-OCOP-12-2025',
    },
    fate: 'proposal',
  },
];

export async function loadDemoLifecycle(db: Db, actors: ReadonlyMap<string, Actor>): Promise<void> {
  const who = (username: string): Actor => {
    const a = actors.get(username);
    if (!a) throw new Error(`demo: no account ${username}`);
    return a;
  };
  const office = who('vp.ocop');
  // The demo's own clock, handed to evaluation's commands (DEPS) and, as the day, to the certificates' commands.
  const clock = fixedClock(DEMO_TODAY);
  const DEPS: EvaluationDeps = { certificates: certificateRegister, clock, jobs: NO_JOBS };
  for (const p of LIFECYCLE_PRODUCTS) {
    const producer = DEMO_PRODUCERS.find((x) => x.key === p.producer)!;
    const producerId = await producerIdOf(db, producer.registrationNo);
    const product = await createProduct(db, office, {
      producerId,
      name: p.name,
      setNo: p.setNo,
      description: p.name,
      specification: 'Theo hồ sơ đã công nhận',
    });
    const result = await recordHistoricalResult(db, office, { ...p.past, kind: 'first', productId: product.id }, DEPS);
    const certificateId = result.certificateId!;
    const owner = who(producer.account!.username);
    const demoProduct = { key: p.key, name: p.name, setNo: p.setNo, description: p.name, specification: '' };
    const fileReevaluation = async (on: string) => {
      clock.set(on);
      const d = await createDossier(db, owner, { productId: product.id, kind: 'reevaluation' }, DEPS);
      await saveForm(
        db,
        owner,
        d.id,
        '01',
        {
          ...demoForm01(producer, demoProduct, 2026),
          evaluationKind: 'reevaluation',
        },
        clock,
      );
      // Art. 6.1.c: a re-evaluation reports the output of each year and what changed since recognition.
      const f02 = demoForm02(producer, demoProduct, answersFor(p.setNo, 66), 2026);
      f02.business.results.years = f02.business.results.years.map((y, i) => ({
        ...y,
        output: { quantity: 1200 + 300 * i, unit: 'kg' },
      }));
      f02.selfAssessment.changesSinceRecognition =
        'Cập nhật công bố chất lượng, phiếu kiểm nghiệm định kỳ năm 2026 và giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm còn hạn.';
      await saveForm(db, owner, d.id, '02', f02, clock);
      await actOnDossier(db, owner, d.id, 'submit', {}, DEPS);
    };
    if (p.fate === 'reevaluation') await fileReevaluation('2026-11-20');
    if (p.fate === 'late_reevaluation') await fileReevaluation('2026-09-15');
    if (p.fate === 'revoked') {
      clock.set(DEMO_TODAY);
      // An inspection found the label misstated the alcohol content; the province chair revoked within 15 days.
      await db.transaction((tx) =>
        proposeRevocation(tx, office, {
          certificateId,
          source: 'authority_conclusion',
          ground: 'law_violation',
          summary: 'Nhãn ghi độ cồn 29% nhưng kết quả kiểm nghiệm 35%; vi phạm quy định về ghi nhãn hàng hóa.',
          basis: { trigger: 'authority_conclusion', date: '2026-11-05', reference: '87/KL-QLTT' },
        }),
      );
      await revokeCertificate(
        db,
        office,
        certificateId,
        {
          ground: 'law_violation',
          basis: { trigger: 'authority_conclusion', date: '2026-11-05', reference: 'Kết luận số 87/KL-QLTT' },
          decision: { number: '2210/QĐ-UBND', date: '2026-11-12' },
        },
        DEMO_TODAY,
        NO_JOBS,
      );
    }
    if (p.fate === 'proposal') {
      await db.transaction((tx) =>
        proposeRevocation(tx, office, {
          certificateId,
          source: 'authority_conclusion',
          ground: 'criteria_not_met',
          summary:
            'Kiểm tra sau công nhận: phiếu kiểm nghiệm định kỳ năm 2026 không đạt chỉ tiêu vi sinh; cơ sở chưa khắc phục.',
          basis: { trigger: 'authority_conclusion', date: '2026-11-20', reference: '45/KL-CCQLCL' },
        }),
      );
    }
  }
  // The daily job of the demo's day: the notices of the windows open on 23/11/2026, each once.
  await runCertificateDaily(db, DEMO_TODAY, NO_JOBS);
}

async function producerIdOf(db: Db, registrationNo: string): Promise<string> {
  const { rows } = await db.execute<{ id: string }>(
    // The demo's own producers, found by the registration number it gave them.
    sql`select id from producers where registration_no = ${registrationNo}`,
  );
  if (!rows[0]) throw new Error(`demo: no producer ${registrationNo}`);
  return rows[0].id;
}
