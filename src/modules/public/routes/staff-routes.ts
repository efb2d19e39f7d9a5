// Staff routes of the public module (logged in, province or Ministry office in its scope): the consumer reports'
// queue and its two outcomes, stamp sheets and flagged serials, and rotating an issuer's signing key.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../../platform/auth/guard.ts';
import { audit } from '../../../platform/audit.ts';
import { attachmentHeader } from '../../../platform/excel.ts';
import { forbidden } from '../../../platform/errors.ts';
import { closeReport, listProvinceReports, proposeRevocationFromReport } from '../commands/handle-report.ts';
import { listFlaggedStamps, listSheetStamps, listStampSheets, printStampSheet } from '../commands/print-stamps.ts';
import type { PublicServices } from '../commands/public-services.ts';
import { publicPolicy } from '../policy.ts';

const message = z.object({ vi: z.string(), en: z.string() });
const reportOut = z.object({
  id: z.string(),
  provinceCode: z.string(),
  productId: z.string(),
  certificateId: z.string().nullable(),
  kind: z.string(),
  kindLabel: message,
  message: z.string(),
  contact: z.string().nullable(),
  state: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  proposalId: z.string().nullable(),
});
const idParams = z.object({ id: z.uuid() });
const sheetOut = z.object({
  prefix: z.string(),
  certificateId: z.string(),
  provinceCode: z.string(),
  number: z.string().nullable(),
  productName: z.string().nullable(),
  printedAt: z.string(),
  count: z.number(),
  scans: z.number(),
  flagged: z.number(),
});
const stampOut = z.object({
  serial: z.string(),
  certificateId: z.string(),
  provinceCode: z.string(),
  scanCount: z.number(),
  dayCount: z.number(),
  scanDay: z.string().nullable(),
  lastScanAt: z.string().nullable(),
  flaggedAt: z.string().nullable(),
  reason: message.nullable(),
});
export type StampSheet = z.output<typeof sheetOut>;
export type Stamp = z.output<typeof stampOut>;

export function publicStaffRoutes(svc: PublicServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/consumer-reports',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Phản ánh của người tiêu dùng / Consumer reports of the province',
          querystring: z.object({ state: z.enum(['open', 'all']).default('open') }),
          response: { 200: z.object({ items: z.array(reportOut) }) },
        },
      },
      async (request) => listProvinceReports(svc.readDb, request.actor!, request.query.state),
    );

    app.post(
      '/api/consumer-reports/:id/close',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Đóng phản ánh / Close a report',
          params: idParams,
          body: z.object({ note: z.string().trim().min(3).max(2000) }),
          response: { 200: reportOut },
        },
      },
      async (request) => closeReport(svc.db, request.actor!, request.params.id, request.body.note),
    );

    app.post(
      '/api/consumer-reports/:id/revocation-proposal',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Đề nghị thu hồi từ phản ánh / Turn a report into a revocation proposal (Art. 8.3)',
          params: idParams,
          body: z.object({ summary: z.string().trim().min(10).max(2000) }),
          response: { 200: reportOut },
        },
      },
      async (request) => proposeRevocationFromReport(svc.db, request.actor!, request.params.id, request.body.summary),
    );

    app.post(
      '/api/stamp-sheets',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'In tờ tem QR có số sê-ri / Print a sheet of serial-numbered QR stamps (PDF)',
          body: z.object({ certificateId: z.uuid(), count: z.number().int().min(1).max(240).default(24) }),
        },
      },
      async (request, reply) => {
        const { pdf, filename } = await printStampSheet(
          svc,
          request.actor!,
          request.body.certificateId,
          request.body.count,
          svc.clock.today(),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachmentHeader(filename))
          .send(pdf);
      },
    );

    app.get(
      '/api/stamp-sheets',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Các tờ tem QR đã in / Stamp sheets printed, with their scans',
          querystring: z.object({ certificateId: z.uuid().optional() }),
          response: { 200: z.object({ items: z.array(sheetOut) }) },
        },
      },
      async (request) => listStampSheets(svc, request.actor!, request.query.certificateId),
    );

    app.get(
      '/api/stamp-sheets/:prefix/stamps',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Số lượt quét từng tem của một tờ / Scans per serial of one sheet',
          params: z.object({ prefix: z.string().regex(/^[2-9A-HJ-NP-Z]{5}$/) }),
          response: { 200: z.object({ items: z.array(stampOut) }) },
        },
      },
      async (request) => listSheetStamps(svc, request.actor!, request.params.prefix),
    );

    app.get(
      '/api/stamps/flagged',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Tem bị quét bất thường / Stamps scanned implausibly often',
          response: { 200: z.object({ items: z.array(stampOut) }) },
        },
      },
      async (request) => listFlaggedStamps(svc, request.actor!),
    );

    app.post(
      '/api/signing-keys/rotate',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['public'],
          summary: 'Đổi khóa ký mã QR / Rotate an issuer’s QR signing key (old codes stay valid)',
          body: z.object({ provinceCode: z.string().max(10).nullable() }),
          response: { 200: z.object({ retired: z.string().nullable(), active: z.string() }) },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const issuer = request.body.provinceCode;
        publicPolicy.assertCan(actor, 'signingKeys.rotate');
        // A province office rotates its own province's key; the Ministry's key (null) only nationally.
        if (actor.provinceCode !== null && issuer !== actor.provinceCode) throw forbidden();
        const { retired } = await svc.keys.rotate(issuer);
        const active = await svc.keys.activeKid(issuer);
        await audit(svc.db, actor, {
          action: 'signing_key.rotate',
          entityType: 'signing_key',
          entityId: active,
          provinceCode: issuer,
          before: { kid: retired },
          after: { kid: active },
        });
        return { retired, active };
      },
    );
  };
}
