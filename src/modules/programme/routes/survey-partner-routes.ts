// HTTP of the communes' surveys of candidate products, the partners' directory and the communes' responsible
// officers. Thin: validate, one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { addSurveyRows, createSurvey, listSurveys } from '../commands/survey-commands.ts';
import {
  assignCommuneOfficer,
  createPartner,
  linkPartnerProducer,
  listPartners,
} from '../commands/partner-commands.ts';
import { listCommuneOfficers } from '../commands/list-commune-officers.ts';
import * as s from './cycle-schemas.ts';

const tags = ['programme'];
const doc = <S extends object>(summary: string, schema: S) => ({
  preHandler: requireUser(),
  schema: { tags, summary, ...schema },
});

export function surveyPartnerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;

    app.get(
      '/api/cycle/surveys',
      doc('Phiếu khảo sát sản phẩm tiềm năng / Surveys of potential products', {
        querystring: z.object({
          year: z.coerce.number().int().min(2018).max(2100).optional(),
          communeCode: z.string().trim().max(20).optional(),
        }),
        response: { 200: s.surveyListOut },
      }),
      async (request) => listSurveys(ctx.db.readDb, request.actor!, request.query),
    );

    app.post(
      '/api/cycle/surveys',
      doc('Lập phiếu khảo sát của xã / Write a commune’s survey', {
        body: s.surveyIn,
        response: { 201: s.createdOut },
      }),
      async (request, reply) => reply.code(201).send({ id: await createSurvey(db, request.actor!, request.body) }),
    );

    app.post(
      '/api/cycle/surveys/:id/rows',
      doc('Bổ sung dòng khảo sát / Add survey rows', {
        params: s.idParams,
        body: s.surveyRowsIn,
        response: { 201: s.createdOut },
      }),
      async (request, reply) => {
        await addSurveyRows(db, request.actor!, request.params.id, request.body.rows);
        return reply.code(201).send({ id: request.params.id });
      },
    );

    app.get(
      '/api/cycle/partners',
      doc('Đơn vị tư vấn và đối tác OCOP / Consulting units and OCOP partners', {
        querystring: z.object({ kind: z.string().max(30).optional() }),
        response: { 200: s.partnerListOut },
      }),
      async (request) => listPartners(ctx.db.readDb, request.actor!, request.query),
    );

    app.post(
      '/api/cycle/partners',
      doc('Thêm đối tác / Add a partner', { body: s.partnerIn, response: { 201: s.createdOut } }),
      async (request, reply) => reply.code(201).send({ id: await createPartner(db, request.actor!, request.body) }),
    );

    app.post(
      '/api/cycle/partners/:id/producers',
      doc('Gắn chủ thể được đối tác phục vụ / Link a producer a partner serves', {
        params: s.idParams,
        body: s.partnerProducerIn,
        response: { 201: s.createdOut },
      }),
      async (request, reply) => {
        await linkPartnerProducer(db, request.actor!, request.params.id, request.body);
        return reply.code(201).send({ id: request.params.id });
      },
    );

    app.get(
      '/api/cycle/commune-officers',
      doc('Cán bộ phụ trách OCOP của các xã / The communes’ responsible OCOP officers', {
        querystring: z.object({ provinceCode: z.string().trim().max(10).optional() }),
        response: { 200: s.communeOfficersOut },
      }),
      async (request) => listCommuneOfficers(ctx.db.readDb, request.actor!, request.query),
    );

    app.put(
      '/api/cycle/commune-officers/:communeCode',
      doc('Cán bộ phụ trách OCOP của xã / A commune’s responsible OCOP officer', {
        params: z.object({ communeCode: z.string().trim().min(1).max(20) }),
        body: s.officerIn,
        response: { 200: s.createdOut },
      }),
      async (request) => {
        await assignCommuneOfficer(
          db,
          request.actor!,
          request.params.communeCode,
          request.body.userId,
          ctx.clock.today(),
        );
        return { id: request.body.userId };
      },
    );
  };
}
