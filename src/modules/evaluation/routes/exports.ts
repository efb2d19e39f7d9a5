// The Excel layout of dossier lists, with the Vietnamese headings officers use in their reports.
import { dateCell, type XlsxColumn } from '../../../platform/excel.ts';
import type { UnitNames } from '../../reference/index.ts';
import type { PublicDossierSummary } from '../presenters.ts';

const DATE = 'dd/mm/yyyy';

/** Unit names come with the rows (one query for the codes of the whole export). */
export function dossierColumns(units: UnitNames): XlsxColumn<PublicDossierSummary>[] {
  return [
    { header: 'STT', value: (_d, i) => i + 1, width: 6 },
    { header: 'Số phiếu tiếp nhận', value: (d) => d.receiptNo, width: 24 },
    { header: 'Tên sản phẩm', value: (d) => d.productName, width: 36 },
    { header: 'Chủ thể', value: (d) => d.producerName, width: 36 },
    { header: 'Bộ sản phẩm số', value: (d) => d.setNo, width: 8 },
    { header: 'Loại hồ sơ', value: (d) => d.kindLabel.vi, width: 18 },
    { header: 'Trạng thái', value: (d) => d.stateLabel.vi, width: 36 },
    { header: 'Tỉnh, thành phố', value: (d) => units.get(d.provinceCode) ?? d.provinceCode, width: 18 },
    { header: 'Xã, phường', value: (d) => units.get(d.communeCode) ?? d.communeCode, width: 20 },
    { header: 'Ngày nộp', value: (d) => dateCell(d.submittedOn), numFmt: DATE, width: 12 },
    { header: 'Ngày xã tiếp nhận', value: (d) => dateCell(d.receivedOn), numFmt: DATE, width: 12 },
    { header: 'Hạn xã gửi tỉnh', value: (d) => dateCell(d.communeDueOn), numFmt: DATE, width: 12 },
    { header: 'Ngày gửi tỉnh', value: (d) => dateCell(d.forwardedOn), numFmt: DATE, width: 12 },
    { header: 'Điểm Hội đồng', value: (d) => d.finalPoints, numFmt: '0.00', width: 10 },
    { header: 'Hạng sao', value: (d) => d.finalStar, width: 8 },
    { header: 'Quá hạn', value: (d) => (d.overdue ? 'Có' : ''), width: 8 },
  ];
}
