// The demo province: Lai Châu (12), with the communes, producers and products the seeds speak of (miến dong
// Bình Lư, du lịch cộng đồng bản Gia Khâu, chè Tả Lèng …). Names of people are invented; places are real
// (2025 units; bản Gia Khâu of the former xã Sùng Phài now lies in phường Đoàn Kết).
import type { Role } from '../../platform/auth/roles.ts';
import type { ProducerInput } from '../registry/commands/producer-rules.ts';

export const DEMO_PROVINCE = '12';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'vp.ocop', displayName: 'Nguyễn Thị Thu Hà (VP OCOP tỉnh)', role: 'province_office', unitCode: '12' },
  { username: 'hd.chutich', displayName: 'Trần Văn Bình (Chủ tịch Hội đồng)', role: 'province_council_chair', unitCode: '12' },
  { username: 'hd.tv1', displayName: 'Lò Văn Sơn (Sở Nông nghiệp và Môi trường)', role: 'province_council_member', unitCode: '12' },
  { username: 'hd.tv2', displayName: 'Phạm Thị Lan (Sở Công Thương)', role: 'province_council_member', unitCode: '12' },
  { username: 'hd.tv3', displayName: 'Vàng A Dơ (Sở Khoa học và Công nghệ)', role: 'province_council_member', unitCode: '12' },
  { username: 'ttv.1', displayName: 'Đỗ Minh Tuấn (Tổ tư vấn)', role: 'advisory_member', unitCode: '12' },
  { username: 'xa.binhlu', displayName: 'Tẩn Thị Mai (UBND xã Bình Lư)', role: 'commune_officer', unitCode: '03390' },
  { username: 'xa.taleng', displayName: 'Giàng A Páo (UBND xã Tả Lèng)', role: 'commune_officer', unitCode: '03405' },
  { username: 'phuong.doanket', displayName: 'Lê Thị Hồng (UBND phường Đoàn Kết)', role: 'commune_officer', unitCode: '03388' },
  { username: 'xa.thanuyen', displayName: 'Hoàng Văn Thắng (UBND xã Than Uyên)', role: 'commune_officer', unitCode: '03595' },
  { username: 'bo.ocop', displayName: 'Văn phòng OCOP - Bộ Nông nghiệp và Môi trường', role: 'ministry_office', unitCode: null },
  { username: 'hdtw.1', displayName: 'Thành viên Hội đồng trung ương 1', role: 'central_council_member', unitCode: null },
];

export interface DemoProducer extends ProducerInput {
  key: string;
  /** A producer account linked to this producer. */
  account?: { username: string; displayName: string };
  products: { key: string; name: string; setNo: number; description: string; specification: string }[];
}

const rep = (name: string, sex: 'nam' | 'nu', ethnicity: string) => ({ name, sex, ethnicity, disability: false });

export const DEMO_PRODUCERS: DemoProducer[] = [
  {
    key: 'miendong', communeCode: '03390', legalType: 'htx', name: 'HTX Miến dong Bình Lư', registrationNo: '6201000101',
    registrationDate: '2016-05-10', representative: rep('Lò Thị Hoa', 'nu', 'Thái'), address: 'Bản Nà Đông, xã Bình Lư, tỉnh Lai Châu', phone: '0213 3876 101',
    account: { username: 'htx.miendong', displayName: 'Lò Thị Hoa (HTX Miến dong Bình Lư)' },
    products: [{ key: 'miendong', name: 'Miến dong Bình Lư', setNo: 7, description: 'Miến làm từ tinh bột củ dong riềng trồng tại Bình Lư, phơi nắng tự nhiên.', specification: 'Túi 500 g, 1 kg' }],
  },
  {
    key: 'giakhau', communeCode: '03388', legalType: 'tht', name: 'Tổ hợp tác du lịch cộng đồng bản Gia Khâu', registrationNo: '6201000102',
    registrationDate: '2020-03-02', representative: rep('Tẩn Láo Sử', 'nam', 'Dao'), address: 'Bản Gia Khâu 1, phường Đoàn Kết, tỉnh Lai Châu',
    products: [{ key: 'giakhau', name: 'Du lịch cộng đồng bản Gia Khâu', setNo: 26, description: 'Homestay người Dao đỏ, tắm lá thuốc, trải nghiệm thêu thổ cẩm.', specification: 'Dịch vụ lưu trú, ăn uống, trải nghiệm' }],
  },
  {
    key: 'taleng', communeCode: '03405', legalType: 'htx', name: 'HTX Chè Tả Lèng', registrationNo: '6201000103',
    registrationDate: '2017-08-21', representative: rep('Giàng Thị Súa', 'nu', 'Mông'), address: 'Bản Hồ Pên, xã Tả Lèng, tỉnh Lai Châu',
    products: [
      { key: 'che-shan', name: 'Chè Shan tuyết cổ thụ Tả Lèng', setNo: 11, description: 'Chè Shan tuyết từ cây cổ thụ trên 100 năm tuổi.', specification: 'Hộp 100 g, 200 g' },
      { key: 'che-xanh', name: 'Chè xanh Tả Lèng', setNo: 11, description: 'Chè xanh sao suốt.', specification: 'Túi 200 g' },
    ],
  },
  {
    key: 'sengcu', communeCode: '03595', legalType: 'htx', name: 'HTX Nông nghiệp Mường Than', registrationNo: '6201000104',
    registrationDate: '2018-01-15', representative: rep('Lò Văn Tiến', 'nam', 'Thái'), address: 'Bản Mường, xã Than Uyên, tỉnh Lai Châu',
    products: [{ key: 'gao', name: 'Gạo Séng Cù Mường Than', setNo: 3, description: 'Gạo Séng Cù trồng trên cánh đồng Mường Than.', specification: 'Túi 5 kg, 10 kg' }],
  },
  {
    key: 'beefoods', communeCode: '03408', legalType: 'dnnvv', name: 'Công ty CP Nông nghiệp công nghệ cao Beefoods', registrationNo: '6200300105',
    registrationDate: '2019-11-04', representative: rep('Nguyễn Văn Hùng', 'nam', 'Kinh'), address: 'Phường Tân Phong, tỉnh Lai Châu',
    products: [{ key: 'matong', name: 'Mật ong hoa rừng Lai Châu', setNo: 4, description: 'Mật ong khai thác từ đàn ong nuôi ở vùng rừng Tam Đường.', specification: 'Chai 500 ml' }],
  },
  {
    key: 'ruou', communeCode: '03478', legalType: 'ho_kinh_doanh', name: 'Hộ kinh doanh Lý Thị Chừ', registrationNo: '62E8000106',
    registrationDate: '2021-06-30', representative: rep('Lý Thị Chừ', 'nu', 'Mông'), address: 'Xã Sìn Hồ, tỉnh Lai Châu',
    products: [{ key: 'ruou', name: 'Rượu ngô men lá Sìn Hồ', setNo: 14, description: 'Rượu ngô nấu bằng men lá truyền thống.', specification: 'Chai 500 ml' }],
  },
  {
    key: 'thaoqua', communeCode: '03478', legalType: 'htx', name: 'HTX Thảo quả Sìn Hồ', registrationNo: '6201000107',
    registrationDate: '2019-04-01', representative: rep('Vàng A Chứ', 'nam', 'Mông'), address: 'Xã Sìn Hồ, tỉnh Lai Châu',
    products: [{ key: 'thaoqua', name: 'Thảo quả sấy khô Sìn Hồ', setNo: 10, description: 'Quả thảo quả thu hái dưới tán rừng, sấy khô.', specification: 'Túi 250 g, 500 g' }],
  },
  {
    key: 'sam', communeCode: '03445', legalType: 'dnnvv', name: 'Công ty TNHH Sâm Lai Châu Mường Tè', registrationNo: '6200300108',
    registrationDate: '2020-09-09', representative: rep('Pờ Thị Na', 'nu', 'La Hủ'), address: 'Xã Mường Tè, tỉnh Lai Châu',
    products: [{ key: 'sam', name: 'Củ sâm Lai Châu', setNo: 20, description: 'Sâm Lai Châu trồng dưới tán rừng nguyên sinh Mường Tè.', specification: 'Hộp 100 g, 200 g' }],
  },
  {
    key: 'thocam', communeCode: '03390', legalType: 'tht', name: 'Tổ hợp tác dệt thổ cẩm Lự Bản Hon', registrationNo: '6201000109',
    registrationDate: '2021-02-20', representative: rep('Lò Thị Ọn', 'nu', 'Lự'), address: 'Bản Hon, xã Bình Lư, tỉnh Lai Châu',
    products: [{ key: 'thocam', name: 'Khăn thổ cẩm dân tộc Lự', setNo: 22, description: 'Khăn dệt tay hoa văn dân tộc Lự.', specification: 'Khăn 40 × 160 cm' }],
  },
  {
    key: 'macca', communeCode: '03390', legalType: 'dnnvv', name: 'Công ty TNHH Mắc ca Tam Đường', registrationNo: '6200300110',
    registrationDate: '2018-07-07', representative: rep('Trần Quốc Việt', 'nam', 'Kinh'), address: 'Xã Bình Lư, tỉnh Lai Châu',
    products: [{ key: 'macca', name: 'Hạt mắc ca sấy nứt vỏ Tam Đường', setNo: 7, description: 'Hạt mắc ca trồng tại Tam Đường, sấy nứt vỏ.', specification: 'Hộp 500 g' }],
  },
  {
    key: 'trau', communeCode: '03598', legalType: 'ho_kinh_doanh', name: 'Hộ kinh doanh Lường Văn Ơn', registrationNo: '62E8000111',
    registrationDate: '2022-03-18', representative: rep('Lường Văn Ơn', 'nam', 'Thái'), address: 'Xã Tân Uyên, tỉnh Lai Châu',
    products: [{ key: 'trau', name: 'Thịt trâu gác bếp Tân Uyên', setNo: 8, description: 'Thịt trâu tẩm gia vị mắc khén, hun khói bếp củi.', specification: 'Túi hút chân không 500 g' }],
  },
  {
    key: 'chetanuyen', communeCode: '03598', legalType: 'htx', name: 'HTX Chè Tân Uyên', registrationNo: '6201000112',
    registrationDate: '2015-10-10', representative: rep('Đinh Thị Quế', 'nu', 'Kinh'), address: 'Xã Tân Uyên, tỉnh Lai Châu',
    products: [{ key: 'oolong', name: 'Chè Ô long Tân Uyên', setNo: 11, description: 'Chè Ô long trồng ở độ cao trên 1.000 m.', specification: 'Hộp 200 g' }],
  },
];

/** Certificates issued before OCOP Hub, kept for history (letter 2023 of Tam Đường: miến dong Bình Lư's 2020
 * certificate under Decision 921/QĐ-UBND of 20/7/2020 expired on 20/7/2023 without re-evaluation). */
export const DEMO_HISTORICAL_CERTIFICATES = [
  { productKey: 'miendong', ruleSet: '1048-2019', star: 3, decisionNo: '921/QĐ-UBND', issuedOn: '2020-07-20', expiresOn: '2023-07-20', number: '921-05/GCN-OCOP-12-2020' },
  { productKey: 'che-shan', ruleSet: '148-2023', star: 4, decisionNo: '1354/QĐ-UBND', issuedOn: '2024-09-12', expiresOn: '2027-09-12', number: '012/GCN-OCOP-12-2024' },
  { productKey: 'gao', ruleSet: '148-2023', star: 3, decisionNo: '1354/QĐ-UBND', issuedOn: '2024-09-12', expiresOn: '2027-09-12', number: '013/GCN-OCOP-12-2024' },
  { productKey: 'oolong', ruleSet: '148-2023', star: 4, decisionNo: '702/QĐ-UBND', issuedOn: '2023-12-05', expiresOn: '2026-12-05', number: '021/GCN-OCOP-12-2023' },
] as const;
