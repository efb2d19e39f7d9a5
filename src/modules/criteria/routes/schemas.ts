// Response schemas of the criteria API. They double as presenters: fields not listed here never leave the server.
import { z } from 'zod';

const message = z.object({ vi: z.string(), en: z.string() });
export const issueOut = z.object({ field: z.string(), code: z.string(), message });

export const setSummaryOut = z.object({
  setNo: z.number(),
  name: z.string(),
  sector: z.string(),
  group: z.string(),
  subgroup: z.string().nullable(),
  ministries: z.array(z.string()),
});

const optionOut = z.object({
  text: z.string(),
  points: z.number(),
  minStar: z.union([z.literal(3), z.literal(4), z.literal(5)]).nullable(),
  branch: z.number().optional(),
});

const bilingual = z.object({ vi: z.string(), en: z.string() });

const knockoutOut = z.object({
  id: z.string(),
  kind: z.enum(['exclusion', 'stop']),
  criterion: z.string().nullable(),
  text: z.string(),
  line: z.number(),
  statement: bilingual,
  decidedBy: z.enum(['answer', 'zero-points']),
  criteria: z.array(z.string()).optional(),
});

const criterionOut = z.object({
  code: z.string(),
  title: z.string(),
  maxPoints: z.number(),
  kind: z.enum(['choice', 'yesno']),
  options: z.array(optionOut),
  requirements: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional(),
  appliesWhen: z.object({ criterion: z.string(), minPoints: z.number(), text: z.string() }).optional(),
  branches: z.array(z.object({ no: z.number(), title: z.string() })).optional(),
  group: z.string().optional(),
  applicability: z
    .object({
      id: z.string(),
      text: z.string(),
      line: z.number(),
      question: bilingual,
      otherwise: z.enum(['mark-not-binding']),
    })
    .optional(),
  flags: z
    .array(z.object({ kind: z.enum(['suspected-misprint', 'mark-out-of-scope']), line: z.number(), note: bilingual }))
    .optional(),
  line: z.number(),
});

export const setOut = setSummaryOut.extend({
  ruleSet: z.string(),
  disqualification: z.array(z.string()),
  knockouts: z.array(knockoutOut),
  notes: z.array(z.object({ line: z.number(), code: z.string().optional(), issue: z.string(), choice: z.string() })),
  parts: z.array(
    z.object({
      code: z.enum(['A', 'B', 'C']),
      title: z.string(),
      maxPoints: z.number(),
      line: z.number(),
      sections: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          maxPoints: z.number(),
          direct: z.boolean().optional(),
          groups: z
            .array(z.object({ code: z.string(), title: z.string(), maxPoints: z.number(), line: z.number() }))
            .optional(),
          line: z.number(),
          criteria: z.array(criterionOut),
        }),
      ),
    }),
  ),
});

export const answerIn = z.union([z.number().int(), z.boolean(), z.null()]);

export const scorecardIn = z.object({
  answers: z.record(z.string().max(10), answerIn),
  branch: z.number().int().min(1).max(9).optional(),
  /** Knock-outs the scorer finds true, by the sheet's ids (`knockouts` of the sheet). */
  knockouts: z.record(z.string().max(40), z.boolean()).optional(),
  /** Answers to the sheet's applicability questions, by id (`applicability` of a criterion). */
  applies: z.record(z.string().max(40), z.boolean()).optional(),
});

/** The council policies that the scoring engine applies (quy định của Hội đồng); unset keys take their defaults. */
export const scoringPolicyIn = z.strictObject({
  marksAcrossMembers: z.enum(['majority', 'all-members', 'mean-points']).optional(),
  knockoutsAcrossMembers: z.enum(['any-member', 'majority']).optional(),
  spreadThreshold: z.number().min(0).max(100).optional(),
  outOfScopeMarks: z.enum(['literal', 'not-binding']).optional(),
});
