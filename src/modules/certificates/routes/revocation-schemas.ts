// Response schemas of revocation and reminders: the presenters' contract (fields not listed never leave the server).
import { z } from 'zod';
import { LIFECYCLE_STATUSES } from '../domain/lifecycle.ts';

const message = z.object({ vi: z.string(), en: z.string() });

export const idParams = z.object({ id: z.uuid() });

export const groundsOut = z.object({
  grounds: z.array(z.object({ code: z.string(), article: z.string(), trigger: z.string(), label: message })),
  authorities: z.array(
    z.object({ star: z.number(), decidedBy: z.string(), preparedBy: z.string(), article: z.string(), label: message }),
  ),
});

export const proposalOut = z.object({
  id: z.string(),
  state: z.string(),
  source: z.string(),
  sourceRef: z.string().nullable(),
  ground: z.object({ code: z.string(), article: z.string(), label: message }).nullable(),
  summary: z.string(),
  basis: z.object({ trigger: z.string(), date: z.string(), reference: z.string() }).nullable(),
  proposedAt: z.string(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  certificate: z.object({
    id: z.string(),
    number: z.string(),
    star: z.number(),
    provinceCode: z.string(),
    productName: z.string().nullable(),
    producerName: z.string().nullable(),
    status: z.enum(LIFECYCLE_STATUSES),
    stateLabel: message,
  }),
  authority: z.object({ decidedBy: z.string(), label: message, article: z.string() }),
  deadline: z.object({
    startsOn: z.string(),
    countedFrom: z.enum(['basis', 'proposal']),
    dueOn: z.string(),
    daysLeft: z.number(),
    overdue: z.boolean(),
    article: z.string(),
    message,
  }),
  may: z.object({ revoke: z.boolean(), dismiss: z.boolean() }),
});
export const proposalListOut = z.object({ items: z.array(proposalOut), total: z.number() });

export const revocationOut = z.object({
  certificateId: z.string(),
  number: z.string(),
  revocation: z.object({
    ground: z.string(),
    groundLabel: message,
    groundArticle: z.string(),
    basis: z.object({ trigger: z.string(), date: z.string(), reference: z.string() }),
    decision: z.object({ number: z.string(), date: z.string() }),
    decidedBy: message,
    dueOn: z.string(),
    late: z.boolean(),
  }),
  closedProposals: z.array(z.string()),
  notified: z.number(),
});

export const remindersOut = z.object({
  provinceCode: z.string(),
  daysBefore: z.array(z.number()),
  updatedAt: z.string().nullable(),
  builtIn: z.array(z.object({ kind: z.string(), daysBefore: z.number(), article: z.string(), label: message })),
  limits: z.object({ min: z.number(), max: z.number(), count: z.number() }),
});
