// HTTP of dossiers: create, forms (data and PDF), evidence (multipart upload, download), the one action endpoint
// that drives the procedure, lists (queues, filters, Excel), one dossier and its timeline. Thin: validate, call one
// command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { attachmentHeader, sendXlsx } from '../../../platform/excel.ts';
import { badRequest } from '../../../platform/errors.ts';
import { EVIDENCE_FILE, readMultipartFile } from '../../../platform/multipart.ts';
import { unitNamesOf } from '../../reference/index.ts';
import { createDossier } from '../commands/create-dossier.ts';
import { saveForm, type FormNo } from '../commands/save-form.ts';
import { uploadEvidence } from '../commands/upload-evidence.ts';
import { listDossierEvidence, readEvidenceFile } from '../commands/read-evidence.ts';
import { removeEvidence } from '../commands/delete-evidence.ts';
import { readFormDraft, saveFormDraft } from '../commands/form-drafts.ts';
import { actOnDossier } from '../commands/act-on-dossier.ts';
import type { EvaluationDeps } from '../commands/certificate-register.ts';
import { dossierTimeline, getDossier, listDossiers } from '../commands/read-dossiers.ts';
import { exportDossierRows } from '../commands/export-dossiers.ts';
import { printForm, readForm } from '../commands/print-form.ts';
import { dossierColumns, dossierExportTitle } from './exports.ts';
import * as s from './schemas.ts';

export function dossierRoutes(ctx: AppContext, deps: EvaluationDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.post(
      '/api/dossiers',
      signedIn('evaluation', {
        summary: 'Tạo hồ sơ đánh giá, phân hạng / Open a dossier (Art. 6.1, 7.1)',
        body: s.createDossierBody,
        response: { 201: s.dossierOut },
      }),
      async (request, reply) => reply.code(201).send(await createDossier(db, request.actor!, request.body, deps)),
    );

    app.get(
      '/api/dossiers',
      signedIn('evaluation', {
        summary:
          'Danh sách hồ sơ, hàng đợi công việc / Dossiers and work queues (format=xlsx: the whole filtered list)',
        querystring: s.dossierQuery,
        response: { 200: s.dossierListOut },
      }),
      async (request, reply) => {
        const { format, limit, offset, ...query } = request.query;
        if (format === 'xlsx') {
          const rows = await exportDossierRows(readDb, request.actor!, query, deps);
          const units = await unitNamesOf(readDb, [
            ...rows.flatMap((d) => [d.provinceCode, d.communeCode]),
            query.provinceCode,
            query.communeCode,
          ]);
          const title = await dossierExportTitle(request.actor!, query, units, ctx.clock.today(), rows[0]);
          return sendXlsx(reply, `Hồ sơ OCOP ${ctx.clock.today()}.xlsx`, dossierColumns(units), rows, {
            sheetName: 'Hồ sơ OCOP',
            title,
          });
        }
        return listDossiers(readDb, request.actor!, query, { limit, offset }, ctx.clock);
      },
    );

    app.get(
      '/api/dossiers/:id',
      signedIn('evaluation', { params: s.idParams, response: { 200: s.dossierOut } }),
      async (request) => getDossier(readDb, request.actor!, request.params.id, ctx.clock),
    );

    app.get(
      '/api/dossiers/:id/timeline',
      signedIn('evaluation', {
        summary: 'Lịch sử xử lý hồ sơ / Dossier timeline',
        params: s.idParams,
        response: { 200: s.timelineOut },
      }),
      async (request) => dossierTimeline(readDb, request.actor!, request.params.id),
    );

    app.put(
      '/api/dossiers/:id/forms/:form',
      signedIn('evaluation', {
        summary: 'Lưu Mẫu số 01/02/03 / Save Form 01, 02 or 03 (Appendix III)',
        params: s.formParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: s.dossierOut },
      }),
      async (request) =>
        saveForm(db, request.actor!, request.params.id, request.params.form as FormNo, request.body, ctx.clock),
    );

    app.get(
      '/api/dossiers/:id/forms/:form/draft',
      signedIn('evaluation', {
        summary: 'Bản nháp của Mẫu số 01/02/03 / The unfinished draft of Form 01, 02 or 03 (version 0: none)',
        params: s.formParams,
        response: { 200: s.formDraftOut },
      }),
      async (request) => readFormDraft(readDb, request.actor!, request.params.id, request.params.form as FormNo),
    );

    app.put(
      '/api/dossiers/:id/forms/:form/draft',
      signedIn('evaluation', {
        summary:
          'Lưu nháp Mẫu số 01/02/03 (chưa kiểm tra bắt buộc; 409 khi bản trên máy chủ mới hơn baseVersion) / Keep an unfinished draft (409 draft_conflict when the server holds a newer version)',
        params: s.formParams,
        body: s.formDraftBody,
        response: { 200: s.formDraftOut },
      }),
      async (request) =>
        saveFormDraft(db, request.actor!, request.params.id, request.params.form as FormNo, request.body),
    );

    app.get(
      '/api/dossiers/:id/forms/:file',
      signedIn('evaluation', {
        summary: 'Mẫu số 01/02/03 (dữ liệu, hoặc .pdf để in) / A form as data, or printable PDF',
        params: s.formFileParams,
      }),
      async (request, reply) => {
        const { id, file } = request.params;
        if (!file.endsWith('.pdf')) return readForm(readDb, request.actor!, id, file as FormNo);
        const { pdf, filename } = await printForm(readDb, request.actor!, id, file.slice(0, 2) as FormNo);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachmentHeader(filename).replace(/^attachment/, 'inline'))
          .send(pdf);
      },
    );

    app.post(
      '/api/dossiers/:id/evidence',
      signedIn('evaluation', {
        summary: 'Tải lên tài liệu minh chứng (multipart: file, criterionCode?, note?) / Upload evidence',
        params: s.idParams,
        response: { 201: s.evidenceOut },
      }),
      async (request, reply) => {
        const { bytes, filename, fields } = await readMultipartFile(request, EVIDENCE_FILE);
        if ((fields.note ?? '').length > 2000)
          throw badRequest([
            {
              field: 'body.note',
              code: 'too_big',
              message: { vi: 'Tối đa 2000 ký tự', en: 'At most 2000 characters' },
            },
          ]);
        const out = await uploadEvidence(db, ctx.files, request.actor!, request.params.id, {
          bytes,
          filename,
          criterionCode: fields.criterionCode,
          note: fields.note,
        });
        return reply.code(201).send(out);
      },
    );

    app.get(
      '/api/dossiers/:id/evidence',
      signedIn('evaluation', { params: s.idParams, response: { 200: z.array(s.evidenceOut) } }),
      async (request) => listDossierEvidence(readDb, request.actor!, request.params.id),
    );

    app.get(
      '/api/dossiers/:id/evidence/:evidenceId',
      signedIn('evaluation', {
        summary: 'Tải tài liệu minh chứng / Download evidence',
        params: s.evidenceParams,
      }),
      async (request, reply) => {
        const f = await readEvidenceFile(
          readDb,
          ctx.files,
          request.actor!,
          request.params.id,
          request.params.evidenceId,
        );
        return reply
          .header('content-type', f.mime)
          .header('content-disposition', attachmentHeader(f.name).replace(/^attachment/, 'inline'))
          .header('x-content-type-options', 'nosniff')
          .send(f.bytes);
      },
    );

    app.delete(
      '/api/dossiers/:id/evidence/:evidenceId',
      signedIn('evaluation', {
        summary: 'Xóa tài liệu minh chứng trước khi nộp / Delete an evidence file while the dossier may be completed',
        params: s.evidenceParams,
      }),
      async (request, reply) => {
        await removeEvidence(db, request.actor!, request.params.id, request.params.evidenceId);
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/dossiers/:id/actions/:action',
      signedIn('evaluation', {
        summary:
          "Thực hiện một bước của quy trình / Take one step of the procedure (the domain's transition table decides)",
        params: s.actionParams,
        body: s.actionBody,
        response: { 200: s.actionOut },
      }),
      async (request) =>
        actOnDossier(db, request.actor!, request.params.id, request.params.action, request.body ?? {}, deps),
    );
  };
}
