// A report drawn as PDF with the procedure's printing kit (evaluation's pdf-kit: pdfmake, Be Vietnam Pro, the
// national heading): landscape A4, since the annex tables officers send are wide; the issuing body and the national
// heading side by side, the place and date, the title, then the numbered tables with STT, and the signature block.
import type { Content, TableCell } from 'pdfmake';
import { heading, nationalHeading, pdfTitle, placeAndDate, renderPdf } from '../../evaluation/index.ts';
import type { ReportCell, ReportDocument, ReportTable } from '../domain/report-document.ts';

const LANDSCAPE_WIDTH = 841.89;
const MARGINS: [number, number, number, number] = [57, 43, 43, 43];
const WIDTH = LANDSCAPE_WIDTH - MARGINS[0] - MARGINS[2];
const TABLE_SIZE = 8.5;

const format = (v: ReportCell): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'number'
      ? new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v)
      : v;

function table(t: ReportTable): Content[] {
  const totalWidth = t.columns.reduce((a, c) => a + c.width, 0);
  const widths = t.columns.map((c) => (c.width / totalWidth) * WIDTH - 8);
  const cell = (v: ReportCell, i: number, bold = false): TableCell => ({
    text: format(v),
    bold,
    alignment: t.columns[i]!.kind === 'text' ? 'left' : 'center',
  });
  const body: TableCell[][] = [
    t.columns.map((c) => ({ text: c.header, bold: true, alignment: 'center', fillColor: '#eef3f0' })),
    ...t.rows.map((r) => r.map((v, i) => cell(v, i))),
  ];
  if (t.rows.length === 0 && t.empty)
    body.push([{ text: t.empty, italics: true, colSpan: t.columns.length }, ...t.columns.slice(1).map(() => '')]);
  if (t.total) body.push(t.total.map((v, i) => cell(v, i, true)));
  return [
    { text: t.caption, bold: true, margin: [0, 8, 0, 4], headlineLevel: 1 } as Content,
    { table: { headerRows: 1, widths, body, dontBreakRows: true }, fontSize: TABLE_SIZE, lineHeight: 1.1 },
  ];
}

function headerBlock(doc: ReportDocument): Content {
  return {
    columns: [
      {
        width: 300,
        stack: doc.unit.issuer.map((l, i) => ({
          text: l,
          bold: i === doc.unit.issuer.length - 1,
          alignment: 'center',
        })),
        fontSize: 11,
      },
      { width: '*', stack: [nationalHeading(WIDTH - 300)] },
    ],
  };
}

function signatureBlock(doc: ReportDocument): Content {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 10 },
          { text: '- Như trên;\n- Lưu: VT.', fontSize: 9.5 },
        ],
      },
      {
        width: 280,
        stack: [
          { text: doc.unit.level === 'national' ? 'CƠ QUAN THAM MƯU OCOP' : 'THỦ TRƯỞNG ĐƠN VỊ', bold: true },
          { text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true, fontSize: 10 },
        ],
        alignment: 'center',
      },
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}

export function reportPdfContent(doc: ReportDocument): Content[] {
  const content: Content[] = [
    headerBlock(doc),
    { text: placeAndDate(doc.unit.place, doc.producedOn), italics: true, alignment: 'right', margin: [0, 8, 0, 0] },
    pdfTitle(doc.title, 13),
    ...doc.subtitle.map((s) => ({ text: s, alignment: 'center', italics: true }) as Content),
  ];
  for (const s of doc.sections) {
    content.push(heading(s.heading, [0, 12, 0, 2]));
    for (const p of s.paragraphs ?? []) content.push({ text: p, alignment: 'justify', leadingIndent: 24 });
    if (s.notYetAvailable)
      content.push({
        table: {
          widths: ['*'],
          body: [[{ text: [{ text: 'CHƯA CÓ DỮ LIỆU. ', bold: true }, s.notYetAvailable], italics: true }]],
        },
        layout: { fillColor: () => '#f4f4f4' },
        margin: [0, 4, 0, 4],
      } as Content);
    for (const t of s.tables ?? []) content.push(...table(t));
  }
  content.push(signatureBlock(doc));
  return content;
}

/** Beyond this many table rows a heading may end a page: keeping it with its text costs pdfmake quadratic time. */
const KEEP_HEADINGS_UP_TO_ROWS = 400;

export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const rows = doc.sections.flatMap((s) => s.tables ?? []).reduce((n, t) => n + t.rows.length, 0);
  return renderPdf(doc.title, reportPdfContent(doc), {
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    keepHeadingsWithText: rows <= KEEP_HEADINGS_UP_TO_ROWS,
  });
}
