// HTTP of the programme's activities and trade promotion: the kinds (so the web copies no rule), the list in scope,
// one activity, writing and deleting. Thin: validate (zod, 400 naming each field), one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_STATUSES,
  ACTIVITY_TARGET,
  PLATFORMS,
  TRADE_PROMOTION,
} from '../domain/activity-kinds.ts';
import {
  createActivity,
  listActivities,
  readActivity,
  removeActivity,
  saveActivity,
  type ActivityInput,
} from '../commands/activities.ts';
import * as s from './activity-schemas.ts';

const tags = ['programme'];
const idParams = z.object({ id: z.uuid() });

export function activityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const guard = { preHandler: requireUser() };

    app.get(
      '/api/activity-kinds',
      { ...guard, schema: { tags, summary: 'Loại hoạt động / Activity kinds', response: { 200: s.activityKindsOut } } },
      async () => ({
        kinds: ACTIVITY_KINDS.map((code) => ({
          code,
          label: ACTIVITY_KIND_LABELS[code],
          tradePromotion: TRADE_PROMOTION.includes(code),
          feeds: ACTIVITY_TARGET[code] ?? null,
        })),
        statuses: ACTIVITY_STATUSES.map((code) => ({ code, label: ACTIVITY_STATUS_LABELS[code] })),
        platforms: [...PLATFORMS],
      }),
    );

    app.get(
      '/api/activities',
      {
        ...guard,
        schema: {
          tags,
          summary: 'Hoạt động, xúc tiến thương mại / Activities and trade promotion, in scope',
          querystring: z.object({
            year: z.coerce.number().int().min(2018).max(2100).optional(),
            kind: z.enum(ACTIVITY_KINDS).optional(),
            planId: z.uuid().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          }),
          response: { 200: s.activityListOut },
        },
      },
      async (request) => {
        const { limit, offset, ...q } = request.query;
        return listActivities(ctx.db.readDb, request.actor!, q, { limit, offset });
      },
    );

    app.get(
      '/api/activities/:id',
      {
        ...guard,
        schema: { tags, summary: 'Một hoạt động / One activity', params: idParams, response: { 200: s.activityOut } },
      },
      async (request) => readActivity(ctx.db.readDb, request.actor!, request.params.id),
    );

    app.post(
      '/api/activities',
      {
        ...guard,
        schema: {
          tags,
          summary: 'Ghi hoạt động / Record an activity',
          body: s.activityIn,
          response: { 201: s.activityOut },
        },
      },
      async (request, reply) => {
        const id = await createActivity(db, request.actor!, request.body as ActivityInput);
        return reply.code(201).send(await readActivity(db, request.actor!, id));
      },
    );

    app.put(
      '/api/activities/:id',
      {
        ...guard,
        schema: {
          tags,
          summary: 'Sửa hoạt động / Save an activity',
          params: idParams,
          body: s.activitySaveIn,
          response: { 200: s.activityOut },
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        await saveActivity(db, request.actor!, request.params.id, version, input as ActivityInput);
        return readActivity(db, request.actor!, request.params.id);
      },
    );

    app.delete(
      '/api/activities/:id',
      {
        ...guard,
        schema: { tags, summary: 'Xoá hoạt động / Delete an activity', params: idParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await removeActivity(db, request.actor!, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
