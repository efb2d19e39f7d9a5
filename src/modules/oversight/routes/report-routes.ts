// HTTP of the standard reports: the list the user may produce, and one report as Excel or PDF for a unit as of a day.
// Thin: a zod query (also the OpenAPI doc), a guard, one command; role and unit scope are checked in the command
// (403 outside the user's area), bad input is a 400 naming the field.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { attachmentHeader, XLSX_MIME } from '../../../platform/excel.ts';
import { isoDate } from '../../../platform/validation.ts';
import { REPORT_FORMATS, REPORT_KINDS } from '../domain/report-kinds.ts';
import { produceReport } from '../commands/produce-report.ts';
import { reportCatalogue } from '../commands/report-catalogue.ts';

const message = z.object({ vi: z.string(), en: z.string() });
const catalogueOut = z.object({
  reports: z.array(
    z.object({
      kind: z.enum(REPORT_KINDS),
      title: message,
      description: message,
      params: z.array(z.enum(['year', 'from', 'to'])),
      formats: z.array(z.enum(REPORT_FORMATS)),
    }),
  ),
  unit: z
    .object({
      code: z.string(),
      level: z.enum(['national', 'province', 'commune']),
      label: z.string(),
      provinceCode: z.string().nullable(),
    })
    .nullable(),
});

const reportParams = z.object({ kind: z.enum(REPORT_KINDS), format: z.enum(REPORT_FORMATS) });
const reportQuery = z.object({
  /** A 2025 province or commune code, or "national"; default: the user's own unit. */
  unit: z
    .string()
    .trim()
    .regex(/^(national|\d{2}|\d{5})$/)
    .optional(),
  asOf: isoDate.optional(),
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const readDb = ctx.db.readDb;

    app.get(
      '/api/reports',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['reports'],
          summary: 'Các báo cáo định kỳ được lập / The standard reports the user may produce',
          response: { 200: catalogueOut },
        },
      },
      async (request) => reportCatalogue(readDb, request.actor!),
    );

    app.get(
      '/api/reports/:kind.:format',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['reports'],
          summary:
            'Báo cáo (Excel hoặc PDF) của một đơn vị tại một ngày / A standard report (Excel or PDF) for a unit as of a day',
          params: reportParams,
          querystring: reportQuery,
        },
      },
      async (request, reply) => {
        const { kind, format } = request.params;
        const { body, filename } = await produceReport(
          readDb,
          request.actor!,
          kind,
          format,
          request.query,
          ctx.clock.today(),
        );
        return reply
          .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
          .header('content-disposition', attachmentHeader(filename))
          .send(body);
      },
    );
  };
}
