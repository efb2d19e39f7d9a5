// Part III of Form 02 on paper: the product set's whole criteria sheet as Appendix II prints it ("Các tiêu chí |
// Thang điểm", □ before each option, star marks after it), with a third column for the producer's own score, the
// chosen option ticked and in bold, the evidence under each criterion, and the engine's result below the table.
import type { Content, TableCell } from 'pdfmake';
import type { ScoreResult, Criterion, ProductSet } from '../../criteria/index.ts';
import type { Form02Evidence } from './form02.ts';
import { FORM02_TEXT } from './form02.ts';
import { checkbox, formatNumber, stars } from './pdf-kit.ts';

const SIZE = 9.5;
const PART_FILL = '#e6e6e6';
const SECTION_FILL = '#f4f4f4';

const WIDTHS = ['*', 44, 50];
const GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#777',
  vLineColor: () => '#777',
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const mark = (minStar: number | null) => (minStar ? ` ${'*'.repeat(minStar)}` : '');
const points = (n: number) => ({ text: formatNumber(n), alignment: 'center' as const });

/** One option of the sheet: its box (ticked when chosen), its words and star mark, its points. */
function optionRow(label: string, pts: number, chosen: boolean): TableCell[] {
  return [
    {
      columns: [
        { ...checkbox(chosen, 8), width: 8, margin: [0, 2.5, 0, 0] } as Content,
        { text: label, bold: chosen, width: '*' },
      ],
      columnGap: 5,
      margin: [10, 0, 0, 0],
    },
    { ...points(pts), bold: chosen },
    '',
  ];
}

const noteRow = (text: string, indent = 10): TableCell[] => [
  { text, italics: true, margin: [indent, 0, 0, 0], colSpan: 3, fontSize: SIZE - 0.5 },
  '',
  '',
];

function evidenceRow(items: Form02Evidence[string] | undefined): TableCell[][] {
  if (!items?.length) return [];
  const lines = items.map((e) =>
    [e.note, e.fileIds.length ? `tệp: ${e.fileIds.join(', ')}` : undefined].filter(Boolean).join(' — '),
  );
  return [
    [
      {
        text: [{ text: 'Minh chứng: ', bold: true }, lines.join('; ')],
        italics: true,
        colSpan: 3,
        fontSize: SIZE - 1,
        color: '#333',
        margin: [10, 0, 0, 1],
      },
      '',
      '',
    ],
  ];
}

function criterionRows(c: Criterion, direct: boolean, score: ScoreResult, evidence: Form02Evidence): TableCell[][] {
  const result = score.criteria.find((r) => r.code === c.code)!;
  const rows: TableCell[][] = [];
  if (!direct) {
    rows.push([
      { text: `${c.code}. ${c.title}`, bold: true },
      points(c.maxPoints),
      result.applicable
        ? { ...points(result.points), bold: true }
        : { text: 'Không áp dụng', italics: true, alignment: 'center', fontSize: SIZE - 1.5 },
    ]);
  }
  if (c.appliesWhen) rows.push(noteRow(`(${c.appliesWhen.text})`));
  for (const r of c.requirements ?? []) rows.push(noteRow(r.startsWith('Yêu cầu') ? r : `Yêu cầu: ${r}`));
  for (const n of c.notes ?? []) rows.push(noteRow(n));
  if (c.kind === 'yesno') {
    rows.push(optionRow('Có', c.maxPoints, result.chosen === true), optionRow('Không', 0, result.chosen === false));
  } else {
    let branch: number | undefined;
    c.options.forEach((o, i) => {
      if (o.branch !== undefined && o.branch !== branch) {
        branch = o.branch;
        const b = c.branches?.find((x) => x.no === branch);
        rows.push(noteRow(`${String.fromCharCode(96 + branch)}. Trường hợp ${branch}: ${b?.title ?? ''}`, 4));
      }
      rows.push(optionRow(`${o.text}${mark(o.minStar)}`, o.points, result.chosen === i));
    });
  }
  // Say on the criterion itself which star mark it misses, so the producer sees where the star is lost.
  for (const b of score.blocking.filter((x) => x.criterion === c.code)) {
    rows.push([
      {
        text: `Chưa đạt yêu cầu tối thiểu cho hạng ${b.star} sao (${'*'.repeat(b.star)}): cần ${b.requiredPoints} điểm, tự đánh giá ${b.actualPoints} điểm`,
        italics: true,
        color: '#b00020',
        colSpan: 3,
        fontSize: SIZE - 1,
        margin: [10, 0, 0, 1],
      },
      '',
      '',
    ]);
  }
  rows.push(...evidenceRow(evidence[c.code]));
  return rows;
}

const sum = (score: ScoreResult, codes: string[]) =>
  score.criteria.filter((r) => codes.includes(r.code)).reduce((s, r) => s + r.points, 0);

const headingRow = (text: string, max: number, got: number, fillColor?: string, italics = false): TableCell[] => [
  { text, bold: true, italics, fillColor },
  { ...points(max), bold: true, fillColor },
  { ...points(got), bold: true, italics, fillColor },
];

/**
 * One table per criterion, kept whole on a page, with the headings above it (part, section, group) glued to the
 * first criterion under them: one long table would split a criterion from its options across pages. The tables
 * touch, so they print as one.
 */
function block(rows: TableCell[][]): Content {
  return {
    table: { widths: WIDTHS, body: rows, dontBreakRows: true },
    layout: GRID,
    unbreakable: true,
    fontSize: SIZE,
    lineHeight: 1.1,
  };
}

/** The criteria sheet of `set` scored as `score`, in the layout of Appendix II plus the self-assessed points. */
export function criteriaSheet(set: ProductSet, score: ScoreResult, evidence: Form02Evidence): Content {
  const blocks: Content[] = [];
  let pending: TableCell[][] = [
    [
      { text: 'Các tiêu chí', bold: true, alignment: 'center' },
      { text: 'Thang điểm', bold: true, alignment: 'center' },
      { text: 'Tự đánh giá', bold: true, alignment: 'center' },
    ],
  ];
  for (const part of set.parts) {
    pending.push(
      headingRow(
        `Phần ${part.code}: ${part.title} (${part.maxPoints} điểm)`,
        part.maxPoints,
        score.parts[part.code],
        PART_FILL,
      ),
    );
    for (const s of part.sections) {
      pending.push(
        headingRow(
          `${s.code}. ${s.title}`,
          s.maxPoints,
          sum(
            score,
            s.criteria.map((c) => c.code),
          ),
          SECTION_FILL,
        ),
      );
      let group: string | undefined;
      for (const c of s.criteria) {
        if (c.group && c.group !== group) {
          group = c.group;
          const g = s.groups?.find((x) => x.code === group);
          pending.push(
            headingRow(
              `${group}. ${g?.title ?? ''}`,
              g?.maxPoints ?? 0,
              sum(
                score,
                s.criteria.filter((x) => x.group === group).map((x) => x.code),
              ),
              undefined,
              true,
            ),
          );
        }
        blocks.push(block([...pending, ...criterionRows(c, Boolean(s.direct), score, evidence)]));
        pending = [];
      }
    }
  }
  const max = set.parts.reduce((total, p) => total + p.maxPoints, 0);
  blocks.push(block([headingRow('TỔNG CỘNG', max, score.total, PART_FILL)]));
  return { stack: blocks, margin: [0, 4, 0, 4] };
}

/** The engine's verdict: points per part, total, band of Art. 3.3, the star after the sheet's star marks. */
export function scoreSummary(set: ProductSet, score: ScoreResult): Content {
  const partLine = set.parts
    .map((p) => `Phần ${p.code}: ${formatNumber(score.parts[p.code])}/${p.maxPoints}`)
    .join('; ');
  const star = score.star ?? 0;
  const blocking = score.blocking.map(
    (b) =>
      `tiêu chí ${b.criterion} (${b.title}) cần ${b.requiredPoints} điểm cho hạng ${b.star} sao, tự chấm ${b.actualPoints}`,
  );
  const rows: TableCell[][] = [
    ['Điểm theo phần', partLine],
    ['Tổng điểm tự đánh giá', { text: `${formatNumber(score.total)}/100 điểm`, bold: true }],
    ['Hạng theo tổng điểm', `${score.band} sao (Điều 3 khoản 3)`],
    // Appendix II knock-outs: no star, the sheet's condition quoted.
    ...(score.outcome !== undefined && score.outcome !== 'ranked'
      ? [
          [
            'Hạng sao tự đánh giá',
            { text: score.outcome === 'excluded' ? 'Loại' : 'Dừng đánh giá', bold: true },
          ] as TableCell[],
        ]
      : [
          [
            'Hạng sao tự đánh giá',
            {
              columns: [
                { text: `${star} sao`, bold: true, width: 'auto' },
                { ...stars(star, 11), width: 62 },
                // Art. 4.1: only 3★–5★ are recognised.
                {
                  text: score.certifiable ? '' : '(chưa đủ điều kiện công nhận, Điều 4 khoản 1)',
                  italics: true,
                  width: '*',
                },
              ],
              columnGap: 10,
            },
          ] as TableCell[],
        ]),
  ];
  if (score.knockouts?.length)
    rows.push(['Điều kiện loại / dừng đánh giá của phiếu', score.knockouts.map((k) => `“${k.text}”`).join('; ')]);
  if (score.marksWaived?.length) {
    rows.push([
      'Dấu sao không bắt buộc',
      score.marksWaived.map((w) => `tiêu chí ${w.criterion}: ${w.text}`).join('; '),
    ]);
  }
  if (blocking.length) rows.push(['Chưa đạt yêu cầu tối thiểu (dấu sao)', blocking.join('; ')]);
  return {
    stack: [
      { text: FORM02_TEXT.starMarkNote, italics: true, fontSize: SIZE },
      {
        table: { widths: [200, '*'], body: rows.map(([a, b]) => [{ text: a as string, bold: true }, b!]) },
        layout: GRID,
        fontSize: 10.5,
        margin: [0, 4, 0, 0],
      },
    ],
    unbreakable: true,
    margin: [0, 4, 0, 6],
  };
}
