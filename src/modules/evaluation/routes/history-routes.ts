// HTTP of historical results (kết quả đánh giá, phân hạng trước đây): record one, list, the Excel template and the
// all-or-nothing import. Thin: validate, call one command, present.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { readMultipartFile } from '../../../platform/multipart.ts';
import { attachmentHeader, XLSX_MIME } from '../../../platform/excel.ts';
import { DOSSIER_KINDS } from '../domain/dossier-lifecycle.ts';
import { HISTORICAL_LEVELS } from '../domain/historical-result.ts';
import { recordHistoricalResult } from '../commands/record-historical-result.ts';
import { listHistoricalResults } from '../commands/read-historical-results.ts';
import { historyTemplate, importHistoricalResults } from '../commands/import-historical-results.ts';
import type { EvaluationDeps } from '../commands/certificate-register.ts';
import { isoDate } from './schemas.ts';

const message = z.object({ vi: z.string(), en: z.string() });

export const historicalBody = z.strictObject({
  productId: z.uuid(),
  kind: z.enum(DOSSIER_KINDS),
  filedOn: isoDate,
  decidedOn: isoDate,
  level: z.enum(HISTORICAL_LEVELS),
  points: z.number().min(0).max(100),
  star: z.number().int().min(1).max(5),
  decisionNumber: z.string().trim().max(100).nullish(),
  certificateNumber: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const historicalOut = z.object({
  id: z.string(),
  dossierId: z.string(),
  productId: z.string(),
  productName: z.string().nullable(),
  producerName: z.string().nullable(),
  kind: z.string(),
  ruleSet: z.string(),
  procedure: z.string(),
  transitional: z.boolean(),
  filedOn: z.string().nullable(),
  decidedOn: z.string(),
  level: z.string(),
  points: z.number().nullable(),
  star: z.number(),
  decisionId: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  certificateId: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  certificate: z
    .object({
      /** The certificate's lifecycle status today (the certificates module's: valid … superseded). */
      state: z.string(),
      label: message,
      expiresOn: z.string(),
      validUntil: z.string(),
      window: z.object({ opensOn: z.string(), closesOn: z.string(), phase: z.string() }),
      message,
    })
    .nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

const historicalQuery = z.object({
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  star: z.coerce.number().int().min(1).max(5).optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/, '2 chữ số / 2 digits')
    .optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function historyRoutes(ctx: AppContext, deps: EvaluationDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.post(
      '/api/historical-results',
      signedIn('evaluation', {
        summary: 'Ghi nhận kết quả đánh giá, phân hạng trước đây / Record a historical result (148/2023, 1048/2019)',
        body: historicalBody,
        response: { 201: historicalOut },
      }),
      async (request, reply) =>
        reply.code(201).send(await recordHistoricalResult(db, request.actor!, request.body, deps)),
    );

    app.get(
      '/api/historical-results',
      signedIn('evaluation', {
        summary: 'Kết quả đánh giá trước đây / Historical results',
        querystring: historicalQuery,
        response: { 200: z.object({ items: z.array(historicalOut), total: z.number() }) },
      }),
      async (request) => {
        const { limit, offset, ...f } = request.query;
        return listHistoricalResults(readDb, request.actor!, f, { limit, offset }, deps);
      },
    );

    app.get(
      '/api/historical-results/template.xlsx',
      signedIn('evaluation', { summary: 'Mẫu Excel nhập kết quả trước đây / Excel template' }),
      async (request, reply) =>
        reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', attachmentHeader('Mẫu kết quả OCOP trước đây.xlsx'))
          .send(await historyTemplate(readDb, request.actor!)),
    );

    app.post(
      '/api/historical-results/import',
      signedIn('evaluation', {
        summary:
          'Nhập kết quả trước đây từ Excel, tất cả hoặc không (multipart: file) / Import from Excel, all or nothing',
        response: { 201: z.object({ imported: z.number(), items: z.array(historicalOut) }) },
      }),
      async (request, reply) => {
        // No size translation here, as before: the plugin's own error answers a file over the limit.
        const { bytes } = await readMultipartFile(request);
        return reply.code(201).send(await importHistoricalResults(db, request.actor!, bytes, deps));
      },
    );
  };
}
