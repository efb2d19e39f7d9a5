// The criteria catalogue of Decision 26/2026/QĐ-TTg (resources/criteria/26-2026.json): loader, integrity of every
// sheet, and spot checks against values read in the Decision's text. Discrepancies of the text itself are tested one
// by one in catalogue-discrepancies.test.ts.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allCriteria, findCriterion, findSection, totalPoints } from './domain/catalogue.ts';
import { getCatalogue, getProductSet, listProductSets } from './data/catalogue.ts';
import { checkCatalogueIntegrity, PART_POINTS } from './domain/integrity.ts';
import type { Catalogue, ProductSet } from './domain/types.ts';
import { deriveCatalogue, OUT, serialise, SOURCE_PATH } from '../../../scripts/derive-criteria.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogue = getCatalogue('26-2026')!;
const set = (n: number): ProductSet => getProductSet('26-2026', n)!;
const criterion = (n: number, code: string) => findCriterion(set(n), code)!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('loader', () => {
  it('knows only the 26-2026 catalogue', () => {
    expect(catalogue.ruleSet).toBe('26-2026');
    expect(getCatalogue('148-2023')).toBeUndefined();
    expect(getCatalogue('nope')).toBeUndefined();
    expect(getProductSet('26-2026', 27)).toBeUndefined();
    expect(listProductSets('148-2023')).toEqual([]);
  });

  it('returns the same frozen instance on every call', () => {
    expect(getCatalogue('26-2026')).toBe(catalogue);
    expect(Object.isFrozen(set(1).parts[0]!.sections[0]!.criteria[0]!.options)).toBe(true);
    expect(() => {
      (set(1) as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });

  it('lists summaries in set order', () => {
    const list = listProductSets('26-2026');
    expect(list.map((s) => s.setNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(list[0]).toEqual({
      setNo: 1,
      name: 'Rau, củ, quả, hạt tươi',
      sector: 'Thực phẩm',
      group: 'Thực phẩm tươi sống',
      subgroup: 'Rau, củ, quả, hạt tươi',
      ministries: ['Bộ Nông nghiệp và Môi trường'],
    });
    expect(Object.keys(list[25]!).sort()).toEqual(['group', 'ministries', 'name', 'sector', 'setNo', 'subgroup']);
  });

  it('loads under tsx too (fs relative to the module, no bundler needed)', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        "const m = await import('./src/modules/criteria/data/catalogue.ts'); console.log(m.listProductSets('26-2026').length, m.getProductSet('26-2026', 26).parts.length)",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('26 3');
  });

  it('flattens criteria in sheet order with part and section codes', () => {
    const refs = allCriteria(set(1));
    expect(refs).toHaveLength(32);
    expect(refs[0]).toMatchObject({ partCode: 'A', sectionCode: '1', criterion: { code: '1.1' } });
    expect(refs.at(-1)).toMatchObject({ partCode: 'C', sectionCode: '12', criterion: { code: '12' } });
    const lines = refs.map((r) => r.criterion.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(findCriterion(set(1), '9.9')).toBeUndefined();
    expect(findSection(set(1), '7')?.direct).toBe(true);
  });
});

describe('integrity of every sheet', () => {
  const issues = checkCatalogueIntegrity(catalogue);

  it('has 26 sets numbered 1–26, each from its own heading line', () => {
    expect(catalogue.sets.map((s) => s.setNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    const lines = catalogue.sets.map((s) => s.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('finds no discrepancy that is not documented by a DataNote', () => {
    expect(issues.filter((i) => !i.documented)).toEqual([]);
  });

  it('reports exactly the two documented oddities left as printed (equal points on two options)', () => {
    expect(issues.map((i) => `${i.setNo} ${i.code} ${i.rule}`)).toEqual(['7 3.1 option-order', '23 6.2 option-order']);
  });

  // The law's star marks never invert within a criterion: a *** option never scores more than the **** or *****
  // option of the same criterion, no mark repeats, no mark sits on a 0-point option (checked, not assumed).
  it('has star marks that only rise with the points', () => {
    expect(issues.filter((i) => i.rule === 'star-order')).toEqual([]);
  });

  describe.each(catalogue.sets.map((s) => [s.setNo, s] as const))('set %i', (_n, s) => {
    it('totals 100: parts A 40 / B 25 / C 35', () => {
      expect(totalPoints(s)).toBe(100);
      expect(s.parts.map((p) => [p.code, p.maxPoints])).toEqual(Object.entries(PART_POINTS));
    });

    it('has sections summing to their part and criteria (or groups) summing to their section', () => {
      for (const p of s.parts) {
        expect(sum(p.sections.map((x) => x.maxPoints))).toBe(p.maxPoints);
        for (const x of p.sections) {
          const top = x.criteria.filter((c) => !c.group).map((c) => c.maxPoints);
          expect(sum([...top, ...(x.groups ?? []).map((g) => g.maxPoints)])).toBe(x.maxPoints);
          for (const g of x.groups ?? []) {
            expect(sum(x.criteria.filter((c) => c.group === g.code).map((c) => c.maxPoints))).toBe(g.maxPoints);
          }
        }
      }
    });

    it('has options within their criterion and a best option worth exactly the criterion (per case)', () => {
      for (const { criterion: c } of allCriteria(s)) {
        for (const o of c.options) expect(o.points).toBeLessThanOrEqual(c.maxPoints);
        if (c.kind === 'yesno') {
          expect(c.options).toEqual([]);
          continue;
        }
        const cases = c.branches?.map((b) => b.no) ?? [undefined];
        for (const b of cases) {
          expect(Math.max(...c.options.filter((o) => o.branch === b).map((o) => o.points)), `${c.code} case ${b}`).toBe(
            c.maxPoints,
          );
        }
      }
    });

    it('has unique codes, nested in their section', () => {
      const codes = allCriteria(s).map((r) => r.criterion.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const r of allCriteria(s)) {
        expect(r.criterion.code === r.sectionCode || r.criterion.code.startsWith(`${r.sectionCode}.`)).toBe(true);
      }
    });

    it('keeps star marks and "Yêu cầu" out of titles and option texts', () => {
      for (const { criterion: c } of allCriteria(s)) {
        expect(c.title).not.toMatch(/\*|Yêu cầu:|□/);
        for (const o of c.options) expect(o.text).not.toMatch(/\*|□|^\s|\s$|Ghi chú:/);
      }
    });
  });
});

describe('values read in the Decision (spot checks)', () => {
  it('set 1, 1.5 "Liên kết sản xuất": options 0/1/2/3 with marks –/–/****/*****', () => {
    const c = criterion(1, '1.5');
    expect(c).toMatchObject({ title: 'Liên kết sản xuất', maxPoints: 3, kind: 'choice', line: 612 });
    expect(c.options.map((o) => [o.points, o.minStar])).toEqual([
      [0, null],
      [1, null],
      [2, 4],
      [3, 5],
    ]);
    expect(c.options[3]!.text).toMatch(/ổn định từ 12 tháng trở lên .* phân hạng OCOP$/);
  });

  it('set 1, 2.4 bilingual labelling is a 1-point yes/no criterion', () => {
    expect(criterion(1, '2.4')).toMatchObject({
      title: 'Ghi nhãn hàng hóa có sử dụng song ngữ (Việt - Anh hoặc ngôn ngữ nước ngoài khác)',
      kind: 'yesno',
      maxPoints: 1,
      options: [],
      line: 639,
    });
  });

  it('set 1, sections 7–12 are scored directly; 7 "DINH DƯỠNG" has 3 options', () => {
    const s7 = findSection(set(1), '7')!;
    expect(s7).toMatchObject({ direct: true, maxPoints: 3, line: 717 });
    expect(s7.criteria).toHaveLength(1);
    expect(s7.criteria[0]).toMatchObject({ code: '7', title: s7.title, maxPoints: 3, kind: 'choice', line: 717 });
    expect(s7.criteria[0]!.options.map((o) => [o.text, o.points])).toEqual([
      ['Không có', 0],
      ['Có 1 - 2 chỉ tiêu', 1],
      ['Có trên 2 chỉ tiêu', 3],
    ]);
    expect(['7', '8', '9', '10', '11', '12'].map((c) => findSection(set(1), c)?.direct)).toEqual(Array(6).fill(true));
    expect(findSection(set(1), '6')?.direct).toBeUndefined();
  });

  it('set 1: "Yêu cầu" rows and embedded "Yêu cầu:" go to requirements, "Ghi chú" to notes', () => {
    expect(criterion(1, '1.1').requirements).toEqual(['100% sản phẩm được trồng trên địa bàn cấp tỉnh']);
    const c53 = criterion(1, '5.3');
    expect(c53.title).toBe('Trí tuệ/bản sắc địa phương');
    expect(c53.requirements![0]).toMatch(/^Nội dung câu chuyện sản phẩm OCOP phải thể hiện rõ nguồn gốc/);
    expect(criterion(1, '2.1').notes).toEqual([
      expect.stringMatching(/^Ghi chú: Không đánh giá những sản phẩm có tính phổ biến/),
    ]);
    expect(criterion(1, '12').notes![0]).toMatch(/^Ghi chú: Đánh giá dựa trên các hợp đồng xuất khẩu/);
    expect(criterion(26, '4.3').notes).toEqual(['(Gồm: Tổ chức kinh doanh, phân phối sản phẩm)']);
  });

  it('5.2 "Cấu trúc câu chuyện" applies only when 5.1 found a story (≥ 1 point), in every sheet that says so', () => {
    const withCondition = catalogue.sets.filter((s) => findCriterion(s, '5.2')?.appliesWhen).map((s) => s.setNo);
    expect(withCondition).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    for (const n of withCondition) {
      expect(criterion(n, '5.2').appliesWhen).toEqual({
        criterion: '5.1',
        minPoints: 1,
        text: 'Chỉ áp dụng khi có câu chuyện sản phẩm',
      });
      expect(criterion(n, '5.1').options[0]).toMatchObject({ text: 'Không có câu chuyện sản phẩm', points: 0 });
    }
    expect(criterion(26, '5.2').appliesWhen).toBeUndefined();
  });

  it('set 26, criteria 8, 9 and 15 offer two alternative cases', () => {
    const c8 = criterion(26, '8');
    expect(c8).toMatchObject({ maxPoints: 3, line: 4853 });
    expect(c8.branches).toEqual([
      { no: 1, title: 'Dịch vụ du lịch do cộng đồng cung cấp' },
      { no: 2, title: 'Điểm dịch vụ du lịch' },
    ]);
    expect(c8.options.map((o) => [o.branch, o.points])).toEqual([
      [1, 1],
      [1, 3],
      [2, 1],
      [2, 3],
    ]);
    expect(criterion(26, '9').options.map((o) => [o.branch, o.points])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
    expect(criterion(26, '15').branches?.map((b) => b.no)).toEqual([1, 2]);
    const withCases = allCriteria(set(26))
      .filter((r) => r.criterion.branches)
      .map((r) => r.criterion.code);
    expect(withCases).toEqual(['8', '9', '15']);
    expect(catalogue.sets.flatMap((s) => allCriteria(s)).filter((r) => r.criterion.branches)).toHaveLength(3);
  });

  it('sets 11 and 13: section 6 has intermediate groups with their own points', () => {
    expect(findSection(set(11), '6')!.groups).toEqual([
      { code: '6.1', title: 'Ngoại hình', maxPoints: 4, line: 2438 },
      { code: '6.2', title: 'Nước pha', maxPoints: 11, line: 2448 },
    ]);
    expect(findSection(set(11), '6')!.criteria.map((c) => [c.code, c.group, c.maxPoints])).toEqual([
      ['6.1.1', '6.1', 2],
      ['6.1.2', '6.1', 2],
      ['6.2.1', '6.2', 3],
      ['6.2.2', '6.2', 3],
      ['6.2.3', '6.2', 5],
    ]);
    expect(findSection(set(13), '6')!.groups?.map((g) => [g.code, g.maxPoints])).toEqual([
      ['6.1', 10],
      ['6.2', 5],
    ]);
    expect(
      catalogue.sets.filter((s) => s.parts.some((p) => p.sections.some((x) => x.groups))).map((s) => s.setNo),
    ).toEqual([11, 13]);
  });

  it('reads marks written with spaces, "o" bullets and a "Ghi chú" after the mark', () => {
    // Line 1030: "… điện tử * * * *"; line 1761: "o Rất độc đáo …*****"; line 4121: "…địa phương***** Ghi chú: …".
    expect(criterion(3, '5.1').options.at(-1)).toMatchObject({ points: 5, minStar: 4 });
    expect(criterion(7, '7').options.at(-1)).toEqual({
      text: 'Rất độc đáo và có tính đặc trưng',
      points: 5,
      minStar: 5,
    });
    const c = criterion(21, '6.2');
    expect(c.options.at(-1)).toEqual({
      text: 'Phong cách độc đáo riêng, thể hiện trí tuệ địa phương',
      points: 5,
      minStar: 5,
    });
    expect(c.notes).toEqual(['Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ']);
  });

  it('splits "Hồ sơ bị loại khi" into conditions (set 1 prints it twice)', () => {
    expect(set(1).disqualification).toEqual([
      'Giả mạo hồ sơ',
      'Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định',
      'Không đáp ứng về hồ sơ đăng ký theo quy định',
    ]);
    expect(set(15).disqualification).toHaveLength(4);
    expect(set(19).disqualification[2]).toBe('Không có Bản công bố sản phẩm (hoặc tương đương)');
    expect(set(21).disqualification).toEqual(['Giả mạo hồ sơ', 'Không đáp ứng quy định Hồ sơ đăng ký theo quy định']);
  });

  it('maps every set to its Appendix I class, in order', () => {
    const rows = catalogue.sets.map((s) => [s.setNo, s.sector, s.group, s.subgroup, s.ministries.length]);
    expect(rows.filter((r) => r[3] === null).map((r) => r[0])).toEqual([13, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
    expect(set(6)).toMatchObject({
      group: 'Thực phẩm chế biến',
      subgroup: 'Chế biến từ gạo, ngũ cốc',
      ministries: ['Bộ Nông nghiệp và Môi trường', 'Bộ Công Thương'],
    });
    expect(set(16)).toMatchObject({ sector: 'Đồ uống', group: 'Đồ uống không cồn', ministries: ['Bộ Y tế'] });
    expect(set(18)).toMatchObject({ sector: 'Dược liệu và sản phẩm từ dược liệu', subgroup: null });
    expect(set(26)).toMatchObject({
      sector: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      ministries: ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Nông nghiệp và Môi trường'],
    });
  });

  it('records the source line of every heading', () => {
    expect(set(1).line).toBe(574);
    expect(set(19).line).toBe(3668);
    expect(set(26).parts.map((p) => p.line)).toEqual([4762, 4810, 4844]);
    expect(findSection(set(10), '8')).toMatchObject({ title: 'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM', line: 2292 });
  });
});

// The JSON is derived, never hand-edited: re-deriving from the Decision's text gives the committed file byte for byte.
// The text lives outside the repository (../shared/reference), so the check is skipped where it is absent.
describe.skipIf(!existsSync(SOURCE_PATH))('derivation', () => {
  it('reproduces resources/criteria/26-2026.json', () => {
    const derived: Catalogue = deriveCatalogue(readFileSync(SOURCE_PATH, 'utf8'));
    expect(serialise(derived) === readFileSync(OUT, 'utf8')).toBe(true);
  });

  it('formats without touching content (one-line options are still the same JSON)', () => {
    expect(JSON.parse(serialise(catalogue))).toEqual(catalogue);
  });
});
