// The producer drawer's form: its values, the fields the server's 400s name, the first values of a new or existing
// producer, and the body sent from the values.
import { type ProducerBody } from '../../shared/api.ts';
import { type ScopeLevel } from '../me/permissions.ts';
import { formatDate, parseVietnameseDate } from './registry.ts';
import type { LegalType, Producer, User } from '../../types.ts';
import { orNull } from '../../components/FormDrawer.tsx';

export interface Values {
  name: string;
  legalType?: LegalType;
  provinceCode?: string;
  communeCode?: string;
  registrationNo?: string;
  registrationDate?: string;
  taxCode?: string;
  representative: { name?: string; sex?: 'nam' | 'nu' | ''; ethnicity?: string; disability?: boolean };
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
  status?: 'active' | 'inactive';
}

export const FIELDS = [
  'name',
  'legalType',
  'communeCode',
  'registrationNo',
  'registrationDate',
  'taxCode',
  'representative.name',
  'representative.sex',
  'representative.ethnicity',
  'representative.disability',
  'address',
  'phone',
  'email',
  'website',
  'status',
] as const;

export interface Duplicate {
  code: string;
  message: string;
  existing: { id: string; name: string };
}

export function valuesOf(p: Producer | null, user: User, level: ScopeLevel, ownProducer: boolean): Values {
  if (!p) {
    return {
      // A producer account registers its own profile: its account name is the best first guess.
      name: ownProducer ? user.displayName : '',
      provinceCode: user.provinceCode ?? undefined,
      communeCode: level === 'commune' ? (user.unitCode ?? undefined) : undefined,
      representative: { sex: '', disability: false },
    };
  }
  return {
    name: p.name,
    legalType: p.legalType,
    provinceCode: p.provinceCode,
    communeCode: p.communeCode,
    registrationNo: p.registrationNo ?? '',
    registrationDate: p.registrationDate ? formatDate(p.registrationDate) : '',
    taxCode: p.taxCode ?? '',
    representative: {
      name: p.representative.name ?? '',
      sex: p.representative.sex ?? '',
      ethnicity: p.representative.ethnicity ?? '',
      disability: p.representative.disability,
    },
    address: p.address ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
    website: p.website ?? '',
    status: p.status,
  };
}

export function bodyOf(v: Values): ProducerBody {
  return {
    communeCode: v.communeCode!,
    legalType: v.legalType!,
    name: v.name.trim(),
    registrationNo: orNull(v.registrationNo),
    registrationDate: v.registrationDate?.trim() ? parseVietnameseDate(v.registrationDate) : null,
    taxCode: orNull(v.taxCode),
    representative: {
      name: orNull(v.representative?.name),
      sex: v.representative?.sex ? v.representative.sex : null,
      ethnicity: orNull(v.representative?.ethnicity),
      disability: v.representative?.disability ?? false,
    },
    address: orNull(v.address),
    phone: orNull(v.phone),
    email: orNull(v.email),
    website: orNull(v.website),
  };
}
