// The council's minutes (Art. 7.3.d): the document definition prints the council, its members, each dossier's result
// with the knock-outs quoted from the sheet, and "Quy định của Hội đồng" — every council policy with its source and
// what the law says, introduced as the council's choice where Decision 26/2026 is silent, not as the law — in
// Vietnamese only; and it renders to a PDF whose every letter the embedded Be Vietnam Pro draws.
import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake';
import { COUNCIL_POLICY_DESCRIPTORS } from '../domain/council-policies.ts';
import { OUTCOME_LABELS } from '../domain/council.ts';
import { minutesFixture } from './minutes-fixtures.ts';
import {
  minutesContent,
  NOT_CLOSED,
  policyChangesSinceClose,
  POLICIES_HEADING,
  POLICIES_INTRO,
  renderMinutesPdf,
  SOURCE_LABELS,
} from './minutes-pdf.ts';
import { readPdf, squash } from './pdf-text.ts';

/** Every string the definition prints, in order (text runs, stacks, columns, table cells). */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) texts(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ('text' in o) texts(o.text, out);
    if ('stack' in o) texts(o.stack, out);
    if ('columns' in o) texts(o.columns, out);
    if ('table' in o) texts((o.table as { body: unknown }).body, out);
  }
  return out;
}

/** The printed text as runs joined into lines (a run may split a sentence). */
const printed = (content: Content[]) => texts(content).join('');

describe("the council's minutes (Art. 7.3.d): document definition", () => {
  const data = minutesFixture();
  const text = printed(minutesContent(data));

  it('heads the document with the issuer, the national heading, the title, the place and the date of the meeting', () => {
    expect(text).toContain('UBND TỈNH LAI CHÂU');
    expect(text).toContain('HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP CẤP TỈNH');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Lai Châu, ngày 05 tháng 10 năm 2026');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh');
    expect(text).toContain('Đợt 2 năm 2026');
    expect(text).toContain(
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 18 tháng 9 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu',
    );
    expect(text).toContain('theo điểm d khoản 3 Điều 7 Quyết định số 26/2026/QĐ-TTg');
  });

  it('lists the members with position and agency; the advisory team is not a member of the council', () => {
    for (const [name, position, agency] of [
      ['Trần Văn Bình', 'Chủ tịch Hội đồng', 'UBND tỉnh Lai Châu'],
      ['Lò Thị Hương', 'Phó Chủ tịch Hội đồng', 'Sở Nông nghiệp và Môi trường'],
      ['Nguyễn Đức Thắng', 'Thành viên', 'Sở Công Thương'],
      ['Vũ Quốc Huy', 'Thư ký', 'Văn phòng Điều phối nông thôn mới tỉnh'],
    ])
      expect(text).toContain(`${name}${position}${agency}`);
    expect(text).not.toContain('Đèo Văn Khải');
  });

  it("prints each member's total, the mean of Art. 3.3, the star, the accepted spread with the chair's reason, the proposal", () => {
    expect(text).toContain('Lò Thị Hương81');
    expect(text).toContain('Tổng điểm trung bình (khoản 3 Điều 3)74,66');
    expect(text).toContain('Hạng 4 sao');
    expect(text).toContain(
      '13 điểm (ngưỡng theo quy định của Hội đồng: 12 điểm), vượt ngưỡng; Chủ tịch Hội đồng quyết định kết thúc chấm điểm, lý do: “Hội đồng đã thảo luận, thành viên giữ nguyên ý kiến về bao bì sản phẩm”',
    );
    expect(text).toContain('4 điểm (ngưỡng theo quy định của Hội đồng: 12 điểm), không vượt ngưỡng');
    expect(text).toContain(`Đề xuất của Hội đồng: ${OUTCOME_LABELS.certify.vi}`);
    expect(text).toContain(`Đề xuất của Hội đồng: ${OUTCOME_LABELS.rejected.vi}`);
  });

  it('quotes the knock-out from the sheet with its kind, place and how many members held it: "Loại"', () => {
    expect(text).toContain('Kết quả phân hạng: Loại');
    expect(text).toContain(
      '“Giả mạo hồ sơ” — điều kiện loại hồ sơ, phiếu đánh giá Bộ sản phẩm số 1, mục “Hồ sơ bị loại khi”; 1/3 thành viên xác định.',
    );
  });

  it('says why a star mark was waived, quoting the sheet', () => {
    expect(text).toContain(
      'Chỉ tiêu 7: Hội đồng xác định chỉ tiêu không thuộc đối tượng bắt buộc theo câu chữ của phiếu — “Áp dụng bắt buộc đối với các sản phẩm phải công bố chất lượng',
    );
  });

  it('prints no score of a dossier whose scoring is not closed', () => {
    const third = text.slice(text.indexOf('3. Gạo nếp tan Tân Phong'), text.indexOf(POLICIES_HEADING));
    expect(third).toContain(NOT_CLOSED);
    expect(third).not.toMatch(/\d+ điểm|Tổng điểm|Hạng|Đề xuất/);
  });

  it('"Quy định của Hội đồng": every policy with its value, its source and what the law says, after the sentence that they are not the law', () => {
    const section = text.slice(text.indexOf(POLICIES_HEADING));
    expect(section.startsWith(`${POLICIES_HEADING}${POLICIES_INTRO}`)).toBe(true);
    expect(POLICIES_INTRO).toBe(
      'Các quy định dưới đây do Hội đồng (hoặc UBND tỉnh) lựa chọn ở những điểm Quyết định 26/2026/QĐ-TTg không quy định; đây không phải quy định của Quyết định.',
    );
    expect(data.policies.map((p) => p.key)).toEqual(COUNCIL_POLICY_DESCRIPTORS.map((d) => d.key));
    for (const p of data.policies) {
      expect(section).toContain(p.label.vi);
      expect(section).toContain(p.law.vi);
    }
    expect(section).toContain(
      `Áp dụng: Mọi thành viên đạt phương án có dấu sao (${SOURCE_LABELS.province}; mặc định của OCOP Hub: Quá nửa số thành viên đạt phương án có dấu sao).`,
    );
    expect(section).toContain(`Áp dụng: Một thành viên đánh dấu là đủ (${SOURCE_LABELS.council}).`);
    expect(section).toContain(`Áp dụng: 12 điểm (${SOURCE_LABELS.council}; mặc định của OCOP Hub: 10 điểm).`);
    expect(section).toContain(`Áp dụng: Áp dụng đúng câu chữ của phiếu (${SOURCE_LABELS.default}).`);
    expect(section).toContain(`Áp dụng: Từ 90 điểm trở lên (đúng câu chữ Điều 7.3.e) (${SOURCE_LABELS.default}).`);
    expect(SOURCE_LABELS).toEqual({
      default: 'mặc định của OCOP Hub',
      province: 'do tỉnh quy định',
      council: 'do Hội đồng quy định',
    });
  });

  it('notes a result computed under a policy since changed', () => {
    expect(text).toContain(
      'Kết quả được tính theo quy định của Hội đồng tại thời điểm kết thúc chấm điểm: Cách xét dấu sao giữa các thành viên: Quá nửa số thành viên đạt phương án có dấu sao.',
    );
    expect(policyChangesSinceClose({ spreadThreshold: 12, marksAcrossMembers: 'all-members' }, data.policies)).toEqual(
      [],
    );
  });

  it('ends with the signatures of the secretary and the chair', () => {
    expect(text).toMatch(
      /THƯ KÝ HỘI ĐỒNG\(Ký, ghi rõ họ tên\)Vũ Quốc HuyCHỦ TỊCH HỘI ĐỒNG\(Ký, ghi rõ họ tên\)Trần Văn Bình$/,
    );
    const noSecretary = printed(
      minutesContent({ ...data, members: data.members.filter((m) => m.position !== 'secretary') }),
    );
    expect(noSecretary).not.toContain('THƯ KÝ');
    expect(noSecretary).toMatch(/CHỦ TỊCH HỘI ĐỒNG\(Ký, ghi rõ họ tên\)Trần Văn Bình$/);
  });

  it('prints no English, no code value and no missing value', () => {
    const words = new Set(text.toLowerCase().split(/[^\p{L}_-]+/u));
    const english = [
      'the',
      'and',
      'of',
      'for',
      'with',
      'member',
      'members',
      'council',
      'policy',
      'default',
      'province',
      'central',
      'points',
      'star',
      'stars',
      'score',
      'certify',
      'forward',
      'rejected',
      'return',
      'result',
      'notice',
      'majority',
      'any-member',
      'all-members',
      'mean-points',
      'literal',
      'not-binding',
      'ranked',
      'excluded',
      'stopped',
      'exclusion',
      'stop',
      'not-applicable',
      'council-policy',
      'chair',
      'vice_chair',
      'secretary',
      'advisory',
      'null',
      'undefined',
      'nan',
      'true',
      'false',
      'object',
    ];
    expect(english.filter((w) => words.has(w))).toEqual([]);
  });

  it("a central council is the Ministry's, in Hà Nội, under Art. 7.4.d; a 90+ province result goes to the Ministry", () => {
    const central = printed(minutesContent({ ...data, level: 'central', province: null }));
    expect(central).toContain('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(central).toContain('HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP CẤP TRUNG ƯƠNG');
    expect(central).toContain('Hà Nội, ngày 05 tháng 10 năm 2026');
    expect(central).toContain('của Bộ trưởng Bộ Nông nghiệp và Môi trường');
    expect(central).toContain('theo điểm d khoản 4 Điều 7');
    const first = data.dossiers[0]!;
    const forward = printed(
      minutesContent({
        ...data,
        dossiers: [{ ...first, result: { ...first.result!, mean: 91, band: 5, star: 5, proposal: 'forward' } }],
      }),
    );
    expect(forward).toContain(
      `${OUTCOME_LABELS.forward.vi}: đề nghị Bộ Nông nghiệp và Môi trường đánh giá, phân hạng sản phẩm OCOP 5 sao`,
    );
  });

  it("a reader who may not see the members' cards gets the result without them", () => {
    const first = data.dossiers[0]!;
    const hidden = printed(
      minutesContent({ ...data, dossiers: [{ ...first, result: { ...first.result!, memberTotals: null } }] }),
    );
    expect(hidden).not.toContain('Lò Thị Hương81');
    expect(hidden).toContain('Tổng điểm trung bình (khoản 3 Điều 3): 74,66 điểm');
    expect(hidden).toContain('Điểm của từng thành viên không hiển thị với tài khoản này.');
    expect(hidden).toContain('(ngưỡng theo quy định của Hội đồng: 12 điểm), vượt ngưỡng');
  });

  it('renders to an A4 PDF in Be Vietnam Pro with every Vietnamese letter drawn', async () => {
    const pdf = await renderMinutesPdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const read = readPdf(pdf);
    expect(read.pages).toBeGreaterThanOrEqual(2);
    expect(read.fonts.every((f) => /\+BeVietnamPro-/.test(f))).toBe(true);
    expect(read.notdef).toBe(0);
    const flat = squash(read.text);
    for (const s of [
      'BIÊNBẢN',
      'QuyđịnhcủaHộiđồng',
      squash(POLICIES_INTRO),
      'Tổngđiểmtrungbình',
      '“Giảmạohồsơ”',
      'TrầnVănBình',
    ])
      expect(flat).toContain(s);
  });
});
