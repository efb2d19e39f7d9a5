// The demo province: Lai Châu (12), with the communes, producers and products the seeds speak of (miến dong
// Bình Lư, du lịch cộng đồng bản Gia Khâu, chè Tả Lèng …). Names of people are invented; places are real
// (2025 units; bản Gia Khâu of the former xã Sùng Phài now lies in phường Đoàn Kết).
import type { Role } from '../../platform/auth/roles.ts';
import type { ProducerInput } from '../registry/index.ts';

export const DEMO_PROVINCE = '12';

export interface DemoUser {
  username: string;
  displayName: string;
  /** The agency a council member represents (Art. 7.3.b): the council form offers each seat its agency's people. */
  agency?: string;
  role: Role;
  unitCode: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'vp.ocop', displayName: 'Nguyễn Thị Thu Hà (VP OCOP tỉnh)', role: 'province_office', unitCode: '12' },
  {
    username: 'hd.chutich',
    displayName: 'Trần Văn Bình (Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng)',
    role: 'province_council_chair',
    unitCode: '12',
  },
  {
    username: 'hd.tv1',
    displayName: 'Lò Văn Sơn (Sở Nông nghiệp và Môi trường)',
    agency: 'Sở Nông nghiệp và Môi trường',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'hd.tv2',
    displayName: 'Phạm Thị Lan (Sở Công Thương)',
    agency: 'Sở Công Thương',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'hd.tv3',
    displayName: 'Vàng A Dơ (Sở Khoa học và Công nghệ)',
    agency: 'Sở Khoa học và Công nghệ',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'hd.tv4',
    displayName: 'Nguyễn Thị Thanh Huyền (Sở Y tế)',
    agency: 'Sở Y tế',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'hd.tv5',
    displayName: 'Lường Văn Khiêm (Sở Văn hóa, Thể thao và Du lịch)',
    agency: 'Sở Văn hóa, Thể thao và Du lịch',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'hd.tv6',
    displayName: 'Hà Thị Nguyệt (Văn phòng Điều phối nông thôn mới tỉnh)',
    agency: 'Văn phòng Điều phối nông thôn mới tỉnh',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'hd.tv7',
    displayName: 'Bùi Đức Thịnh (Chi cục Quản lý chất lượng nông lâm thủy sản)',
    agency: 'Chi cục Quản lý chất lượng nông lâm thủy sản',
    role: 'province_council_member',
    unitCode: '12',
  },
  {
    username: 'ttv.1',
    displayName: 'Đỗ Minh Tuấn (Tổ trưởng Tổ tư vấn, Văn phòng Điều phối nông thôn mới tỉnh)',
    role: 'advisory_member',
    unitCode: '12',
  },
  {
    username: 'ttv.2',
    displayName: 'Tao Thị Duyên (Tổ tư vấn, Chi cục Quản lý chất lượng nông lâm thủy sản)',
    role: 'advisory_member',
    unitCode: '12',
  },
  {
    username: 'ttv.3',
    displayName: 'Vũ Quang Hải (Tổ tư vấn, Trung tâm Khuyến nông tỉnh)',
    role: 'advisory_member',
    unitCode: '12',
  },
  { username: 'xa.binhlu', displayName: 'Tẩn Thị Mai (UBND xã Bình Lư)', role: 'commune_officer', unitCode: '03390' },
  { username: 'xa.taleng', displayName: 'Giàng A Páo (UBND xã Tả Lèng)', role: 'commune_officer', unitCode: '03405' },
  {
    username: 'phuong.doanket',
    displayName: 'Lê Thị Hồng (UBND phường Đoàn Kết)',
    role: 'commune_officer',
    unitCode: '03388',
  },
  {
    username: 'xa.thanuyen',
    displayName: 'Hoàng Văn Thắng (UBND xã Than Uyên)',
    role: 'commune_officer',
    unitCode: '03595',
  },
  {
    username: 'phuong.tanphong',
    displayName: 'Đinh Thị Ngọc (UBND phường Tân Phong)',
    role: 'commune_officer',
    unitCode: '03408',
  },
  { username: 'xa.sinho', displayName: 'Chảo A Lử (UBND xã Sìn Hồ)', role: 'commune_officer', unitCode: '03478' },
  { username: 'xa.muongte', displayName: 'Lỳ Xé Chừ (UBND xã Mường Tè)', role: 'commune_officer', unitCode: '03445' },
  {
    username: 'xa.tanuyen',
    displayName: 'Tòng Văn Hải (UBND xã Tân Uyên)',
    role: 'commune_officer',
    unitCode: '03598',
  },
  {
    username: 'bo.ocop',
    displayName: 'Văn phòng OCOP - Bộ Nông nghiệp và Môi trường',
    role: 'ministry_office',
    unitCode: null,
  },
  {
    username: 'hdtw.chutich',
    displayName: 'Thứ trưởng Bộ Nông nghiệp và Môi trường (Chủ tịch Hội đồng trung ương)',
    role: 'central_council_member',
    unitCode: null,
  },
  {
    username: 'hdtw.1',
    displayName: 'Nguyễn Văn Minh (Bộ Công Thương)',
    role: 'central_council_member',
    unitCode: null,
  },
  { username: 'hdtw.2', displayName: 'Trần Thị Thu Trang (Bộ Y tế)', role: 'central_council_member', unitCode: null },
  {
    username: 'hdtw.3',
    displayName: 'Lê Hoàng Nam (Bộ Khoa học và Công nghệ)',
    role: 'central_council_member',
    unitCode: null,
  },
  {
    username: 'hdtw.4',
    displayName: 'Phạm Thị Mai Anh (Bộ Văn hóa, Thể thao và Du lịch)',
    role: 'central_council_member',
    unitCode: null,
  },
  {
    username: 'hdtw.5',
    displayName: 'Đặng Quốc Khánh (Văn phòng Điều phối nông thôn mới Trung ương)',
    role: 'central_council_member',
    unitCode: null,
  },
  {
    username: 'hdtw.6',
    displayName: 'Vũ Thị Hạnh (Cục Chất lượng, Chế biến và Phát triển thị trường)',
    role: 'central_council_member',
    unitCode: null,
  },
];

export interface DemoProducer extends ProducerInput {
  key: string;
  registrationNo: string;
  registrationDate: string;
  representative: { name: string; sex: 'nam' | 'nu'; ethnicity: string; disability: boolean };
  address: string;
  /** A producer account linked to this producer. */
  account?: { username: string; displayName: string };
  products: { key: string; name: string; setNo: number; description: string; specification: string }[];
}

const rep = (name: string, sex: 'nam' | 'nu', ethnicity: string) => ({ name, sex, ethnicity, disability: false });

export const DEMO_PRODUCERS: DemoProducer[] = [
  {
    key: 'miendong',
    communeCode: '03390',
    legalType: 'htx',
    name: 'HTX Miến dong Bình Lư',
    registrationNo: '6201000101',
    registrationDate: '2016-05-10',
    representative: rep('Lò Thị Hoa', 'nu', 'Thái'),
    address: 'Bản Nà Đông, xã Bình Lư, tỉnh Lai Châu',
    phone: '0213 3876 101',
    account: { username: 'htx.miendong', displayName: 'Lò Thị Hoa (HTX Miến dong Bình Lư)' },
    products: [
      {
        key: 'miendong',
        name: 'Miến dong Bình Lư',
        setNo: 7,
        description: 'Miến làm từ tinh bột củ dong riềng trồng tại Bình Lư, phơi nắng tự nhiên.',
        specification: 'Túi 500 g, 1 kg',
      },
    ],
  },
  {
    key: 'giakhau',
    communeCode: '03388',
    legalType: 'tht',
    name: 'Tổ hợp tác du lịch cộng đồng bản Gia Khâu',
    registrationNo: '6201000102',
    registrationDate: '2020-03-02',
    representative: rep('Tẩn Láo Sử', 'nam', 'Dao'),
    address: 'Bản Gia Khâu 1, phường Đoàn Kết, tỉnh Lai Châu',
    products: [
      {
        key: 'giakhau',
        name: 'Du lịch cộng đồng bản Gia Khâu',
        setNo: 26,
        description: 'Homestay người Dao đỏ, tắm lá thuốc, trải nghiệm thêu thổ cẩm.',
        specification: 'Dịch vụ lưu trú, ăn uống, trải nghiệm',
      },
    ],
  },
  {
    key: 'taleng',
    communeCode: '03405',
    legalType: 'htx',
    name: 'HTX Chè Tả Lèng',
    registrationNo: '6201000103',
    registrationDate: '2017-08-21',
    representative: rep('Giàng Thị Súa', 'nu', 'Mông'),
    address: 'Bản Hồ Pên, xã Tả Lèng, tỉnh Lai Châu',
    account: { username: 'htx.chetaleng', displayName: 'Giàng Thị Súa (HTX Chè Tả Lèng)' },
    products: [
      {
        key: 'che-shan',
        name: 'Chè Shan tuyết cổ thụ Tả Lèng',
        setNo: 11,
        description: 'Chè Shan tuyết từ cây cổ thụ trên 100 năm tuổi.',
        specification: 'Hộp 100 g, 200 g',
      },
      {
        key: 'che-xanh',
        name: 'Chè xanh Tả Lèng',
        setNo: 11,
        description: 'Chè xanh sao suốt.',
        specification: 'Túi 200 g',
      },
      {
        key: 'che-vang',
        name: 'Chè vàng Tả Lèng',
        setNo: 11,
        description: 'Chè Shan tuyết chế biến theo kiểu chè vàng, lên men nhẹ.',
        specification: 'Hộp 100 g',
      },
    ],
  },
  {
    key: 'sengcu',
    communeCode: '03595',
    legalType: 'htx',
    name: 'HTX Nông nghiệp Mường Than',
    registrationNo: '6201000104',
    registrationDate: '2018-01-15',
    representative: rep('Lò Văn Tiến', 'nam', 'Thái'),
    address: 'Bản Mường, xã Than Uyên, tỉnh Lai Châu',
    account: { username: 'htx.muongthan', displayName: 'Lò Văn Tiến (HTX Nông nghiệp Mường Than)' },
    products: [
      {
        key: 'gao',
        name: 'Gạo Séng Cù Mường Than',
        setNo: 3,
        description: 'Gạo Séng Cù trồng trên cánh đồng Mường Than.',
        specification: 'Túi 5 kg, 10 kg',
      },
      {
        key: 'nep-tan',
        name: 'Gạo nếp Tan Mường Than',
        setNo: 3,
        description: 'Gạo nếp Tan trồng ruộng bậc thang, hạt tròn, dẻo thơm.',
        specification: 'Túi 2 kg, 5 kg',
      },
    ],
  },
  {
    key: 'beefoods',
    communeCode: '03408',
    legalType: 'dnnvv',
    name: 'Công ty CP Nông nghiệp công nghệ cao Beefoods',
    registrationNo: '6200300105',
    registrationDate: '2019-11-04',
    representative: rep('Nguyễn Văn Hùng', 'nam', 'Kinh'),
    address: 'Phường Tân Phong, tỉnh Lai Châu',
    account: { username: 'cty.beefoods', displayName: 'Nguyễn Văn Hùng (Công ty CP Beefoods)' },
    products: [
      {
        key: 'matong',
        name: 'Mật ong hoa rừng Lai Châu',
        setNo: 4,
        description: 'Mật ong khai thác từ đàn ong nuôi ở vùng rừng Tam Đường.',
        specification: 'Chai 500 ml',
      },
      {
        key: 'matong-bacha',
        name: 'Mật ong hoa bạc hà Lai Châu',
        setNo: 4,
        description: 'Mật ong từ hoa bạc hà dại vùng cao Lai Châu, thu mùa đông.',
        specification: 'Chai 350 ml',
      },
    ],
  },
  {
    key: 'ruou',
    communeCode: '03478',
    legalType: 'ho_kinh_doanh',
    name: 'Hộ kinh doanh Lý Thị Chừ',
    registrationNo: '62E8000106',
    registrationDate: '2021-06-30',
    representative: rep('Lý Thị Chừ', 'nu', 'Mông'),
    address: 'Xã Sìn Hồ, tỉnh Lai Châu',
    account: { username: 'hkd.lythichu', displayName: 'Lý Thị Chừ (Hộ kinh doanh)' },
    products: [
      {
        key: 'ruou',
        name: 'Rượu ngô men lá Sìn Hồ',
        setNo: 14,
        description: 'Rượu ngô nấu bằng men lá truyền thống.',
        specification: 'Chai 500 ml',
      },
      {
        key: 'ruou-taomeo',
        name: 'Rượu táo mèo Sìn Hồ',
        setNo: 15,
        description: 'Rượu ngâm quả táo mèo (sơn tra) hái trên núi Sìn Hồ.',
        specification: 'Chai 500 ml',
      },
    ],
  },
  {
    key: 'thaoqua',
    communeCode: '03478',
    legalType: 'htx',
    name: 'HTX Thảo quả Sìn Hồ',
    registrationNo: '6201000107',
    registrationDate: '2019-04-01',
    representative: rep('Vàng A Chứ', 'nam', 'Mông'),
    address: 'Xã Sìn Hồ, tỉnh Lai Châu',
    account: { username: 'htx.thaoqua', displayName: 'Vàng A Chứ (HTX Thảo quả Sìn Hồ)' },
    products: [
      {
        key: 'thaoqua',
        name: 'Thảo quả sấy khô Sìn Hồ',
        setNo: 10,
        description: 'Quả thảo quả thu hái dưới tán rừng, sấy khô.',
        specification: 'Túi 250 g, 500 g',
      },
      {
        key: 'tinhdau-thaoqua',
        name: 'Tinh dầu thảo quả Sìn Hồ',
        setNo: 20,
        description: 'Tinh dầu chưng cất từ quả thảo quả khô.',
        specification: 'Lọ 10 ml, 30 ml',
      },
    ],
  },
  {
    key: 'sam',
    communeCode: '03445',
    legalType: 'dnnvv',
    name: 'Công ty TNHH Sâm Lai Châu Mường Tè',
    registrationNo: '6200300108',
    registrationDate: '2020-09-09',
    representative: rep('Pờ Thị Na', 'nu', 'La Hủ'),
    address: 'Xã Mường Tè, tỉnh Lai Châu',
    account: { username: 'cty.samlaichau', displayName: 'Pờ Thị Na (Công ty TNHH Sâm Lai Châu Mường Tè)' },
    products: [
      {
        key: 'sam',
        name: 'Củ sâm Lai Châu',
        setNo: 20,
        description: 'Sâm Lai Châu trồng dưới tán rừng nguyên sinh Mường Tè.',
        specification: 'Hộp 100 g, 200 g',
      },
      {
        key: 'tra-sam',
        name: 'Trà túi lọc lá sâm Lai Châu',
        setNo: 12,
        description: 'Trà túi lọc từ lá và thân sâm Lai Châu sấy lạnh.',
        specification: 'Hộp 20 túi × 2 g',
      },
    ],
  },
  {
    key: 'thocam',
    communeCode: '03390',
    legalType: 'tht',
    name: 'Tổ hợp tác dệt thổ cẩm Lự Bản Hon',
    registrationNo: '6201000109',
    registrationDate: '2021-02-20',
    representative: rep('Lò Thị Ọn', 'nu', 'Lự'),
    address: 'Bản Hon, xã Bình Lư, tỉnh Lai Châu',
    account: { username: 'tht.thocamlu', displayName: 'Lò Thị Ọn (Tổ hợp tác dệt thổ cẩm Lự)' },
    products: [
      {
        key: 'thocam',
        name: 'Khăn thổ cẩm dân tộc Lự',
        setNo: 22,
        description: 'Khăn dệt tay hoa văn dân tộc Lự.',
        specification: 'Khăn 40 × 160 cm',
      },
      {
        key: 'tui-thocam',
        name: 'Túi đeo thổ cẩm Lự Bản Hon',
        setNo: 21,
        description: 'Túi đeo khâu tay từ vải thổ cẩm dệt tại bản Hon.',
        specification: 'Túi 25 × 30 cm',
      },
    ],
  },
  {
    key: 'macca',
    communeCode: '03390',
    legalType: 'dnnvv',
    name: 'Công ty TNHH Mắc ca Tam Đường',
    registrationNo: '6200300110',
    registrationDate: '2018-07-07',
    representative: rep('Trần Quốc Việt', 'nam', 'Kinh'),
    address: 'Xã Bình Lư, tỉnh Lai Châu',
    account: { username: 'cty.macca', displayName: 'Trần Quốc Việt (Công ty TNHH Mắc ca Tam Đường)' },
    products: [
      {
        key: 'macca',
        name: 'Hạt mắc ca sấy nứt vỏ Tam Đường',
        setNo: 7,
        description: 'Hạt mắc ca trồng tại Tam Đường, sấy nứt vỏ.',
        specification: 'Hộp 500 g',
      },
      {
        key: 'dau-macca',
        name: 'Dầu mắc ca ép lạnh Tam Đường',
        setNo: 7,
        description: 'Dầu ép lạnh từ nhân mắc ca Tam Đường.',
        specification: 'Chai 100 ml, 250 ml',
      },
    ],
  },
  {
    key: 'trau',
    communeCode: '03598',
    legalType: 'ho_kinh_doanh',
    name: 'Hộ kinh doanh Lường Văn Ơn',
    registrationNo: '62E8000111',
    registrationDate: '2022-03-18',
    representative: rep('Lường Văn Ơn', 'nam', 'Thái'),
    address: 'Xã Tân Uyên, tỉnh Lai Châu',
    account: { username: 'hkd.luongvanon', displayName: 'Lường Văn Ơn (Hộ kinh doanh)' },
    products: [
      {
        key: 'trau',
        name: 'Thịt trâu gác bếp Tân Uyên',
        setNo: 8,
        description: 'Thịt trâu tẩm gia vị mắc khén, hun khói bếp củi.',
        specification: 'Túi hút chân không 500 g',
      },
      {
        key: 'lapsuon',
        name: 'Lạp sườn gác bếp Tân Uyên',
        setNo: 8,
        description: 'Lạp sườn thịt lợn bản, tẩm mắc khén, hun khói bếp củi.',
        specification: 'Túi 500 g',
      },
    ],
  },
  {
    key: 'chetanuyen',
    communeCode: '03598',
    legalType: 'htx',
    name: 'HTX Chè Tân Uyên',
    registrationNo: '6201000112',
    registrationDate: '2015-10-10',
    representative: rep('Đinh Thị Quế', 'nu', 'Kinh'),
    address: 'Xã Tân Uyên, tỉnh Lai Châu',
    account: { username: 'htx.chetanuyen', displayName: 'Đinh Thị Quế (HTX Chè Tân Uyên)' },
    products: [
      {
        key: 'oolong',
        name: 'Chè Ô long Tân Uyên',
        setNo: 11,
        description: 'Chè Ô long trồng ở độ cao trên 1.000 m.',
        specification: 'Hộp 200 g',
      },
      {
        key: 'hongtra',
        name: 'Hồng trà Tân Uyên',
        setNo: 11,
        description: 'Hồng trà lên men từ búp chè Kim Tuyên trồng trên đồi Tân Uyên.',
        specification: 'Hộp 100 g',
      },
    ],
  },
];

/** Certificates issued before OCOP Hub, kept for history (letter 2023 of Tam Đường: miến dong Bình Lư's 2020
 * certificate under Decision 921/QĐ-UBND of 20/7/2020 expired on 20/7/2023 without re-evaluation). */
export const DEMO_HISTORICAL_CERTIFICATES = [
  {
    productKey: 'miendong',
    ruleSet: '1048-2019',
    star: 3,
    decisionNo: '921/QĐ-UBND',
    issuedOn: '2020-07-20',
    expiresOn: '2023-07-20',
    number: '921-05/GCN-OCOP-12-2020',
  },
  {
    productKey: 'che-shan',
    ruleSet: '148-2023',
    star: 4,
    decisionNo: '1354/QĐ-UBND',
    issuedOn: '2024-09-12',
    expiresOn: '2027-09-12',
    number: '012/GCN-OCOP-12-2024',
  },
  {
    productKey: 'gao',
    ruleSet: '148-2023',
    star: 3,
    decisionNo: '1354/QĐ-UBND',
    issuedOn: '2024-09-12',
    expiresOn: '2027-09-12',
    number: '013/GCN-OCOP-12-2024',
  },
  {
    productKey: 'oolong',
    ruleSet: '148-2023',
    star: 4,
    decisionNo: '702/QĐ-UBND',
    issuedOn: '2023-12-05',
    expiresOn: '2026-12-05',
    number: '021/GCN-OCOP-12-2023',
  },
] as const;

/** The demo's communes (2025 units), as Form 03 names them. */
export const DEMO_COMMUNES: Record<string, string> = {
  '03390': 'xã Bình Lư',
  '03388': 'phường Đoàn Kết',
  '03405': 'xã Tả Lèng',
  '03595': 'xã Than Uyên',
  '03408': 'phường Tân Phong',
  '03478': 'xã Sìn Hồ',
  '03445': 'xã Mường Tè',
  '03598': 'xã Tân Uyên',
};
