// The Excel layout of the certificate register, with the Vietnamese headings officers use in their reports.
import { dateCell, type XlsxColumn } from '../../../platform/excel.ts';
import type { UnitNames } from '../../reference/index.ts';
import type { CertificateExportRow } from '../commands/export-certificates.ts';

const DATE = 'dd/mm/yyyy';

/**
 * The register of OCOP certificates, as provinces report it: number, product and its set, producer, commune and
 * province, star, the recognition decision and who issued it (Art. 4.1), validity, state.
 */
export function certificateColumns(units: UnitNames): XlsxColumn<CertificateExportRow>[] {
  return [
    { header: 'STT', value: (_c, i) => i + 1, width: 6 },
    { header: 'Số giấy chứng nhận', value: (c) => c.number, width: 28 },
    { header: 'Tên sản phẩm', value: (c) => c.productName, width: 36 },
    { header: 'Mã sản phẩm', value: (c) => c.productCode, width: 20 },
    {
      header: 'Bộ sản phẩm',
      value: (c) => (c.setNo === null ? null : `${c.setNo}. ${c.setName ?? ''}`.trim()),
      width: 30,
    },
    { header: 'Chủ thể', value: (c) => c.producerName, width: 36 },
    { header: 'Xã, phường', value: (c) => c.communeName, width: 20 },
    { header: 'Tỉnh, thành phố', value: (c) => units.get(c.provinceCode) ?? c.provinceCode, width: 18 },
    { header: 'Hạng sao', value: (c) => c.star, width: 8 },
    { header: 'Điểm', value: (c) => c.points, numFmt: '0.00', width: 8 },
    { header: 'Số quyết định công nhận', value: (c) => c.decisionNumber, width: 22 },
    { header: 'Ngày quyết định', value: (c) => dateCell(c.decisionSignedOn), numFmt: DATE, width: 12 },
    { header: 'Cơ quan cấp', value: (c) => c.issuedBy, width: 32 },
    { header: 'Ngày cấp', value: (c) => dateCell(c.issuedOn), numFmt: DATE, width: 12 },
    { header: 'Hiệu lực đến', value: (c) => dateCell(c.extendedUntil ?? c.expiresOn), numFmt: DATE, width: 12 },
    { header: 'Tình trạng', value: (c) => c.stateLabel.vi, width: 36 },
  ];
}
