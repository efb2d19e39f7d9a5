// A sheet of QR stamps for the office to print and stick on packages: A4, 4 × 6 stamps a page, each with its own
// signed code (the serial is inside the signature, so a copied stamp is counted against its serial), the product, the
// stars, the certificate number and the serial. Be Vietnam Pro through the same PDF kit as the certificate.
import type { Content } from 'pdfmake';
import { renderPdf } from '../../evaluation/index.ts';
import { shortName } from '../domain/qr-code.ts';

export interface StampFace {
  url: string;
  serial: string;
  productName: string;
  star: number;
  number: string;
}

const COLS = 4;

function stamp(s: StampFace): Content {
  return {
    stack: [
      { text: `OCOP ${'★'.repeat(s.star)}`, bold: true, color: '#c8102e', fontSize: 9, alignment: 'center' },
      { qr: s.url, fit: 124, alignment: 'center', margin: [0, 2, 0, 2] } as Content,
      { text: shortName(s.productName), fontSize: 7, alignment: 'center' },
      { text: `GCN ${s.number}`, fontSize: 6.5, alignment: 'center' },
      { text: `Số sê-ri: ${s.serial}`, fontSize: 7.5, bold: true, alignment: 'center' },
    ],
    margin: [2, 4, 2, 8],
  };
}

export function renderStampSheet(title: string, stamps: StampFace[]): Promise<Buffer> {
  const rows: Content[][] = [];
  for (let i = 0; i < stamps.length; i += COLS) {
    const row = stamps.slice(i, i + COLS).map(stamp);
    while (row.length < COLS) row.push({ text: '' });
    rows.push(row);
  }
  return renderPdf(
    title,
    [
      { text: title, bold: true, fontSize: 11, margin: [0, 0, 0, 6] },
      {
        table: { widths: Array(COLS).fill('*'), body: rows, dontBreakRows: true },
        layout: {
          hLineColor: () => '#bbbbbb',
          vLineColor: () => '#bbbbbb',
          hLineStyle: () => ({ dash: { length: 3 } }),
          vLineStyle: () => ({ dash: { length: 3 } }),
        },
      } as Content,
    ],
    { pageMargins: [28, 28, 28, 28] },
  );
}
