// The printable OCOP certificate ("Giấy chứng nhận sản phẩm OCOP", Art. 4.1, 4.3): one landscape A4 page in Be Vietnam
// Pro with a double frame — the issuer and the national heading, the title and number, the product, its producer and
// place, the stars, the recognition decision, the 36-month validity, a QR code of the public verification address and
// the signature block of the chair (3★/4★) or the Minister (5★). No template is set by the law; the wording follows
// its terms. pdfmake draws the QR code itself (`{ qr }`).
import type { Content } from 'pdfmake';
import { nationalHeading, renderPdf, stars, upper, vietnameseDate } from '../../evaluation/index.ts';
import { formatDateVi } from '../../reference/index.ts';
import type { PublicCertificateDetail } from '../presenters.ts';

const LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGINS: [number, number, number, number] = [62, 46, 62, 40];
const RED = '#c8102e';

export const CERTIFICATE_TITLE = 'GIẤY CHỨNG NHẬN SẢN PHẨM OCOP';

/** The public verification address printed under the QR code: `<base>/verify/<number>`. */
export const verifyUrl = (base: string, number: string) =>
  `${base.replace(/\/+$/, '')}/verify/${encodeURIComponent(number)}`;

/**
 * The address the QR code holds. The public module (above this one) signs it — `/verify/<number>?c=<signed code>`,
 * checkable offline — and app.ts passes its function in; without one the code holds the plain verifyUrl.
 */
export type CertificateQrUrl = (c: PublicCertificateDetail) => Promise<string>;

/** Two frames drawn on the page behind the text. */
function frame(): Content {
  const { width: w, height: h } = LANDSCAPE;
  return {
    canvas: [
      { type: 'rect', x: 18, y: 18, w: w - 36, h: h - 36, lineWidth: 2.4, lineColor: RED },
      { type: 'rect', x: 25, y: 25, w: w - 50, h: h - 50, lineWidth: 0.7, lineColor: RED },
    ],
  };
}

/** Where the validity rule is written: Art. 4.3 of the law in force, or the decision a past certificate was issued under. */
const validityBasis = (c: PublicCertificateDetail) =>
  c.ruleSet.code === '26-2026' ? 'khoản 3 Điều 4 Quyết định số 26/2026/QĐ-TTg' : `theo ${c.ruleSet.name}`;

const labelled = (
  label: string,
  value: string | null | undefined,
  opts: { bold?: boolean } = { bold: true },
): Content => ({
  text: [`${label}: `, { text: value || '……………', bold: opts.bold ?? true }],
  alignment: 'center',
});

export function certificateContent(c: PublicCertificateDetail, url: string): Content[] {
  const issuerBody = upper(c.issuer.body.vi);
  const signer = upper(c.issuer.signer.vi);
  const place = c.producer.address;
  const set =
    c.product.setNo !== null
      ? `Bộ sản phẩm số ${c.product.setNo}${c.product.setName ? ` — ${c.product.setName}` : ''}`
      : null;
  const decision = c.decision
    ? `Theo Quyết định số ${c.decision.number} ${vietnameseDate(c.decision.signedOn)} của ${c.issuer.signer.vi} ${c.issuer.body.vi}`
    : null;
  const starWidth = 26 * 5.4;
  return [
    {
      columns: [
        { width: 300, stack: [{ text: issuerBody, bold: true, alignment: 'center', fontSize: 11.5 }] },
        { width: '*', text: '' },
        { width: 300, stack: [nationalHeading(300)] },
      ],
    },
    { text: CERTIFICATE_TITLE, bold: true, fontSize: 26, color: RED, alignment: 'center', margin: [0, 18, 0, 2] },
    { text: `Số: ${c.number}`, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 10] },
    { text: `${signer} ${issuerBody}`, bold: true, alignment: 'center', fontSize: 12 },
    { text: 'chứng nhận sản phẩm', italics: true, alignment: 'center', margin: [0, 2, 0, 4] },
    {
      text: c.product.name ?? c.productName ?? '',
      bold: true,
      fontSize: 22,
      alignment: 'center',
      color: '#1f3a68',
      margin: [0, 0, 0, 6],
    },
    labelled('Mã sản phẩm', c.product.code ?? c.productCode),
    ...(set ? [{ text: set, alignment: 'center' as const, fontSize: 10.5 }] : []),
    labelled('Chủ thể', c.producer.name),
    ...(place ? [labelled('Địa chỉ', place, { bold: false })] : []),
    {
      text: `Đạt sản phẩm OCOP hạng ${c.star} sao`,
      bold: true,
      alignment: 'center',
      fontSize: 14,
      margin: [0, 8, 0, 2],
    },
    {
      columns: [
        { width: '*', text: '' },
        { ...stars(c.star, 26), width: starWidth },
        { width: '*', text: '' },
      ],
    },
    ...(decision
      ? [{ text: decision, alignment: 'center' as const, margin: [0, 8, 0, 0] as [number, number, number, number] }]
      : []),
    {
      text: `Giấy chứng nhận có giá trị 36 tháng, từ ngày ${formatDateVi(c.validFrom)} đến hết ngày ${formatDateVi(c.expiresOn)} (${validityBasis(c)}).`,
      alignment: 'center',
      italics: true,
      fontSize: 10.5,
      margin: [0, 2, 0, 0],
    },
    {
      columns: [
        {
          width: 390,
          // The signed code is long (its query is for the scanner, public/domain/qr-code.ts): 2-point modules need a
          // 124-point square, so the short address people read goes beside it rather than under it.
          columns: [
            { qr: url, fit: 124, width: 126 } as Content,
            {
              width: '*',
              margin: [6, 70, 0, 0],
              stack: [
                { text: 'Tra cứu giấy chứng nhận:', fontSize: 8.5, italics: true },
                { text: url.split('?')[0]!, fontSize: 8.5, color: '#1f3a68' },
              ],
            },
          ],
        },
        { width: '*', text: '' },
        {
          width: 300,
          stack: [
            {
              text: `${c.issuer.place || '……………'}, ${vietnameseDate(c.decision?.signedOn ?? c.issuedOn)}`,
              italics: true,
              alignment: 'center',
            },
            { text: signer, bold: true, alignment: 'center' },
            { text: '(Ký, ghi rõ họ tên và đóng dấu)', italics: true, alignment: 'center', fontSize: 10 },
          ],
        },
      ],
      margin: [0, 12, 0, 0],
    },
  ];
}

/** A certificate no longer in force prints with its derived status stamped across the page (Art. 4.3, 8). */
function stamp(c: PublicCertificateDetail): Content | null {
  if (c.status !== 'revoked' && c.status !== 'expired' && c.status !== 'superseded') return null;
  const text =
    c.status === 'revoked'
      ? `ĐÃ THU HỒI${c.revokedOn ? ` — ${formatDateVi(c.revokedOn)}` : ''}`
      : c.status === 'expired'
        ? 'HẾT HIỆU LỰC'
        : 'ĐÃ ĐƯỢC THAY THẾ';
  return {
    text,
    absolutePosition: { x: 0, y: LANDSCAPE.height / 2 - 30 },
    width: LANDSCAPE.width,
    alignment: 'center',
    fontSize: 44,
    bold: true,
    color: RED,
    opacity: 0.28,
  } as Content;
}

/** The certificate as a one-page landscape PDF. */
export function renderCertificatePdf(c: PublicCertificateDetail, url: string): Promise<Buffer> {
  const mark = stamp(c);
  return renderPdf(`${CERTIFICATE_TITLE} ${c.number}`, certificateContent(c, url), {
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    background: () => (mark ? [frame(), mark] : frame()),
  });
}
