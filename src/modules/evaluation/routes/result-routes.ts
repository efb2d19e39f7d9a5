// HTTP of decisions and certificates. Thin: validate, call one command, present.
// E-mail: notifications are in-app only for now; no mail is sent (there is no SMTP configuration in config.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { recordDecision } from '../commands/record-decision.ts';
import { attachmentHeader, sendXlsx } from '../../../platform/excel.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { clock } from '../commands/clock.ts';
import { MAX_EXPORT_ROWS } from '../commands/read-dossiers.ts';
import { certificateColumns } from './exports.ts';
import { getDecision, listCertificates, listDecisions } from '../commands/read-results.ts';
import { getCertificateDetail, printCertificate } from '../commands/read-certificate.ts';
import * as s from './schemas.ts';

export function resultRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.post(
      '/api/decisions',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['evaluation'],
          summary: 'Ghi nhận quyết định đã ký / Record a signed decision (Art. 7.3.e, 7.4.e)',
          body: s.decisionBody,
          response: { 201: s.decisionCreatedOut },
        },
      },
      async (request, reply) => reply.code(201).send(await recordDecision(db, request.actor!, request.body)),
    );

    app.get(
      '/api/decisions',
      {
        preHandler: requireUser(),
        schema: { tags: ['evaluation'], querystring: s.decisionQuery, response: { 200: s.decisionListOut } },
      },
      async (request) => {
        const { limit, offset, ...f } = request.query;
        return listDecisions(readDb, request.actor!, f, { limit, offset });
      },
    );

    app.get(
      '/api/decisions/:id',
      {
        preHandler: requireUser(),
        schema: { tags: ['evaluation'], params: s.idParams, response: { 200: s.decisionOut } },
      },
      async (request) => getDecision(readDb, request.actor!, request.params.id),
    );

    app.get(
      '/api/certificates',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['evaluation'],
          summary: 'Giấy chứng nhận OCOP / Certificates (format=xlsx: the whole filtered list)',
          querystring: s.certificateQuery,
          response: { 200: s.certificateListOut },
        },
      },
      async (request, reply) => {
        const { limit, offset, format, ...f } = request.query;
        if (format === 'xlsx') {
          const { items } = await listCertificates(readDb, request.actor!, f, { limit: MAX_EXPORT_ROWS, offset: 0 });
          return sendXlsx(
            reply,
            `Giấy chứng nhận OCOP ${clock.today()}.xlsx`,
            certificateColumns(
              await unitNamesOf(
                readDb,
                items.map((c) => c.provinceCode),
              ),
            ),
            items,
            { sheetName: 'Giấy chứng nhận OCOP' },
          );
        }
        return listCertificates(readDb, request.actor!, f, { limit, offset });
      },
    );

    app.get(
      '/api/certificates/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['evaluation'],
          summary: 'Một giấy chứng nhận OCOP / One certificate (Art. 4.3, 7.6.a)',
          params: s.idParams,
          response: { 200: s.certificateDetailOut },
        },
      },
      async (request) => getCertificateDetail(readDb, request.actor!, request.params.id),
    );

    app.get(
      '/api/certificates/:id/pdf',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['evaluation'],
          summary: 'In giấy chứng nhận (PDF, A4 ngang) / Print the certificate (PDF, landscape A4)',
          params: s.idParams,
        },
      },
      async (request, reply) => {
        const { pdf, filename } = await printCertificate(
          readDb,
          request.actor!,
          request.params.id,
          ctx.config.publicUrl,
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachmentHeader(filename).replace(/^attachment/, 'inline'))
          .send(pdf);
      },
    );
  };
}
