// HTTP of the evidence that expires: periodic product tests (seed 003 §6) and papers with a term (Art. 6.1.c), each
// with its file (multipart, registered by inspection-routes.ts). Thin: validate, call one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { attachmentHeader } from '../../../platform/excel.ts';
import {
  attachProductTestFile,
  listDueTests,
  listProductTests,
  readProductTestFile,
  recordProductTest,
} from '../commands/evidence-terms/product-tests.ts';
import {
  attachPaperFile,
  listPapers,
  papersOfProduct,
  readPaperFile,
  recordPaper,
} from '../commands/evidence-terms/producer-papers.ts';
import { PAPER_KIND_LABELS, PAPER_KINDS } from '../domain/papers.ts';
import * as s from './inspection-schemas.ts';
import { EVIDENCE_FILE, readMultipartFile } from '../../../platform/multipart.ts';

const tags = ['inspections'];
const inline = (name: string) => attachmentHeader(name).replace(/^attachment/, 'inline');

export function evidenceTermRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.get(
      '/api/paper-kinds',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Các loại giấy tờ có thời hạn (Điều 6.1.c) / Kinds of papers with a term',
          response: { 200: s.paperKindsOut },
        },
      },
      async () => PAPER_KINDS.map((code) => ({ code, label: { ...PAPER_KIND_LABELS[code] } })),
    );

    app.get(
      '/api/product-tests',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Phiếu kiểm nghiệm của một sản phẩm / A product’s tests',
          querystring: s.productTestQuery,
          response: { 200: z.array(s.productTestOut) },
        },
      },
      async (request) => listProductTests(readDb, request.actor!, request.query.productId),
    );

    app.get(
      '/api/product-tests/due',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Kiểm nghiệm định kỳ của sản phẩm OCOP: đến hạn, quá hạn / Yearly tests due and overdue',
          querystring: s.dueTestQuery,
          response: { 200: s.dueTestsOut },
        },
      },
      async (request) =>
        listDueTests(
          readDb,
          request.actor!,
          {
            ...(request.query.provinceCode ? { provinceCode: request.query.provinceCode } : {}),
            overdueOnly: request.query.overdue === 'true',
          },
          ctx.clock.today(),
        ),
    );

    app.post(
      '/api/product-tests',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Ghi phiếu kiểm nghiệm định kỳ / Record a periodic test',
          body: s.productTestBody,
          response: { 201: s.productTestOut },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await recordProductTest(db, request.actor!, request.body, ctx.clock.today())),
    );

    app.post(
      '/api/product-tests/:id/file',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Tải lên phiếu kiểm nghiệm (multipart: file) / Upload the test report',
          params: s.idParams,
          response: { 200: s.productTestOut },
        },
      },
      async (request) =>
        attachProductTestFile(
          db,
          ctx.files,
          request.actor!,
          request.params.id,
          await readMultipartFile(request, EVIDENCE_FILE),
        ),
    );

    app.get(
      '/api/product-tests/:id/file',
      { preHandler: requireUser(), schema: { tags, params: s.idParams } },
      async (request, reply) => {
        const f = await readProductTestFile(readDb, ctx.files, request.actor!, request.params.id);
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', inline(f.name))
          .header('x-content-type-options', 'nosniff')
          .send(f.bytes);
      },
    );

    app.get(
      '/api/papers',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary:
            'Giấy tờ có thời hạn sau giấy chứng nhận (lapsing=true: hết hạn, sắp hết hạn, hết trước giấy chứng nhận) / Papers with a term',
          querystring: s.paperQuery,
          response: { 200: s.paperListOut },
        },
      },
      async (request) => {
        const { lapsing, ...f } = request.query;
        return listPapers(readDb, request.actor!, { ...f, lapsingOnly: lapsing === 'true' }, ctx.clock.today());
      },
    );

    app.get(
      '/api/products/:id/papers',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Giấy tờ có thời hạn của một sản phẩm / A product’s papers',
          params: s.idParams,
          response: { 200: z.array(s.paperOut) },
        },
      },
      async (request) => papersOfProduct(readDb, request.actor!, request.params.id, ctx.clock.today()),
    );

    app.post(
      '/api/papers',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Ghi giấy tờ có thời hạn / Record a paper with a term (Art. 6.1.c)',
          body: s.paperBody,
          response: { 201: s.paperOut },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await recordPaper(db, request.actor!, request.body, ctx.clock.today())),
    );

    app.post(
      '/api/papers/:id/file',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Tải lên bản chụp giấy tờ (multipart: file) / Upload the paper',
          params: s.idParams,
          response: { 200: s.paperOut },
        },
      },
      async (request) =>
        attachPaperFile(
          db,
          ctx.files,
          request.actor!,
          request.params.id,
          await readMultipartFile(request, EVIDENCE_FILE),
          ctx.clock.today(),
        ),
    );

    app.get(
      '/api/papers/:id/file',
      { preHandler: requireUser(), schema: { tags, params: s.idParams } },
      async (request, reply) => {
        const f = await readPaperFile(readDb, ctx.files, request.actor!, request.params.id, ctx.clock.today());
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', inline(f.name))
          .header('x-content-type-options', 'nosniff')
          .send(f.bytes);
      },
    );
  };
}
