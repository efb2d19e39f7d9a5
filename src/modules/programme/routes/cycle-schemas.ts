// Request and response schemas of the OCOP cycle's API (ideas, business plans, pipeline, surveys, partners): the
// presenters' contract — fields not listed never leave the server.
import { z } from 'zod';
import { isoDate } from '../../../platform/validation.ts';
import { REVIEW_ACTIONS } from '../domain/cycle-review.ts';
import { SUPPORT_TYPES } from '../commands/business-plan-commands.ts';
import { PARTNER_KINDS } from '../commands/partner-commands.ts';

const message = z.object({ vi: z.string(), en: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();

export const idParams = z.object({ id: z.uuid() });
export const actionParams = z.object({ id: z.uuid(), action: z.enum(REVIEW_ACTIONS) });
export const adviceIn = z.strictObject({ advice: optText(4000) });

export const ideaIn = z.strictObject({
  name: text(300),
  setNo: z.number().int().min(1).max(26),
  description: optText(4000),
  rawMaterials: optText(2000),
  market: optText(2000),
  producerId: z.uuid().nullish(),
  household: z.strictObject({ name: text(300), communeCode: text(20) }).nullish(),
  surveyRowId: z.uuid().nullish(),
});

export const toProductIn = z.strictObject({ producerId: z.uuid().nullish() });

export const businessPlanIn = z.strictObject({
  ideaId: z.uuid().nullish(),
  productId: z.uuid().nullish(),
  title: text(300),
  summary: optText(8000),
});

export const supportIn = z.strictObject({
  type: z.enum(SUPPORT_TYPES),
  givenOn: isoDate,
  provider: text(300),
  partnerId: z.uuid().nullish(),
  note: optText(2000),
});
export const problemIn = z.strictObject({ notedOn: isoDate, text: text(4000) });

const surveyLineIn = z.strictObject({
  productName: text(300),
  producerId: z.uuid().nullish(),
  householdName: optText(300),
  setNo: z.number().int().min(1).max(26).nullish(),
  potential: z.enum(['high', 'medium', 'low']),
  note: optText(2000),
});
export const surveyIn = z.strictObject({
  communeCode: text(20),
  year: z.number().int().min(2018).max(2100),
  surveyedOn: isoDate,
  note: optText(4000),
  rows: z.array(surveyLineIn).max(500),
});
export const surveyRowsIn = z.strictObject({ rows: z.array(surveyLineIn).min(1).max(500) });

export const partnerIn = z.strictObject({
  provinceCode: text(10),
  kind: z.enum(PARTNER_KINDS),
  name: text(300),
  contact: optText(300),
  phone: optText(50),
  email: optText(200),
  address: optText(500),
  note: optText(2000),
});
export const partnerProducerIn = z.strictObject({
  producerId: z.uuid(),
  service: optText(300),
  since: isoDate.nullish(),
});
export const officerIn = z.strictObject({ userId: z.uuid() });

const action = z.object({ code: z.string(), label: message, needsAdvice: z.boolean() });
const reviewFields = {
  state: z.string(),
  stateLabel: message,
  communeReviewedOn: z.string().nullable(),
  communeAdvice: z.string().nullable(),
  provinceReviewedOn: z.string().nullable(),
  provinceAdvice: z.string().nullable(),
  availableActions: z.array(action),
};

export const businessPlanOut = z.object({
  id: z.string(),
  ideaId: z.string().nullable(),
  productId: z.string().nullable(),
  producerId: z.string(),
  communeCode: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  file: z.object({ name: z.string().nullable(), mime: z.string().nullable() }).nullable(),
  submittedOn: z.string(),
  ...reviewFields,
  mayUpload: z.boolean(),
  mayRecordImplementation: z.boolean(),
  supports: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      givenOn: z.string(),
      provider: z.string(),
      partnerId: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  problems: z.array(z.object({ id: z.string(), notedOn: z.string(), text: z.string() })),
});

/** A business plan in a list: the plan with its product's and producer's names and its commune's. */
export const businessPlanListOut = z.object({
  items: z.array(
    businessPlanOut.extend({ productName: z.string().nullable(), producerName: z.string(), communeName: z.string() }),
  ),
});

const ideaFields = {
  id: z.string(),
  name: z.string(),
  setNo: z.number(),
  description: z.string().nullable(),
  rawMaterials: z.string().nullable(),
  market: z.string().nullable(),
  producerId: z.string().nullable(),
  householdName: z.string().nullable(),
  communeCode: z.string(),
  communeName: z.string(),
  surveyRowId: z.string().nullable(),
  productId: z.string().nullable(),
  registeredOn: z.string(),
  ...reviewFields,
  mayMakeProduct: z.boolean(),
  mayWriteBusinessPlan: z.boolean(),
};
export const ideaListOut = z.object({ items: z.array(z.object(ideaFields)) });
export const ideaOut = z.object({ ...ideaFields, businessPlans: z.array(businessPlanOut) });

const stageCount = z.object({ stage: z.string(), n: z.number() });
export const pipelineOut = z.object({
  on: z.string(),
  counts: z.array(z.object({ stage: z.string(), label: message, n: z.number() })),
  communes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      officer: z.object({ userId: z.string(), name: z.string(), phone: z.string().nullable() }).nullable(),
      total: z.number(),
      counts: z.array(stageCount),
    }),
  ),
  items: z.array(
    z.object({
      key: z.string(),
      ideaId: z.string().nullable(),
      surveyRowId: z.string().nullable(),
      productId: z.string().nullable(),
      businessPlanId: z.string().nullable(),
      name: z.string(),
      producerName: z.string().nullable(),
      communeCode: z.string(),
      communeName: z.string(),
      stage: z.string(),
      label: message,
    }),
  ),
});

export const surveyListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      communeCode: z.string(),
      communeName: z.string(),
      year: z.number(),
      surveyedOn: z.string(),
      note: z.string().nullable(),
      rows: z.array(
        z.object({
          id: z.string(),
          position: z.number(),
          productName: z.string(),
          producerId: z.string().nullable(),
          householdName: z.string().nullable(),
          setNo: z.number().nullable(),
          potential: z.string(),
          note: z.string().nullable(),
          ideaId: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const partnerListOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      provinceCode: z.string(),
      kind: z.string(),
      kindLabel: message,
      name: z.string(),
      contact: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      note: z.string().nullable(),
      producers: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          communeName: z.string(),
          service: z.string().nullable(),
          since: z.string().nullable(),
        }),
      ),
    }),
  ),
  kinds: z.array(z.object({ code: z.string(), label: message })),
});

export const createdOut = z.object({ id: z.string() });

export const communeOfficersOut = z.object({
  mayAssign: z.boolean(),
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      officer: z
        .object({ userId: z.string(), name: z.string(), phone: z.string().nullable(), assignedOn: z.string() })
        .nullable(),
      candidates: z.array(z.object({ userId: z.string(), name: z.string() })),
    }),
  ),
});
