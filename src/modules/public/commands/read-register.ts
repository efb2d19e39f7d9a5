// The public register for anybody (no login): certified products with their producer, place, set, star, certificate
// and its status today; one product with all its certificates; the filters' choices. Read from the register view.
import type { Db } from '../../../db/pool.ts';
import type { FileStorage } from '../../../platform/files.ts';
import { CATALOGUE_RULE_SETS, getProductSet, listProductSets } from '../../criteria/index.ts';
import {
  entriesOfProduct,
  listEntries,
  registerAreas,
  type Page,
  type RegisterFilter,
} from '../data/register-store.ts';
import type { RegisterEntry } from '../data/schema.ts';
import { publicStatus } from '../domain/verify-status.ts';
import type { UnitNameCache } from './unit-names.ts';

const currentRuleSet = () => CATALOGUE_RULE_SETS[CATALOGUE_RULE_SETS.length - 1]!;
const setName = (setNo: number) => getProductSet(currentRuleSet(), setNo)?.name ?? null;

/** The product photo's public address, versioned by when it changed (so it is cached for long), or null. */
export const photoUrlOf = (e: Pick<RegisterEntry, 'productId' | 'productPhotoAt'>): string | null =>
  e.productPhotoAt ? `/tra-cuu/anh/${e.productId}?v=${e.productPhotoAt.getTime()}` : null;

/** One register row as it leaves the server (whitelisted fields). */
export function presentEntry(
  e: RegisterEntry,
  today: string,
  name: (code: string | null | undefined) => string | null,
) {
  const status = publicStatus(e, today, e.number);
  return {
    productId: e.productId,
    productName: e.productName,
    productCode: e.productCode,
    photoUrl: photoUrlOf(e),
    setNo: e.setNo,
    setName: setName(e.setNo),
    producerName: e.producerName,
    communeCode: e.communeCode,
    communeName: name(e.communeCode),
    provinceCode: e.provinceCode,
    provinceName: name(e.provinceCode),
    star: e.star,
    certificateNumber: e.number,
    issuedOn: e.issuedOn,
    expiresOn: e.expiresOn,
    validTo: status.validTo,
    revokedOn: e.status === 'revoked' ? e.revokedOn : null,
    state: status.state,
    stateLabel: status.label,
  };
}
export type RegisterItem = ReturnType<typeof presentEntry>;

export async function searchRegister(db: Db, names: UnitNameCache, f: RegisterFilter, page: Page, today: string) {
  const { rows, total } = await listEntries(db, f, page);
  const name = await names.load(rows.flatMap((r) => [r.provinceCode, r.communeCode]));
  return { items: rows.map((r) => presentEntry(r, today, name)), total, limit: page.limit, offset: page.offset };
}

export type RegisterList = Awaited<ReturnType<typeof searchRegister>>;

/** A product's page: its current certificate first, then the earlier ones; undefined when never certified. */
export async function readProduct(db: Db, names: UnitNameCache, productId: string, today: string) {
  const rows = await entriesOfProduct(db, productId);
  const current = rows.find((r) => !r.supersededBy) ?? rows[0];
  if (!current) return undefined;
  const name = await names.load([current.provinceCode, current.communeCode]);
  return {
    ...presentEntry(current, today, name),
    description: current.productDescription,
    producerAddress: current.producerAddress,
    representativeName: current.representativeName,
    certificates: rows.map((r) => presentEntry(r, today, name)),
  };
}
export type RegisterProduct = NonNullable<Awaited<ReturnType<typeof readProduct>>>;

/** The filters' choices: stars, the catalogue's sets, and the provinces and communes that have a certified product. */
export async function registerChoices(db: Db, names: UnitNameCache) {
  const areas = await registerAreas(db);
  const name = await names.load(areas.flatMap((a) => [a.provinceCode, a.communeCode]));
  const provinces = [...new Set(areas.map((a) => a.provinceCode))].map((code) => ({ code, name: name(code) ?? code }));
  const communes = areas.map((a) => ({
    code: a.communeCode,
    provinceCode: a.provinceCode,
    name: name(a.communeCode) ?? a.communeCode,
  }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  return {
    stars: [3, 4, 5],
    sets: listProductSets(currentRuleSet()).map((s) => ({ setNo: s.setNo, name: s.name })),
    provinces: provinces.sort(byName),
    communes: communes.sort(byName),
  };
}

/** The photo of a product in the register (certified: others' photos are not public), or undefined. */
export async function readRegisterPhoto(db: Db, files: FileStorage, productId: string) {
  const [e] = await entriesOfProduct(db, productId);
  if (!e?.productPhotoKey) return undefined;
  return { bytes: await files.get(e.productPhotoKey), mime: e.productPhotoMime!, key: e.productPhotoKey };
}
