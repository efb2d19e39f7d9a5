// The Excel layouts of the registry lists, with the Vietnamese headings officers use in their reports.
import { listProductSets } from '../../criteria/index.ts';
import { dateCell, type XlsxColumn } from '../../../platform/excel.ts';
import { LEGAL_TYPE_NAMES } from '../domain/legal-types.ts';
import type { ProductCertificate } from '../commands/product-certificates.ts';
import type { PublicProducer, PublicProduct } from '../presenters.ts';

const STATUS = { active: 'Đang hoạt động', inactive: 'Ngừng hoạt động' } as const;
const yesNo = (b: boolean) => (b ? 'Có' : 'Không');
const DATE = 'dd/mm/yyyy';

// Unit names come with the rows (the list looks them up once for the whole export).
export function producerColumns(): XlsxColumn<PublicProducer>[] {
  return [
    { header: 'STT', value: (_p, i) => i + 1, width: 6 },
    { header: 'Tên chủ thể', value: (p) => p.name, width: 40 },
    { header: 'Loại hình', value: (p) => LEGAL_TYPE_NAMES[p.legalType].vi, width: 24 },
    { header: 'Số đăng ký kinh doanh', value: (p) => p.registrationNo, width: 18 },
    { header: 'Ngày đăng ký', value: (p) => dateCell(p.registrationDate), numFmt: DATE, width: 13 },
    { header: 'Mã số thuế', value: (p) => p.taxCode, width: 15 },
    { header: 'Người đại diện', value: (p) => p.representative.name, width: 24 },
    {
      header: 'Giới tính',
      value: (p) => (p.representative.sex === 'nu' ? 'Nữ' : p.representative.sex === 'nam' ? 'Nam' : null),
    },
    { header: 'Dân tộc', value: (p) => p.representative.ethnicity },
    { header: 'Khuyết tật', value: (p) => yesNo(p.representative.disability) },
    { header: 'Đạt tiêu chí 3.2', value: (p) => yesNo(p.qualifiesFor32) },
    { header: 'Tỉnh, thành phố', value: (p) => p.provinceName ?? p.provinceCode, width: 18 },
    { header: 'Mã xã', value: (p) => p.communeCode, width: 8 },
    { header: 'Xã, phường', value: (p) => p.communeName ?? p.communeCode, width: 20 },
    { header: 'Địa chỉ', value: (p) => p.address, width: 36 },
    { header: 'Điện thoại', value: (p) => p.phone, width: 14 },
    { header: 'Email', value: (p) => p.email, width: 24 },
    { header: 'Website', value: (p) => p.website, width: 24 },
    { header: 'Trạng thái', value: (p) => STATUS[p.status], width: 16 },
  ];
}

/** A product as its export prints it: with its certificate in force that day, if any. */
export type ProductExportRow = PublicProduct & { certificate: ProductCertificate | null };

export function productColumns(): XlsxColumn<ProductExportRow>[] {
  const sets = new Map(listProductSets('26-2026').map((s) => [s.setNo, s.name]));
  return [
    { header: 'STT', value: (_p, i) => i + 1, width: 6 },
    { header: 'Mã sản phẩm', value: (p) => p.productCode, width: 20 },
    { header: 'Tên sản phẩm', value: (p) => p.name, width: 36 },
    { header: 'Bộ sản phẩm số', value: (p) => p.setNo, width: 8 },
    { header: 'Bộ sản phẩm', value: (p) => sets.get(p.setNo) ?? null, width: 36 },
    { header: 'Quy cách', value: (p) => p.specification, width: 24 },
    { header: 'Chủ thể', value: (p) => p.producerName, width: 36 },
    { header: 'Loại hình chủ thể', value: (p) => LEGAL_TYPE_NAMES[p.producerLegalType].vi, width: 24 },
    { header: 'Tỉnh, thành phố', value: (p) => p.provinceName ?? p.provinceCode, width: 18 },
    { header: 'Mã xã', value: (p) => p.communeCode, width: 8 },
    { header: 'Xã, phường', value: (p) => p.communeName ?? p.communeCode, width: 20 },
    { header: 'Năm đánh giá', value: (p) => p.codeYear, width: 10 },
    { header: 'Hạng sao hiện tại', value: (p) => p.certificate?.star ?? null, width: 10 },
    { header: 'Số giấy chứng nhận', value: (p) => p.certificate?.number ?? null, width: 28 },
    {
      header: 'Giấy chứng nhận hiệu lực đến',
      value: (p) => dateCell(p.certificate?.validUntil),
      numFmt: DATE,
      width: 14,
    },
    { header: 'Trạng thái', value: (p) => STATUS[p.status], width: 16 },
  ];
}
