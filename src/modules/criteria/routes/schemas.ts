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
  line: z.number(),
});

export const setOut = setSummaryOut.extend({
  ruleSet: z.string(),
  disqualification: z.array(z.string()),
  notes: z.array(z.object({ line: z.number(), code: z.string().optional(), issue: z.string(), choice: z.string() })),
  parts: z.array(z.object({
    code: z.enum(['A', 'B', 'C']),
    title: z.string(),
    maxPoints: z.number(),
    line: z.number(),
    sections: z.array(z.object({
      code: z.string(),
      title: z.string(),
      maxPoints: z.number(),
      direct: z.boolean().optional(),
      groups: z.array(z.object({ code: z.string(), title: z.string(), maxPoints: z.number(), line: z.number() })).optional(),
      line: z.number(),
      criteria: z.array(criterionOut),
    })),
  })),
});

export const answerIn = z.union([z.number().int(), z.boolean(), z.null()]);

export const scorecardIn = z.object({
  answers: z.record(z.string().max(10), answerIn),
  branch: z.number().int().min(1).max(9).optional(),
  disqualification: z.object({
    forgedDossier: z.boolean().optional(),
    foodSafetyCertificateMissing: z.boolean().optional(),
    registrationIncomplete: z.boolean().optional(),
  }).optional(),
});
