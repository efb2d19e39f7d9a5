// Report d: the year-end review (báo cáo sơ kết before the year ends, tổng kết once it has): the figures of the year
// — products certified for the first time, upgraded (Art. 7.5), re-evaluated (Art. 7.6), certificates expired
// (Art. 4.3) and revoked (Art. 8), those in force at the end — by star and by commune, and the year's dossiers; then
// the plans' targets against the results and the funds paid (the programme module's figures, report-programme.ts).
// Pure.
import type { ReportContext } from './report-context.ts';
import { asOfLine } from './report-context.ts';
import {
  dmy,
  int,
  numberTables,
  STT,
  starCell,
  text,
  withStt,
  type ReportCell,
  type ReportDocument,
} from './report-document.ts';
import {
  expiredIn,
  inForceOn,
  issuedIn,
  revokedIn,
  type CertificateFact,
  type Period,
} from './report-certificate-facts.ts';
import { STARS } from './report-certificates.ts';
import { KIND_NAMES } from './report-kinds.ts';
import { fundsSection, targetsSection, type ProgrammeFacts } from './report-programme.ts';

export interface YearFigures {
  first: number;
  upgrade: number;
  reevaluation: number;
  expired: number;
  revoked: number;
  inForce: number;
}

const zero = (): YearFigures => ({ first: 0, upgrade: 0, reevaluation: 0, expired: 0, revoked: 0, inForce: 0 });

/** One certificate's part in the year's figures (null: none), computed once per certificate. */
function partOf(c: CertificateFact, p: Period, asOf: string): YearFigures | null {
  const f = zero();
  if (issuedIn(c, p)) f[c.dossierKind === 'upgrade' || c.dossierKind === 'reevaluation' ? c.dossierKind : 'first']++;
  if (expiredIn(c, p, asOf)) f.expired++;
  if (revokedIn(c, p, asOf)) f.revoked++;
  if (inForceOn(c, p.to, asOf)) f.inForce++;
  return Object.values(f).some((n) => n > 0) ? f : null;
}

const addTo = (into: YearFigures, f: YearFigures) => {
  for (const k of Object.keys(f) as (keyof YearFigures)[]) into[k] += f[k];
};

export function yearFigures(certs: readonly CertificateFact[], p: Period, asOf: string) {
  const byStar = new Map<number, YearFigures>(STARS.map((s) => [s, zero()]));
  const byCommune = new Map<string, YearFigures>();
  const total = zero();
  for (const c of certs) {
    const f = partOf(c, p, asOf);
    if (!f) continue;
    const star = byStar.get(c.star);
    if (star) addTo(star, f);
    const commune = byCommune.get(c.communeCode) ?? zero();
    addTo(commune, f);
    byCommune.set(c.communeCode, commune);
    addTo(total, f);
  }
  return { byStar, byCommune, total };
}

const figureColumns = (first: string, to: string) => [
  STT,
  text(first, 22),
  int('Công nhận mới (lần đầu)', 12),
  int('Nâng hạng sao', 10),
  int('Đánh giá lại', 10),
  int('Hết hiệu lực', 10),
  int('Bị thu hồi', 10),
  int(`Còn hiệu lực đến ${to}`, 14),
];
const cells = (f: YearFigures): ReportCell[] => [f.first, f.upgrade, f.reevaluation, f.expired, f.revoked, f.inForce];

export interface YearActivity {
  newProducts: number;
  dossiers: { kind: string; filed: number; opened: number }[];
}

export function yearReviewReport(
  ctx: ReportContext,
  year: number,
  certs: readonly CertificateFact[],
  activity: YearActivity,
  programme: ProgrammeFacts | null,
): ReportDocument {
  const yearEnd = `${year}-12-31`;
  const whole = ctx.asOf >= yearEnd;
  const p: Period = { from: `${year}-01-01`, to: whole ? yearEnd : ctx.asOf };
  const { byStar, byCommune, total } = yearFigures(certs, p, ctx.asOf);
  const to = dmy(p.to);
  const certified = total.first + total.upgrade + total.reevaluation;
  const kinds = ['first', 'upgrade', 'reevaluation'].map(
    (k) => activity.dossiers.find((d) => d.kind === k) ?? { kind: k, filed: 0, opened: 0 },
  );
  const sections = numberTables([
    {
      heading: `I. KẾT QUẢ THỰC HIỆN NĂM ${year}`,
      paragraphs: [
        `Từ ngày ${dmy(p.from)} đến ngày ${to}: ${activity.newProducts} sản phẩm đăng ký mới; ${certified} sản phẩm được công nhận (${total.first} lần đầu, ${total.upgrade} nâng hạng, ${total.reevaluation} đánh giá lại); ${total.expired} giấy chứng nhận hết hiệu lực; ${total.revoked} giấy chứng nhận bị thu hồi; ${total.inForce} sản phẩm có giấy chứng nhận còn hiệu lực đến ngày ${to}.`,
      ],
      tables: [
        {
          caption: 'Kết quả công nhận sản phẩm OCOP theo hạng sao',
          columns: figureColumns('Hạng sao', to),
          rows: withStt(STARS.map((s) => [starCell(s), ...cells(byStar.get(s)!)])),
          total: ['', 'Tổng cộng', ...cells(total)],
        },
        {
          caption: 'Kết quả công nhận sản phẩm OCOP theo xã, phường',
          columns: figureColumns('Xã, phường', to),
          rows: withStt([...byCommune.entries()].map(([code, f]) => [ctx.communeName(code), ...cells(f)])),
          total: ['', 'Tổng cộng', ...cells(total)],
          empty: 'Không có số liệu.',
        },
        {
          caption: `Hồ sơ đánh giá, phân hạng năm ${year}`,
          columns: [STT, text('Hình thức', 22), int('Hồ sơ đã lập', 12), int('Hồ sơ đã nộp', 12)],
          rows: withStt(kinds.map((d) => [KIND_NAMES[d.kind]!, d.opened, d.filed])),
          total: ['', 'Tổng cộng', kinds.reduce((a, d) => a + d.opened, 0), kinds.reduce((a, d) => a + d.filed, 0)],
        },
      ],
    },
    targetsSection('II. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU KẾ HOẠCH', year, programme),
    fundsSection('III. KINH PHÍ THỰC HIỆN', programme),
  ]);
  const kind = whole ? 'TỔNG KẾT' : 'SƠ KẾT';
  return {
    kind: 'year-review',
    title: `BÁO CÁO ${kind} THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) NĂM ${year}`,
    subtitle: [ctx.unit.label, asOfLine(p.to)],
    unit: ctx.unit,
    asOf: ctx.asOf,
    producedOn: ctx.producedOn,
    sections,
    fileName: `Bao cao ${whole ? 'tong ket' : 'so ket'} OCOP ${year} - ${ctx.unit.code} - ${ctx.asOf}`,
  };
}
