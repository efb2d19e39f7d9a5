// Presenters: the whitelisted fields of producers and products that leave the server (and go into audit rows).
import type { ProducerRow } from './data/tables.ts';
import type { ProductView } from './data/product-store.ts';
import { qualifiesFor32, type Sex } from './domain/representative.ts';
import type { LegalType } from './domain/legal-types.ts';

export function presentProducer(r: ProducerRow) {
  const representative = {
    name: r.representativeName,
    sex: r.representativeSex as Sex | null,
    ethnicity: r.representativeEthnicity,
    disability: r.representativeDisability,
  };
  return {
    id: r.id,
    provinceCode: r.provinceCode,
    communeCode: r.communeCode,
    legalType: r.legalType as LegalType,
    name: r.name,
    registrationNo: r.registrationNo,
    registrationDate: r.registrationDate,
    taxCode: r.taxCode,
    representative,
    /** Criterion 3.2 of Appendix II, derived so every screen and sheet agrees. */
    qualifiesFor32: qualifiesFor32(representative),
    address: r.address,
    phone: r.phone,
    email: r.email,
    website: r.website,
    status: r.status as 'active' | 'inactive',
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type PublicProducer = ReturnType<typeof presentProducer>;

export function presentProduct(v: ProductView) {
  return {
    id: v.id,
    provinceCode: v.provinceCode,
    communeCode: v.communeCode,
    producerId: v.producerId,
    producerName: v.producerName,
    producerLegalType: v.legalType as LegalType,
    name: v.name,
    setNo: v.setNo,
    description: v.description,
    specification: v.specification,
    productCode: v.productCode,
    codeSeq: v.codeSeq,
    codeYear: v.codeYear,
    status: v.status as 'active' | 'inactive',
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}
export type PublicProduct = ReturnType<typeof presentProduct>;
