// The Excel layout of dossier lists, with the Vietnamese headings officers use in their reports.
import type { Actor } from '../../../platform/auth/actor.ts';
import { dateCell, exportTitle, type XlsxColumn } from '../../../platform/excel.ts';
import type { DossierQuery } from '../commands/read-dossiers.ts';
import { queueFor, STATE_LABELS, type DossierState } from '../domain/dossier-lifecycle.ts';
import { KIND_LABELS } from '../presenters.ts';
import type { DossierKind } from '../domain/deadline-transition.ts';
import type { UnitNames } from '../../reference/index.ts';
import type { DossierExportRow } from '../commands/export-dossiers.ts';

const DATE = 'dd/mm/yyyy';

/** Unit names come with the rows (one query for the codes of the whole export). */
export function dossierColumns(units: UnitNames): XlsxColumn<DossierExportRow>[] {
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
    { header: 'Ngày tỉnh tiếp nhận', value: (d) => dateCell(d.acceptedOn), numFmt: DATE, width: 12 },
    { header: 'Đợt đánh giá', value: (d) => d.roundName, width: 26 },
    { header: 'Điểm tự đánh giá', value: (d) => d.selfPoints, numFmt: '0.00', width: 10 },
    { header: 'Hạng sao tự đánh giá', value: (d) => d.selfStar, width: 10 },
    { header: 'Điểm Hội đồng', value: (d) => d.finalPoints, numFmt: '0.00', width: 10 },
    { header: 'Hạng sao', value: (d) => d.finalStar, width: 8 },
    { header: 'Số giấy chứng nhận', value: (d) => d.certificateNumber, width: 26 },
    { header: 'Quá hạn', value: (d) => (d.overdue ? 'Có' : ''), width: 8 },
  ];
}

/** The title row: the list, the filter used in words (the queue's and the units' names, not their codes), the day. */
export function dossierExportTitle(
  actor: Actor,
  q: DossierQuery,
  units: UnitNames,
  on: string,
  first: DossierExportRow | undefined,
): string {
  return exportTitle(
    'Danh sách hồ sơ đánh giá, phân hạng sản phẩm OCOP',
    [
      ['Hàng đợi', q.queue && (queueFor(actor.role).find((x) => x.id === q.queue)?.label.vi ?? q.queue)],
      ['Trạng thái', q.state && STATE_LABELS[q.state as DossierState].vi],
      ['Loại hồ sơ', q.kind && KIND_LABELS[q.kind as DossierKind].vi],
      ['Tỉnh, thành phố', q.provinceCode && (units.get(q.provinceCode) ?? q.provinceCode)],
      ['Xã, phường', q.communeCode && (units.get(q.communeCode) ?? q.communeCode)],
      ['Đợt đánh giá', q.roundId && (first?.roundName ?? q.roundId)],
      ['Sản phẩm', q.productId && (first?.productName ?? q.productId)],
      ['Năm', q.year],
      ['Tìm', q.q],
    ],
    on,
  );
}
