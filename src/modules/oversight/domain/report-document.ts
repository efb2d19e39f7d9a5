// A standard report as one document model, drawn twice — as an Excel workbook and as a PDF (commands/report-xlsx.ts,
// commands/report-pdf.ts) — so both say the same thing: the issuing body and the national heading, the title, the
// unit, the day the figures stand on, then numbered sections of numbered tables whose first column is STT. Pure.
import type { IsoDate } from '../../reference/index.ts';

export type ReportCell = string | number | null;
export type ColumnKind = 'text' | 'int' | 'num' | 'date' | 'stt';

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in Excel characters; the PDF shares it out proportionally. */
  width: number;
}

export interface ReportTable {
  /** "Biểu 1. …": numbered in the order the tables appear. */
  caption: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** A last row of totals ("Tổng cộng"), printed bold. */
  total?: ReportCell[];
  /** What an empty table says instead of rows. */
  empty?: string;
}

export interface ReportSection {
  heading: string;
  paragraphs?: string[];
  tables?: ReportTable[];
  /** A part whose data OCOP Hub does not hold yet (plans, targets, funding): printed as a marked note, no figures. */
  notYetAvailable?: string;
}

export interface ReportUnit {
  level: 'national' | 'province' | 'commune';
  code: string;
  /** "Tỉnh Lai Châu", "Xã Bình Lư", "Toàn quốc". */
  label: string;
  /** The bare name for the place line ("Lai Châu, ngày …"). */
  place: string;
  /** The issuing body, upper case, in the top left corner ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"). */
  issuer: string[];
}

export interface ReportDocument {
  kind: string;
  title: string;
  subtitle: string[];
  unit: ReportUnit;
  /** The day the figures stand on. */
  asOf: IsoDate;
  /** The day the report was produced (the date line). */
  producedOn: IsoDate;
  sections: ReportSection[];
  /** The file name without extension. */
  fileName: string;
}

export const text = (header: string, width = 24): ReportColumn => ({ header, kind: 'text', width });
export const int = (header: string, width = 10): ReportColumn => ({ header, kind: 'int', width });
export const num = (header: string, width = 10): ReportColumn => ({ header, kind: 'num', width });
export const date = (header: string, width = 12): ReportColumn => ({ header, kind: 'date', width });
export const STT: ReportColumn = { header: 'STT', kind: 'stt', width: 6 };

/** Numbers the captions "Biểu 1.", "Biểu 2." … across the document, in order. */
export function numberTables(sections: ReportSection[]): ReportSection[] {
  let n = 0;
  return sections.map((s) => ({
    ...s,
    tables: s.tables?.map((t) => ({ ...t, caption: `Biểu ${++n}. ${t.caption}` })),
  }));
}

/** Rows with their STT (1, 2, 3 …) in front. */
export const withStt = (rows: ReportCell[][]): ReportCell[][] => rows.map((r, i) => [i + 1, ...r]);

/** dd/mm/yyyy, as Vietnamese documents write a date in a table. */
export function dmy(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "3★" for a table cell; empty when there is no star. */
export const starCell = (star: number | null | undefined): string => (star ? `${star} sao` : '');
