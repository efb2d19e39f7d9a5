// The stored facts of a dossier (dossiers.facts, jsonb): the rules' facts including the council's result (outcome)
// and the certificate an upgrade or re-evaluation builds on (baseCertificate). Read back through a versioned schema
// instead of a cast: the JSON outlives several rule sets, so each shape it has had keeps its version here, and a
// reader upgrades an older version to the current one. Version 1 is the shape written since the first release; it
// carries no version key (a later version adds `factsVersion: 2` and an upgrade from 1).
import { z } from 'zod';
import { DOSSIER_KINDS, DOSSIER_STATES, type Dossier } from './dossier-lifecycle-model.ts';

const isoDate = z.string();
const level = z.enum(['commune', 'district', 'province', 'central']);
const star = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const outcomeV1 = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rejected'), level, star: z.null(), reasons: z.array(z.string()) }),
  z.object({ kind: z.literal('result_notice'), level, star }),
  z.object({ kind: z.literal('certify'), level, star, by: level }),
  z.object({ kind: z.literal('forward'), level, star, to: level }),
  z.object({ kind: z.literal('return'), level, star, to: level }),
]);

const certificateV1 = z.object({
  number: z.string(),
  star: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  issuedOn: isoDate,
  expiresOnPerDecision: isoDate.nullish(),
  revokedOn: isoDate.nullish(),
  lateReevaluation: z.object({ filedOn: isoDate, resultOn: isoDate.nullable() }).nullish(),
});

const nullableDate = isoDate.nullable();

/** Version 1. Unknown keys are kept as they are (loose), so reading and writing back never loses what was stored. */
export const DOSSIER_FACTS_V1 = z.looseObject({
  kind: z.enum(DOSSIER_KINDS),
  state: z.enum(DOSSIER_STATES),
  provinceCode: z.string(),
  communeCode: z.string(),
  tourism: z.boolean(),
  forms: z.object({ form01: z.boolean(), form02: z.boolean() }),
  samples: z.number(),
  baseCertificate: certificateV1.nullable(),
  changes: z.array(z.string()),
  submittedOn: nullableDate,
  lateReevaluation: z.boolean(),
  receiptNumber: z.string().nullable(),
  receivedOn: nullableDate,
  communeDueOn: nullableDate,
  forwardedOn: nullableDate,
  completeOn: nullableDate,
  reevaluationDueOn: nullableDate,
  roundId: z.string().nullable(),
  roundFinishBy: nullableDate,
  fieldVisitOn: nullableDate,
  advisoryReportOn: nullableDate,
  councilMode: z.enum(['meeting', 'written']).nullable(),
  outcome: outcomeV1.nullable(),
  proposedOn: nullableDate,
  centralRoundId: z.string().nullable(),
  centralRoundFinishBy: nullableDate,
  decision: z.object({ number: z.string(), date: isoDate }).nullable(),
  lastActionOn: nullableDate,
});

// The current version describes exactly the rules' Dossier (checked by the compiler).
const _current: z.ZodType<Dossier, z.infer<typeof DOSSIER_FACTS_V1>> = DOSSIER_FACTS_V1;
void _current;

export class StoredFactsError extends Error {}

/** The stored facts of a dossier as the rules' Dossier: parsed by the schema of their version. */
export function parseDossierFacts(stored: unknown): Dossier {
  const version = (stored as { factsVersion?: unknown } | null)?.factsVersion ?? 1;
  if (version !== 1) throw new StoredFactsError(`dossier facts of unknown version ${String(version)}`);
  const parsed = DOSSIER_FACTS_V1.safeParse(stored);
  if (!parsed.success)
    throw new StoredFactsError(`stored dossier facts do not match version 1: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
