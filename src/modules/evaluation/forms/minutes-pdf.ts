// The council's minutes ("Biên bản họp Hội đồng đánh giá, phân hạng sản phẩm OCOP"): Art. 7.3.d / 7.4.d — the council
// meets under its rules of operation (Art. 7.3.b, 7.4.b) and reports its evaluation result. One portrait A4 document:
// the issuer and the national heading, the decision that formed the council, its members, each dossier before it
// (members' totals, the mean of Art. 3.3, the star or the knock-outs quoted from the sheet, star marks waived, the
// spread and the chair's reason, the proposal), then "Quy định của Hội đồng": the rules OCOP Hub applies where the
// Decision is silent, each with its source and what the law says — printed as the council's rules, never as the
// law's — and the signatures of the chair and the secretary. Pure: plain data in, a pdfmake definition out.
import type { Content } from 'pdfmake';
import type { ScoringPolicy } from '../../criteria/index.ts';
import { unitInText, type UnitParts } from '../../reference/index.ts';
import { OUTCOME_LABELS, type Outcome } from '../domain/council.ts';
import { COUNCIL_POLICY_DESCRIPTORS, type PolicyEntry, type PolicySource } from '../domain/council-policies.ts';
import {
  centredRule,
  CONTENT_WIDTH,
  formatNumber,
  nationalHeading,
  placeAndDate,
  renderPdf,
  stars,
  upper,
  vietnameseDate,
} from './pdf-kit.ts';

export interface MinutesMember {
  name: string;
  /** council_members.position: chair, vice_chair, member, secretary. */
  position: string;
  agency: string;
}

export interface MinutesKnockout {
  kind: 'exclusion' | 'stop';
  /** The criterion the sheet writes it beside; null for the "Hồ sơ bị loại khi" paragraph. */
  criterion: string | null;
  /** The sheet's exact words (Appendix II). */
  text: string;
  /** How many members' scorecards hold it. */
  heldBy: number;
}

export interface MinutesResult {
  /** Each scoring member's total, in the council's order; null when the reader may not see them. */
  memberTotals: { name: string; total: number }[] | null;
  /** Scoring members whose cards make the result. */
  memberCount: number;
  /** Art. 3.3 "tổng điểm trung bình". */
  mean: number;
  /** The band of the mean alone. */
  band: number;
  /** The star after the marks; null when a knock-out holds. */
  star: number | null;
  outcome: 'ranked' | 'excluded' | 'stopped';
  knockouts: MinutesKnockout[];
  marksWaived: { criterion: string; reason: 'not-applicable' | 'council-policy'; text: string }[];
  /** Star marks unmet that hold the star below the band. */
  blocking: { criterion: string; star: number }[];
  spreadFlag: boolean;
  spreadThreshold: number;
  flagAcceptedReason: string | null;
  /** What the council's result leads to (council_outcomes.outcome). */
  proposal: Outcome['kind'];
  /** The scoring policy the result was computed under (stored with it at close). */
  policyAtClose: Partial<ScoringPolicy> | null;
}

export interface MinutesDossier {
  receiptNo: string | null;
  productName: string;
  producerName: string | null;
  setNo: number;
  setName: string | null;
  /** The rule set whose sheet was applied ("Quyết định 26/2026/QĐ-TTg"). */
  ruleSetName: string;
  /** Null until the council's outcome for the dossier exists (scoring not closed). */
  result: MinutesResult | null;
}

export interface MinutesData {
  level: 'province' | 'central';
  /** The council's province (province level). */
  province: UnitParts | null;
  decision: { number: string; date: string };
  round: { number: number; year: number } | null;
  /** The day the council's scoring closed (the last dossier's); dots when none has. */
  meetingOn: string | null;
  members: MinutesMember[];
  dossiers: MinutesDossier[];
  policies: PolicyEntry[];
}

export const MINUTES_TITLE = 'BIÊN BẢN';
export const POLICIES_HEADING = 'III. Quy định của Hội đồng';
export const POLICIES_INTRO =
  'Các quy định dưới đây do Hội đồng (hoặc UBND tỉnh) lựa chọn ở những điểm Quyết định 26/2026/QĐ-TTg không quy định; đây không phải quy định của Quyết định.';
export const NOT_CLOSED = 'Chưa kết thúc chấm điểm.';

export const POSITION_LABELS: Record<string, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  member: 'Thành viên',
  secretary: 'Thư ký',
};

export const SOURCE_LABELS: Record<PolicySource, string> = {
  default: 'mặc định của OCOP Hub',
  province: 'do tỉnh quy định',
  council: 'do Hội đồng quy định',
};

const MINISTRY = 'Bộ Nông nghiệp và Môi trường';
const DECISION_26 =
  'Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm';

const councilName = (level: MinutesData['level']) =>
  `Hội đồng đánh giá, phân hạng sản phẩm OCOP ${level === 'central' ? 'cấp trung ương' : 'cấp tỉnh'}`;
const points = (n: number) => formatNumber(n);
const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#777',
  vLineColor: () => '#777',
};
const section = (text: string): Content => ({ text, bold: true, margin: [0, 12, 0, 4], headlineLevel: 1 });
const para = (text: string | Content[], margin: [number, number, number, number] = [0, 2, 0, 0]): Content => ({
  text,
  alignment: 'justify',
  margin,
});
const dash = (label: string, value: string | Content[]): Content => ({
  text: [`- ${label}: `, ...(typeof value === 'string' ? [value] : value)],
  margin: [0, 1, 0, 0],
});

/** A policy's value as people read it: its value label, else the number with its unit. */
export function policyValueText(e: Pick<PolicyEntry, 'key' | 'value' | 'valueLabel'>): string {
  if (e.valueLabel) return e.valueLabel.vi;
  if (typeof e.value === 'number') return e.key === 'spreadThreshold' ? `${points(e.value)} điểm` : points(e.value);
  return String(e.value);
}

// ---- heading ----

function issuer(d: MinutesData): Content {
  const parent =
    d.level === 'central' ? upper(MINISTRY) : d.province ? `UBND ${upper(unitInText(d.province))}` : 'UBND CẤP TỈNH';
  return {
    stack: [
      { text: parent, alignment: 'center', fontSize: 11 },
      { text: upper(councilName(d.level)), bold: true, alignment: 'center', fontSize: 11 },
      centredRule(70, 215),
    ],
  };
}

function place(d: MinutesData): string | undefined {
  if (d.level === 'central') return 'Hà Nội';
  return d.province?.name;
}

function heading(d: MinutesData): Content[] {
  return [
    {
      columns: [
        { width: 215, stack: [issuer(d)] },
        {
          width: '*',
          stack: [
            nationalHeading(CONTENT_WIDTH - 215 - 10),
            {
              text: placeAndDate(place(d), d.meetingOn ?? undefined),
              italics: true,
              alignment: 'center',
              margin: [0, 6, 0, 0],
            },
          ],
        },
      ],
      columnGap: 10,
    },
    { text: MINUTES_TITLE, bold: true, fontSize: 14, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: `Họp ${councilName(d.level)}`, bold: true, alignment: 'center' },
    ...(d.round ? [{ text: `Đợt ${d.round.number} năm ${d.round.year}`, alignment: 'center' as const }] : []),
    centredRule(110),
  ];
}

function basis(d: MinutesData): Content[] {
  const by =
    d.level === 'central'
      ? `của Bộ trưởng ${MINISTRY}`
      : `của Chủ tịch Ủy ban nhân dân ${d.province ? unitInText(d.province) : 'cấp tỉnh'}`;
  const article = d.level === 'central' ? 'điểm d khoản 4 Điều 7' : 'điểm d khoản 3 Điều 7';
  return [
    para(`Căn cứ ${DECISION_26};`, [0, 10, 0, 0]),
    para(
      `Căn cứ Quyết định số ${d.decision.number} ${vietnameseDate(d.decision.date)} ${by} về việc thành lập ${councilName(d.level)} và Quy chế hoạt động của Hội đồng;`,
    ),
    para(
      `Hội đồng họp đánh giá, phân hạng sản phẩm OCOP theo ${article} Quyết định số 26/2026/QĐ-TTg, với kết quả như sau:`,
    ),
  ];
}

// ---- members ----

function membersTable(members: MinutesMember[]): Content {
  const head = ['STT', 'Họ và tên', 'Chức danh', 'Cơ quan, đơn vị'].map((t) => ({
    text: t,
    bold: true,
    alignment: 'center' as const,
  }));
  return {
    table: {
      headerRows: 1,
      widths: [26, '*', 122, '*'],
      body: [
        head,
        ...members.map((m, i) => [
          { text: String(i + 1), alignment: 'center' as const },
          m.name,
          POSITION_LABELS[m.position] ?? m.position,
          m.agency,
        ]),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 10.5,
    margin: [0, 2, 0, 4],
  };
}

// ---- one dossier ----

const KNOCKOUT_KIND: Record<MinutesKnockout['kind'], string> = {
  exclusion: 'điều kiện loại hồ sơ',
  stop: 'điều kiện dừng đánh giá',
};

const WAIVED_REASON: Record<MinutesResult['marksWaived'][number]['reason'], string> = {
  'not-applicable': 'Hội đồng xác định chỉ tiêu không thuộc đối tượng bắt buộc theo câu chữ của phiếu',
  'council-policy': 'theo quy định của Hội đồng về dấu sao không phù hợp loại sản phẩm',
};

function rankText(r: MinutesResult): string {
  if (r.outcome === 'excluded') return 'Loại';
  if (r.outcome === 'stopped') return 'Dừng đánh giá';
  return `Hạng ${r.star} sao`;
}

function proposalText(r: MinutesResult, level: MinutesData['level']): string {
  const label = OUTCOME_LABELS[r.proposal].vi;
  if (r.proposal === 'forward' && level === 'province')
    return `${label}: đề nghị ${MINISTRY} đánh giá, phân hạng sản phẩm OCOP 5 sao (điểm e khoản 3 Điều 7)`;
  if (r.proposal === 'return' && level === 'central')
    return `${label}: UBND cấp tỉnh xem xét công nhận 3 sao, 4 sao theo kết quả của Hội đồng cấp trung ương`;
  return label;
}

function totalsTable(r: MinutesResult): Content {
  const rows = r.memberTotals ?? [];
  return {
    table: {
      headerRows: 1,
      widths: [26, '*', 90],
      body: [
        ['STT', 'Thành viên chấm điểm', 'Tổng điểm'].map((t) => ({
          text: t,
          bold: true,
          alignment: 'center' as const,
        })),
        ...rows.map((m, i) => [
          { text: String(i + 1), alignment: 'center' as const },
          m.name,
          { text: points(m.total), alignment: 'right' as const },
        ]),
        [
          { text: 'Tổng điểm trung bình (khoản 3 Điều 3)', bold: true, colSpan: 2 },
          '',
          { text: points(r.mean), bold: true, alignment: 'right' as const },
        ],
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 10.5,
    margin: [12, 3, 0, 3],
  };
}

function spreadLine(r: MinutesResult): Content {
  const totals = r.memberTotals?.map((m) => m.total) ?? [];
  const spread = totals.length ? Math.max(...totals) - Math.min(...totals) : null;
  const amount = spread !== null ? `${points(spread)} điểm ` : '';
  const threshold = `ngưỡng theo quy định của Hội đồng: ${points(r.spreadThreshold)} điểm`;
  if (!r.spreadFlag)
    return dash('Chênh lệch tổng điểm giữa các thành viên', `${amount}(${threshold}), không vượt ngưỡng`);
  const reason = r.flagAcceptedReason?.trim();
  return dash(
    'Chênh lệch tổng điểm giữa các thành viên',
    [
      `${amount}(${threshold}), vượt ngưỡng`,
      reason ? `; Chủ tịch Hội đồng quyết định kết thúc chấm điểm, lý do: “${reason}”` : '',
    ].join(''),
  );
}

/** Where a quoted knock-out stands on the sheet. */
const knockoutPlace = (k: MinutesKnockout, d: MinutesDossier) =>
  `phiếu đánh giá Bộ sản phẩm số ${d.setNo}${k.criterion ? `, ghi chú tại chỉ tiêu ${k.criterion}` : ', mục “Hồ sơ bị loại khi”'}`;

/** Scoring policies the result was computed under that differ from the ones now in force (printed in section III). */
export function policyChangesSinceClose(
  policyAtClose: Partial<ScoringPolicy> | null,
  entries: readonly PolicyEntry[],
): { label: string; value: string }[] {
  if (!policyAtClose) return [];
  const out: { label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(policyAtClose)) {
    const now = entries.find((e) => e.key === key);
    if (!now || now.value === value || value === undefined) continue;
    const d = COUNCIL_POLICY_DESCRIPTORS.find((x) => x.key === key);
    const valueLabel = d?.values?.find((v) => v.value === value)?.label ?? null;
    out.push({
      label: now.label.vi,
      value: policyValueText({ key: now.key, value: value as string | number, valueLabel }),
    });
  }
  return out;
}

function resultBlock(d: MinutesDossier, r: MinutesResult, data: MinutesData): Content[] {
  const out: Content[] = [];
  // The table stays whole with its line: a mean apart from the totals it comes from reads badly.
  if (r.memberTotals) out.push({ stack: [dash('Điểm của các thành viên', ''), totalsTable(r)], unbreakable: true });
  else {
    out.push(
      dash('Số thành viên chấm điểm', String(r.memberCount)),
      dash('Tổng điểm trung bình (khoản 3 Điều 3)', `${points(r.mean)} điểm`),
      {
        text: 'Điểm của từng thành viên không hiển thị với tài khoản này.',
        italics: true,
        fontSize: 10,
        margin: [12, 0, 0, 0],
      },
    );
  }
  out.push(spreadLine(r));
  const rank: Content =
    r.star !== null && r.outcome === 'ranked'
      ? {
          columns: [
            { text: [`- Kết quả phân hạng: `, { text: rankText(r), bold: true }], width: 'auto' },
            { ...stars(r.star, 10), width: 54, margin: [8, 2, 0, 0] } as Content,
          ],
          columnGap: 0,
          margin: [0, 1, 0, 0],
        }
      : { text: ['- Kết quả phân hạng: ', { text: rankText(r), bold: true }], margin: [0, 1, 0, 0] };
  out.push(rank);
  if (r.outcome === 'ranked' && r.star !== null && r.band > r.star && r.blocking.length) {
    const unmet = r.blocking.map((b) => `chỉ tiêu ${b.criterion} (dấu sao hạng ${b.star} sao)`).join('; ');
    out.push(
      para(
        `Tổng điểm trung bình thuộc khung hạng ${r.band} sao; chưa đạt chỉ tiêu bắt buộc có dấu sao: ${unmet}.`,
        [12, 1, 0, 0],
      ),
    );
  }
  if (r.knockouts.length) {
    out.push(para('Điều kiện loại hồ sơ, dừng đánh giá áp dụng (trích nguyên văn phiếu đánh giá):', [12, 2, 0, 0]));
    for (const k of r.knockouts) {
      out.push({
        text: [
          { text: `“${k.text}”`, italics: true },
          ` — ${KNOCKOUT_KIND[k.kind]}, ${knockoutPlace(k, d)}; ${k.heldBy}/${r.memberCount} thành viên xác định.`,
        ],
        alignment: 'justify',
        margin: [24, 1, 0, 0],
      });
    }
  }
  if (r.marksWaived.length) {
    out.push(para('Dấu sao không bắt buộc đối với sản phẩm:', [12, 2, 0, 0]));
    for (const w of r.marksWaived) {
      out.push({
        text: [`Chỉ tiêu ${w.criterion}: ${WAIVED_REASON[w.reason]} — `, { text: `“${w.text}”`, italics: true }, '.'],
        alignment: 'justify',
        margin: [24, 1, 0, 0],
      });
    }
  }
  for (const c of policyChangesSinceClose(r.policyAtClose, data.policies)) {
    out.push(
      para(
        `Kết quả được tính theo quy định của Hội đồng tại thời điểm kết thúc chấm điểm: ${c.label}: ${c.value}.`,
        [12, 1, 0, 0],
      ),
    );
  }
  out.push({
    text: ['- Đề xuất của Hội đồng: ', { text: proposalText(r, data.level), bold: true }],
    margin: [0, 1, 0, 0],
  });
  return out;
}

function dossierBlock(d: MinutesDossier, i: number, data: MinutesData): Content {
  const set = `số ${d.setNo}${d.setName ? ` — ${d.setName}` : ''} (${d.ruleSetName})`;
  return {
    stack: [
      {
        stack: [
          { text: `${i + 1}. ${d.productName}`, bold: true, margin: [0, 8, 0, 1] },
          dash('Chủ thể', d.producerName ?? '……………'),
          ...(d.receiptNo ? [dash('Số tiếp nhận hồ sơ', d.receiptNo)] : []),
          dash('Bộ sản phẩm', set),
        ],
        unbreakable: true,
      },
      ...(d.result
        ? resultBlock(d, d.result, data)
        : [{ text: NOT_CLOSED, italics: true, margin: [12, 2, 0, 0] } as Content]),
    ],
  };
}

// ---- the council's rules ----

function policiesSection(entries: readonly PolicyEntry[]): Content[] {
  return [
    section(POLICIES_HEADING),
    { text: POLICIES_INTRO, italics: true, alignment: 'justify', margin: [0, 0, 0, 4] },
    ...entries.map((e, i): Content => ({
      stack: [
        { text: `${i + 1}. ${e.label.vi}`, bold: true, margin: [0, 4, 0, 0] },
        dash('Áp dụng', [
          { text: policyValueText(e) },
          ` (${SOURCE_LABELS[e.source]}${e.source !== 'default' && e.value !== e.defaultValue ? `; mặc định của OCOP Hub: ${policyValueText({ key: e.key, value: e.defaultValue, valueLabel: COUNCIL_POLICY_DESCRIPTORS.find((x) => x.key === e.key)?.values?.find((v) => v.value === e.defaultValue)?.label ?? null })}` : ''}).`,
        ]),
        dash('Văn bản quy định', [{ text: e.law.vi, italics: true }]),
      ],
      unbreakable: true,
    })),
  ];
}

// ---- signatures ----

function signatures(members: readonly MinutesMember[]): Content {
  const chair = members.find((m) => m.position === 'chair');
  const secretary = members.find((m) => m.position === 'secretary');
  const block = (title: string, name: string | undefined): Content => ({
    stack: [
      { text: title, bold: true, alignment: 'center' },
      { text: '(Ký, ghi rõ họ tên)', italics: true, alignment: 'center', fontSize: 10.5 },
      { text: name ?? '', bold: true, alignment: 'center', margin: [0, 62, 0, 0] },
    ],
  });
  return {
    columns: [
      { width: '*', stack: [secretary ? block('THƯ KÝ HỘI ĐỒNG', secretary.name) : { text: '' }] },
      { width: '*', stack: [block('CHỦ TỊCH HỘI ĐỒNG', chair?.name)] },
    ],
    columnGap: 20,
    margin: [0, 18, 0, 0],
    unbreakable: true,
  };
}

/** The signatures never stand alone on a page: the last block before them moves with them. */
function withLastOnPage(blocks: Content[], sign: Content): Content[] {
  return [...blocks.slice(0, -1), { stack: [...blocks.slice(-1), sign], unbreakable: true }];
}

/** The minutes as pdfmake content. */
export function minutesContent(d: MinutesData): Content[] {
  const seated = d.members.filter((m) => m.position in POSITION_LABELS);
  return [
    ...heading(d),
    ...basis(d),
    section('I. Thành phần Hội đồng'),
    seated.length ? membersTable(seated) : para('……………'),
    section('II. Kết quả đánh giá, phân hạng'),
    ...(d.dossiers.length
      ? d.dossiers.map((x, i) => dossierBlock(x, i, d))
      : [para('Không có hồ sơ nào trước Hội đồng.')]),
    ...withLastOnPage(policiesSection(d.policies), signatures(seated)),
  ];
}

export const minutesTitle = (d: MinutesData) =>
  `Biên bản họp ${councilName(d.level)} — Quyết định số ${d.decision.number}`;

/** The minutes as a portrait A4 PDF. */
export function renderMinutesPdf(d: MinutesData): Promise<Buffer> {
  return renderPdf(minutesTitle(d), minutesContent(d));
}
