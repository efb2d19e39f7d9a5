// The demo's dossiers: Lai Châu's 2026 evaluation season walked through the real commands, each step by the actor
// the procedure names (the producer files, the commune officer receives and forwards, the provincial office accepts
// and assigns, the advisory team reports, the members score, the chair closes, the office records the chair's
// decision and certifies, the Ministry takes the 5★ proposals), on pinned dates up to DEMO_TODAY — so that a
// provincial officer opening the demo finds a dossier in every state, with deadlines that look like real ones.
import { fixedClock } from '../../platform/clock.ts';
import { NO_JOBS } from '../../platform/command-context.ts';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { certificateRegister } from '../certificates/index.ts';
import {
  createDossier,
  saveForm,
  actOnDossier,
  type ActionBody,
  type EvaluationDeps,
  createRound,
  createCouncil,
  writeAdvisoryReport,
  saveScorecard,
  submitScorecard,
  recordDecision,
  type DossierAction,
} from '../evaluation/index.ts';
import { answersFor } from './demo-answers.ts';
import { demoForm01, demoForm02, demoForm03, type DemoProduct } from './demo-forms.ts';
import { DEMO_PRODUCERS, DEMO_USERS, type DemoProducer } from './lai-chau.ts';

/** The demo's "today": the last acts are dated the days before it. */
export const DEMO_TODAY = '2026-11-23';

/** Who signs each commune's Form 03 (Chủ tịch UBND cấp xã; invented names). */
const COMMUNE_CHAIRS: Record<string, string> = {
  '03390': 'Lò Văn Thanh',
  '03405': 'Sần A Chung',
  '03595': 'Lò Văn Hưng',
  '03408': 'Nguyễn Đức Long',
  '03478': 'Vàng A Sinh',
  '03445': 'Lò Văn Quang',
  '03598': 'Tạ Văn Bằng',
  '03388': 'Phạm Văn Tú',
};

const PROVINCE_SEATS = [
  ['hd.tv1', 'dept_agriculture_environment', 'Sở Nông nghiệp và Môi trường'],
  ['hd.tv2', 'dept_industry_trade', 'Sở Công Thương'],
  ['hd.tv3', 'dept_science_technology', 'Sở Khoa học và Công nghệ'],
  ['hd.tv4', 'dept_health', 'Sở Y tế'],
  ['hd.tv5', 'dept_culture_sports_tourism', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['hd.tv6', 'ocop_office', 'Văn phòng Điều phối nông thôn mới tỉnh Lai Châu'],
  ['hd.tv7', 'agriculture_specialised_unit', 'Chi cục Quản lý chất lượng nông lâm thủy sản'],
] as const;
const CENTRAL_SEATS = [
  ['hdtw.1', 'ministry_industry_trade', 'Bộ Công Thương'],
  ['hdtw.2', 'ministry_health', 'Bộ Y tế'],
  ['hdtw.3', 'ministry_science_technology', 'Bộ Khoa học và Công nghệ'],
  ['hdtw.4', 'ministry_culture_sports_tourism', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['hdtw.5', 'ocop_office', 'Văn phòng Điều phối nông thôn mới Trung ương'],
  ['hdtw.6', 'ministry_specialised_agency', 'Cục Chất lượng, Chế biến và Phát triển thị trường'],
] as const;
const MEMBERS = PROVINCE_SEATS.map(([u]) => u);
const CENTRAL = CENTRAL_SEATS.map(([u]) => u);

/** Each member's card differs a little from the council's level, as real cards do (points around `target`). */
const SPREAD = [0, 2, -1, 1, -2, 3, -1];

export interface DemoDossier {
  key: string;
  product: string;
  id: string;
  expected: string;
}

export async function loadDemoDossiers(
  db: Db,
  actors: ReadonlyMap<string, Actor>,
  productIds: Readonly<Record<string, string>>,
): Promise<DemoDossier[]> {
  const who = (username: string): Actor => {
    const a = actors.get(username);
    if (!a) throw new Error(`demo: no account ${username}`);
    return a;
  };
  const owner = (key: string): { producer: DemoProducer; product: DemoProduct } => {
    for (const producer of DEMO_PRODUCERS) {
      const product = producer.products.find((p) => p.key === key);
      if (product) return { producer, product };
    }
    throw new Error(`demo: no product ${key}`);
  };
  const officerOf = (communeCode: string) => {
    const u = DEMO_USERS.find((x) => x.role === 'commune_officer' && x.unitCode === communeCode);
    if (!u) throw new Error(`demo: no commune officer for ${communeCode}`);
    return who(u.username);
  };
  const office = who('vp.ocop');
  const ministry = who('bo.ocop');
  const chair = who('hd.chutich');
  const advisory = who('ttv.1');
  const ids: Record<string, string> = {};
  const out: DemoDossier[] = [];
  // The demo walks evaluation's commands with the real certificate register, as app.ts wires it, on its own clock
  // moved from day to day (nothing process-wide: the real date is untouched), and queues no e-mail.
  const clock = fixedClock(DEMO_TODAY);
  const DEPS: EvaluationDeps = { certificates: certificateRegister, clock, jobs: NO_JOBS };
  const on = (date: string) => clock.set(date);
  const act = (actor: Actor, key: string, action: DossierAction, body: ActionBody = {}) =>
    actOnDossier(db, actor, ids[key]!, action, body, DEPS);

  /** The producer opens the dossier and fills Forms 01 and 02 (its self-assessment worth about `self` points). */
  const draft = async (key: string, self: number) => {
    const { producer, product } = owner(key);
    const p = who(producer.account!.username);
    const d = await createDossier(db, p, { productId: productIds[key]!, kind: 'first' }, DEPS);
    ids[key] = d.id;
    await saveForm(db, p, d.id, '01', demoForm01(producer, product, 2026), clock);
    await saveForm(db, p, d.id, '02', demoForm02(producer, product, answersFor(product.setNo, self), 2026), clock);
  };
  const file = async (key: string, self: number) => {
    await draft(key, self);
    await act(who(owner(key).producer.account!.username), key, 'submit');
  };
  const officer = (key: string) => officerOf(owner(key).producer.communeCode);
  const receive = (key: string) => act(officer(key), key, 'receive');
  const forward = async (key: string, letterNumber: string) => {
    const { producer, product } = owner(key);
    await saveForm(
      db,
      officer(key),
      ids[key]!,
      '03',
      {
        ...demoForm03(producer, product, COMMUNE_CHAIRS[producer.communeCode] ?? 'Chủ tịch UBND'),
        reportNo: letterNumber.replace('UBND-KT', 'BC-UBND'),
      },
      clock,
    );
    await act(officer(key), key, 'forward', { letterNumber });
  };
  const review = async (key: string, content: string) => {
    await writeAdvisoryReport(db, advisory, ids[key]!, { content, reference: `BC-TTV/${key}`, fieldVisit: true }, DEPS);
    await act(advisory, key, 'submit_advisory_report');
  };
  /** `members` submit cards around `target` points; `draftOnly` members only start theirs. */
  const score = async (
    councilId: string,
    key: string,
    members: readonly string[],
    target: number,
    over: Record<string, number> = {},
  ) => {
    const setNo = owner(key).product.setNo;
    for (const [i, m] of members.entries()) {
      const points = over[m] ?? Math.min(100, target + SPREAD[i % SPREAD.length]!);
      await submitScorecard(db, who(m), councilId, ids[key]!, { answers: answersFor(setNo, points) }, DEPS);
    }
  };
  const done = (key: string, expected: string) =>
    out.push({ key, product: owner(key).product.name, id: ids[key]!, expected });

  // ---- Round 2/2026 of the province (Art. 5.1: filed before 30/10, finished before 30/12) ----
  const roundTrack = [
    'sam',
    'macca',
    'hongtra',
    'miendong',
    'lapsuon',
    'matong',
    'thaoqua',
    'ruou',
    'thocam',
    'trau',
  ] as const;
  const self: Record<(typeof roundTrack)[number], number> = {
    sam: 98,
    macca: 96,
    hongtra: 94,
    miendong: 80,
    lapsuon: 52,
    matong: 82,
    thaoqua: 78,
    ruou: 74,
    thocam: 76,
    trau: 72,
  };
  const filingDays = [
    '2026-09-01',
    '2026-09-01',
    '2026-09-02',
    '2026-09-02',
    '2026-09-03',
    '2026-09-03',
    '2026-09-04',
    '2026-09-04',
    '2026-09-04',
    '2026-09-07',
  ];
  for (const [i, key] of roundTrack.entries()) {
    on(filingDays[i]!);
    await file(key, self[key]);
  }
  on('2026-09-08');
  for (const key of roundTrack) await receive(key);
  on('2026-09-16');
  for (const [i, key] of roundTrack.entries()) await forward(key, `${41 + i}/UBND-KT`);
  on('2026-09-22');
  for (const key of roundTrack) await act(office, key, 'accept');
  on('2026-09-24');
  const round = await createRound(db, office, { level: 'province', year: 2026, number: 2 });
  on('2026-09-25');
  const council = await createCouncil(
    db,
    office,
    {
      roundId: round.id,
      decisionNo: '1245/QĐ-UBND',
      decisionDate: '2026-09-25',
      chair: { userId: chair.id, seat: 'province_leadership', agency: 'UBND tỉnh Lai Châu' },
      members: PROVINCE_SEATS.map(([u, seat, agency]) => ({ userId: who(u).id, seat, agency })),
      advisoryTeam: { leaderId: advisory.id, memberIds: ['ttv.1', 'ttv.2', 'ttv.3'].map((u) => who(u).id) },
    },
    DEPS,
  );
  on('2026-09-28');
  for (const key of roundTrack) await act(office, key, 'assign_round', { roundId: round.id });
  done('trau', 'in_round');
  on('2026-09-29');
  for (const key of roundTrack.filter((k) => k !== 'trau')) await act(office, key, 'start_review');
  done('thocam', 'advisory_review');
  on('2026-10-05');
  for (const key of roundTrack.filter((k) => k !== 'trau' && k !== 'thocam')) {
    await review(
      key,
      'Hồ sơ đầy đủ, minh chứng phù hợp; đã kiểm tra thực tế cơ sở sản xuất. Đề nghị Hội đồng chấm điểm.',
    );
  }
  // The first four go before the council in October.
  on('2026-10-08');
  await score(council.id, 'sam', MEMBERS, 96);
  await score(council.id, 'macca', MEMBERS, 93);
  await score(council.id, 'miendong', MEMBERS, 76);
  await score(council.id, 'lapsuon', MEMBERS, 40);
  on('2026-10-12');
  for (const key of ['sam', 'macca', 'miendong', 'lapsuon']) await act(chair, key, 'close_scoring');
  on('2026-10-15');
  const recognition = await recordDecision(
    db,
    office,
    {
      kind: 'recognition',
      number: '1502/QĐ-UBND',
      date: '2026-10-15',
      signer: 'Chủ tịch UBND tỉnh',
    },
    clock,
  );
  const approval = await recordDecision(
    db,
    office,
    {
      kind: 'approval',
      number: '1503/QĐ-UBND',
      date: '2026-10-15',
      signer: 'Chủ tịch UBND tỉnh',
    },
    clock,
  );
  on('2026-10-16');
  await act(office, 'miendong', 'certify_province', { decisionId: recognition.id });
  done('miendong', 'province_certified');
  await act(office, 'lapsuon', 'issue_result_notice');
  done('lapsuon', 'result_notice');
  for (const key of ['sam', 'macca']) await act(office, key, 'send_to_ministry', { decisionId: approval.id });

  // ---- The Ministry: national round 2/2026 (Art. 5.2) and the central council (Art. 7.4) ----
  on('2026-10-20');
  for (const key of ['sam', 'macca']) await act(ministry, key, 'receive_at_ministry');
  on('2026-10-21');
  const centralRound = await createRound(db, ministry, { level: 'central', year: 2026, number: 2 });
  on('2026-11-02');
  const central = await createCouncil(
    db,
    ministry,
    {
      roundId: centralRound.id,
      decisionNo: '56/QĐ-BNNMT',
      decisionDate: '2026-11-02',
      chair: { userId: who('hdtw.chutich').id, seat: 'ministry_leadership', agency: 'Bộ Nông nghiệp và Môi trường' },
      members: CENTRAL_SEATS.map(([u, seat, agency]) => ({ userId: who(u).id, seat, agency })),
    },
    DEPS,
  );
  on('2026-11-03');
  for (const key of ['sam', 'macca']) await act(ministry, key, 'open_central_council', { roundId: centralRound.id });
  on('2026-11-10');
  await score(central.id, 'sam', CENTRAL, 95);
  await score(central.id, 'macca', CENTRAL.slice(0, 3), 92);
  done('macca', 'ministry_council');

  // ---- The rest of round 2 before the council in November ----
  on('2026-11-16');
  await score(council.id, 'hongtra', MEMBERS, 92);
  await score(council.id, 'matong', MEMBERS, 78);
  on('2026-11-17');
  for (const key of ['hongtra', 'matong']) await act(chair, key, 'close_scoring');
  done('matong', 'council_closed');
  on('2026-11-18');
  await act(ministry, 'sam', 'certify_ministry', {
    decision: { number: '2345/QĐ-BNNMT', date: '2026-11-18', signer: 'Bộ trưởng Bộ Nông nghiệp và Môi trường' },
  });
  done('sam', 'ministry_certified');
  on('2026-11-19');
  const approval2 = await recordDecision(
    db,
    office,
    {
      kind: 'approval',
      number: '1620/QĐ-UBND',
      date: '2026-11-19',
      signer: 'Chủ tịch UBND tỉnh',
    },
    clock,
  );
  // One member scores far below the others: the chair puts the spread to discussion (Art. 7.3.d).
  await score(council.id, 'thaoqua', MEMBERS, 76, { 'hd.tv7': 60 });
  on('2026-11-20');
  await act(office, 'hongtra', 'send_to_ministry', { decisionId: approval2.id });
  done('hongtra', 'sent_to_ministry');
  await act(chair, 'thaoqua', 'flag_divergence');
  done('thaoqua', 'council_rescoring');
  // Four members have scored, a fifth has started; two have not opened the card yet.
  await score(council.id, 'ruou', MEMBERS.slice(0, 4), 71);
  await saveScorecard(db, who(MEMBERS[4]!), council.id, ids.ruou!, {
    answers: { '1.1': answersFor(owner('ruou').product.setNo, 70)['1.1']! },
  });
  done('ruou', 'council_scoring');

  // ---- Filed after the round's cut-off: at the commune and the province, waiting for round 1/2027 ----
  on('2026-10-26');
  await file('che-vang', 75);
  on('2026-10-28');
  await receive('che-vang');
  on('2026-11-02');
  for (const key of ['nep-tan', 'matong-bacha', 'tra-sam']) await file(key, 70);
  on('2026-11-03');
  for (const key of ['nep-tan', 'matong-bacha', 'tra-sam']) await receive(key);
  on('2026-11-05');
  await forward('che-vang', '88/UBND-KT');
  await forward('tra-sam', '12/UBND-KT');
  await file('ruou-taomeo', 68);
  on('2026-11-06');
  await receive('ruou-taomeo');
  on('2026-11-09');
  await file('tinhdau-thaoqua', 70);
  on('2026-11-10');
  await forward('nep-tan', '95/UBND-KT');
  await act(officer('ruou-taomeo'), 'ruou-taomeo', 'return_to_producer', {
    reason:
      'Thiếu phiếu kết quả kiểm nghiệm chỉ tiêu methanol và aldehyde của sản phẩm rượu (còn hiệu lực); đề nghị bổ sung rồi nộp lại.',
  });
  done('ruou-taomeo', 'commune_returned');
  await receive('tinhdau-thaoqua');
  on('2026-11-12');
  await act(office, 'che-vang', 'accept');
  done('che-vang', 'province_accepted');
  await act(who(owner('tinhdau-thaoqua').producer.account!.username), 'tinhdau-thaoqua', 'withdraw', {
    reason: 'Hợp tác xã đang đổi nhãn và bao bì; xin rút hồ sơ, sẽ đăng ký lại ở đợt 1 năm 2027.',
  });
  done('tinhdau-thaoqua', 'withdrawn');
  on('2026-11-13');
  await act(office, 'tra-sam', 'reject', {
    reason:
      'Sản phẩm chưa có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho cơ sở chế biến trà túi lọc (hồ sơ bị loại).',
  });
  done('tra-sam', 'rejected');
  on('2026-11-16');
  await file('tui-thocam', 70);
  on('2026-11-17');
  await act(office, 'nep-tan', 'request_supplement', {
    reason:
      'Bổ sung bản sao Giấy chứng nhận đăng ký nhãn hiệu "Nếp Tan Mường Than" và phiếu kiểm nghiệm chất lượng gạo.',
  });
  done('nep-tan', 'province_incomplete');
  on('2026-11-18');
  await receive('tui-thocam');
  done('tui-thocam', 'commune_received');
  on('2026-11-19');
  await forward('matong-bacha', '102/UBND-KT');
  done('matong-bacha', 'forwarded');
  on('2026-11-20');
  await file('dau-macca', 74);
  done('dau-macca', 'submitted');
  on('2026-11-21');
  await draft('che-xanh', 66);
  done('che-xanh', 'draft');
  return out;
}
