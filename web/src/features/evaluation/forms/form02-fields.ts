// Form 02 (self-assessment report, Appendix III): its fields, what is stored, what its draft keeps, and how it opens.
import type { Answers } from '../../../types.ts';
import { type FieldSpec } from '../../../components/FormFields.tsx';
import { NO_CONDITIONS, type SheetConditions, type Ticks } from '../../criteria/conditions.ts';

import { names, type Data } from './form-drafts.ts';
export const F02_PART1: readonly FieldSpec[] = [
  { name: 'producer.name', label: 'f02.producerName', required: true },
  { name: 'producer.organisationType', label: 'f02.organisationType', kind: 'select', required: true },
  { name: 'producer.organisationDetail', label: 'f02.organisationDetail', max: 100 },
  { name: 'producer.phone', label: 'f02.phone', required: true, max: 20 },
  { name: 'producer.address', label: 'f02.address', required: true, wide: true },
  { name: 'producer.email', label: 'f02.email' },
  { name: 'producer.registrationNo', label: 'f02.registrationNo', max: 60 },
  { name: 'producer.establishedOn', label: 'f02.establishedOn', kind: 'date', required: true },
  { name: 'producer.legalRepresentative.name', label: 'f02.repName', required: true },
  { name: 'producer.legalRepresentative.sex', label: 'f02.repSex', kind: 'select', required: true },
  { name: 'producer.legalRepresentative.ethnicity', label: 'f02.repEthnicity', required: true, max: 100 },
  { name: 'producer.legalRepresentative.permanentAddress', label: 'f02.repAddress', required: true, wide: true },
  { name: 'product.name', label: 'f02.productName', required: true },
  { name: 'product.description', label: 'f02.productDescription', kind: 'long', required: true },
];
export const F02_COMPLIANCE: readonly FieldSpec[] = [
  { name: 'compliance.businessRegistration', label: 'f02.businessRegistration', kind: 'bool', wide: true },
  { name: 'compliance.qualityDeclared', label: 'f02.qualityDeclared', kind: 'bool', wide: true },
  { name: 'compliance.foodSafetyCertificate', label: 'f02.foodSafetyCertificate', kind: 'bool', wide: true },
  { name: 'compliance.productionCertificate', label: 'f02.productionCertificate', kind: 'bool', wide: true },
  { name: 'compliance.intellectualProperty.registered', label: 'f02.ipRegistered', kind: 'bool', wide: true },
  { name: 'compliance.intellectualProperty.trademark', label: 'f02.ipTrademark', kind: 'bool' },
  {
    name: 'compliance.intellectualProperty.collectiveMarkOrGeographicalIndication',
    label: 'f02.ipCollective',
    kind: 'bool',
  },
  { name: 'compliance.intellectualProperty.patent', label: 'f02.ipPatent', kind: 'bool' },
  { name: 'compliance.intellectualProperty.industrialDesign', label: 'f02.ipDesign', kind: 'bool' },
  { name: 'compliance.intellectualProperty.copyright', label: 'f02.ipCopyright', kind: 'bool' },
  { name: 'compliance.intellectualProperty.other', label: 'f02.ipOther' },
  { name: 'history', label: 'f02.history', kind: 'long', required: true },
  { name: 'structure', label: 'f02.structure', kind: 'long', required: true },
];
export const F02_PART2: readonly FieldSpec[] = [
  { name: 'business.rawMaterialAndProduction', label: 'f02.rawMaterial', kind: 'long', required: true },
  { name: 'business.qualityChanges', label: 'f02.qualityChanges', kind: 'long', required: true },
  { name: 'business.markets', label: 'f02.markets', kind: 'long', required: true },
];
export const F02_REMARKS: readonly FieldSpec[] = [
  { name: 'business.results.remarks', label: 'f02.remarks', kind: 'long' },
];
export const F02_PART4: readonly FieldSpec[] = [
  { name: 'plan', label: 'f02.plan', kind: 'long', required: true, hint: 'f02.planHint' },
];

/** Form 02's ticks are all optional but their groups are not: an unticked form still sends empty groups. */
export function withCompliance(v: Data): Data {
  const c = (v.compliance ?? {}) as Data;
  return { ...v, compliance: { ...c, intellectualProperty: c.intellectualProperty ?? {} } };
}

export interface Stored02 {
  selfAssessment?: {
    answers?: Answers;
    branch?: number;
    knockouts?: Ticks;
    applies?: Ticks;
    changesSinceRecognition?: string;
    evidence?: Record<string, { fileIds: string[]; note?: string }[]>;
  };
  [k: string]: unknown;
}

/** Form 02's draft: the fields, and the self-assessment answers (with the sheet's conditions) kept outside the antd form. */
export interface Draft02 {
  fields: Data;
  answers: Answers;
  branch?: number;
  conditions?: SheetConditions;
  changes: string;
}

export const F02_KNOWN = new Set([
  ...names(F02_PART1),
  ...names(F02_COMPLIANCE),
  ...names(F02_PART2),
  ...names(F02_REMARKS),
  ...names(F02_PART4),
]);

/** Form 02's state when it opens: the kept draft, else the stored form, else the registry's prefill. */
export function opening02(kept: Draft02 | null, stored: Stored02 | null, defaults: () => Data): Draft02 {
  if (kept)
    return {
      fields: kept.fields,
      answers: kept.answers ?? {},
      branch: kept.branch,
      conditions: kept.conditions ?? NO_CONDITIONS,
      changes: kept.changes ?? '',
    };
  if (stored) {
    const { selfAssessment: sa, ...fields } = stored;
    return {
      fields,
      answers: sa?.answers ?? {},
      branch: sa?.branch,
      conditions: { knockouts: sa?.knockouts ?? {}, applies: sa?.applies ?? {} },
      changes: sa?.changesSinceRecognition ?? '',
    };
  }
  return { fields: defaults(), answers: {}, conditions: NO_CONDITIONS, changes: '' };
}
