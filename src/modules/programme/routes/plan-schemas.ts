// Request and response schemas of the plans' API: the presenters' contract (fields not listed never leave the server).
import { z } from 'zod';
import { isoDate } from '../../../platform/validation.ts';
import { LEGAL_TYPES } from '../../registry/index.ts';
import { TARGET_KINDS, TARGET_MODES } from '../domain/target-kinds.ts';

const message = z.object({ vi: z.string(), en: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const KIND_CODES = TARGET_KINDS.map((k) => k.code) as [string, ...string[]];

export const idParams = z.object({ id: z.uuid() });

export const targetIn = z.strictObject({
  kind: z.enum(KIND_CODES),
  // Certificates are of 3★ to 5★ (Art. 4.1): a target in stars names one of them.
  star: z.number().int().min(3).max(5).nullish(),
  mode: z.enum(TARGET_MODES).nullish(),
  legalType: z.enum(LEGAL_TYPES).nullish(),
  target: z.number().min(0).max(1e13),
  wording: text(500).nullish(),
});

export const planIn = z.strictObject({
  unitSet: z.union([z.literal(2024), z.literal(2025)]),
  unitCode: text(20),
  year: z.number().int().min(2018).max(2100),
  title: text(500),
  docNumber: text(100).nullish(),
  docDate: isoDate.nullish(),
  legalBases: z.array(text(500)).max(50).optional(),
  notes: z.string().trim().max(5000).nullish(),
  targets: z.array(targetIn).max(100),
});

export const planSaveIn = planIn.extend({ version: z.number().int().min(1) });

export const kindsOut = z.object({
  kinds: z.array(
    z.object({
      code: z.string(),
      label: message,
      unit: message,
      source: z.string(),
      params: z.array(z.string()),
      measure: z.enum(['flow', 'stock']),
      measured: z.boolean(),
    }),
  ),
  modes: z.array(z.object({ code: z.string(), label: message })),
  legalTypes: z.array(z.object({ code: z.string(), label: message })),
  stars: z.array(z.number()),
});

const planFields = {
  id: z.string(),
  version: z.number(),
  unit: z.object({
    unitSet: z.number(),
    code: z.string(),
    level: z.string(),
    name: z.string(),
    provinceCode: z.string(),
  }),
  year: z.number(),
  title: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  legalBases: z.array(z.string()),
  notes: z.string().nullable(),
  updatedAt: z.string(),
  may: z.object({ edit: z.boolean(), delete: z.boolean() }),
};

export const planListOut = z.object({
  items: z.array(z.object({ ...planFields, targetCount: z.number() })),
  total: z.number(),
});

export const planOut = z.object({
  ...planFields,
  asOf: z.string(),
  period: z.object({ from: z.string(), on: z.string(), notStarted: z.boolean(), elapsed: z.number() }),
  targets: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      star: z.number().nullable(),
      mode: z.string().nullable(),
      legalType: z.string().nullable(),
      wording: z.string().nullable(),
      label: message,
      unitLabel: message,
      source: z.string(),
      measure: z.string(),
      actual: z.number().nullable(),
      target: z.number(),
      ratio: z.number().nullable(),
      state: z.string(),
      stateLabel: message,
      trend: z.array(z.object({ on: z.string(), actual: z.number() })),
      byCommune: z.array(z.object({ code: z.string(), name: z.string(), actual: z.number() })),
    }),
  ),
});
