// One test per place where the text of Decision 26/2026/QĐ-TTg is inconsistent: each asserts the choice the data
// makes and that the choice is recorded as a DataNote (resources/criteria/NOTES.md explains them).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findCriterion, findSection } from './domain/catalogue.ts';
import { getCatalogue, getProductSet } from './data/catalogue.ts';
import type { DataNote, ProductSet } from './domain/types.ts';

const set = (n: number): ProductSet => getProductSet('26-2026', n)!;
const criterion = (n: number, code: string) => findCriterion(set(n), code)!;
const note = (n: number, line: number): DataNote | undefined => set(n).notes.find((x) => x.line === line);
const points = (n: number, code: string) => criterion(n, code).options.map((o) => o.points);
const stars = (n: number, code: string) => criterion(n, code).options.map((o) => o.minStar);

describe('points corrected where the text contradicts itself', () => {
  it.each([
    [4, 1122],
    [7, 1638],
    [10, 2166],
    [11, 2341],
  ])('set %i line %i: empty cell of "no certificate" in 1.2 → 0', (n, line) => {
    expect(criterion(n, '1.2').options[0]).toMatchObject({
      text: 'Không được cấp giấy chứng nhận chất lượng',
      points: 0,
    });
    expect(note(n, line)).toMatchObject({ code: '1.2' });
  });

  it('set 4 line 1240: "Có trên 2 chỉ tiêu" printed 13 in the 3-point section 7 → 3', () => {
    expect(points(4, '7')).toEqual([0, 1, 3]);
    expect(criterion(4, '7').maxPoints).toBe(3);
    expect(note(4, 1240)).toMatchObject({ code: '7' });
  });

  it('set 11 line 2441: middle option of the 2-point 6.1.1 printed 11 → 1', () => {
    expect(points(11, '6.1.1')).toEqual([0, 1, 2]);
    expect(note(11, 2441)).toMatchObject({ code: '6.1.1' });
  });

  it('set 23 line 4441: section 9 points cell "4 1" → 4', () => {
    expect(findSection(set(23), '9')!.maxPoints).toBe(4);
    expect(points(23, '9')).toEqual([2, 4]);
    expect(set(23).parts[2]!.sections.map((s) => s.maxPoints)).toEqual([14, 8, 4, 4, 5]);
    expect(note(23, 4441)).toMatchObject({ code: '9' });
  });
});

describe('kept as printed, recorded', () => {
  it('set 26 line 4762: part A heading "(35 Điểm)", cell 40 → 40 (cell, sections and Art. 3.1.a agree)', () => {
    const a = set(26).parts[0]!;
    expect(a).toMatchObject({ code: 'A', maxPoints: 40, line: 4762, title: 'SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG' });
    expect(a.sections.map((s) => s.maxPoints)).toEqual([14, 12, 14]);
    expect(note(26, 4762)).toMatchObject({ code: 'A' });
  });

  it('set 7 line 1681: 3.1 company option scores 1 like households (2 elsewhere) → kept 1', () => {
    expect(points(7, '3.1')).toEqual([1, 1, 3]);
    expect(points(8, '3.1')).toEqual([1, 2, 3]);
    expect(note(7, 1681)).toMatchObject({ code: '3.1' });
  });

  it('set 23 line 4424: 6.2 first two options both score 1 → kept', () => {
    expect(points(23, '6.2')).toEqual([1, 1, 3, 5]);
    expect(note(23, 4424)).toMatchObject({ code: '6.2' });
  });

  it('set 10 line 2223: 3.5 2-point option without "****" → kept without mark', () => {
    expect(stars(10, '3.5')).toEqual([3, null, null]);
    expect(stars(9, '3.5')).toEqual([3, 4, null]);
    expect(note(10, 2223)).toMatchObject({ code: '3.5' });
  });

  it('set 1 line 725: section 8 best option without "*****" → kept without mark', () => {
    expect(stars(1, '8')).toEqual([null, null, 4, null]);
    expect(stars(2, '7')).toEqual([null, null, 4, 5]);
    expect(note(1, 725)).toMatchObject({ code: '8' });
  });

  it.each([
    [21, 4142, '8'],
    [19, 3818, '12'],
    [20, 3984, '12'],
  ] as const)(
    'set %i line %i: a non-food sheet asks in %s for a food-safety certificate → wording and "***" kept, flagged "mark-out-of-scope"',
    (n, line, code) => {
      expect(criterion(n, code).options[0]).toMatchObject({ points: 1, minStar: 3 });
      expect(criterion(n, code).options[0]!.text).toContain('an toàn thực phẩm');
      expect(note(n, line)).toMatchObject({ code });
      expect(criterion(n, code).flags).toEqual([expect.objectContaining({ kind: 'mark-out-of-scope', line })]);
    },
  );

  it.each([
    [7, '3.1', 1681],
    [23, '6.2', 4424],
    [10, '3.5', 2223],
    [1, '8', 725],
  ] as const)(
    'set %i %s (line %i): a suspected misprint kept as printed is shown to scorers as "nghi vấn lỗi in trong văn bản"',
    (n, code, line) => {
      const flags = criterion(n, code).flags!;
      expect(flags).toEqual([expect.objectContaining({ kind: 'suspected-misprint', line })]);
      expect(flags[0]!.note.vi).toMatch(/^Nghi vấn lỗi in trong văn bản/);
    },
  );

  it('set 26 line 4858: case 2 of criterion 8 named differently from 9 and 15 → titles kept, numbers aligned', () => {
    expect(criterion(26, '8').branches![1]!.title).toBe('Điểm dịch vụ du lịch');
    expect(criterion(26, '9').branches![1]!.title).toBe('Dịch vụ du lịch do tổ chức, cá nhân cung cấp');
    expect(criterion(26, '15').branches![1]!.title).toBe('Dịch vụ du lịch do tổ chức, cá nhân cung cấp');
    for (const code of ['8', '9', '15'])
      expect(criterion(26, code).branches![0]!.title).toBe('Dịch vụ du lịch do cộng đồng cung cấp');
    expect(note(26, 4858)).toMatchObject({ code: '8' });
  });
});

describe('names, classification and disqualification', () => {
  it.each([
    [7, 1614, 'Thực phẩm chế biến'],
    [8, 1788, 'Thực phẩm chế biến'],
    [18, 3498, 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền'],
    [19, 3668, 'Mỹ phẩm có thành phần từ dược liệu'],
    [20, 3839, 'Tinh dầu và dược liệu khác'],
  ])('set %i line %i: heading group differs from Appendix I → group "%s"', (n, line, group) => {
    expect(set(n).group).toBe(group);
    expect(note(n, line)?.issue).toMatch(/heading says "Nhóm:/);
  });

  it('set 21 line 4004: heading name longer than the index → index name', () => {
    expect(set(21)).toMatchObject({
      name: 'Thủ công mỹ nghệ',
      group: 'Thủ công mỹ nghệ gia dụng, trang trí',
      subgroup: null,
    });
    expect(note(21, 4004)).toBeDefined();
  });

  it('set 17 line 523: Appendix I subgroup named like its group → kept', () => {
    expect(set(17)).toMatchObject({
      name: 'Đồ uống không cồn khác',
      group: 'Đồ uống không cồn',
      subgroup: 'Đồ uống không cồn',
    });
    expect(note(17, 523)).toBeDefined();
  });

  it('set 17 line 3350: disqualification clause without "không có" → kept verbatim', () => {
    expect(set(17).disqualification).toContain('Giấy phép sản xuất theo quy định');
    expect(set(15).disqualification).toContain('Không có giấy phép sản xuất theo quy định');
    expect(note(17, 3350)).toBeDefined();
  });

  it('set 18 line 3516: incomplete disqualification clause → kept verbatim as one condition', () => {
    expect(set(18).disqualification).toEqual([
      'Giả mạo hồ sơ',
      'Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện sản xuất sản phẩm (GMP đối với thực phẩm bảo vệ hoặc tương đương)',
      'Hồ sơ đăng ký bản đăng ký công bố chất lượng sản phẩm, ghi nhãn sản phẩm, quảng cáo sản phẩm',
      'Không đáp ứng quy định hồ sơ đăng ký theo quy định',
    ]);
    expect(note(18, 3516)).toBeDefined();
  });

  it('set 26 line 4748: no "Hồ sơ bị loại khi" paragraph → no conditions', () => {
    expect(set(26).disqualification).toEqual([]);
    expect(note(26, 4748)).toBeDefined();
  });
});

describe('the record of discrepancies', () => {
  const all = getCatalogue('26-2026')!.sets.flatMap((s) => s.notes.map((n) => ({ setNo: s.setNo, ...n })));

  it('holds exactly the 26 notes tested above', () => {
    expect(all.map((n) => `${n.setNo}:${n.line}`)).toEqual([
      '1:725',
      '4:1122',
      '4:1240',
      '7:1614',
      '7:1638',
      '7:1681',
      '8:1788',
      '10:2166',
      '10:2223',
      '11:2341',
      '11:2441',
      '17:523',
      '17:3350',
      '18:3498',
      '18:3516',
      '19:3668',
      '19:3818',
      '20:3839',
      '20:3984',
      '21:4004',
      '21:4142',
      '23:4424',
      '23:4441',
      '26:4748',
      '26:4762',
      '26:4858',
    ]);
  });

  it('is explained line by line in resources/criteria/NOTES.md', () => {
    const md = readFileSync(new URL('../../../resources/criteria/NOTES.md', import.meta.url), 'utf8');
    for (const n of all) expect(md, `line ${n.line}`).toMatch(new RegExp(`\\b${n.line}\\b`));
  });
});
