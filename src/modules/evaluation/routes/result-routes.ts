// HTTP of decisions (certificates: the certificates module). Thin: validate, call one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { recordDecision } from '../commands/record-decision.ts';
import { getDecision, listDecisions } from '../commands/read-results.ts';
import * as s from './schemas.ts';

export function resultRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.post(
      '/api/decisions',
      signedIn('evaluation', {
        summary: 'Ghi nhận quyết định đã ký / Record a signed decision (Art. 7.3.e, 7.4.e)',
        body: s.decisionBody,
        response: { 201: s.decisionCreatedOut },
      }),
      async (request, reply) => reply.code(201).send(await recordDecision(db, request.actor!, request.body, ctx.clock)),
    );

    app.get(
      '/api/decisions',
      signedIn('evaluation', { querystring: s.decisionQuery, response: { 200: s.decisionListOut } }),
      async (request) => {
        const { limit, offset, ...f } = request.query;
        return listDecisions(readDb, request.actor!, f, { limit, offset });
      },
    );

    app.get(
      '/api/decisions/:id',
      signedIn('evaluation', { params: s.idParams, response: { 200: s.decisionOut } }),
      async (request) => getDecision(readDb, request.actor!, request.params.id),
    );
  };
}
