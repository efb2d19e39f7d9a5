// HTTP of the OCOP cycle (seed 001 §III.2.1): product ideas and their review, business plans (file upload through
// the evidence FileStorage) and their implementation, the pipeline. Thin: validate (zod, 400 naming each field),
// one command, present. Multipart is registered here, for this plugin's routes only.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { attachmentHeader } from '../../../platform/excel.ts';
import { MAX_EVIDENCE_BYTES } from '../../../platform/files.ts';
import { EVIDENCE_FILE, readMultipartFile } from '../../../platform/multipart.ts';
import { actOnIdea, ideaToProduct, registerIdea } from '../commands/idea-commands.ts';
import {
  actOnBusinessPlan,
  recordProblem,
  recordSupport,
  submitBusinessPlan,
  uploadBusinessPlanFile,
} from '../commands/business-plan-commands.ts';
import { listIdeas, readBusinessPlan, readBusinessPlanFile, readIdea, readPipeline } from '../commands/read-cycle.ts';
import { listBusinessPlans } from '../commands/list-business-plans.ts';
import { fieldError } from '../commands/cycle-errors.ts';
import { isoDate } from '../../../platform/validation.ts';
import { surveyPartnerRoutes } from './survey-partner-routes.ts';
import * as s from './cycle-schemas.ts';

const tags = ['programme'];
const doc = <S extends object>(summary: string, schema: S) => ({
  preHandler: requireUser(),
  schema: { tags, summary, ...schema },
});

export function cycleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, parts: 12 } });
    await app.register(surveyPartnerRoutes(ctx));
    const db = ctx.db.db;
    const today = () => ctx.clock.today();

    app.get(
      '/api/cycle/pipeline',
      doc('Chu trình OCOP: sản phẩm theo giai đoạn / The OCOP cycle: products by stage', {
        querystring: z.object({
          communeCode: z.string().trim().max(20).optional(),
          provinceCode: z.string().trim().max(10).optional(),
          asOf: isoDate.optional().describe('The pipeline on this day (YYYY-MM-DD, not after today); default: today'),
        }),
        response: { 200: s.pipelineOut },
      }),
      async (request) => {
        const { asOf, ...q } = request.query;
        if (asOf && asOf > today())
          throw fieldError(
            'querystring.asOf',
            'in_future',
            `Ngày ${asOf} ở tương lai`,
            `The day ${asOf} is in the future`,
          );
        return readPipeline(ctx.db.readDb, request.actor!, q, asOf ?? today());
      },
    );

    app.get(
      '/api/cycle/ideas',
      doc('Ý tưởng sản phẩm / Product ideas', {
        querystring: z.object({ state: z.string().max(30).optional(), communeCode: z.string().max(20).optional() }),
        response: { 200: s.ideaListOut },
      }),
      async (request) => listIdeas(ctx.db.readDb, request.actor!, request.query),
    );

    app.post(
      '/api/cycle/ideas',
      doc('Đăng ký ý tưởng sản phẩm / Register a product idea', { body: s.ideaIn, response: { 201: s.ideaOut } }),
      async (request, reply) => {
        const id = await registerIdea(db, request.actor!, request.body, today());
        return reply.code(201).send(await readIdea(db, request.actor!, id));
      },
    );

    app.get(
      '/api/cycle/ideas/:id',
      doc('Một ý tưởng và phương án kinh doanh / An idea and its business plans', {
        params: s.idParams,
        response: { 200: s.ideaOut },
      }),
      async (request) => readIdea(ctx.db.readDb, request.actor!, request.params.id),
    );

    app.post(
      '/api/cycle/ideas/:id/actions/:action',
      doc('Xem xét ý tưởng / Review an idea', {
        params: s.actionParams,
        body: s.adviceIn,
        response: { 200: s.ideaOut },
      }),
      async (request) => {
        await actOnIdea(db, request.actor!, request.params.id, request.params.action, request.body.advice, today());
        return readIdea(db, request.actor!, request.params.id);
      },
    );

    app.post(
      '/api/cycle/ideas/:id/product',
      doc('Tạo sản phẩm từ ý tưởng đã chấp thuận / Make a product of an accepted idea', {
        params: s.idParams,
        body: s.toProductIn,
        response: { 201: s.ideaOut },
      }),
      async (request, reply) => {
        await ideaToProduct(db, request.actor!, request.params.id, request.body.producerId);
        return reply.code(201).send(await readIdea(db, request.actor!, request.params.id));
      },
    );

    app.post(
      '/api/cycle/business-plans',
      doc('Nộp phương án sản xuất kinh doanh / Submit a business plan', {
        body: s.businessPlanIn,
        response: { 201: s.businessPlanOut },
      }),
      async (request, reply) => {
        const id = await submitBusinessPlan(db, request.actor!, request.body, today());
        return reply.code(201).send(await readBusinessPlan(db, request.actor!, id));
      },
    );

    app.get(
      '/api/cycle/business-plans',
      doc('Phương án kinh doanh trong địa bàn / Business plans in the reader’s area', {
        querystring: z.object({ state: z.string().max(30).optional(), communeCode: z.string().max(20).optional() }),
        response: { 200: s.businessPlanListOut },
      }),
      async (request) => listBusinessPlans(ctx.db.readDb, request.actor!, request.query),
    );

    app.get(
      '/api/cycle/business-plans/:id',
      doc('Phương án kinh doanh và việc triển khai / A business plan and its implementation', {
        params: s.idParams,
        response: { 200: s.businessPlanOut },
      }),
      async (request) => readBusinessPlan(ctx.db.readDb, request.actor!, request.params.id),
    );

    app.post(
      '/api/cycle/business-plans/:id/file',
      doc('Tải lên tệp phương án (PDF, ảnh) / Upload the plan’s file (PDF, image)', {
        params: s.idParams,
        response: { 200: s.businessPlanOut },
      }),
      async (request) => {
        const { bytes, filename } = await readMultipartFile(request, EVIDENCE_FILE);
        await uploadBusinessPlanFile(db, ctx.files, request.actor!, request.params.id, { bytes, filename });
        return readBusinessPlan(db, request.actor!, request.params.id);
      },
    );

    app.get(
      '/api/cycle/business-plans/:id/file',
      doc('Tải tệp phương án / Download the plan’s file', { params: s.idParams }),
      async (request, reply) => {
        const f = await readBusinessPlanFile(ctx.db.readDb, ctx.files, request.actor!, request.params.id);
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', attachmentHeader(f.name).replace(/^attachment/, 'inline'))
          .header('x-content-type-options', 'nosniff')
          .send(f.bytes);
      },
    );

    app.post(
      '/api/cycle/business-plans/:id/actions/:action',
      doc('Xem xét phương án / Review a business plan', {
        params: s.actionParams,
        body: s.adviceIn,
        response: { 200: s.businessPlanOut },
      }),
      async (request) => {
        await actOnBusinessPlan(
          db,
          request.actor!,
          request.params.id,
          request.params.action,
          request.body.advice,
          today(),
        );
        return readBusinessPlan(db, request.actor!, request.params.id);
      },
    );

    app.post(
      '/api/cycle/business-plans/:id/supports',
      doc('Ghi hỗ trợ đã nhận / Record support given', {
        params: s.idParams,
        body: s.supportIn,
        response: { 201: s.businessPlanOut },
      }),
      async (request, reply) => {
        await recordSupport(db, request.actor!, request.params.id, request.body);
        return reply.code(201).send(await readBusinessPlan(db, request.actor!, request.params.id));
      },
    );

    app.post(
      '/api/cycle/business-plans/:id/problems',
      doc('Ghi khó khăn, vướng mắc / Record a problem met', {
        params: s.idParams,
        body: s.problemIn,
        response: { 201: s.businessPlanOut },
      }),
      async (request, reply) => {
        await recordProblem(db, request.actor!, request.params.id, request.body);
        return reply.code(201).send(await readBusinessPlan(db, request.actor!, request.params.id));
      },
    );
  };
}
