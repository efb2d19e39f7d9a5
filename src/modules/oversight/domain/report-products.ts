// Report a: the producers and products registered for the year's programme — the list attached to the provincial and
// district plans (seeds 000–004: "danh sách đăng ký của UBND các huyện"): product, producer, legal type, commune,
// product set, the star it holds on the report's day. A product is on the list when it was registered in the year or
// has a dossier of the year (first evaluation, upgrade, re-evaluation) opened by the report's day. Pure.
import type { CertificateFact } from './report-certificate-facts.ts';
import { inForceOn } from './report-certificate-facts.ts';
import type { ReportContext } from './report-context.ts';
import { asOfLine } from './report-context.ts';
import {
  int,
  numberTables,
  STT,
  starCell,
  text,
  withStt,
  type ReportDocument,
  type ReportSection,
} from './report-document.ts';
import { KIND_NAMES, REPORT_CATALOGUE } from './report-kinds.ts';
import type { ProductFact } from './report-facts.ts';

/** The star each product holds on the day: its highest certificate in force then. */
export function starsInForce(certs: readonly CertificateFact[], asOf: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of certs) if (inForceOn(c, asOf)) m.set(c.productId, Math.max(m.get(c.productId) ?? 0, c.star));
  return m;
}

export function productsReport(
  ctx: ReportContext,
  year: number,
  products: readonly ProductFact[],
  certs: readonly CertificateFact[],
): ReportDocument {
  const stars = starsInForce(certs, ctx.asOf);
  const list = withStt(
    products.map((p) => [
      p.productName,
      p.producerName,
      ctx.legalTypeName(p.legalType),
      ctx.communeName(p.communeCode),
      ctx.setName(p.setNo),
      starCell(stars.get(p.productId)),
      p.dossierKind ? KIND_NAMES[p.dossierKind]! : 'Đăng ký mới',
    ]),
  );
  const byCommune = new Map<string, { producers: Set<string>; products: number; starred: number }>();
  for (const p of products) {
    const e = byCommune.get(p.communeCode) ?? { producers: new Set(), products: 0, starred: 0 };
    e.producers.add(p.producerId);
    e.products++;
    if (stars.has(p.productId)) e.starred++;
    byCommune.set(p.communeCode, e);
  }
  const communes = [...byCommune.entries()];
  const producers = new Set(products.map((p) => p.producerId)).size;
  const starred = products.filter((p) => stars.has(p.productId)).length;
  const sections: ReportSection[] = [
    {
      heading: 'I. DANH SÁCH SẢN PHẨM',
      paragraphs: [
        `Tổng số: ${producers} chủ thể, ${products.length} sản phẩm; trong đó ${starred} sản phẩm đang có giấy chứng nhận OCOP còn hiệu lực.`,
      ],
      tables: [
        {
          caption: `Danh sách chủ thể, sản phẩm đăng ký tham gia Chương trình OCOP năm ${year}`,
          columns: [
            STT,
            text('Tên sản phẩm', 30),
            text('Chủ thể', 30),
            text('Loại hình chủ thể', 20),
            text('Xã, phường', 18),
            text('Bộ sản phẩm', 24),
            text('Hạng sao hiện có', 10),
            text('Nội dung tham gia', 16),
          ],
          rows: list,
          empty: 'Không có sản phẩm đăng ký trong năm.',
        },
      ],
    },
    {
      heading: 'II. TỔNG HỢP THEO XÃ, PHƯỜNG',
      tables: [
        {
          caption: 'Số chủ thể, sản phẩm theo xã, phường',
          columns: [STT, text('Xã, phường', 24), int('Số chủ thể'), int('Số sản phẩm'), int('Đang có sao')],
          rows: withStt(communes.map(([code, e]) => [ctx.communeName(code), e.producers.size, e.products, e.starred])),
          total: ['', 'Tổng cộng', producers, products.length, starred],
          empty: 'Không có số liệu.',
        },
      ],
    },
  ];
  return {
    kind: 'products',
    title: REPORT_CATALOGUE.products.title.vi.toLocaleUpperCase('vi-VN'),
    subtitle: [`Năm ${year} — ${ctx.unit.label}`, asOfLine(ctx.asOf)],
    unit: ctx.unit,
    asOf: ctx.asOf,
    producedOn: ctx.producedOn,
    sections: numberTables(sections),
    fileName: `Danh sach san pham OCOP ${year} - ${ctx.unit.code} - ${ctx.asOf}`,
  };
}
