// The printing kit shared by Forms 01–03: pdfmake 0.2 on the server (its Node entry, `PdfPrinter`), the Be Vietnam
// Pro font from its npm package (it covers every Vietnamese letter; the PDF's standard fonts do not), A4 pages laid
// out like an administrative document of Decree 30/2020/NĐ-CP (margins, national heading, page number from page 2),
// and small blocks: labelled lines, check boxes, star marks and signature blocks.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Content, createPdf } from 'pdfmake';

const require = createRequire(import.meta.url);

// @types/pdfmake describes the document definition (the same in 0.2 and 0.3) but only the browser-style entry points.
type TDocumentDefinitions = Parameters<typeof createPdf>[0];

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (err: Error) => void): void;
  end(): void;
}
type PdfPrinter = new (fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', Buffer>>) => {
  createPdfKitDocument(def: TDocumentDefinitions): PdfKitDocument;
};

export const FONT = 'BeVietnamPro';
const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';

let fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', Buffer>> | undefined;

/** The four faces, read once: resolving through the package keeps working whether npm hoists it or not. */
function fontFaces() {
  const face = (dir: string) => readFileSync(require.resolve(`${FONT_PACKAGE}/${dir}/BeVietnamPro_${dir}.ttf`));
  fonts ??= {
    [FONT]: {
      normal: face('400Regular'),
      bold: face('700Bold'),
      italics: face('400Regular_Italic'),
      bolditalics: face('700Bold_Italic'),
    },
  };
  return fonts;
}

/** A4 with the margins of Decree 30/2020 (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm), in points. */
export const PAGE = { width: 595.28, margins: [85, 57, 43, 57] as [number, number, number, number] };
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];
export const BODY_SIZE = 11.5;

/**
 * A heading never ends a page: it moves to the next page with what it introduces. pdfmake 0.2 passes the nodes
 * following on the page as the second argument (0.3, which @types/pdfmake describes, passes query functions).
 */
function keepHeadingsWithText(node: { headlineLevel?: number }, followingNodesOnPage: unknown[]): boolean {
  return node.headlineLevel === 1 && followingNodesOnPage.length === 0;
}

/** A page other than the forms' portrait A4 (the certificate: landscape, its own margins and frame). */
export type PageLayout = Partial<Pick<TDocumentDefinitions, 'pageOrientation' | 'pageMargins' | 'background'>> & {
  /** Move a heading that would end a page to the next one (default). pdfmake asks it of every node with the nodes
   *  after it on the page, which grows with the square of a page's nodes: a report of thousands of table rows turns
   *  it off. */
  keepHeadingsWithText?: boolean;
};

/** Renders a document definition on A4 with the form font; resolves to the PDF bytes. */
export function renderPdf(
  title: string,
  content: Content[],
  { keepHeadingsWithText: keep = true, ...layout }: PageLayout = {},
): Promise<Buffer> {
  const Printer = require('pdfmake') as PdfPrinter;
  const doc = new Printer(fontFaces()).createPdfKitDocument({
    info: { title, creator: 'OCOP Hub', producer: 'OCOP Hub' },
    pageSize: 'A4',
    pageMargins: PAGE.margins,
    // Decree 30/2020, Appendix I: the page number is printed at the top centre, from the second page on.
    header: (page: number) =>
      page > 1 ? { text: String(page), alignment: 'center', fontSize: 10, margin: [0, 28, 0, 0] } : null,
    ...layout,
    defaultStyle: { font: FONT, fontSize: BODY_SIZE, lineHeight: 1.2 },
    ...(keep ? { pageBreakBefore: keepHeadingsWithText as unknown as TDocumentDefinitions['pageBreakBefore'] } : {}),
    content,
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

// ------------------------------------------------------------------------------------------------------------------
// Blocks

/** A dotted blank to fill by hand, as the printed form shows when a value is absent. */
export const blank = (n = 30) => '.'.repeat(n);
export const valueOr = (v: string | number | undefined | null, n = 30) =>
  v === undefined || v === null || v === '' ? blank(n) : String(v);

/** A horizontal rule of `width` centred in a box of `within` points: the line under a heading (Decree 30). */
export const centredRule = (width: number, within = CONTENT_WIDTH): Content => ({
  canvas: [{ type: 'line', x1: (within - width) / 2, y1: 0, x2: (within + width) / 2, y2: 0, lineWidth: 0.6 }],
  margin: [0, 1, 0, 0],
});

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Quốc hiệu và tiêu ngữ, centred in a box of `within` points. */
export function nationalHeading(within = CONTENT_WIDTH): Content {
  return {
    stack: [
      { text: NATIONAL_NAME, bold: true, fontSize: 11.5, alignment: 'center' },
      { text: NATIONAL_MOTTO, bold: true, fontSize: 12.5, alignment: 'center' },
      centredRule(150, within),
    ],
  };
}

/** "Mẫu số 01" in the top right corner, as Appendix III captions each form. */
export const formNumber = (no: string): Content => ({
  text: [
    { text: no, bold: true },
    { text: '\nPhụ lục III, Quyết định số 26/2026/QĐ-TTg', italics: true, fontSize: 8.5 },
  ],
  alignment: 'right',
  fontSize: 10,
  margin: [0, -30, 0, 8],
  lineHeight: 1.05,
});

export const title = (text: string, size = 13.5): Content => ({
  text,
  bold: true,
  fontSize: size,
  alignment: 'center',
  margin: [0, 12, 0, 0],
});
export const subtitle = (text: string, opts: { bold?: boolean; italics?: boolean } = { bold: true }): Content => ({
  text,
  alignment: 'center',
  ...opts,
});
export const heading = (
  text: string,
  margin: [number, number, number, number] = [0, 8, 0, 2],
  bold = true,
  italics = false,
): Content => ({
  text,
  bold,
  italics,
  margin,
  headlineLevel: 1,
});

/** "- Label: value", the form's line; a missing value prints as dots. */
export const line = (label: string, value: string | number | undefined, dash = '- '): Content => ({
  text: [`${dash}${label}: `, { text: valueOr(value) }],
});

/** Several "Label: value" pairs on one line ("Điện thoại: … Email: …"). */
export const pairs = (items: [string, string | number | undefined][], dash = '- '): Content => ({
  text: items.flatMap(([label, value], i) => [`${i ? '      ' : dash}${label}: `, { text: valueOr(value, 22) }]),
});

const paragraphs = (value: string, indent: number): Content[] =>
  value.split(/\n+/).map((p) => ({ text: p, alignment: 'justify' as const, leadingIndent: indent }));

/** Paragraphs of a narrative, justified, each with the first-line indent of an administrative text. */
export function narrative(value: string | undefined, indent = 24): Content {
  if (!value) return { text: `${blank(90)}\n${blank(90)}`, color: '#555' };
  return { stack: paragraphs(value, indent) };
}

/** The last narrative of a document and the signature, its last paragraph kept on the signature's page. */
export function closing(value: string, sign: Content): Content[] {
  const ps = paragraphs(value, 24);
  return [...ps.slice(0, -1), { stack: [...ps.slice(-1), sign], unbreakable: true }];
}

/** An SVG node, typed as an object so callers can spread it and set its width or margin. */
export interface SvgNode {
  svg: string;
  width: number;
  height: number;
  margin?: [number, number, number, number];
}

/** A check box drawn as vector graphics: the font has no ☐/☑, and a box must print whatever font a viewer has. */
export function checkbox(checked: boolean, size = 9): SvgNode {
  const tick = checked ? `<path d="M2 5.2 L4 7.3 L8 2.6" fill="none" stroke="black" stroke-width="1.4"/>` : '';
  return {
    svg: `<svg width="10" height="10" viewBox="0 0 10 10"><rect x="0.5" y="0.5" width="9" height="9" fill="none" stroke="black" stroke-width="0.8"/>${tick}</svg>`,
    width: size,
    height: size,
    margin: [0, 3, 0, 0],
  };
}

/** The tick of "Đánh dấu (√)": drawn, the font has no √. */
export const tickMark = (): SvgNode => ({
  svg: '<svg width="10" height="10" viewBox="0 0 10 10"><path d="M1 5.5 L4 8.5 L9 1.5" fill="none" stroke="black" stroke-width="1.2"/></svg>',
  width: 8,
  height: 8,
  margin: [0, 3.5, 0, 0],
});

/** A label with its box at the right margin: the form's "a) Giấy đăng ký kinh doanh: □". */
export const tickLine = (label: string, checked: boolean, indent = 0): Content => ({
  columns: [{ text: label, width: '*' }, { ...checkbox(checked), width: 9 } as Content],
  columnGap: 8,
  margin: [indent, 0, 0, 0],
});

/** Boxes side by side after a lead text: "Lần đầu □  Nâng hạng □  Đánh giá lại □". */
export function tickRow(
  lead: string,
  items: { label: string; checked: boolean }[],
  margin: [number, number, number, number] = [0, 0, 0, 0],
): Content {
  return {
    margin,
    columns: [
      { text: lead, width: 'auto', bold: true },
      ...items.flatMap(({ label, checked }) => [
        { text: label, width: 'auto', margin: [14, 0, 0, 0] } as Content,
        { ...checkbox(checked), width: 9 } as Content,
      ]),
    ],
    columnGap: 5,
  };
}

/** Five stars, the first `n` filled: drawn, since the font has no ★. */
export function stars(n: number, size = 14): SvgNode {
  const points = '10,1 12.6,7.2 19.3,7.6 14.2,12 15.8,18.6 10,15 4.2,18.6 5.8,12 0.7,7.6 7.4,7.2';
  const one = (filled: boolean, i: number) =>
    `<polygon transform="translate(${i * 22},0)" points="${points}" fill="${filled ? '#c8102e' : 'none'}" stroke="${filled ? '#c8102e' : '#888'}" stroke-width="1"/>`;
  const svg = `<svg width="108" height="20" viewBox="0 0 108 20">${[0, 1, 2, 3, 4].map((i) => one(i < n, i)).join('')}</svg>`;
  return { svg, width: size * 5.4, height: size };
}

/** "ngày 05 tháng 3 năm 2026": days below 10 and months 1–2 take a leading zero (Decree 30/2020, Appendix I). */
export function vietnameseDate(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return `ngày ${blank(6)} tháng ${blank(6)} năm ${blank(8)}`;
  const month = Number(m[2]);
  return `ngày ${m[3]} tháng ${month <= 2 ? m[2] : month} năm ${m[1]}`;
}

/** "Lai Châu, ngày 05 tháng 3 năm 2026", or dots to fill by hand. */
export const placeAndDate = (place: string | undefined, date: string | undefined) =>
  `${place || blank(14)}, ${vietnameseDate(date)}`;

export interface SignatureBlock {
  dateLine?: string;
  title: string;
  note: string;
  name?: string;
}

/** A signature block in the right half of the page: date line, title, note, room to sign, the signer's name. */
export function signature(b: SignatureBlock, leftColumn: Content = { text: '' }): Content {
  return {
    columns: [
      { width: '*', stack: [leftColumn] },
      {
        width: 250,
        stack: [
          ...(b.dateLine ? [{ text: b.dateLine, italics: true, alignment: 'center' as const }] : []),
          { text: b.title, bold: true, alignment: 'center' },
          { text: b.note, italics: true, alignment: 'center', fontSize: 10.5 },
          { text: b.name ?? '', bold: true, alignment: 'center', margin: [0, 62, 0, 0] },
        ],
      },
    ],
    margin: [0, 14, 0, 0],
    unbreakable: true,
  };
}

/** Vietnamese grouping of thousands: 1.250.000. */
export const formatNumber = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

/** A unit name with its level: "Lai Châu" → "tỉnh Lai Châu"; "thành phố Huế" stays as written. */
export function withUnitType(name: string, type: 'tỉnh' | 'xã'): string {
  const types = type === 'tỉnh' ? /^(tỉnh|thành phố)\s/i : /^(xã|phường|đặc khu|thị trấn)\s/i;
  return types.test(name.trim()) ? name.trim() : `${type} ${name.trim()}`;
}

/** Uppercase for a heading ("ỦY BAN NHÂN DÂN XÃ BÌNH LƯ"); Vietnamese letters uppercase correctly with toLocaleUpperCase. */
export const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
