// HTTP of the onboarding import: upload → dry run (mapping and answers) → rows and rejected rows → commit (polled)
// and the template. Thin: a zod schema (also the OpenAPI doc), the guard, one command. Multipart (the register,
// 20 MB) is registered here for these routes only. The commit answers 202 and runs on; GET the batch for progress.
import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { attachmentHeader, XLSX_MIME } from '../../../platform/excel.ts';
import { readMultipartFile } from '../../../platform/multipart.ts';
import { badRequest } from '../../../platform/errors.ts';
import type { EvaluationDeps } from '../../evaluation/index.ts';
import { LEGAL_TYPES } from '../../registry/index.ts';
import { IMPORT_FIELDS } from '../domain/fields.ts';
import { uploadBatch } from '../commands/upload-batch.ts';
import { dryRunBatch } from '../commands/dry-run-batch.ts';
import { listMyBatches, readBatch, readRows } from '../commands/read-batch.ts';
import { runCommit, startCommit } from '../commands/commit-batch.ts';
import { rejectedRowsXlsx } from '../commands/rejected-rows.ts';
import { registerTemplate } from '../commands/template.ts';

const MAX_FILE_MB = 20;
const message = z.object({ vi: z.string(), en: z.string() });

export const batchOut = z.object({
  id: z.string(),
  provinceCode: z.string(),
  kind: z.string(),
  filename: z.string(),
  status: z.string().meta({ description: 'uploaded | dry_run | committing | committed | failed' }),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.number()),
  answers: z.record(z.string(), z.unknown()),
  rowCount: z.number(),
  summary: z.record(z.string(), z.unknown()).nullable(),
  progress: z.object({ done: z.number(), total: z.number() }),
  error: z.record(z.string(), z.unknown()).nullable(),
  stale: z.boolean(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  fields: z.array(z.object({ field: z.string(), label: message, required: z.boolean() })),
});

const problemOut = z.object({ field: z.string(), code: z.string(), severity: z.string(), message });
const rowOut = z.object({
  rowNo: z.number(),
  cells: z.record(z.string(), z.string()),
  outcome: z.string(),
  plan: z.record(z.string(), z.unknown()).nullable(),
  problems: z.array(problemOut),
  producerId: z.string().nullable(),
  productId: z.string().nullable(),
  dossierId: z.string().nullable(),
});

const idParams = z.object({ id: z.uuid() });
const mappingBody = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(200));
export const dryRunBody = z.strictObject({
  mapping: mappingBody,
  answers: z
    .strictObject({
      units: z.record(z.string().regex(/^\d{3,5}$/), z.string().regex(/^\d{5}$/)).optional(),
      legalType: z.enum(LEGAL_TYPES).optional(),
    })
    .optional(),
});

export function onboardingRoutes(ctx: AppContext, deps: Pick<EvaluationDeps, 'certificates'>): FastifyPluginAsyncZod {
  const evaluationDeps: EvaluationDeps = { ...deps, clock: ctx.clock, jobs: ctx.jobs };
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_FILE_MB * 1024 * 1024, files: 1, fields: 5, parts: 6 } });
    const db = ctx.db.db;

    app.post(
      '/api/onboarding/batches',
      signedIn('onboarding', {
        summary: 'Tải lên sổ đăng ký sẵn có (multipart: file, provinceCode) / Upload a register (.xlsx or .csv)',
        response: { 201: batchOut },
      }),
      async (request, reply) => {
        const { bytes, filename, fields } = await readMultipartFile(request, { tooBigMb: MAX_FILE_MB });
        const provinceCode = fields.provinceCode ?? request.actor!.provinceCode;
        if (!provinceCode)
          throw badRequest([
            { field: 'provinceCode', code: 'required', message: { vi: 'Chưa chọn tỉnh', en: 'No province given' } },
          ]);
        return reply.code(201).send(await uploadBatch(db, request.actor!, { bytes, filename, provinceCode }));
      },
    );

    app.get(
      '/api/onboarding/batches',
      signedIn('onboarding', {
        summary: 'Các đợt nhập / Import batches',
        response: { 200: z.object({ items: z.array(batchOut) }) },
      }),
      async (request) => ({ items: await listMyBatches(db, request.actor!) }),
    );

    app.get(
      '/api/onboarding/batches/:id',
      signedIn('onboarding', {
        summary: 'Một đợt nhập, với tiến độ ghi / A batch, with commit progress',
        params: idParams,
        response: { 200: batchOut },
      }),
      async (request) => readBatch(db, request.actor!, request.params.id),
    );

    app.post(
      '/api/onboarding/batches/:id/dry-run',
      signedIn('onboarding', {
        summary: 'Chạy thử với cách ghép cột và câu trả lời / Dry run with the column mapping and answers',
        params: idParams,
        body: dryRunBody,
        response: { 200: batchOut },
      }),
      async (request) => dryRunBatch(db, request.actor!, request.params.id, request.body, ctx.clock.today()),
    );

    app.get(
      '/api/onboarding/batches/:id/rows',
      signedIn('onboarding', {
        summary: 'Các dòng và vấn đề của từng dòng / Rows with their problems',
        params: idParams,
        querystring: z.object({
          outcome: z.enum(['pending', 'ok', 'warning', 'question', 'rejected']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(rowOut), total: z.number() }) },
      }),
      async (request) => readRows(db, request.actor!, request.params.id, request.query),
    );

    app.get(
      '/api/onboarding/batches/:id/rejected.xlsx',
      signedIn('onboarding', {
        summary: 'Tệp các dòng bị loại và lý do / Rejected rows with reasons (.xlsx)',
        params: idParams,
      }),
      async (request, reply) => {
        const { filename, bytes } = await rejectedRowsXlsx(db, request.actor!, request.params.id);
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', attachmentHeader(filename))
          .send(bytes);
      },
    );

    app.post(
      '/api/onboarding/batches/:id/commit',
      signedIn('onboarding', {
        summary:
          'Ghi vào sổ, tất cả hoặc không; theo dõi tiến độ bằng GET / Commit, all or nothing; poll GET for progress',
        params: idParams,
        response: { 202: batchOut },
      }),
      async (request, reply) => {
        const actor = request.actor!;
        const batch = await startCommit(db, actor, request.params.id);
        // Runs on after the answer; its outcome (committed / failed with the row) is written on the batch row.
        void runCommit(db, actor, batch.id, evaluationDeps).catch((err: Error) =>
          request.log.error(err, 'onboarding commit failed'),
        );
        return reply.code(202).send(batch);
      },
    );

    app.get(
      '/api/onboarding/template.xlsx',
      signedIn('onboarding', { summary: 'Mẫu sổ sản phẩm OCOP để nhập / Register template (.xlsx)' }),
      async (request, reply) =>
        reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', attachmentHeader('Mẫu sổ sản phẩm OCOP.xlsx'))
          .send(await registerTemplate(request.actor!)),
    );
  };
}
