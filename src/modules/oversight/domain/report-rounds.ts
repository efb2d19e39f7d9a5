// Report b: the results of each round of the year (Art. 5, 7.3, 7.4): for every round the products its council scored,
// the members' mean (Art. 3.3), the star, the council's outcome and the recognition decision with its certificate. As
// of a past day a result shows only once scored, a decision only from its date, a certificate only from its issue. Pure.
import { OUTCOME_LABELS } from '../../evaluation/index.ts';
import type { ReportContext } from './report-context.ts';
import { asOfLine } from './report-context.ts';
import {
  dmy,
  int,
  num,
  numberTables,
  STT,
  starCell,
  text,
  withStt,
  type ReportDocument,
  type ReportSection,
  type ReportTable,
} from './report-document.ts';
import type { RoundResultFact } from './report-facts.ts';
import { KIND_NAMES, REPORT_CATALOGUE } from './report-kinds.ts';

const roundName = (r: RoundResultFact) =>
  `Đợt ${r.roundNumber}${r.roundExtra ? ' (bổ sung)' : ''} năm ${r.roundYear}${r.roundLevel === 'central' ? ' — Hội đồng cấp trung ương' : ''}`;

const outcomeName = (o: string) => (OUTCOME_LABELS as Record<string, { vi: string }>)[o]?.vi ?? o;

export function roundsReport(ctx: ReportContext, year: number, results: readonly RoundResultFact[]): ReportDocument {
  const rounds = new Map<string, RoundResultFact[]>();
  for (const r of results) rounds.set(r.roundId, [...(rounds.get(r.roundId) ?? []), r]);
  const decided = (r: RoundResultFact) => !!r.decisionDate && r.decisionDate <= ctx.asOf;
  const certified = (r: RoundResultFact) => !!r.certificateIssuedOn && r.certificateIssuedOn <= ctx.asOf;
  const perRound: ReportTable[] = [...rounds.values()].map((rs) => {
    const r0 = rs[0]!;
    return {
      caption: `Kết quả ${roundName(r0)} (Hội đồng thành lập theo Quyết định số ${r0.councilDecisionNo} ngày ${dmy(r0.councilDecisionDate)})`,
      columns: [
        STT,
        text('Tên sản phẩm', 28),
        text('Chủ thể', 28),
        text('Xã, phường', 16),
        text('Hình thức', 14),
        num('Điểm', 8),
        text('Hạng sao', 8),
        text('Kết quả của Hội đồng', 26),
        text('Quyết định công nhận', 22),
        text('Số giấy chứng nhận', 18),
      ],
      rows: withStt(
        rs.map((r) => [
          r.productName,
          r.producerName,
          ctx.communeName(r.communeCode),
          KIND_NAMES[r.dossierKind] ?? r.dossierKind,
          r.mean,
          starCell(r.star),
          outcomeName(r.outcome),
          decided(r) ? `${r.decisionNumber} ngày ${dmy(r.decisionDate)}` : '',
          certified(r) ? r.certificateNumber : '',
        ]),
      ),
    };
  });
  const starOf = (rs: RoundResultFact[], s: number) => rs.filter((r) => r.star === s).length;
  const summaryRow = (rs: RoundResultFact[]) => [
    rs.length,
    starOf(rs, 3),
    starOf(rs, 4),
    starOf(rs, 5),
    rs.filter((r) => !r.star || r.star < 3).length,
    rs.filter(certified).length,
  ];
  const sections: ReportSection[] = [
    {
      heading: 'I. TỔNG HỢP KẾT QUẢ CÁC ĐỢT ĐÁNH GIÁ',
      tables: [
        {
          caption: `Tổng hợp kết quả đánh giá, phân hạng năm ${year}`,
          columns: [
            STT,
            text('Đợt đánh giá', 30),
            int('Số sản phẩm được đánh giá', 12),
            int('3 sao'),
            int('4 sao'),
            int('5 sao'),
            int('Dưới 3 sao hoặc bị loại', 12),
            int('Đã cấp giấy chứng nhận', 12),
          ],
          rows: withStt([...rounds.values()].map((rs) => [roundName(rs[0]!), ...summaryRow(rs)])),
          total: ['', 'Tổng cộng', ...summaryRow([...results])],
          empty: 'Chưa có đợt đánh giá nào có kết quả.',
        },
      ],
    },
    { heading: 'II. KẾT QUẢ TỪNG ĐỢT', tables: perRound, paragraphs: perRound.length ? [] : ['Chưa có kết quả.'] },
  ];
  return {
    kind: 'rounds',
    title: REPORT_CATALOGUE.rounds.title.vi.toLocaleUpperCase('vi-VN'),
    subtitle: [`Năm ${year} — ${ctx.unit.label}`, asOfLine(ctx.asOf)],
    unit: ctx.unit,
    asOf: ctx.asOf,
    producedOn: ctx.producedOn,
    sections: numberTables(sections),
    fileName: `Ket qua danh gia theo dot ${year} - ${ctx.unit.code} - ${ctx.asOf}`,
  };
}
