// The programme's parts of a report (issue 11): each plan's targets against what was done by the day — as the plan's
// page counts them (programme's unitPlanProgress) — and the support paid in the year by source (unitFundsPaid). A
// nation-wide report has no plan of its own: those parts say so, with no figure. Pure.
import type { Message } from '../../../platform/errors.ts';
import { asOfLine, type ReportContext } from './report-context.ts';
import {
  int,
  num,
  numberTables,
  STT,
  text,
  withStt,
  type ReportDocument,
  type ReportSection,
} from './report-document.ts';

export interface ProgrammeFacts {
  plans: {
    title: string;
    targets: {
      label: Message;
      wording: string | null;
      actual: number | null;
      target: number;
      unitLabel: Message;
      stateLabel: Message;
    }[];
  }[];
  funds: { total: number; bySource: { label: Message; paid: number }[] };
}

const NATIONAL = 'Kế hoạch, chỉ tiêu và kinh phí thuộc từng tỉnh, xã: báo cáo toàn quốc không tổng hợp mục này.';

/** "II. Kết quả thực hiện mục tiêu, chỉ tiêu kế hoạch": one table per plan of the unit's year. */
export function targetsSection(heading: string, year: number, facts: ProgrammeFacts | null): ReportSection {
  if (!facts) return { heading, notYetAvailable: NATIONAL };
  if (!facts.plans.length) return { heading, paragraphs: [`Đơn vị chưa có kế hoạch năm ${year} trong OCOP Hub.`] };
  return {
    heading,
    tables: facts.plans.map((p) => ({
      caption: p.title,
      columns: [
        STT,
        text('Chỉ tiêu', 40),
        num('Kế hoạch', 12),
        num('Thực hiện', 12),
        int('Tỷ lệ (%)', 10),
        text('Đánh giá', 16),
      ],
      rows: withStt(
        p.targets.map((t) => [
          t.wording ? `${t.label.vi} (${t.wording})` : t.label.vi,
          t.target,
          t.actual,
          t.actual === null || t.target === 0 ? null : Math.round((t.actual / t.target) * 100),
          t.stateLabel.vi,
        ]),
      ),
      empty: 'Kế hoạch chưa có chỉ tiêu.',
    })),
  };
}

/** "III. Kinh phí thực hiện": the support paid in the year up to the day, by source. */
export function fundsSection(heading: string, facts: ProgrammeFacts | null): ReportSection {
  if (!facts) return { heading, notYetAvailable: NATIONAL };
  return {
    heading,
    tables: [
      {
        caption: 'Kinh phí hỗ trợ đã chi trả theo nguồn (đồng)',
        columns: [STT, text('Nguồn kinh phí', 40), num('Đã chi trả', 16)],
        rows: withStt(facts.funds.bySource.map((s) => [s.label.vi, s.paid])),
        total: ['', 'Tổng cộng', facts.funds.total],
        empty: 'Chưa có khoản chi trả nào trong năm.',
      },
    ],
  };
}

/** The target progress report: the plans' targets and the funds paid, for the unit's year, on the day. */
export function targetsReport(ctx: ReportContext, year: number, facts: ProgrammeFacts | null): ReportDocument {
  return {
    kind: 'targets',
    title: `BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH CHƯƠNG TRÌNH OCOP NĂM ${year}`,
    subtitle: [ctx.unit.label, asOfLine(ctx.asOf)],
    unit: ctx.unit,
    asOf: ctx.asOf,
    producedOn: ctx.producedOn,
    sections: numberTables([
      targetsSection('I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU', year, facts),
      fundsSection('II. KINH PHÍ HỖ TRỢ ĐÃ CHI TRẢ', facts),
    ]),
    fileName: `Tien do chi tieu OCOP ${year} - ${ctx.unit.code} - ${ctx.asOf}`,
  };
}
