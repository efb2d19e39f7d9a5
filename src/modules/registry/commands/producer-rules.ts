// Checks shared by creating and changing a producer: where it lies, and whether it is already registered.
import type { Db } from '../../../db/pool.ts';
import { getUnit } from '../../reference/index.ts';
import { forbidden } from '../../../platform/errors.ts';
import { findByNameKey, findByRegistrationNo, type ProducerValues } from '../data/producer-store.ts';
import { producerNameKey } from '../domain/producer-name.ts';
import { normaliseRegistrationNo } from '../domain/registration.ts';
import { todayInVietnam } from '../today.ts';
import { DuplicateProducerError, invalid } from '../errors.ts';
import type { LegalType } from '../domain/legal-types.ts';
import type { Sex } from '../domain/representative.ts';

export interface ProducerInput {
  /** A commune of the 2025 set (Decision 19/2025/QĐ-TTg); the province follows from it. */
  communeCode: string;
  legalType: LegalType;
  name: string;
  registrationNo?: string | null;
  /** YYYY-MM-DD */
  registrationDate?: string | null;
  taxCode?: string | null;
  representative?: { name?: string | null; sex?: Sex | null; ethnicity?: string | null; disability?: boolean };
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

/** The province and commune of a 2025 commune code (an old alias resolves to its current code). */
export async function communePlace(
  db: Db,
  communeCode: string,
  field = 'body.communeCode',
): Promise<{ provinceCode: string; communeCode: string }> {
  const unit = await getUnit(db, 2025, communeCode);
  if (!unit)
    throw invalid(
      field,
      'unknown',
      `Không có xã, phường mã ${communeCode} (danh mục 2025)`,
      `No commune ${communeCode} in the 2025 set`,
    );
  if (unit.level !== 'commune')
    throw invalid(
      field,
      'wrong_level',
      `Mã ${communeCode} không phải một xã, phường`,
      `${communeCode} is not a commune`,
    );
  return { provinceCode: unit.provinceCode, communeCode: unit.code };
}

export interface DuplicateProbe {
  provinceCode: string;
  communeCode: string;
  registrationNo: string | null;
  nameKey: string;
  /** The producer being changed, which never duplicates itself. */
  exceptId?: string;
  checkRegistrationNo: boolean;
  checkName: boolean;
}

/**
 * The same registration number in the province is the same producer: always refused. The same normalised name
 * in the same commune is probably the same producer: refused unless the user confirms it is another one.
 * Callers hold lockProvinceProducers, so the answer stays true until they commit.
 */
export async function assertNotDuplicate(tx: Db, p: DuplicateProbe, confirmDuplicate: boolean): Promise<void> {
  if (p.checkRegistrationNo && p.registrationNo) {
    const same = await findByRegistrationNo(tx, p.provinceCode, p.registrationNo, p.exceptId);
    if (same) throw new DuplicateProducerError('duplicate_registration_no', same);
  }
  if (p.checkName && !confirmDuplicate) {
    const same = await findByNameKey(tx, p.communeCode, p.nameKey, p.exceptId);
    if (same) throw new DuplicateProducerError('possible_duplicate_name', same);
  }
}

/** registration_date may not lie in the future (a date typed wrong, e.g. 2062 for 2026). */
export function checkRegistrationDate(date: string | null | undefined, today = todayInVietnam()): void {
  if (date && date > today) {
    throw invalid(
      'body.registrationDate',
      'in_future',
      'Ngày đăng ký không thể ở tương lai',
      'The registration date cannot be in the future',
    );
  }
}

export const outsideArea = () =>
  forbidden({
    vi: 'Xã, phường này nằm ngoài địa bàn bạn phụ trách',
    en: 'This commune lies outside your administrative area',
  });

/** The columns of a producer from the input (everything but its place and audit fields). */
export function producerColumns(
  input: ProducerInput,
): Omit<ProducerValues, 'provinceCode' | 'communeCode' | 'createdBy' | 'status'> {
  const r = input.representative ?? {};
  return {
    legalType: input.legalType,
    name: input.name.trim(),
    nameKey: producerNameKey(input.name),
    registrationNo: normaliseRegistrationNo(input.registrationNo),
    registrationDate: input.registrationDate ?? null,
    taxCode: input.taxCode ?? null,
    representativeName: r.name ?? null,
    representativeSex: r.sex ?? null,
    representativeEthnicity: r.ethnicity?.trim() || null,
    representativeDisability: r.disability ?? false,
    address: input.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
  };
}
