// Request and response schemas of the evaluation API. Response schemas double as the presenters' contract: fields
// not listed here never leave the server.
import { z } from 'zod';
import { isoDate } from '../../../platform/validation.ts';
import { actionNeed, anyActionBody } from '../dossier-actions.ts';
import { DOSSIER_ACTIONS, DOSSIER_KINDS, DOSSIER_STATES } from '../domain/dossier-lifecycle.ts';

export { isoDate };
const message = z.object({ vi: z.string(), en: z.string() });
const provinceCode = z.string().regex(/^\d{2}$/, '2 chữ số / 2 digits');
const communeCode = z.string().regex(/^\d{5}$/, '5 chữ số / 5 digits');

export const idParams = z.object({ id: z.uuid() });

// ---- dossiers ----

export const createDossierBody = z.strictObject({
  productId: z.uuid(),
  kind: z.enum(DOSSIER_KINDS),
  changes: z.array(z.string().trim().min(1).max(5000)).max(20).optional(),
});

export const dossierQuery = z.object({
  queue: z.string().max(40).optional(),
  state: z.enum(DOSSIER_STATES).optional(),
  kind: z.enum(DOSSIER_KINDS).optional(),
  provinceCode: provinceCode.optional(),
  communeCode: communeCode.optional(),
  roundId: z.uuid().optional(),
  productId: z.uuid().optional(),
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  format: z.enum(['json', 'xlsx']).default('json'),
});

const outcomeOut = z.object({
  kind: z.string(),
  level: z.string(),
  star: z.number().nullable(),
  by: z.string().optional(),
  to: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  label: message,
});

const factsOut = z.object({
  kind: z.enum(DOSSIER_KINDS),
  state: z.enum(DOSSIER_STATES),
  provinceCode: z.string(),
  communeCode: z.string(),
  tourism: z.boolean(),
  forms: z.object({ form01: z.boolean(), form02: z.boolean() }),
  samples: z.number(),
  baseCertificate: z
    .object({ number: z.string(), star: z.number(), issuedOn: z.string(), expiresOnPerDecision: z.string().nullable() })
    .nullable(),
  changes: z.array(z.string()),
  submittedOn: z.string().nullable(),
  lateReevaluation: z.boolean(),
  receiptNumber: z.string().nullable(),
  receivedOn: z.string().nullable(),
  communeDueOn: z.string().nullable(),
  forwardedOn: z.string().nullable(),
  completeOn: z.string().nullable(),
  reevaluationDueOn: z.string().nullable(),
  roundId: z.string().nullable(),
  roundFinishBy: z.string().nullable(),
  fieldVisitOn: z.string().nullable(),
  advisoryReportOn: z.string().nullable(),
  councilMode: z.string().nullable(),
  outcome: outcomeOut.nullable(),
  proposedOn: z.string().nullable(),
  centralRoundId: z.string().nullable(),
  centralRoundFinishBy: z.string().nullable(),
  decision: z.object({ number: z.string(), date: z.string() }).nullable(),
  lastActionOn: z.string().nullable(),
});

export const dossierSummaryOut = z.object({
  id: z.string(),
  kind: z.enum(DOSSIER_KINDS),
  kindLabel: message,
  state: z.enum(DOSSIER_STATES),
  stateLabel: message,
  provinceCode: z.string(),
  communeCode: z.string(),
  producerId: z.string(),
  producerName: z.string().nullable(),
  productId: z.string(),
  productName: z.string().nullable(),
  setNo: z.number(),
  ruleSet: z.string(),
  year: z.number(),
  receiptNo: z.string().nullable(),
  submittedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  communeDueOn: z.string().nullable(),
  /** A note when communeDueOn is counted over holidays whose days are the Labour Code default (no announcement recorded). */
  communeDueOnNote: message.nullable(),
  forwardedOn: z.string().nullable(),
  proposedOn: z.string().nullable(),
  roundId: z.string().nullable(),
  councilId: z.string().nullable(),
  centralCouncilId: z.string().nullable(),
  scoring: z
    .object({
      councilId: z.string(),
      scorer: z.boolean(),
      memberCount: z.number(),
      submittedCount: z.number(),
      own: z.enum(['none', 'draft', 'submitted']).nullable(),
      ownTotal: z.number().nullable(),
    })
    .nullable(),
  finalPoints: z.number().nullable(),
  finalStar: z.number().nullable(),
  overdue: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const dossierListOut = z.object({ items: z.array(dossierSummaryOut), total: z.number() });

const deadlineOut = z.object({
  kind: z.string(),
  dueOn: z.string(),
  article: z.string(),
  label: message,
  /** Set when dueOn is counted over holidays whose days are the Labour Code default (no announcement recorded). */
  holidayNote: message.nullable(),
});
export const dossierOut = dossierSummaryOut.extend({
  previousCertificateId: z.string().nullable(),
  completeOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  lastReason: z.string().nullable(),
  forms: z.object({ form01: z.boolean(), form02: z.boolean(), form03: z.boolean() }),
  selfAssessment: z
    .object({
      total: z.number(),
      parts: z.record(z.string(), z.number()),
      band: z.number(),
      star: z.number().nullable(),
      certifiable: z.boolean(),
      disqualified: z.boolean(),
      outcome: z.enum(['ranked', 'excluded', 'stopped']),
      knockouts: z.array(z.object({ id: z.string(), kind: z.string(), text: z.string() })),
      blocking: z.array(
        z.object({ criterion: z.string(), star: z.number(), requiredPoints: z.number(), actualPoints: z.number() }),
      ),
    })
    .nullable(),
  facts: factsOut,
  availableActions: z.array(z.object({ action: z.enum(DOSSIER_ACTIONS), label: message, needs: z.array(actionNeed) })),
  editableForms: z.array(z.enum(['01', '02', '03'])),
  mayUploadEvidence: z.boolean(),
  deadlines: z.array(deadlineOut),
  communeReview: z.object({ workingDays: z.number().int(), article: z.string() }),
  overdueItems: z.array(z.object({ deadline: z.string(), dueOn: z.string(), article: z.string(), message })),
});

export const formParams = z.object({ id: z.uuid(), form: z.enum(['01', '02', '03']) });
export const formDraftBody = z.object({
  /** The draft as it is (null: throw the draft away); no required checks until the form is saved whole. */
  data: z.record(z.string(), z.unknown()).nullable(),
  /** The version the draft was typed on (0 when there was none): an older one is refused with 409. */
  baseVersion: z.number().int().min(0),
});
export const formDraftOut = z.object({
  form: z.enum(['01', '02', '03']),
  data: z.record(z.string(), z.unknown()).nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export const formFileParams = z.object({
  id: z.uuid(),
  file: z.enum(['01', '02', '03', '01.pdf', '02.pdf', '03.pdf']),
});

// ---- actions ----

export const actionParams = z.object({ id: z.uuid(), action: z.enum(DOSSIER_ACTIONS) });

/**
 * Any action's body (dossier-actions.ts: one body per action, written once with what each field answers to); the
 * action's own body refuses the fields it does not read, naming them. `on`: the day of a paper act (staff only).
 */
export const actionBody = anyActionBody.nullish();

const effectOut = z.object({
  type: z.string(),
  to: z.array(z.string()).optional(),
  about: z.string().optional(),
  recipients: z.number().optional(),
  deadline: z.string().optional(),
  dueOn: z.string().optional(),
  article: z.string().optional(),
  message: message.optional(),
  certificateId: z.string().optional(),
  number: z.string().optional(),
  star: z.number().optional(),
  issuedOn: z.string().optional(),
  expiresOn: z.string().optional(),
  certificate: z.string().optional(),
  until: z.string().optional(),
});
export const actionOut = z.object({
  dossier: dossierOut,
  effects: z.array(effectOut),
  certificate: z
    .object({ id: z.string(), number: z.string(), star: z.number(), issuedOn: z.string(), expiresOn: z.string() })
    .nullable(),
});

// ---- evidence ----

export const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });
export const evidenceOut = z.object({
  id: z.string(),
  dossierId: z.string(),
  criterionCode: z.string().nullable(),
  name: z.string(),
  note: z.string().nullable(),
  mime: z.string(),
  size: z.number(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

// ---- timeline ----

export const timelineOut = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      actor: z.string().nullable(),
      action: z.string(),
      label: message.nullable(),
      fromState: z.string().nullable(),
      toState: z.string().nullable(),
      stateLabel: message.nullable(),
      reason: z.string().nullable(),
      snapshotSeq: z.number().nullable(),
    }),
  ),
  snapshots: z.array(z.object({ seq: z.number(), state: z.string(), takenAt: z.string() })),
});

// ---- rounds and councils ----

export const roundBody = z.strictObject({
  level: z.enum(['province', 'central']),
  year: z.number().int().min(2019).max(2100),
  number: z.number().int().min(1).max(99),
  cutoff: isoDate.optional(),
  finishBy: isoDate.optional(),
  extra: z
    .strictObject({ councilRulesDecision: z.string().trim().max(100), planReference: z.string().trim().max(100) })
    .nullable()
    .optional(),
});
export const roundQuery = z.object({
  level: z.enum(['province', 'central']).optional(),
  year: z.coerce.number().int().min(2019).max(2100).optional(),
});
export const roundOut = z.object({
  id: z.string(),
  level: z.enum(['province', 'central']),
  provinceCode: z.string().nullable(),
  year: z.number(),
  number: z.number(),
  cutoff: z.string(),
  finishBy: z.string(),
  extra: z.object({ councilRulesDecision: z.string(), planReference: z.string() }).nullable(),
  status: z.string(),
  label: message,
  createdAt: z.string(),
  cutoffPassed: z
    .boolean()
    .describe('Today is on or after the cut-off: no dossier forwarded from now on can join (Art. 5.1, 5.2)'),
  may: z
    .object({ close: z.boolean(), recordCouncil: z.boolean() })
    .describe('What the signed-in user may do on this round (the server still checks each request)'),
});

const seatIn = { userId: z.uuid(), seat: z.string().trim().min(1).max(60), agency: z.string().trim().min(1).max(300) };
export const councilBody = z.strictObject({
  roundId: z.uuid(),
  decisionNo: z.string().trim().min(1).max(60),
  decisionDate: isoDate,
  chair: z.strictObject({ ...seatIn, delegation: z.string().trim().max(200).nullable().optional() }),
  members: z
    .array(z.strictObject({ ...seatIn, position: z.enum(['member', 'vice_chair', 'secretary']).optional() }))
    .min(1)
    .max(40),
  advisoryTeam: z
    .strictObject({ leaderId: z.uuid(), memberIds: z.array(z.uuid()).max(30) })
    .nullable()
    .optional(),
  chairScores: z.boolean().optional(),
  hasFoodSafetyDepartment: z.boolean().optional(),
  spreadThreshold: z.number().min(0).max(100).optional(),
  /** The council's own policies (quy định của Hội đồng): { key: value }, checked against the descriptors. */
  policy: z.record(z.string().max(40), z.union([z.string().max(40), z.number()])).optional(),
});
export const policyEntryOut = z.object({
  key: z.string(),
  value: z.union([z.string(), z.number()]),
  defaultValue: z.union([z.string(), z.number()]),
  source: z.enum(['default', 'province', 'council']),
  label: message,
  law: message,
  valueLabel: message.nullable(),
});
export const councilPoliciesQuery = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export const councilPoliciesBody = z.strictObject({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  policy: z.record(z.string().max(40), z.union([z.string().max(40), z.number()])),
});
export const councilPoliciesOut = z.object({ provinceCode: z.string(), policies: z.array(policyEntryOut) });
export const councilQuery = z.object({ roundId: z.uuid().optional() });
export const councilOut = z.object({
  id: z.string(),
  roundId: z.string(),
  level: z.enum(['province', 'central']),
  provinceCode: z.string().nullable(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  status: z.string(),
  spreadThreshold: z.number(),
  chairScores: z.boolean(),
  hasFoodSafetyDepartment: z.boolean(),
  chairDelegation: z.string().nullable(),
  advisoryLeaderId: z.string().nullable(),
  members: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      position: z.string(),
      seat: z.string().nullable(),
      agency: z.string(),
    }),
  ),
  policies: z.array(policyEntryOut),
  createdAt: z.string(),
  may: z
    .object({ amend: z.boolean(), chair: z.boolean(), score: z.boolean(), steer: z.boolean() })
    .describe('What the signed-in user may do in this council: amend it, chairs it, scores in it, steers its sessions'),
});

export const advisoryReportBody = z.strictObject({
  content: z.string().trim().min(1).max(50_000),
  reference: z.string().trim().max(200).optional(),
  fieldVisit: z.boolean().optional(),
  extraTests: z.string().trim().max(5000).nullable().optional(),
});
export const advisoryReportOut = z.object({
  id: z.string(),
  councilId: z.string(),
  dossierId: z.string(),
  authorId: z.string(),
  reference: z.string().nullable(),
  content: z.string(),
  fieldVisit: z.boolean(),
  extraTests: z.string().nullable(),
  createdAt: z.string(),
});

// ---- scorecards ----

export const scorecardParams = z.object({ id: z.uuid(), dossierId: z.uuid() });
const answer = z.union([z.number().int().min(0).max(50), z.boolean(), z.null()]);
export const scorecardBody = z.strictObject({
  answers: z.record(z.string().max(10), answer),
  branch: z.number().int().min(1).max(9).optional(),
  /** The sheet's knock-outs the member finds true, by id (GET /api/criteria/…/sets/:n → knockouts). */
  knockouts: z.record(z.string().max(40), z.boolean()).optional(),
  /** Answers to the sheet's applicability questions, by id (criterion.applicability.id). */
  applies: z.record(z.string().max(40), z.boolean()).optional(),
});
export const scorecardOut = z.object({
  id: z.string(),
  councilId: z.string(),
  dossierId: z.string(),
  memberId: z.string(),
  answers: z.record(z.string(), answer),
  branch: z.number().nullable(),
  knockouts: z.record(z.string(), z.boolean()).nullable(),
  applies: z.record(z.string(), z.boolean()).nullable(),
  revision: z.number(),
  total: z.number().nullable(),
  submitted: z.boolean(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const ownScorecardOut = z.object({
  scorecard: scorecardOut.nullable(),
  ruleSet: z.string(),
  setNo: z.number(),
  open: z.boolean(),
});
export const submitScorecardOut = z.object({
  scorecard: scorecardOut,
  session: z.object({
    members: z.number(),
    submitted: z.number(),
    allSubmitted: z.boolean(),
    spreadFlag: z.boolean().nullable(),
  }),
});
export const scorecardsOut = z.object({
  councilId: z.string(),
  dossierId: z.string(),
  closed: z.boolean(),
  open: z.boolean(),
  visibility: z.object({ own: z.boolean(), others: z.enum(['none', 'status', 'all']) }),
  may: z
    .object({ amend: z.boolean(), chair: z.boolean(), score: z.boolean(), steer: z.boolean() })
    .describe("The signed-in user's part in this council (as on the council)"),
  memberCount: z.number(),
  submittedCount: z.number(),
  members: z.array(
    z.object({
      memberId: z.string(),
      displayName: z.string(),
      position: z.string(),
      submitted: z.boolean(),
      scorecard: scorecardOut.nullable(),
    }),
  ),
  aggregate: z
    .object({
      mean: z.number().nullable(),
      parts: z.record(z.string(), z.number()).nullable(),
      band: z.number().nullable(),
      star: z.number().nullable(),
      disqualified: z.boolean().nullable(),
      spreadFlag: z.boolean(),
      spreadThreshold: z.number(),
      memberTotals: z.array(z.number()).nullable(),
      spread: z.number().nullable().describe('Highest member total minus the lowest'),
      disagreements: z
        .array(
          z.object({
            code: z.string(),
            min: z.number(),
            max: z.number(),
            points: z.array(z.object({ memberId: z.string(), points: z.number() })),
          }),
        )
        .nullable()
        .describe("Criteria on which the members' points differ, widest gap first"),
      outcome: z.enum(['ranked', 'excluded', 'stopped']).nullable(),
      knockouts: z
        .array(
          z.object({
            id: z.string(),
            kind: z.string(),
            criterion: z.string().nullable(),
            text: z.string(),
            line: z.number(),
          }),
        )
        .nullable(),
      marksWaived: z.array(z.object({ criterion: z.string(), reason: z.string(), text: z.string() })).nullable(),
      policy: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .nullable(),
  outcome: z
    .object({
      outcome: z.string(),
      mean: z.number(),
      star: z.number().nullable(),
      spreadFlag: z.boolean(),
      decidedAt: z.string(),
    })
    .nullable(),
});

// ---- decisions ----

export const decisionBody = z.strictObject({
  kind: z.enum(['recognition', 'approval', 'result']),
  number: z.string().trim().min(1).max(100),
  date: isoDate,
  signer: z.string().trim().max(200).nullable().optional(),
});
export const decisionQuery = z.object({
  kind: z.string().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const decisionOut = z.object({
  id: z.string(),
  level: z.string(),
  provinceCode: z.string().nullable(),
  kind: z.string(),
  number: z.string(),
  signedOn: z.string(),
  signer: z.string().nullable(),
  councilId: z.string().nullable(),
  createdAt: z.string(),
});
export const decisionCreatedOut = decisionOut.extend({ warning: message.nullable() });
export const decisionListOut = z.object({ items: z.array(decisionOut), total: z.number() });
