// HTTP of certificates: the register (list, Excel), one certificate, its print. Thin: validate, call one command,
// present. Same paths and shapes as when they lived in evaluation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { attachmentHeader, exportTitle, sendXlsx } from '../../../platform/excel.ts';
import { exportCertificates } from '../commands/export-certificates.ts';
import { LIFECYCLE_LABELS } from '../domain/lifecycle.ts';
import { getCertificateDetail, printCertificate } from '../commands/read-certificate.ts';
import { listCertificates } from '../commands/read-certificates.ts';
import { verifyUrl, type CertificateQrUrl } from '../forms/certificate-pdf.ts';
import { certificateColumns } from './exports.ts';
import * as s from './schemas.ts';

/** `qrUrl`: how the printed QR code is made (app.ts passes the public module's signed one). */
export function certificateRoutes(ctx: AppContext, deps: { qrUrl?: CertificateQrUrl } = {}): FastifyPluginAsyncZod {
  const qrUrl: CertificateQrUrl = deps.qrUrl ?? (async (c) => verifyUrl(ctx.config.publicUrl, c.number));
  return async (app) => {
    const readDb = ctx.db.readDb;

    app.get(
      '/api/certificates',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Giấy chứng nhận OCOP / Certificates (format=xlsx: the whole filtered list)',
          querystring: s.certificateQuery,
          response: { 200: s.certificateListOut },
        },
      },
      async (request, reply) => {
        const { limit, offset, format, ...f } = request.query;
        const on = ctx.clock.today();
        if (format === 'xlsx') {
          const { rows, units } = await exportCertificates(readDb, request.actor!, f, on);
          const product = f.productId ? (rows[0]?.productName ?? f.productId) : undefined;
          const title = exportTitle(
            'Danh sách giấy chứng nhận sản phẩm OCOP',
            [
              ['Sản phẩm', product],
              ['Hạng sao', f.star],
              ['Tình trạng', f.status ? LIFECYCLE_LABELS[f.status].vi : undefined],
              ['Năm cấp', f.year],
              ['Tìm', f.q],
            ],
            on,
          );
          return sendXlsx(reply, `Giấy chứng nhận OCOP ${on}.xlsx`, certificateColumns(units), rows, {
            sheetName: 'Giấy chứng nhận OCOP',
            title,
          });
        }
        return listCertificates(readDb, request.actor!, f, { limit, offset }, on);
      },
    );

    app.get(
      '/api/certificates/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Một giấy chứng nhận OCOP / One certificate (Art. 4.3, 7.6.a)',
          params: s.idParams,
          response: { 200: s.certificateDetailOut },
        },
      },
      async (request) => getCertificateDetail(readDb, request.actor!, request.params.id, ctx.clock.today()),
    );

    app.get(
      '/api/certificates/:id/pdf',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'In giấy chứng nhận (PDF, A4 ngang) / Print the certificate (PDF, landscape A4)',
          params: s.idParams,
        },
      },
      async (request, reply) => {
        const { pdf, filename } = await printCertificate(
          readDb,
          request.actor!,
          request.params.id,
          qrUrl,
          ctx.clock.today(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachmentHeader(filename).replace(/^attachment/, 'inline'))
          .send(pdf);
      },
    );
  };
}
