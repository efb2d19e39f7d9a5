// Request and response schemas of the certificates API. Response schemas double as the presenters' contract: fields
// not listed here never leave the server.
import { z } from 'zod';
import { LIFECYCLE_STATUSES } from '../domain/lifecycle.ts';

const message = z.object({ vi: z.string(), en: z.string() });

export const idParams = z.object({ id: z.uuid() });

export const certificateQuery = z.object({
  productId: z.uuid().optional(),
  star: z.coerce.number().int().min(3).max(5).optional(),
  status: z.enum(LIFECYCLE_STATUSES).optional(),
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  q: z.string().trim().max(200).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const certificateOut = z.object({
  id: z.string(),
  number: z.string(),
  star: z.number(),
  points: z.number().nullable(),
  provinceCode: z.string(),
  productId: z.string(),
  productName: z.string().nullable(),
  producerName: z.string().nullable(),
  productCode: z.string().nullable(),
  dossierId: z.string().nullable(),
  decisionId: z.string().nullable(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  extendedUntil: z.string().nullable(),
  status: z.enum(LIFECYCLE_STATUSES),
  state: z.enum(LIFECYCLE_STATUSES),
  stateLabel: message,
  stateArticle: z.string(),
  message,
  validUntil: z.string(),
  inForce: z.boolean(),
  daysLeft: z.number(),
  reevaluationWindow: z.object({
    opensOn: z.string(),
    closesOn: z.string(),
    phase: z.enum(['not_yet', 'open', 'closed']),
  }),
  supersededBy: z.string().nullable(),
  revokedOn: z.string().nullable(),
  createdAt: z.string(),
  /** What the reader may do with it (Art. 8.2: the office preparing the revocation, by star and scope). */
  may: z.object({ revoke: z.boolean(), propose: z.boolean() }),
});
export const certificateListOut = z.object({ items: z.array(certificateOut), total: z.number() });
const nullableText = z.string().nullable();
export const certificateDetailOut = certificateOut.extend({
  product: z.object({ name: nullableText, code: nullableText, setNo: z.number().nullable(), setName: nullableText }),
  producer: z.object({
    id: nullableText,
    name: nullableText,
    communeCode: nullableText,
    communeName: nullableText,
    provinceCode: nullableText,
    provinceName: nullableText,
    address: nullableText,
  }),
  issuer: z.object({
    level: z.enum(['district', 'province', 'central']),
    body: message,
    signer: message,
    article: z.string(),
    place: nullableText,
  }),
  ruleSet: z.object({ code: z.string(), name: z.string() }),
  decision: z.object({ number: z.string(), signedOn: z.string() }).nullable(),
  dossier: z.object({ id: z.string(), receiptNo: nullableText }).nullable(),
  validFrom: z.string(),
  validTo: z.string(),
  statusOn: z.string(),
  revocation: z
    .object({
      ground: z.string(),
      groundLabel: message,
      groundArticle: z.string(),
      basis: z.object({ trigger: z.string(), date: z.string(), reference: z.string() }),
      decision: z.object({ number: z.string(), date: z.string() }),
      decidedBy: message,
      dueOn: z.string(),
      late: z.boolean(),
    })
    .nullable(),
});
