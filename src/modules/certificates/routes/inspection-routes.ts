// HTTP of inspection after certification (Art. 9): plans, visits with their generated checklists, steps on an item
// (findings, fixes, the producer's report, re-checks, escalation to a revocation proposal), photos, open findings and
// the risk list. Thin: validate, call one command, present. Product tests and papers are in evidence-term-routes.ts.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { attachmentHeader } from '../../../platform/excel.ts';
import { MAX_EVIDENCE_BYTES } from '../../../platform/files.ts';
import { actOnInspectionItem } from '../commands/inspections/act-on-item.ts';
import { createInspectionPlan } from '../commands/inspections/create-plan.ts';
import { createInspectionVisit } from '../commands/inspections/create-visit.ts';
import { readItemPhoto, uploadItemPhoto } from '../commands/inspections/item-photos.ts';
import { getInspectionPlan, listInspectionPlans } from '../commands/inspections/read-plans.ts';
import { listOpenFindings } from '../commands/inspections/read-findings.ts';
import { getInspectionVisit } from '../commands/inspections/read-visit.ts';
import { inspectionRiskList, type ConsumerReportCounts } from '../commands/inspections/risk-list.ts';
import { evidenceTermRoutes } from './evidence-term-routes.ts';
import * as s from './inspection-schemas.ts';
import { EVIDENCE_FILE, readMultipartFile } from '../../../platform/multipart.ts';

const tags = ['inspections'];

export function inspectionRoutes(
  ctx: AppContext,
  deps: { consumerReports?: ConsumerReportCounts } = {},
): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, parts: 12 } });
    await app.register(evidenceTermRoutes(ctx));
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.get(
      '/api/inspection-plans',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Kế hoạch kiểm tra sau công nhận / Inspection plans (Art. 9)',
          querystring: s.planQuery,
          response: { 200: s.planListOut },
        },
      },
      async (request) => {
        const { limit, offset, ...f } = request.query;
        return listInspectionPlans(readDb, request.actor!, f, { limit, offset });
      },
    );

    app.post(
      '/api/inspection-plans',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Lập kế hoạch kiểm tra (định kỳ, đột xuất) / Make an inspection plan (Art. 9.2.a, 9.4)',
          body: s.planBody,
          response: { 201: s.planOut },
        },
      },
      async (request, reply) => {
        const plan = await createInspectionPlan(db, request.actor!, request.body, ctx.clock.today());
        return reply.code(201).send(plan);
      },
    );

    app.get(
      '/api/inspection-plans/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Một kế hoạch kiểm tra / One inspection plan',
          params: s.idParams,
          response: { 200: s.planDetailOut },
        },
      },
      async (request) => getInspectionPlan(readDb, request.actor!, request.params.id),
    );

    app.post(
      '/api/inspection-plans/:id/visits',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Ghi đợt kiểm tra thực tế, lập bảng kiểm tra / Record a visit, generate its checklist (Art. 9.3)',
          params: s.idParams,
          body: s.visitBody,
          response: { 201: s.visitCreatedOut },
        },
      },
      async (request, reply) => {
        const v = await createInspectionVisit(db, request.actor!, request.params.id, request.body);
        return reply.code(201).send({ id: v.id, planId: v.planId, visitOn: v.visitOn });
      },
    );

    app.get(
      '/api/inspections/visits/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Bảng kiểm tra của một đợt / A visit and its checklist',
          params: s.idParams,
          response: { 200: s.visitOut },
        },
      },
      async (request) => getInspectionVisit(readDb, request.actor!, request.params.id),
    );

    app.post(
      '/api/inspections/items/:id/actions/:action',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary:
            'Một bước trên nội dung kiểm tra (ghi kết quả, yêu cầu khắc phục, báo cáo, kiểm tra lại, đề nghị thu hồi) / A step on a checklist item',
          params: s.itemActionParams,
          body: s.itemBody,
          response: { 200: s.itemOut },
        },
      },
      async (request) =>
        actOnInspectionItem(
          db,
          request.actor!,
          request.params.id,
          request.params.action,
          request.body,
          ctx.clock.today(),
        ),
    );

    app.post(
      '/api/inspections/items/:id/photos',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Thêm ảnh cho nội dung kiểm tra (multipart: file) / Add a photo to a checklist item',
          params: s.idParams,
          response: { 201: s.photoOut },
        },
      },
      async (request, reply) => {
        const upload = await readMultipartFile(request, EVIDENCE_FILE);
        return reply.code(201).send(await uploadItemPhoto(db, ctx.files, request.actor!, request.params.id, upload));
      },
    );

    app.get(
      '/api/inspections/photos/:id',
      {
        preHandler: requireUser(),
        schema: { tags, summary: 'Ảnh kiểm tra / An inspection photo', params: s.idParams },
      },
      async (request, reply) => {
        const f = await readItemPhoto(readDb, ctx.files, request.actor!, request.params.id);
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', attachmentHeader(f.name).replace(/^attachment/, 'inline'))
          .header('x-content-type-options', 'nosniff')
          .send(f.bytes);
      },
    );

    app.get(
      '/api/inspections/findings',
      {
        preHandler: requireUser(),
        schema: { tags, summary: 'Tồn tại chưa khắc phục / Open findings', response: { 200: s.findingsOut } },
      },
      async (request) => listOpenFindings(readDb, request.actor!),
    );

    app.get(
      '/api/inspections/risk',
      {
        preHandler: requireUser(),
        schema: {
          tags,
          summary: 'Danh sách sản phẩm cần ưu tiên kiểm tra / Certified products ranked for inspection',
          querystring: s.riskQuery,
          response: { 200: s.riskOut },
        },
      },
      async (request) =>
        inspectionRiskList(readDb, request.actor!, request.query, ctx.clock.today(), deps.consumerReports),
    );
  };
}
