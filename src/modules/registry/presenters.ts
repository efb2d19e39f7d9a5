// Presenters: the whitelisted fields of producers and products that leave the server (and go into audit rows).
import type { ProducerRow } from './data/tables.ts';
import type { ProductView } from './data/product-store.ts';
import { qualifiesFor32, type Sex } from './domain/representative.ts';
import type { LegalType } from './domain/legal-types.ts';
import type { UnitNames } from '../reference/index.ts';

/** The names of the record's province and commune (2025 set), looked up once per page by the caller. */
export const placeNames = (r: { provinceCode: string; communeCode: string }, units: UnitNames) => ({
  provinceName: units.get(r.provinceCode),
  communeName: units.get(r.communeCode),
});
type PlaceNames = ReturnType<typeof placeNames>;

/** The record itself, as audit rows keep it; PublicProducer adds the unit names (presentProducerNamed). */
export function producerRecord(r: ProducerRow) {
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
export type ProducerRecord = ReturnType<typeof producerRecord>;
export type PublicProducer = ProducerRecord & PlaceNames;
export const presentProducer = (r: ProducerRow, units: UnitNames): PublicProducer => ({
  ...producerRecord(r),
  ...placeNames(r, units),
});

/** The record itself, as audit rows keep it; PublicProduct adds the unit names (presentProductNamed). */
export function productRecord(v: ProductView) {
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
    /** The product's photo: its address (versioned by when it changed, so it may be cached) for signed-in readers. */
    photo: v.photoAt
      ? { url: `/api/products/${v.id}/photo?v=${v.photoAt.getTime()}`, updatedAt: v.photoAt.toISOString() }
      : null,
  };
}
export type ProductRecord = ReturnType<typeof productRecord>;
export type PublicProduct = ProductRecord & PlaceNames;
export const presentProduct = (v: ProductView, units: UnitNames): PublicProduct => ({
  ...productRecord(v),
  ...placeNames(v, units),
});
