// Report c: certificates issued, expired and revoked in a period (Art. 4.3 validity, 8 revocation, 12.3 extension),
// with totals by star and the certificates in force at the period's end. Each certificate's status is the certificates
// module's lifecycle as known on the report's day (report-certificate-facts.ts). Pure.
import type { ReportContext } from './report-context.ts';
import { asOfLine } from './report-context.ts';
import {
  date,
  dmy,
  int,
  numberTables,
  STT,
  starCell,
  text,
  withStt,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
} from './report-document.ts';
import {
  expiredIn,
  inForceOn,
  issuedIn,
  lifecycleOn,
  revokedIn,
  type CertificateFact,
  type Period,
} from './report-certificate-facts.ts';
import { REPORT_CATALOGUE } from './report-kinds.ts';

export const STARS = [3, 4, 5] as const;

export interface CertificateTotals {
  issued: number;
  expired: number;
  revoked: number;
  inForce: number;
}

/** The period's figures by star (3★, 4★, 5★), as known on asOf (the period ends by asOf). */
export function certificateTotals(
  certs: readonly CertificateFact[],
  p: Period,
  asOf: string,
): Map<number, CertificateTotals> {
  const m = new Map<number, CertificateTotals>(
    STARS.map((s) => [s, { issued: 0, expired: 0, revoked: 0, inForce: 0 }]),
  );
  for (const c of certs) {
    const t = m.get(c.star);
    if (!t) continue;
    if (issuedIn(c, p)) t.issued++;
    if (expiredIn(c, p, asOf)) t.expired++;
    if (revokedIn(c, p, asOf)) t.revoked++;
    if (inForceOn(c, p.to, asOf)) t.inForce++;
  }
  return m;
}

const listColumns = (dateHeader: string) => [
  STT,
  text('Số giấy chứng nhận', 18),
  text('Tên sản phẩm', 28),
  text('Chủ thể', 28),
  text('Xã, phường', 16),
  text('Hạng sao', 8),
  date('Ngày cấp'),
  date(dateHeader),
];

export function certificatesReport(ctx: ReportContext, p: Period, certs: readonly CertificateFact[]): ReportDocument {
  const asOf = ctx.asOf;
  const row = (c: CertificateFact, last: ReportCell, ...more: ReportCell[]): ReportCell[] => [
    c.number,
    c.productName,
    c.producerName,
    ctx.communeName(c.communeCode),
    starCell(c.star),
    dmy(c.issuedOn),
    last,
    ...more,
  ];
  const issued = certs.filter((c) => issuedIn(c, p));
  const expired = certs.filter((c) => expiredIn(c, p, asOf));
  const revoked = certs.filter((c) => revokedIn(c, p, asOf));
  const totals = certificateTotals(certs, p, asOf);
  const sum = (k: keyof CertificateTotals) => [...totals.values()].reduce((a, t) => a + t[k], 0);
  const tables: ReportTable[] = [
    {
      caption: `Tổng hợp theo hạng sao (từ ngày ${dmy(p.from)} đến ngày ${dmy(p.to)})`,
      columns: [
        STT,
        text('Hạng sao', 12),
        int('Cấp mới trong kỳ', 12),
        int('Hết hiệu lực trong kỳ', 12),
        int('Bị thu hồi trong kỳ', 12),
        int(`Còn hiệu lực đến ${dmy(p.to)}`, 14),
      ],
      rows: withStt(STARS.map((s) => [starCell(s), ...Object.values(totals.get(s)!)])),
      total: ['', 'Tổng cộng', sum('issued'), sum('expired'), sum('revoked'), sum('inForce')],
    },
    {
      caption: 'Giấy chứng nhận cấp mới trong kỳ',
      columns: listColumns('Có hiệu lực đến'),
      rows: withStt(issued.map((c) => row(c, dmy(lifecycleOn(c, p.to, asOf).expiresOn)))),
      empty: 'Không có giấy chứng nhận cấp mới trong kỳ.',
    },
    {
      caption: 'Giấy chứng nhận hết hiệu lực trong kỳ',
      columns: listColumns('Hết hiệu lực sau ngày'),
      rows: withStt(expired.map((c) => row(c, dmy(lifecycleOn(c, p.to, asOf).validUntil)))),
      empty: 'Không có giấy chứng nhận hết hiệu lực trong kỳ.',
    },
    {
      caption: 'Giấy chứng nhận bị thu hồi trong kỳ (Điều 8)',
      columns: [...listColumns('Ngày thu hồi'), text('Quyết định thu hồi', 18)],
      rows: withStt(revoked.map((c) => row(c, dmy(c.revokedOn), c.revocationNumber ?? ''))),
      empty: 'Không có giấy chứng nhận bị thu hồi trong kỳ.',
    },
  ];
  return {
    kind: 'certificates',
    title: REPORT_CATALOGUE.certificates.title.vi.toLocaleUpperCase('vi-VN'),
    subtitle: [`Từ ngày ${dmy(p.from)} đến ngày ${dmy(p.to)} — ${ctx.unit.label}`, asOfLine(asOf)],
    unit: ctx.unit,
    asOf,
    producedOn: ctx.producedOn,
    sections: numberTables([
      { heading: 'I. TỔNG HỢP', tables: tables.slice(0, 1) },
      { heading: 'II. DANH SÁCH CHI TIẾT', tables: tables.slice(1) },
    ]),
    fileName: `Giay chung nhan OCOP ${p.from} ${p.to} - ${ctx.unit.code} - ${asOf}`,
  };
}
