// Request and response schemas of the activities' API.
import { z } from 'zod';
import { isoDate } from '../../../platform/validation.ts';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, PLATFORMS } from '../domain/activity-kinds.ts';

const message = z.object({ vi: z.string(), en: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().int().min(0).max(1e13);

export const activityIn = z.strictObject({
  unitCode: text(20),
  planId: z.uuid().nullish(),
  kind: z.enum(ACTIVITY_KINDS),
  title: text(500),
  leadUnit: text(300),
  partners: z.array(text(300)).max(30).optional(),
  place: text(300).nullish(),
  platform: z.enum(PLATFORMS).nullish(),
  year: z.number().int().min(2018).max(2100),
  quarter: z.number().int().min(1).max(4).nullish(),
  startsOn: isoDate.nullish(),
  endsOn: isoDate.nullish(),
  budget: money.nullish(),
  status: z.enum(ACTIVITY_STATUSES),
  participants: z.number().int().min(0).max(10_000_000).nullish(),
  revenue: money.nullish(),
  outcome: z.string().trim().max(5000).nullish(),
  productIds: z.array(z.uuid()).max(500).optional(),
});
export const activitySaveIn = activityIn.extend({ version: z.number().int().min(1) });

export const activityOut = z.object({
  id: z.string(),
  version: z.number(),
  provinceCode: z.string(),
  communeCode: z.string().nullable(),
  planId: z.string().nullable(),
  kind: z.string(),
  kindLabel: message,
  title: z.string(),
  leadUnit: z.string(),
  partners: z.array(z.string()),
  place: z.string().nullable(),
  platform: z.string().nullable(),
  year: z.number(),
  quarter: z.number().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  budget: z.number().nullable(),
  status: z.string(),
  statusLabel: message,
  participants: z.number().nullable(),
  revenue: z.number().nullable(),
  outcome: z.string().nullable(),
  products: z.array(z.object({ id: z.string(), name: z.string() })),
  may: z.object({ edit: z.boolean() }),
});
export const activityListOut = z.object({ items: z.array(activityOut), total: z.number() });

export const activityKindsOut = z.object({
  kinds: z.array(
    z.object({ code: z.string(), label: message, tradePromotion: z.boolean(), feeds: z.string().nullable() }),
  ),
  statuses: z.array(z.object({ code: z.string(), label: message })),
  platforms: z.array(z.string()),
});
