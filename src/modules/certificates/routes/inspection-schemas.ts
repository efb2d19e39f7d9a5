// Request and response schemas of inspections (Art. 9), product tests and papers with a term. Response schemas are
// the presenters' contract: fields not listed here never leave the server.
import { z } from 'zod';
import { isoDate } from '../../../platform/validation.ts';
import { ITEM_ACTIONS, ITEM_STATES } from '../domain/inspection-lifecycle.ts';
import { PAPER_KINDS } from '../domain/papers.ts';

const message = z.object({ vi: z.string(), en: z.string() });
/** The kinds of papers with a term (Art. 6.1.c) a paper may be recorded as, with their names: the form's choices. */
export const paperKindsOut = z.array(z.object({ code: z.enum(PAPER_KINDS), label: message }));
const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.object({ id: z.uuid() });
export const itemActionParams = z.object({ id: z.uuid(), action: z.enum(ITEM_ACTIONS) });

// ---- plans ----
export const planQuery = z.object({
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const planBody = z.strictObject({
  kind: z.enum(['periodic', 'unannounced']),
  year: z.number().int().min(2019).max(2100),
  documentNo: text(100),
  documentDate: isoDate.nullish(),
  title: text(500),
  reason: z.string().trim().max(2000).nullish(),
  certificateIds: z.array(z.uuid()).min(1).max(500),
  memberIds: z.array(z.uuid()).max(50).default([]),
  leadId: z.uuid(),
});
const planBase = {
  id: z.string(),
  provinceCode: z.string().nullable(),
  level: z.string(),
  kind: z.string(),
  year: z.number(),
  documentNo: z.string(),
  documentDate: z.string().nullable(),
  title: z.string(),
  reason: z.string().nullable(),
  leadId: z.string(),
};
export const planOut = z.object(planBase);
export const planListOut = z.object({
  items: z.array(
    z.object({
      ...planBase,
      leadName: z.string().nullable(),
      targets: z.number(),
      visits: z.number(),
      openFindings: z.number(),
    }),
  ),
  total: z.number(),
});
export const planDetailOut = z.object({
  ...planBase,
  team: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      username: z.string(),
      role: z.string(),
      lead: z.boolean(),
    }),
  ),
  targets: z.array(
    z.object({
      certificateId: z.string(),
      number: z.string(),
      star: z.number(),
      expiresOn: z.string(),
      status: z.string(),
      provinceCode: z.string(),
      productId: z.string(),
      productName: z.string().nullable(),
      producerName: z.string().nullable(),
    }),
  ),
  visits: z.array(
    z.object({
      id: z.string(),
      certificateId: z.string(),
      productId: z.string(),
      productName: z.string().nullable(),
      visitOn: z.string(),
      place: z.string(),
      items: z.number(),
      checked: z.number(),
      openFindings: z.number(),
    }),
  ),
  mayAddVisit: z.boolean(),
});

// ---- visits and items ----
export const visitBody = z.strictObject({
  certificateId: z.uuid(),
  visitOn: isoDate,
  place: text(500),
  participantIds: z.array(z.uuid()).max(50).default([]),
  othersPresent: z.string().trim().max(1000).nullish(),
});
export const visitCreatedOut = z.object({ id: z.string(), planId: z.string(), visitOn: z.string() });
export const itemBody = z.strictObject({
  result: z.enum(['ok', 'minor', 'serious']).optional(),
  note: z.string().trim().max(2000).optional(),
  fixRequired: z.string().trim().max(2000).optional(),
  fixDueOn: isoDate.optional(),
  report: z.string().trim().max(4000).optional(),
  ground: z.enum(['criteria_not_met', 'law_violation', 'mark_misuse']).optional(),
  summary: z.string().trim().max(2000).optional(),
});
export const photoOut = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});
export const itemOut = z.object({
  id: z.string(),
  visitId: z.string(),
  seq: z.number(),
  kind: z.string(),
  code: z.string(),
  title: z.string(),
  expected: z.string().nullable(),
  starMark: z.number().nullable(),
  state: z.enum(ITEM_STATES),
  stateLabel: message,
  result: z.string().nullable(),
  note: z.string().nullable(),
  fixRequired: z.string().nullable(),
  fixDueOn: z.string().nullable(),
  producerReport: z.string().nullable(),
  reportedOn: z.string().nullable(),
  recheckNote: z.string().nullable(),
  recheckedOn: z.string().nullable(),
  proposalId: z.string().nullable(),
  photos: z.array(photoOut),
  availableActions: z.array(z.enum(ITEM_ACTIONS)),
  mayAddPhoto: z.boolean(),
});
export const visitOut = z.object({
  id: z.string(),
  planId: z.string(),
  plan: z.object({ title: z.string(), documentNo: z.string(), kind: z.string(), level: z.string(), year: z.number() }),
  certificate: z.object({ id: z.string(), number: z.string(), star: z.number(), expiresOn: z.string() }),
  productId: z.string(),
  productName: z.string(),
  producerName: z.string(),
  provinceCode: z.string(),
  visitOn: z.string(),
  place: z.string(),
  participants: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  othersPresent: z.string().nullable(),
  ruleSet: z.string().nullable(),
  setNo: z.number().nullable(),
  items: z.array(itemOut),
  roles: z.array(z.enum(['team', 'producer'])),
});
export const findingsOut = z.array(
  z.object({
    id: z.string(),
    visitId: z.string(),
    visitOn: z.string(),
    productId: z.string(),
    productName: z.string().nullable(),
    producerName: z.string().nullable(),
    code: z.string(),
    title: z.string(),
    result: z.string().nullable(),
    note: z.string().nullable(),
    state: z.string(),
    stateLabel: message,
    fixRequired: z.string().nullable(),
    fixDueOn: z.string().nullable(),
  }),
);

// ---- risk ----
export const riskQuery = z.object({
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const riskOut = z.object({
  today: z.string(),
  weights: z.record(z.string(), z.number()),
  policyNote: message,
  items: z.array(
    z.object({
      productId: z.string(),
      productName: z.string(),
      producerName: z.string(),
      provinceCode: z.string(),
      communeCode: z.string(),
      certificateId: z.string(),
      certificateNumber: z.string(),
      star: z.number(),
      expiresOn: z.string(),
      lastTestedOn: z.string().nullable(),
      score: z.number(),
      reasons: z.array(z.object({ code: z.string(), points: z.number(), label: message })),
    }),
  ),
  total: z.number(),
});

// ---- product tests ----
const fileOut = z.object({ name: z.string(), mime: z.string() }).nullable();
export const productTestBody = z.strictObject({
  productId: z.uuid(),
  testedOn: isoDate,
  lab: text(300),
  reportNo: z.string().trim().max(100).nullish(),
  result: z.enum(['pass', 'fail']),
  note: z.string().trim().max(2000).nullish(),
});
export const productTestOut = z.object({
  id: z.string(),
  productId: z.string(),
  provinceCode: z.string(),
  testedOn: z.string(),
  nextDueOn: z.string(),
  lab: z.string(),
  reportNo: z.string().nullable(),
  result: z.string(),
  note: z.string().nullable(),
  file: fileOut,
});
export const productTestQuery = z.object({ productId: z.uuid() });
export const dueTestQuery = z.object({
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export const dueTestsOut = z.array(
  z.object({
    productId: z.string(),
    productName: z.string(),
    producerName: z.string(),
    provinceCode: z.string(),
    communeCode: z.string(),
    certificateId: z.string(),
    certificateNumber: z.string(),
    star: z.number(),
    lastTestedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(['ok', 'due_soon', 'overdue', 'none']),
    overdue: z.boolean(),
  }),
);

// ---- papers ----
export const paperBody = z.strictObject({
  productId: z.uuid(),
  wholeProducer: z.boolean().optional(),
  kind: z.enum(PAPER_KINDS),
  number: z.string().trim().max(100).nullish(),
  issuer: z.string().trim().max(300).nullish(),
  issuedOn: isoDate,
  expiresOn: isoDate.nullish(),
  note: z.string().trim().max(2000).nullish(),
});
const paperBase = {
  id: z.string(),
  provinceCode: z.string(),
  producerId: z.string(),
  productId: z.string().nullable(),
  kind: z.string(),
  kindLabel: message,
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  note: z.string().nullable(),
  status: z.string(),
  statusLabel: message,
  file: fileOut,
};
export const paperOut = z.object(paperBase);
export const paperQuery = z.object({
  productId: z.uuid().optional(),
  producerId: z.uuid().optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  lapsing: z.enum(['true', 'false']).optional(),
});
export const paperListOut = z.array(
  z.object({
    ...paperBase,
    productName: z.string(),
    producerName: z.string(),
    certificateId: z.string(),
    certificateNumber: z.string(),
    certificateExpiresOn: z.string(),
  }),
);
