// What every report builder is handed besides its facts: the unit, the days, and the names it prints (communes, product
// sets, legal types), looked up once by the command. Pure.
import type { IsoDate } from '../../reference/index.ts';
import type { ReportUnit } from './report-document.ts';

export interface ReportContext {
  unit: ReportUnit;
  asOf: IsoDate;
  producedOn: IsoDate;
  communeName(code: string): string;
  setName(setNo: number): string;
  legalTypeName(type: string): string;
}

/** Counts per key, in first-seen order. */
export function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
}

/** "Số liệu tính đến ngày 31/12/2026." */
export const asOfLine = (asOf: IsoDate) => {
  const [y, m, d] = asOf.split('-');
  return `Số liệu tính đến hết ngày ${d}/${m}/${y}`;
};
