// HTTP of the programme's plans: the target kinds (so the web copies no rule), the list, one plan with its progress
// on a day, writing and deleting. Thin: validate (zod, 400 naming each field), one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { isoDate } from '../../../platform/validation.ts';
import { LEGAL_TYPE_NAMES, LEGAL_TYPES } from '../../registry/index.ts';
import { MODE_LABELS, TARGET_KINDS, TARGET_MODES } from '../domain/target-kinds.ts';
import { listPlans, readPlan } from '../commands/read-plans.ts';
import { createPlan, removePlan, savePlan, type PlanInput } from '../commands/write-plan.ts';
import * as s from './plan-schemas.ts';

const tags = ['programme'];

export function planRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;

    app.get(
      '/api/plan-target-kinds',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Các loại chỉ tiêu của kế hoạch / Target kinds of a plan',
          response: { 200: s.kindsOut },
        },
      },
      async () => ({
        kinds: TARGET_KINDS.map((k) => ({ ...k, params: [...k.params] })),
        modes: TARGET_MODES.map((code) => ({ code, label: MODE_LABELS[code] })),
        legalTypes: LEGAL_TYPES.map((code) => ({ code, label: LEGAL_TYPE_NAMES[code] })),
        stars: [3, 4, 5],
      }),
    );

    app.get(
      '/api/plans',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Kế hoạch OCOP trong địa bàn / OCOP plans in scope',
          querystring: z.object({
            year: z.coerce.number().int().min(2018).max(2100).optional(),
            unitCode: z.string().trim().min(1).max(20).optional(),
          }),
          response: { 200: s.planListOut },
        },
      },
      async (request) => listPlans(ctx.db.readDb, request.actor!, request.query),
    );

    app.get(
      '/api/plans/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Kế hoạch và tiến độ các chỉ tiêu tại một ngày / A plan with its targets’ progress on a day',
          params: s.idParams,
          querystring: z.object({ asOf: isoDate.optional() }),
          response: { 200: s.planOut },
        },
      },
      async (request) =>
        readPlan(ctx.db.readDb, request.actor!, request.params.id, ctx.clock.today(), request.query.asOf),
    );

    app.post(
      '/api/plans',
      {
        preHandler: requireUser(),
        schema: { tags, summary: 'Lập kế hoạch / Write a plan', body: s.planIn, response: { 201: s.planOut } },
      },
      async (request, reply) => {
        const id = await createPlan(db, request.actor!, request.body as PlanInput);
        return reply.code(201).send(await readPlan(db, request.actor!, id, ctx.clock.today()));
      },
    );

    app.put(
      '/api/plans/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Sửa kế hoạch / Save a plan',
          params: s.idParams,
          body: s.planSaveIn,
          response: { 200: s.planOut },
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        await savePlan(db, request.actor!, request.params.id, version, input as PlanInput);
        return readPlan(db, request.actor!, request.params.id, ctx.clock.today());
      },
    );

    app.delete(
      '/api/plans/:id',
      {
        preHandler: requireUser(),
        schema: { tags, summary: 'Xoá kế hoạch / Delete a plan', params: s.idParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await removePlan(db, request.actor!, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
