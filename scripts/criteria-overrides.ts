// Hand corrections and recorded discrepancies for scripts/derive-criteria.ts.
// Every entry names the source line (1-based, ../shared/reference/qd-26-2026-QD-TTg.txt), says what the legal text
// does and what the data does about it; each becomes a DataNote of the set containing that line.
// Entries that change data also state the raw value they expect, so a changed source fails loudly instead of being
// "corrected" twice. resources/criteria/NOTES.md explains every entry in Vietnamese and English.
import type { CriterionFlag } from '../src/modules/criteria/index.ts';

interface Base {
  line: number;
  /**
   * Shown to scorers beside the criterion `code` (required with a flag): a suspected misprint kept as printed, or a
   * star mark that plainly concerns another kind of product (a council may adopt its own reading: council policies).
   */
  flag?: CriterionFlag;
  /** Only for lines outside the sheets (Appendix I): the set the note belongs to. */
  setNo?: number;
  code?: string;
  issue: string;
  choice: string;
}

/** Data follows the text as printed (or the text's own other cell); the entry only records the discrepancy. */
export interface NoteOnly extends Base {
  kind: 'note';
}

/** Replace the points cell of the row at `line`, whose raw cell must read `from`. */
export interface PointsOverride extends Base {
  kind: 'points';
  from: string;
  to: number;
}

export type Override = NoteOnly | PointsOverride;

export const overrides: Override[] = [
  // Appendix I and the "Hồ sơ bị loại khi" paragraphs.
  {
    kind: 'note',
    line: 523,
    setNo: 17,
    issue:
      'Appendix I names subgroup II.2.b "Đồ uống không cồn", the same as its group; the set is "Đồ uống không cồn khác".',
    choice: 'subgroup = "Đồ uống không cồn" as printed in Appendix I; the set name carries "khác".',
  },
  {
    kind: 'note',
    line: 3350,
    issue:
      'Set 17 disqualification: "…; hoặc giấy phép sản xuất theo quy định hoặc không đáp ứng …" lacks its verb; set 15 reads "không có giấy phép sản xuất theo quy định".',
    choice:
      'The condition is kept verbatim ("Giấy phép sản xuất theo quy định"); read it as "không có giấy phép sản xuất theo quy định" like set 15.',
  },
  {
    kind: 'note',
    line: 3516,
    issue:
      'Set 18 disqualification: "…; Hồ sơ đăng ký bản đăng ký công bố chất lượng sản phẩm, ghi nhãn sản phẩm, quảng cáo sản phẩm hoặc không đáp ứng …" is an incomplete clause.',
    choice:
      'Kept verbatim as its own condition; presumably the registration of the quality declaration, labelling and advertising dossiers is not compliant.',
  },
  {
    kind: 'note',
    line: 4748,
    issue: 'Set 26 prints no "Hồ sơ bị loại khi" paragraph (every other sheet does).',
    choice: 'disqualification = [] for set 26; nothing is borrowed from other sheets.',
  },
  // Sheet headings that name the group (or the set) differently from Appendix I / the Appendix II index.
  // sector/group/subgroup/ministries come from Appendix I, matched to the sets by order (26 classes ↔ 26 sets).
  {
    kind: 'note',
    line: 1614,
    issue: 'Set 7 heading says "Nhóm: Nông sản chế biến"; Appendix I names the group "Thực phẩm chế biến".',
    choice:
      'group = "Thực phẩm chế biến" (Appendix I is the classification the Decision defines; the heading is descriptive).',
  },
  {
    kind: 'note',
    line: 1788,
    issue: 'Set 8 heading says "Nhóm: Nông sản chế biến"; Appendix I names the group "Thực phẩm chế biến".',
    choice:
      'group = "Thực phẩm chế biến" (Appendix I is the classification the Decision defines; the heading is descriptive).',
  },
  {
    kind: 'note',
    line: 3498,
    issue:
      'Set 18 heading says "Nhóm: Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền"; Appendix I names the group "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền".',
    choice:
      'group = "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền" (Appendix I is the classification the Decision defines; the heading is descriptive).',
  },
  {
    kind: 'note',
    line: 3668,
    issue: 'Set 19 heading says "Nhóm: Mỹ phẩm"; Appendix I names the group "Mỹ phẩm có thành phần từ dược liệu".',
    choice:
      'group = "Mỹ phẩm có thành phần từ dược liệu" (Appendix I is the classification the Decision defines; the heading is descriptive).',
  },
  {
    kind: 'note',
    line: 3839,
    issue: 'Set 20 heading says "Nhóm: Dược liệu khác"; Appendix I names the group "Tinh dầu và dược liệu khác".',
    choice:
      'group = "Tinh dầu và dược liệu khác" (Appendix I is the classification the Decision defines; the heading is descriptive).',
  },
  {
    kind: 'note',
    line: 4004,
    issue:
      'Set 21 heading says "Bộ sản phẩm: Thủ công mỹ nghệ gia dụng, trang trí"; the Appendix II index lists it as "Thủ công mỹ nghệ".',
    choice:
      'name = "Thủ công mỹ nghệ" as in the index, like every other set; group (Appendix I) keeps the full "Thủ công mỹ nghệ gia dụng, trang trí".',
  },
  // Points cells the sheet itself contradicts: the data uses the value the rest of the sheet requires.
  // Empty cells on the "no certificate" option of 1.2 (sets 4, 7, 10, 11):
  {
    kind: 'points',
    line: 1122,
    code: '1.2',
    from: '',
    to: 0,
    issue: 'Option "Không được cấp giấy chứng nhận chất lượng" has an empty points cell.',
    choice:
      '0 points: it is the lowest option, below the 1-point national certificate, and scores 0 in every sheet that prints it.',
  },
  {
    kind: 'points',
    line: 1638,
    code: '1.2',
    from: '',
    to: 0,
    issue: 'Option "Không được cấp giấy chứng nhận chất lượng" has an empty points cell.',
    choice:
      '0 points: it is the lowest option, below the 1-point national certificate, and scores 0 in every sheet that prints it.',
  },
  {
    kind: 'points',
    line: 2166,
    code: '1.2',
    from: '',
    to: 0,
    issue: 'Option "Không được cấp giấy chứng nhận chất lượng" has an empty points cell.',
    choice:
      '0 points: it is the lowest option, below the 1-point national certificate, and scores 0 in every sheet that prints it.',
  },
  {
    kind: 'points',
    line: 2341,
    code: '1.2',
    from: '',
    to: 0,
    issue: 'Option "Không được cấp giấy chứng nhận chất lượng" has an empty points cell.',
    choice:
      '0 points: it is the lowest option, below the 1-point national certificate, and scores 0 in every sheet that prints it.',
  },
  // A value above its criterion, or an unreadable cell:
  {
    kind: 'points',
    line: 1240,
    code: '7',
    from: '13',
    to: 3,
    issue: 'Set 4, section 7 "DINH DƯỠNG" (3 points): option "Có trên 2 chỉ tiêu" scores 13.',
    choice:
      '3 points: the section is worth 3, its best option must reach 3, and sets 1 and 3 score the same option 3 in the same 3-point section.',
  },
  {
    kind: 'points',
    line: 2441,
    code: '6.1.1',
    from: '11',
    to: 1,
    issue: 'Set 11, 6.1.1 "Tạp chất" (2 points): middle option "Có rất ít tạp chất, chấp nhận được" scores 11.',
    choice:
      '1 point: it lies between the 0-point and the 2-point options, and every other sheet whose "Tạp chất" is worth 2 (sets 4–10, 12, 13, 17) scores it 1.',
  },
  {
    kind: 'points',
    line: 4441,
    code: '9',
    from: '4 1',
    to: 4,
    issue: 'Set 23, section 9 "HƯỚNG DẪN SỬ DỤNG…": the points cell reads "4 1".',
    choice:
      '4 points: the best option scores 4 and part C (35) = 6 (14) + 7 (8) + 8 (4) + 9 + 10 (5) holds only with 4; the trailing "1" is read as a stray character.',
  },
  // Kept as printed: the numbers or marks the data uses are the text's own.
  {
    kind: 'note',
    line: 4762,
    code: 'A',
    issue: 'Set 26, part A heading says "(35 Điểm)" while its points cell says 40.',
    choice:
      '40: the cell, the sum of sections 1–3 (14 + 12 + 14 = 40) and Art. 3.1.a (part A = 40 points) agree; "35" is a leftover of the old 35/25/40 split.',
  },
  {
    kind: 'note',
    line: 1681,
    code: '3.1',
    issue:
      'Set 7, 3.1: "Công ty TNHH; hoặc doanh nghiệp tư nhân; …<51%" scores 1, the same as the household option; the other 25 sheets score it 2.',
    choice:
      'Kept as printed (1): the sheet is internally consistent (best option 3 = criterion 3); change only on an official correction.',
    flag: {
      kind: 'suspected-misprint',
      line: 1681,
      note: {
        vi: 'Nghi vấn lỗi in trong văn bản: phương án "Công ty TNHH; hoặc doanh nghiệp tư nhân…" được 1 điểm (bằng hộ sản xuất), 25 phiếu khác cho 2 điểm. Dữ liệu giữ 1 điểm như văn bản đến khi có văn bản đính chính.',
        en: 'Suspected misprint in the text: the company option scores 1 (like households); the other 25 sheets give 2. The data keeps 1 as printed until an official correction.',
      },
    },
  },
  {
    kind: 'note',
    line: 4424,
    code: '6.2',
    issue: 'Set 23, 6.2 "Màu sắc": "Chấp nhận được" and "Phù hợp với đặc tính sản phẩm" both score 1.',
    choice:
      'Kept as printed (1 and 1): nothing else is contradicted; the lower option may have been meant as 0, but the text does not say so.',
    flag: {
      kind: 'suspected-misprint',
      line: 4424,
      note: {
        vi: 'Nghi vấn lỗi in trong văn bản: "Chấp nhận được" và "Phù hợp với đặc tính sản phẩm" cùng 1 điểm. Dữ liệu giữ như văn bản.',
        en: 'Suspected misprint in the text: "Chấp nhận được" and "Phù hợp với đặc tính sản phẩm" both score 1. The data keeps it as printed.',
      },
    },
  },
  {
    kind: 'note',
    line: 2223,
    code: '3.5',
    issue:
      'Set 10, 3.5 "Sở hữu trí tuệ": the 2-point option (registered mark + geographical sign) has no "****" mark; the other 23 sheets with this option (and set 26 with its tourism wording) mark it "****".',
    choice:
      'Kept as printed (no mark): the star marks are per sheet and the sheet is not self-contradictory; flagged for an official correction.',
    flag: {
      kind: 'suspected-misprint',
      line: 2223,
      note: {
        vi: 'Nghi vấn lỗi in trong văn bản: phương án 2 điểm không có dấu "****" như 23 phiếu khác. Dữ liệu giữ như văn bản (không có dấu sao).',
        en: 'Suspected misprint in the text: the 2-point option lacks the "****" mark the other 23 sheets carry. The data keeps it as printed (no mark).',
      },
    },
  },
  {
    kind: 'note',
    line: 725,
    code: '8',
    issue:
      'Set 1, section 8 "TÍNH ĐỘC ĐÁO": the 5-point option "Rất độc đáo và có tính đặc trưng" has no "*****" mark, unlike the same option in the other 22 sheets that print it.',
    choice: 'Kept as printed (no mark): a 5★ product of set 1 needs only the "****" option here.',
    flag: {
      kind: 'suspected-misprint',
      line: 725,
      note: {
        vi: 'Nghi vấn lỗi in trong văn bản: phương án 5 điểm "Rất độc đáo và có tính đặc trưng" không có dấu "*****" như 22 phiếu khác. Dữ liệu giữ như văn bản: sản phẩm 5 sao chỉ cần phương án "****".',
        en: 'Suspected misprint in the text: the 5-point option lacks the "*****" mark the other 22 sheets carry. The data keeps it as printed: a 5★ product needs only the "****" option.',
      },
    },
  },
  // Wording that does not fit the sheet it is in.
  {
    kind: 'note',
    line: 4142,
    code: '8',
    issue:
      'Set 21 (handicrafts), section 8: the options require a food-safety establishment certificate / food-safety export conditions (wording of the food sheets); the 1-point option carries "***".',
    choice:
      'Kept as printed, mark included (the default); flagged on the sheet, and a council may adopt the reading that the mark does not bind (council policy outOfScopeMarks).',
    flag: {
      kind: 'mark-out-of-scope',
      line: 4142,
      note: {
        vi: 'Dấu "***" đòi giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (câu chữ của phiếu thực phẩm) cho sản phẩm thủ công mỹ nghệ. Mặc định áp dụng đúng câu chữ; Hội đồng có thể quy định cách đọc khác (quy định của Hội đồng).',
        en: 'The "***" mark asks a handicraft workshop for a food-safety establishment certificate (food-sheet wording). By default it binds as printed; a council may adopt another reading (council policy).',
      },
    },
  },
  {
    kind: 'note',
    line: 3818,
    code: '12',
    issue:
      'Set 19 (cosmetics), section 12: the 1-point option "Cơ sở chế biến, đóng gói có giấy chứng nhận đủ điều kiện an toàn thực phẩm theo quy định" carries "***", wording of the food sheets.',
    choice:
      'Kept as printed, mark included (the default); flagged on the sheet, and a council may adopt the reading that the mark does not bind (council policy outOfScopeMarks).',
    flag: {
      kind: 'mark-out-of-scope',
      line: 3818,
      note: {
        vi: 'Dấu "***" đòi giấy chứng nhận đủ điều kiện an toàn thực phẩm cho cơ sở sản xuất mỹ phẩm (câu chữ của phiếu thực phẩm). Mặc định áp dụng đúng câu chữ; Hội đồng có thể quy định cách đọc khác (quy định của Hội đồng).',
        en: 'The "***" mark asks a cosmetics maker for a food-safety certificate (food-sheet wording). By default it binds as printed; a council may adopt another reading (council policy).',
      },
    },
  },
  {
    kind: 'note',
    line: 3984,
    code: '12',
    issue:
      'Set 20 (essential oils and other medicinal materials), section 12: the 1-point option requires a food-safety establishment certificate and carries "***", wording of the food sheets.',
    choice:
      'Kept as printed, mark included (the default); flagged on the sheet, and a council may adopt the reading that the mark does not bind (council policy outOfScopeMarks).',
    flag: {
      kind: 'mark-out-of-scope',
      line: 3984,
      note: {
        vi: 'Dấu "***" đòi giấy chứng nhận đủ điều kiện an toàn thực phẩm cho cơ sở sản xuất tinh dầu, dược liệu (câu chữ của phiếu thực phẩm). Mặc định áp dụng đúng câu chữ; Hội đồng có thể quy định cách đọc khác (quy định của Hội đồng).',
        en: 'The "***" mark asks an essential-oil or herbal maker for a food-safety certificate (food-sheet wording). By default it binds as printed; a council may adopt another reading (council policy).',
      },
    },
  },
  {
    kind: 'note',
    line: 4858,
    code: '8',
    issue:
      'Set 26: case 2 of criterion 8 is "Điểm dịch vụ du lịch", while case 2 of criteria 9 and 15 is "Dịch vụ du lịch do tổ chức, cá nhân cung cấp" (case 1 is "Dịch vụ du lịch do cộng đồng cung cấp" in all three).',
    choice:
      'Each criterion keeps its own case titles as printed; case numbers line up (1 = community-provided, 2 = the other), so an evaluator can pick one case for the whole product.',
  },
];
