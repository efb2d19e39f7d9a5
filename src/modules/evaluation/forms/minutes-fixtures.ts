// A council's minutes as plain data, for the tests of minutes-pdf.ts: a provincial council of Lai Châu with three
// dossiers — a 4★ result closed over an accepted spread, with a star mark waived; a dossier disqualified by a
// knock-out one member ticked; one still being scored — under policies from all three sources.
import { effectivePolicy } from '../domain/council-policies.ts';
import type { MinutesData } from './minutes-pdf.ts';

export function minutesFixture(): MinutesData {
  const { entries } = effectivePolicy(
    { marksAcrossMembers: 'all-members' },
    { spreadThreshold: 12, knockoutsAcrossMembers: 'any-member' },
  );
  const members = [
    { name: 'Trần Văn Bình', position: 'chair', agency: 'UBND tỉnh Lai Châu' },
    { name: 'Lò Thị Hương', position: 'vice_chair', agency: 'Sở Nông nghiệp và Môi trường' },
    { name: 'Nguyễn Đức Thắng', position: 'member', agency: 'Sở Công Thương' },
    { name: 'Phạm Thị Ngọc Ánh', position: 'member', agency: 'Sở Y tế' },
    { name: 'Vũ Quốc Huy', position: 'secretary', agency: 'Văn phòng Điều phối nông thôn mới tỉnh' },
    { name: 'Đèo Văn Khải', position: 'advisory', agency: 'Tổ tư vấn' },
  ];
  const scorers = ['Lò Thị Hương', 'Nguyễn Đức Thắng', 'Phạm Thị Ngọc Ánh'];
  return {
    level: 'province',
    province: { type: 'tỉnh', name: 'Lai Châu' },
    decision: { number: '1234/QĐ-UBND', date: '2026-09-18' },
    round: { number: 2, year: 2026 },
    meetingOn: '2026-10-05',
    members,
    policies: entries,
    dossiers: [
      {
        receiptNo: '01/PĐK-12-03390-2026',
        productName: 'Rau cải mèo Bình Lư',
        producerName: 'Hợp tác xã Nông sản sạch Bình Lư',
        setNo: 1,
        setName: 'Rau, củ, quả, hạt tươi',
        ruleSetName: 'Quyết định 26/2026/QĐ-TTg',
        result: {
          memberTotals: [
            { name: scorers[0]!, total: 81 },
            { name: scorers[1]!, total: 75 },
            { name: scorers[2]!, total: 68 },
          ],
          memberCount: 3,
          mean: 74.66,
          band: 4,
          star: 4,
          outcome: 'ranked',
          knockouts: [],
          marksWaived: [
            {
              criterion: '7',
              reason: 'not-applicable',
              text: 'Áp dụng bắt buộc đối với các sản phẩm phải công bố chất lượng theo quy định; khuyến khích các sản phẩm còn lại',
            },
          ],
          blocking: [],
          spreadFlag: true,
          spreadThreshold: 12,
          flagAcceptedReason: 'Hội đồng đã thảo luận, thành viên giữ nguyên ý kiến về bao bì sản phẩm',
          proposal: 'certify',
          policyAtClose: {
            marksAcrossMembers: 'all-members',
            knockoutsAcrossMembers: 'any-member',
            spreadThreshold: 12,
            outOfScopeMarks: 'literal',
          },
        },
      },
      {
        receiptNo: '02/PĐK-12-03390-2026',
        productName: 'Mật ong bạc hà Tả Phìn',
        producerName: 'Hộ kinh doanh Giàng A Dế',
        setNo: 1,
        setName: 'Rau, củ, quả, hạt tươi',
        ruleSetName: 'Quyết định 26/2026/QĐ-TTg',
        result: {
          memberTotals: [
            { name: scorers[0]!, total: 62 },
            { name: scorers[1]!, total: 64 },
            { name: scorers[2]!, total: 60 },
          ],
          memberCount: 3,
          mean: 62,
          band: 3,
          star: null,
          outcome: 'excluded',
          knockouts: [{ kind: 'exclusion', criterion: null, text: 'Giả mạo hồ sơ', heldBy: 1 }],
          marksWaived: [],
          blocking: [],
          spreadFlag: false,
          spreadThreshold: 12,
          flagAcceptedReason: null,
          proposal: 'rejected',
          policyAtClose: {
            marksAcrossMembers: 'majority',
            knockoutsAcrossMembers: 'any-member',
            spreadThreshold: 12,
            outOfScopeMarks: 'literal',
          },
        },
      },
      {
        receiptNo: '03/PĐK-12-03408-2026',
        productName: 'Gạo nếp tan Tân Phong',
        producerName: 'Hợp tác xã Tân Phong',
        setNo: 1,
        setName: 'Rau, củ, quả, hạt tươi',
        ruleSetName: 'Quyết định 26/2026/QĐ-TTg',
        result: null,
      },
    ],
  };
}
