// HTTP of decisions, certificates and notifications. Thin: validate, call one command, present.
// E-mail: notifications are in-app only for now; no mail is sent (there is no SMTP configuration in config.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { recordDecision } from '../commands/record-decision.ts';
import { getCertificate, getDecision, listCertificates, listDecisions } from '../commands/read-results.ts';
import { listNotifications, readNotification } from '../commands/notifications.ts';
import * as s from './schemas.ts';

export function resultRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.post('/api/decisions', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], summary: 'Ghi nhận quyết định đã ký / Record a signed decision (Art. 7.3.e, 7.4.e)', body: s.decisionBody, response: { 201: s.decisionCreatedOut } },
    }, async (request, reply) => reply.code(201).send(await recordDecision(db, request.actor!, request.body)));

    app.get('/api/decisions', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], querystring: s.decisionQuery, response: { 200: s.decisionListOut } },
    }, async (request) => {
      const { limit, offset, ...f } = request.query;
      return listDecisions(readDb, request.actor!, f, { limit, offset });
    });

    app.get('/api/decisions/:id', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], params: s.idParams, response: { 200: s.decisionOut } },
    }, async (request) => getDecision(readDb, request.actor!, request.params.id));

    app.get('/api/certificates', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], summary: 'Giấy chứng nhận OCOP / Certificates', querystring: s.certificateQuery, response: { 200: s.certificateListOut } },
    }, async (request) => {
      const { limit, offset, ...f } = request.query;
      return listCertificates(readDb, request.actor!, f, { limit, offset });
    });

    app.get('/api/certificates/:id', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], params: s.idParams, response: { 200: s.certificateOut } },
    }, async (request) => getCertificate(readDb, request.actor!, request.params.id));

    app.get('/api/notifications', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], summary: 'Thông báo của tôi / My notifications', querystring: s.notificationQuery, response: { 200: s.notificationListOut } },
    }, async (request) => {
      const { unread, limit, offset } = request.query;
      return listNotifications(readDb, request.actor!, { unreadOnly: unread ?? false, limit, offset });
    });

    app.post('/api/notifications/:id/read', {
      preHandler: requireUser(),
      schema: { tags: ['evaluation'], params: s.notificationParams, response: { 200: s.notificationOut } },
    }, async (request) => readNotification(db, request.actor!, request.params.id));
  };
}
