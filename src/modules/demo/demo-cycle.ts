// The OCOP cycle of the demo (seed 001 §III.2.1), walked through the programme's commands in Lai Châu: the 2026
// surveys of candidate products of Bình Lư, Tả Lèng and Sìn Hồ; ideas at every step (waiting for the commune, waiting for the province, returned with
// advice, accepted); a business plan approved with the support given and a problem met, another (of a registered
// product) in review; the partners' directory (seed 000 §3.3) linked to producers; each demo commune's responsible officer.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  actOnBusinessPlan,
  actOnIdea,
  assignCommuneOfficer,
  createPartner,
  createSurvey,
  linkPartnerProducer,
  recordProblem,
  recordSupport,
  registerIdea,
  submitBusinessPlan,
} from '../programme/index.ts';

async function producerId(db: Db, name: string): Promise<string> {
  const res = await db.execute<{ id: string }>(sql`select id from producers where name = ${name}`);
  return res.rows[0]!.id;
}

export async function loadDemoCycle(db: Db, actors: Map<string, Actor>): Promise<void> {
  const who = (username: string) => actors.get(username)!;
  const office = who('vp.ocop');
  const binhlu = who('xa.binhlu');
  const miendong = await producerId(db, 'HTX Miến dong Bình Lư');

  // Each commune's responsible OCOP officer.
  for (const [commune, user] of [
    ['03390', 'xa.binhlu'],
    ['03405', 'xa.taleng'],
    ['03478', 'xa.sinho'],
    ['03595', 'xa.thanuyen'],
    ['03408', 'phuong.tanphong'],
  ] as const)
    await assignCommuneOfficer(db, office, commune, who(user).id, '2026-01-05');

  // §2.1.1: Bình Lư surveys its potential products.
  await createSurvey(db, binhlu, {
    communeCode: '03390',
    year: 2026,
    surveyedOn: '2026-02-10',
    note: 'Rà soát sản phẩm tiềm năng theo Kế hoạch OCOP năm 2026',
    rows: [
      { productName: 'Trà hoa vàng Bình Lư', householdName: 'Hộ Tẩn A Lù, bản Nà Đông', setNo: 1, potential: 'high' },
      { productName: 'Bánh đa miến dong', producerId: miendong, setNo: 1, potential: 'high' },
      { productName: 'Rau cải mèo sấy', householdName: 'Hộ Lò Văn Piêng, bản Sin Câu', setNo: 1, potential: 'medium' },
      { productName: 'Măng đắng muối chua', householdName: 'Hộ Chảo Thị Mẩy', setNo: 1, potential: 'low' },
    ],
  });
  // Tả Lèng and Sìn Hồ survey theirs too: the province sees its communes' lists side by side.
  await createSurvey(db, who('xa.taleng'), {
    communeCode: '03405',
    year: 2026,
    surveyedOn: '2026-03-05',
    rows: [
      {
        productName: 'Trà hoa chè Shan tuyết',
        producerId: await producerId(db, 'HTX Chè Tả Lèng'),
        setNo: 1,
        potential: 'high',
      },
      { productName: 'Rượu ngô men lá', householdName: 'Hộ Lý A Sáng, bản Hợp 1', setNo: 1, potential: 'medium' },
    ],
  });
  await createSurvey(db, who('xa.sinho'), {
    communeCode: '03478',
    year: 2026,
    surveyedOn: '2026-03-12',
    note: 'Khảo sát cùng Trung tâm Khuyến nông tỉnh',
    rows: [
      { productName: 'Thảo quả sấy khô', householdName: 'Hộ Chang A Phừ, bản Phìn Hồ', setNo: 1, potential: 'high' },
      { productName: 'Mật ong rừng Sìn Hồ', householdName: 'Hộ Pờ Thị Dế', setNo: 1, potential: 'medium' },
    ],
  });
  const rows = await db.execute<{ id: string; product_name: string }>(
    sql`select id, product_name from cycle_survey_rows where commune_code = '03390' order by position`,
  );
  const row = (name: string) => rows.rows.find((r) => r.product_name === name)!.id;

  // §2.1.2: ideas at every step.
  const banhDa = await registerIdea(
    db,
    who('htx.miendong'),
    {
      name: 'Bánh đa miến dong Bình Lư',
      setNo: 1,
      description: 'Bánh đa làm từ tinh bột dong riềng của HTX, phơi trên giàn tre',
      rawMaterials: '40 ha dong riềng của các hộ thành viên tại Bình Lư',
      market: 'Siêu thị, cửa hàng OCOP Lai Châu và Hà Nội',
      surveyRowId: row('Bánh đa miến dong'),
    },
    '2026-02-20',
  );
  await actOnIdea(db, binhlu, banhDa, 'commune_forward', null, '2026-03-02');
  await actOnIdea(db, office, banhDa, 'province_accept', null, '2026-03-16');

  const traHoaVang = await registerIdea(
    db,
    binhlu,
    {
      name: 'Trà hoa vàng Bình Lư',
      setNo: 1,
      rawMaterials: 'Cây hoa vàng trồng dưới tán rừng',
      household: { name: 'Hộ Tẩn A Lù, bản Nà Đông', communeCode: '03390' },
      surveyRowId: row('Trà hoa vàng Bình Lư'),
    },
    '2026-04-06',
  );
  await actOnIdea(db, binhlu, traHoaVang, 'commune_forward', null, '2026-04-15');

  await registerIdea(
    db,
    who('htx.thaoqua'),
    { name: 'Thảo quả sấy khô đóng túi Sìn Hồ', setNo: 1, market: 'Thương lái và cửa hàng đặc sản' },
    '2026-10-20',
  );

  const com = await registerIdea(
    db,
    who('htx.muongthan'),
    { name: 'Cốm gạo Séng Cù Mường Than', setNo: 1, description: 'Cốm rang từ gạo Séng Cù' },
    '2026-05-04',
  );
  await actOnIdea(db, who('xa.thanuyen'), com, 'commune_forward', null, '2026-05-12');
  await actOnIdea(
    db,
    office,
    com,
    'province_return',
    'Cần làm rõ vùng nguyên liệu, quy trình rang và thị trường tiêu thụ trước khi chấp thuận',
    '2026-05-28',
  );

  const traHoa = await registerIdea(
    db,
    who('htx.chetaleng'),
    { name: 'Trà hoa chè Tả Lèng', setNo: 1, rawMaterials: 'Hoa chè Shan tuyết của HTX' },
    '2026-06-01',
  );
  await actOnIdea(db, who('xa.taleng'), traHoa, 'commune_forward', null, '2026-06-08');
  await actOnIdea(db, office, traHoa, 'province_accept', null, '2026-06-22');

  // §2.1.3–2.1.4: the business plan of the bánh đa, approved and implemented; the trà hoa chè's in review.
  const plan = await submitBusinessPlan(
    db,
    who('htx.miendong'),
    {
      ideaId: banhDa,
      title: 'Phương án sản xuất kinh doanh bánh đa miến dong giai đoạn 2026–2028',
      summary: 'Đầu tư lò sấy, chuẩn hoá quy trình, bao bì mới, đăng ký mã vạch; mục tiêu 20 tấn/năm',
    },
    '2026-04-01',
  );
  await actOnBusinessPlan(db, binhlu, plan, 'commune_forward', null, '2026-04-08');
  await actOnBusinessPlan(db, office, plan, 'province_accept', null, '2026-04-20');
  await recordSupport(db, office, plan, {
    type: 'training',
    givenOn: '2026-05-14',
    provider: 'Trung tâm Khuyến nông tỉnh Lai Châu',
    note: 'Tập huấn quy trình sản xuất an toàn thực phẩm',
  });
  await recordSupport(db, binhlu, plan, {
    type: 'credit',
    givenOn: '2026-06-03',
    provider: 'Ngân hàng Chính sách xã hội huyện Tam Đường',
    note: 'Vay 300 triệu đồng mua lò sấy',
  });
  await recordProblem(db, binhlu, plan, { notedOn: '2026-07-20', text: 'Mưa kéo dài, thiếu giàn phơi có mái che' });
  await submitBusinessPlan(
    db,
    who('htx.chetaleng'),
    { ideaId: traHoa, title: 'Phương án kinh doanh trà hoa chè Tả Lèng 2027–2029' },
    '2026-11-02',
  );
  // An accepted idea whose producer has not written its plan yet.
  const phanHoa = await registerIdea(
    db,
    who('cty.beefoods'),
    { name: 'Phấn hoa bạc hà Lai Châu', setNo: 1, rawMaterials: 'Phấn hoa từ 600 đàn ong của công ty' },
    '2026-08-03',
  );
  await actOnIdea(db, who('phuong.tanphong'), phanHoa, 'commune_forward', null, '2026-08-10');
  await actOnIdea(db, office, phanHoa, 'province_accept', null, '2026-08-24');

  // Seed 000 §3.3: the province's partners and the producers they serve.
  const partners: [string, Parameters<typeof createPartner>[2]['kind'], string[]][] = [
    ['Trung tâm Khuyến nông tỉnh Lai Châu', 'consulting', ['HTX Miến dong Bình Lư', 'HTX Chè Tả Lèng']],
    ['Công ty TNHH Thiết kế bao bì Tây Bắc', 'packaging_design', ['HTX Miến dong Bình Lư']],
    ['Văn phòng Luật sư Đoàn Kết', 'legal', []],
    ['Công ty CP Tem điện tử và truy xuất Lai Châu', 'qr_stamps', ['HTX Chè Tả Lèng']],
    ['Điểm giới thiệu và bán sản phẩm OCOP tỉnh Lai Châu', 'distributor', ['HTX Chè Tả Lèng']],
  ];
  const ids = new Map<string, string>();
  for (const [name, kind, producers] of partners) {
    const id = await createPartner(db, office, { provinceCode: '12', kind, name });
    ids.set(name, id);
    for (const p of producers)
      await linkPartnerProducer(db, office, id, { producerId: await producerId(db, p), since: '2026-01-15' });
  }
  // The packaging designer's work for the bánh đa is support given under its plan (§2.1.4), linked to the partner.
  await recordSupport(db, office, plan, {
    type: 'consulting',
    givenOn: '2026-08-12',
    provider: 'Công ty TNHH Thiết kế bao bì Tây Bắc',
    partnerId: ids.get('Công ty TNHH Thiết kế bao bì Tây Bắc')!,
    note: 'Thiết kế bao bì, nhãn mác và bộ nhận diện thương hiệu mới',
  });
}
