// The council rules the web app shows and its forms offer, read-only and the same for everyone signed in: the council
// policies that can be set (OCOP Hub's choices where Decision 26/2026/QĐ-TTg is silent: each with its values, range and
// what the law says; `scoring` marks those the criteria engine takes) and who sits on a council (Art. 7.3.b, 7.4.b:
// the chair's seats and the members' seats). One description, served: the web app does not import server code.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { COUNCIL_POLICY_DESCRIPTORS } from '../domain/council-policies.ts';
import { COUNCIL_COMPOSITION } from '../domain/council-composition.ts';
import { SEAT_ROLES } from '../commands/council-input.ts';
import { ROLES } from '../../../platform/auth/roles.ts';
import { SCORING_POLICY_DESCRIPTORS } from '../../criteria/index.ts';

const text = z.object({ vi: z.string(), en: z.string() });
const seatOut = z.object({ kind: z.string(), label: text, need: z.enum(['required', 'if_exists', 'invited']) });
const roleList = z.array(z.enum(ROLES)).readonly();
const seatRolesOut = z.object({ chair: roleList, member: roleList, advisory: roleList });
const compositionOut = z.object({
  level: z.enum(['province', 'central']),
  article: z.string(),
  articleVi: z.string(),
  chair: z.object({ normal: seatOut, delegated: seatOut }),
  seats: z.array(seatOut).readonly(),
});
export const councilRulesOut = z.object({
  policies: z.array(
    z.object({
      key: z.string(),
      label: text,
      law: text,
      values: z.array(z.object({ value: z.string(), label: text })).optional(),
      range: z.object({ min: z.number(), max: z.number() }).optional(),
      /** Whether the scoring engine takes it (POST /api/scoring/evaluate → policy). */
      scoring: z.boolean(),
    }),
  ),
  composition: z.object({ province: compositionOut, central: compositionOut }),
  /** The roles whose accounts may take each kind of seat (the form offers those accounts; the server checks). */
  seatRoles: z.object({ province: seatRolesOut, central: seatRolesOut }),
});

const scoringKeys = new Set(SCORING_POLICY_DESCRIPTORS.map((d) => d.key));

export function councilRulesRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/council-rules',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['evaluation'],
          summary:
            'Quy định của Hội đồng có thể đặt và thành phần Hội đồng / The council policies that can be set, and the councils’ seats',
          response: { 200: councilRulesOut },
        },
      },
      async () => ({
        policies: COUNCIL_POLICY_DESCRIPTORS.map((d) => ({ ...d, scoring: scoringKeys.has(d.key) })),
        composition: COUNCIL_COMPOSITION,
        seatRoles: SEAT_ROLES,
      }),
    );
  };
}
