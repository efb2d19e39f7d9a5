// HTTP of a user's own notifications (in-app). Thin: validate, call one command, present. The schemas are the
// presenter's contract: fields not listed here never leave the server.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { requireUser } from '../auth/guard.ts';
import { listNotifications, readNotification } from './notifications.ts';

const message = z.object({ vi: z.string(), en: z.string() });

export const notificationQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const notificationParams = z.object({ id: z.coerce.number().int().min(1) });
export const notificationOut = z.object({
  id: z.number(),
  kind: z.string(),
  title: message,
  body: z.record(z.string(), z.unknown()).nullable(),
  link: z.string().nullable(),
  provinceCode: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const notificationListOut = z.object({ items: z.array(notificationOut), total: z.number(), unread: z.number() });

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['notifications'],
          summary: 'Thông báo của tôi / My notifications',
          querystring: notificationQuery,
          response: { 200: notificationListOut },
        },
      },
      async (request) => {
        const { unread, limit, offset } = request.query;
        return listNotifications(ctx.db.readDb, request.actor!, { unreadOnly: unread ?? false, limit, offset });
      },
    );

    app.post(
      '/api/notifications/:id/read',
      {
        preHandler: requireUser(),
        schema: { tags: ['notifications'], params: notificationParams, response: { 200: notificationOut } },
      },
      async (request) => readNotification(ctx.db.db, request.actor!, request.params.id),
    );
  };
}
