// GET /api/dashboard: a unit's figures on a day. Thin: the query's schema (also the OpenAPI doc), the guard, one
// command; the response schema is the presenter (only listed fields leave the server).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { isoDate } from '../../../platform/validation.ts';
import { readDashboard } from '../commands/read-dashboard.ts';

const message = z.object({ vi: z.string(), en: z.string() });
const level = z.enum(['national', 'province', 'commune']);
const starCount = z.object({ star: z.number().int().describe('0: no certificate in force'), count: z.number().int() });
const notYet = z.object({ available: z.literal(false), note: message });

export const dashboardQuery = z.object({
  unit: z
    .string()
    .regex(/^(national|\d{2}|\d{5})$/, 'a province (2 digits) or commune (5 digits) code of 2025, or national')
    .optional()
    .describe('Province (2 digits) or commune (5 digits) of the 2025 set, or `national`; default: the reader’s own'),
  asOf: isoDate.optional().describe('The figures on this day (YYYY-MM-DD, not after today); default: today'),
});

export const dashboardOut = z.object({
  unit: z.object({ code: z.string().nullable(), level, name: z.string(), provinceCode: z.string().nullable() }),
  asOf: z.string(),
  today: z.string(),
  units: z.array(z.object({ code: z.string(), name: z.string(), level })).describe('Units the reader may switch to'),
  products: z.object({
    total: z.number().int(),
    byStar: z.array(starCount),
    bySet: z.array(
      z.object({
        setNo: z.number().int(),
        name: z.string(),
        group: z.string(),
        total: z.number().int(),
        byStar: z.array(starCount),
      }),
    ),
    byGroup: z.array(z.object({ group: z.string(), count: z.number().int() })),
    unitLevel: z.enum(['province', 'commune']),
    byUnit: z.array(
      z.object({ code: z.string(), name: z.string(), total: z.number().int(), byStar: z.array(starCount) }),
    ),
  }),
  certificates: z.object({
    total: z.number().int(),
    byStatus: z.array(z.object({ status: z.string(), label: message, count: z.number().int() })),
    inForce: z.object({ total: z.number().int(), byStar: z.array(starCount) }),
    expiring: z.object({
      until: z.string(),
      total: z.number().int(),
      byMonth: z.array(z.object({ month: z.string(), byStar: z.array(starCount) })),
      soonest: z.array(
        z.object({
          id: z.string(),
          number: z.string(),
          star: z.number().int(),
          expiresOn: z.string(),
          productName: z.string(),
        }),
      ),
    }),
  }),
  dossiers: z.object({
    asOf: z.string(),
    total: z.number().int(),
    byState: z.array(z.object({ state: z.string(), label: message, count: z.number().int() })),
    open: z.number().int(),
    overdue: z.number().int(),
  }),
  signals: z.object({
    asOf: z.string(),
    openFindings: z.number().int(),
    openProposals: z.number().int(),
    openReports: z.number().int(),
  }),
  targets: z
    .union([
      notYet,
      z.object({
        available: z.literal(true),
        year: z.number(),
        plans: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            targets: z.array(
              z.object({
                label: message,
                wording: z.string().nullable(),
                actual: z.number().nullable(),
                target: z.number(),
                unitLabel: message,
                state: z.string(),
                stateLabel: message,
              }),
            ),
          }),
        ),
      }),
    ])
    .describe("Target progress of the unit's plans of the year, on the day (the programme module)"),
  funds: z
    .union([
      notYet,
      z.object({
        available: z.literal(true),
        from: z.string(),
        total: z.number(),
        bySource: z.array(z.object({ source: z.string(), label: message, paid: z.number() })),
      }),
    ])
    .describe('Support paid in the year up to the day, by source (the programme module)'),
  notReproducible: z
    .array(z.object({ block: z.string(), message }))
    .describe('For a past asOf: the figures that are today’s, or approximate, because their history is not kept'),
});

export function dashboardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dashboard',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['oversight'],
          summary: 'Bảng điều khiển của một đơn vị / A unit’s dashboard (issue 10)',
          querystring: dashboardQuery,
          response: { 200: dashboardOut },
        },
      },
      async (request) => readDashboard(ctx.db.readDb, request.actor!, request.query, ctx.clock.today()),
    );
  };
}
