// Printable Forms 01, 02 and 03 (Appendix III of Decision 26/2026/QĐ-TTg) as PDF: the form's title, number and
// wording, every field (dots where a value is absent, to fill by hand), check boxes, signature blocks; for Form 02 also
// the whole criteria sheet of the product set scored by the engine. The data must have passed validateForm0x.
import type { Content } from 'pdfmake';
import { getProductSet, evaluate, type ProductSet, type StarBand } from '../../criteria/index.ts';
import { getRuleSet } from '../../reference/index.ts';
import { LEGAL_TYPE_NAMES, TOURISM_SET_NO, type LegalType } from '../../registry/index.ts';
import { SEX_LABELS } from './common.ts';
import { DOSSIER_KINDS, DOSSIER_KIND_LABELS, FORM01_LABELS as L1, FORM01_TEXT as T1, type Form01 } from './form01.ts';
import { FORM02_LABELS as L2, FORM02_TEXT as T2, scoreInputOf, type Form02 } from './form02.ts';
import { FORM03_LABELS as L3, FORM03_TEXT as T3, IDEA_ORIGIN_LABELS, type Form03 } from './form03.ts';
import {
  blank,
  centredRule,
  closing,
  CONTENT_WIDTH,
  formatNumber,
  formNumber,
  heading,
  line,
  narrative,
  nationalHeading,
  pairs,
  placeAndDate,
  renderPdf,
  signature,
  subtitle,
  tickLine,
  tickMark,
  tickRow,
  title,
  upper,
  withUnitType,
  NATIONAL_MOTTO,
  NATIONAL_NAME,
} from './pdf-kit.ts';
import { criteriaSheet, scoreSummary } from './pdf-sheet.ts';

export interface PrintContext {
  /** Place name of the date line ("Lai Châu, ngày …"); dots when absent. */
  place?: string;
  /** ISO date of the date line; dots when absent (signed by hand). */
  date?: string;
}

export interface Form01PrintContext extends PrintContext {
  /** The product set named by the form (it must be that set); looked up in the catalogue when absent. */
  productSet?: ProductSet;
}

export interface Form02PrintContext extends Form01PrintContext {
  /** Star bands (Art. 3.3); the form's rule set's when absent. */
  bands?: readonly StarBand[];
}

function productSetOf(ruleSet: string, setNo: number, given: ProductSet | undefined): ProductSet {
  const set = given ?? getProductSet(ruleSet, setNo);
  if (!set || set.setNo !== setNo)
    throw new Error(`Product set ${setNo} of rule set ${ruleSet} is not the one to print`);
  return set;
}

const legalType = (type: LegalType, detail?: string) => `${LEGAL_TYPE_NAMES[type].vi}${detail ? ` (${detail})` : ''}`;
const shortDate = (iso: string | undefined) => (iso ? iso.split('-').reverse().join('/') : undefined);
const gap = (h = 4): Content => ({ text: '', margin: [0, h, 0, 0] });

// ------------------------------------------------------------------------------------------------------------------
// Mẫu số 01

function receipt(label: string, r: Form01['communeReceipt']): Content {
  return {
    stack: [
      { text: label, bold: true, alignment: 'center', margin: [0, 10, 0, 4] },
      line(L1['communeReceipt.number'], r?.number ?? T1.ticketPattern, ''),
      line(L1['communeReceipt.receivedOn'], shortDate(r?.receivedOn), ''),
      pairs(
        [
          [L1['communeReceipt.receiverName'], r?.receiverName],
          [T1.signature, undefined],
        ],
        '',
      ),
      signature({ title: T1.receivingOffice, note: T1.receivingOfficeNote }),
    ],
    unbreakable: true,
  };
}

export async function renderForm01Pdf(data: Form01, context: Form01PrintContext = {}): Promise<Buffer> {
  const set = productSetOf(data.classification.ruleSet, data.classification.productSetNo, context.productSet);
  const p = data.producer;
  const samples =
    set.setNo === TOURISM_SET_NO && !data.attachments.samples ? T1.samplesNotApplicable : data.attachments.samples;
  const content: Content[] = [
    formNumber(T1.formNo),
    nationalHeading(),
    title(T1.title),
    subtitle(T1.subtitle),
    subtitle(`của ${withUnitType(data.province, 'tỉnh')} năm ${data.year}`),
    gap(8),
    heading(`${L1.producer}:`),
    line(L1['producer.name'], p.name),
    line(L1['producer.representative'], p.representative),
    line(L1['producer.position'], p.position),
    line(L1['producer.address'], p.address),
    pairs([
      [L1['producer.phone'], p.phone],
      [L1['producer.email'], p.email],
    ]),
    { text: [{ text: `${L1.productName}: `, bold: true }, data.productName], margin: [0, 4, 0, 0] },
    {
      text: [
        { text: '3. Nhóm sản phẩm đăng ký (Ngành, Nhóm, Phân nhóm', bold: true },
        { text: '1', sup: true, bold: true },
        { text: '):', bold: true },
      ],
      margin: [0, 4, 0, 0],
    },
    line('Ngành', set.sector),
    line('Nhóm', set.group),
    ...(set.subgroup ? [line('Phân nhóm', set.subgroup)] : []),
    tickRow(
      `${L1.evaluationKind}:`,
      DOSSIER_KINDS.map((k) => ({ label: DOSSIER_KIND_LABELS[k], checked: data.evaluationKind === k })),
      [0, 4, 0, 0],
    ),
    heading(`${L1.attachments}:`, [0, 4, 0, 0]),
    { text: `- ${T1.reportAttachment}` },
    line(L1['attachments.samples'], samples),
    { text: T1.commitment, alignment: 'justify', leadingIndent: 24, margin: [0, 6, 0, 0] },
    signature({
      dateLine: placeAndDate(context.place, context.date),
      title: T1.signer,
      note: T1.signerNote,
      name: p.representative,
    }),
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5 }], margin: [0, 10, 0, 2] },
    { text: [{ text: '1', sup: true }, ` ${T1.footnote}`], fontSize: 9.5 },
    { text: T1.officialPart, bold: true, alignment: 'center', fontSize: 12.5, pageBreak: 'before' },
    centredRule(120),
    receipt(L1.communeReceipt, data.communeReceipt),
    receipt(L1.provinceReceipt, data.provinceReceipt),
  ];
  return renderPdf(`${T1.title} – ${data.productName}`, content);
}

// ------------------------------------------------------------------------------------------------------------------
// Mẫu số 02

const partHeading = (no: string, name: string): Content => ({
  stack: [
    { text: no, bold: true },
    { text: name, bold: true },
  ],
  alignment: 'center',
  margin: [0, 12, 0, 4],
  headlineLevel: 1,
});

const labelled = (label: string, value: string | undefined): Content[] => [
  heading(`- ${label}:`, [0, 3, 0, 0]),
  narrative(value),
];

function resultsTable(rows: Form02['business']['results']['years']): Content {
  const right = (v: string) => ({ text: v, alignment: 'right' as const });
  return {
    table: {
      headerRows: 1,
      widths: [40, '*', 110, 110],
      body: [
        [
          L2['business.results.years.year'],
          L2['business.results.years.output'],
          L2['business.results.years.revenue'],
          L2['business.results.years.profit'],
        ].map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
        ...rows.map((r) => [
          { text: String(r.year), alignment: 'center' as const },
          right(r.output ? `${formatNumber(r.output.quantity)} ${r.output.unit}` : '—'),
          right(formatNumber(r.revenue)),
          right(formatNumber(r.profit)),
        ]),
      ],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#777', vLineColor: () => '#777' },
    fontSize: 10.5,
    margin: [0, 4, 0, 4],
  };
}

export async function renderForm02Pdf(data: Form02, context: Form02PrintContext = {}): Promise<Buffer> {
  const sa = data.selfAssessment;
  const set = productSetOf(sa.ruleSet, sa.productSetNo, context.productSet);
  const bands = context.bands ?? getRuleSet(sa.ruleSet)?.bands ?? [];
  const score = evaluate(set, scoreInputOf(sa), bands);
  const p = data.producer;
  const r = p.legalRepresentative;
  const c = data.compliance;
  const ip = c.intellectualProperty;
  const content: Content[] = [
    formNumber(T2.formNo),
    nationalHeading(),
    title(T2.title),
    subtitle(T2.subtitle, { italics: true }),
    partHeading('Phần I', 'THÔNG TIN CHUNG'),
    line(L2['producer.name'], p.name, ''),
    line(L2['producer.organisationType'], legalType(p.organisationType, p.organisationDetail), ''),
    line(L2['producer.address'], p.address, ''),
    pairs(
      [
        [L2['producer.phone'], p.phone],
        [L2['producer.email'], p.email],
      ],
      '',
    ),
    { text: `${L2['producer.legalRepresentative']}:` },
    line(L2['producer.legalRepresentative.name'], r.name),
    pairs([
      [L2['producer.legalRepresentative.sex'], SEX_LABELS[r.sex]],
      [L2['producer.legalRepresentative.ethnicity'], r.ethnicity],
    ]),
    line(L2['producer.legalRepresentative.permanentAddress'], r.permanentAddress),
    pairs(
      [
        [L2['producer.establishedOn'], shortDate(p.establishedOn)],
        [L2['producer.registrationNo'], p.registrationNo],
      ],
      '',
    ),
    { text: `${L2.product}:` },
    { text: data.product.name, bold: true, margin: [24, 0, 0, 0] },
    narrative(data.product.description),
    {
      // The form's "Đánh dấu (√)": the tick is drawn, the font has no √.
      columns: [
        { text: L2.compliance.replace(/\s*\(√\).*/, ' ('), width: 'auto' },
        { ...tickMark(), width: 8 },
        { text: `)${L2.compliance.replace(/.*\(√\)/, '')}:`, width: '*' },
      ],
      italics: true,
      margin: [0, 4, 0, 0],
    },
    tickLine(`${L2['compliance.businessRegistration']}:`, c.businessRegistration),
    tickLine(`${L2['compliance.qualityDeclared']}:`, c.qualityDeclared),
    { text: T2.productionConditions },
    tickLine(`- ${L2['compliance.foodSafetyCertificate']}:`, c.foodSafetyCertificate, 12),
    tickLine(`- ${L2['compliance.productionCertificate']}`, c.productionCertificate, 12),
    tickLine(`${L2['compliance.intellectualProperty.registered']}:`, ip.registered),
    tickLine(`+ ${L2['compliance.intellectualProperty.trademark']}:`, ip.trademark, 12),
    tickLine(
      `+ ${L2['compliance.intellectualProperty.collectiveMarkOrGeographicalIndication']}:`,
      ip.collectiveMarkOrGeographicalIndication,
      12,
    ),
    tickLine(`+ ${L2['compliance.intellectualProperty.patent']}`, ip.patent, 12),
    tickLine(`+ ${L2['compliance.intellectualProperty.industrialDesign']}:`, ip.industrialDesign, 12),
    tickLine(`+ ${L2['compliance.intellectualProperty.copyright']}`, ip.copyright, 12),
    tickLine(`+ ${L2['compliance.intellectualProperty.other']}: ${ip.other ?? ''}`, Boolean(ip.other), 12),
    heading(`${L2.history}:`, [0, 4, 0, 0], false),
    narrative(data.history),
    heading(`${L2.structure}:`, [0, 4, 0, 0], false),
    narrative(data.structure),

    partHeading('Phần II', 'KẾT QUẢ THỰC HIỆN\nPHƯƠNG ÁN SẢN XUẤT KINH DOANH'),
    ...labelled(L2['business.rawMaterialAndProduction'], data.business.rawMaterialAndProduction),
    ...labelled(L2['business.qualityChanges'], data.business.qualityChanges),
    ...labelled(L2['business.markets'], data.business.markets),
    heading(`- ${L2['business.results']}:`, [0, 3, 0, 0]),
    resultsTable(data.business.results.years),
    ...(data.business.results.remarks ? [narrative(data.business.results.remarks)] : []),

    partHeading('Phần III', 'ĐÁNH GIÁ KẾT QUẢ\nTHỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP'),
    {
      text: [
        { text: 'Bộ sản phẩm: ', bold: true },
        `${set.setNo}. ${set.name} (Phụ lục II, Quyết định số 26/2026/QĐ-TTg)`,
      ],
    },
    { text: [{ text: 'Tên sản phẩm: ', bold: true }, data.product.name] },
    criteriaSheet(set, score, sa.evidence),
    scoreSummary(set, score),
    ...(sa.changesSinceRecognition
      ? labelled(L2['selfAssessment.changesSinceRecognition'], sa.changesSinceRecognition)
      : []),

    partHeading('Phần IV', 'KẾ HOẠCH SẢN XUẤT, KINH DOANH'),
    { text: T2.planNote, italics: true, fontSize: 10.5 },
    ...closing(
      data.plan,
      signature({
        dateLine: placeAndDate(context.place, context.date),
        title: T2.signer,
        note: T2.signerNote,
        name: r.name,
      }),
    ),
  ];
  return renderPdf(`${T2.title} – ${data.product.name}`, content);
}

// ------------------------------------------------------------------------------------------------------------------
// Mẫu số 03

/** The two-column head of an administrative document: issuing body on the left, national heading on the right. */
function officialHead(commune: string, reportNo: string | undefined, dateLine: string): Content {
  const left = 195;
  const right = CONTENT_WIDTH - left;
  return {
    columns: [
      {
        width: left,
        stack: [
          { text: 'ỦY BAN NHÂN DÂN', bold: true, alignment: 'center', fontSize: 11.5 },
          { text: upper(commune), bold: true, alignment: 'center', fontSize: 11.5 },
          centredRule(60, left),
          { text: `Số: ${reportNo ?? `${blank(8)}/BC-UBND`}`, alignment: 'center', fontSize: 11, margin: [0, 6, 0, 0] },
        ],
      },
      {
        width: right,
        stack: [
          { text: NATIONAL_NAME, bold: true, alignment: 'center', fontSize: 11 },
          { text: NATIONAL_MOTTO, bold: true, alignment: 'center', fontSize: 12 },
          centredRule(150, right),
          { text: dateLine, italics: true, alignment: 'center', fontSize: 11, margin: [0, 6, 0, 0] },
        ],
      },
    ],
  };
}

export async function renderForm03Pdf(data: Form03, context: PrintContext = {}): Promise<Buffer> {
  const commune = withUnitType(data.commune, 'xã');
  const province = withUnitType(data.province, 'tỉnh');
  const p = data.producer;
  const r = p.legalRepresentative;
  const a = data.assessment;
  const labour = a.localLabour;
  const counts =
    labour.totalWorkers !== undefined || labour.localWorkers !== undefined
      ? [
          pairs([
            [L3['assessment.localLabour.totalWorkers'], labour.totalWorkers],
            [L3['assessment.localLabour.localWorkers'], labour.localWorkers],
          ]),
        ]
      : [];
  const described = (key: 'localRawMaterial' | 'localLabour', extra: Content[] = []): Content[] => [
    heading(`${L3[`assessment.${key}`]}:`, [0, 6, 0, 0]),
    heading(`- ${L3[`assessment.${key}.producerDescription`]}:`, [0, 0, 0, 0], false, true),
    narrative(a[key].producerDescription),
    heading(`- ${L3[`assessment.${key}.communeAssessment`]}:`, [0, 0, 0, 0], false, true),
    narrative(a[key].communeAssessment),
    ...extra,
  ];
  const signer = data.signer?.position.split('\n') ?? ['CHỦ TỊCH'];
  const content: Content[] = [
    formNumber(T3.formNo),
    officialHead(commune, data.reportNo, placeAndDate(context.place, context.date)),
    title(T3.title, 14),
    subtitle(T3.subtitle),
    centredRule(120),
    heading(L3.producer, [0, 10, 0, 2]),
    line(L3['producer.name'], p.name, ''),
    line(L3['producer.organisationType'], legalType(p.organisationType, p.organisationDetail), ''),
    line(L3['producer.address'], p.address, ''),
    { text: `${L3['producer.legalRepresentative']}:` },
    line(L3['producer.legalRepresentative.name'], r.name),
    pairs([
      [L3['producer.legalRepresentative.sex'], SEX_LABELS[r.sex]],
      [L3['producer.legalRepresentative.ethnicity'], r.ethnicity],
    ]),
    line(L3['producer.legalRepresentative.permanentAddress'], r.permanentAddress),
    line(L3.productName, data.productName, ''),
    heading(L3.assessment, [0, 10, 0, 2]),
    ...described('localRawMaterial'),
    ...described('localLabour', counts),
    heading(`${L3['assessment.ideaOrigin']}:`, [0, 6, 0, 0]),
    line(L3['assessment.ideaOrigin.origin'], IDEA_ORIGIN_LABELS[a.ideaOrigin.origin]),
    narrative(a.ideaOrigin.assessment),
    heading(`${L3['assessment.localIdentity']}:`, [0, 6, 0, 0]),
    narrative(a.localIdentity.assessment),
    ...(data.conclusion ? [heading(`${L3.conclusion}:`, [0, 6, 0, 0]), narrative(data.conclusion)] : []),
    { text: '', margin: [0, 4, 0, 0] },
    ...closing(
      `Ủy ban nhân dân ${commune} đề nghị Ủy ban nhân dân ${province} đánh giá, phân hạng sản phẩm OCOP cho sản phẩm ${data.productName} của ${p.name}.`,
      signature({
        title: `${T3.onBehalf} ${upper(commune)}\n${signer.join('\n')}`,
        note: T3.signerNote,
        name: data.signer?.name,
      }),
    ),
  ];
  return renderPdf(`${T3.title} – ${data.productName}`, content);
}
