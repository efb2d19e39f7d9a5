// HTTP of support funding: the items and sources (so the web copies no rule), the province's policies, applications,
// the decision, payments and the ledger. Thin: validate (zod, 400 naming each field), one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { isoDate } from '../../../platform/validation.ts';
import { ITEM_CODES, ITEM_LABELS, SOURCE_LABELS, SOURCES } from '../domain/funding.ts';
import {
  applyForSupport,
  createSupportPolicy,
  decideSupport,
  disburseSupport,
  listSupportApplications,
  listSupportPolicies,
  supportLedger,
  type PolicyInput,
} from '../commands/funding.ts';

const tags = ['programme'];
const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().int().min(1).max(1e13);
const idParams = z.object({ id: z.uuid() });

const policyIn = z.strictObject({
  name: text(300),
  legalBasis: text(500),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
  items: z
    .array(
      z.strictObject({
        code: z.enum(ITEM_CODES),
        label: text(300).nullish(),
        maxAmount: z.number().int().min(0).max(1e13).nullish(),
        maxRate: z.number().gt(0).max(1).nullish(),
        source: z.enum(SOURCES),
      }),
    )
    .min(1)
    .max(30),
});
const applicationIn = z.strictObject({
  producerId: z.uuid(),
  productId: z.uuid().nullish(),
  itemId: z.uuid(),
  cost: money,
  requested: money,
  appliedOn: isoDate,
  note: z.string().trim().max(2000).nullish(),
});
const decisionIn = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  amount: money.nullish(),
  decisionNo: text(100),
  decidedOn: isoDate,
  note: z.string().trim().max(2000).nullish(),
});
const disbursementIn = z.strictObject({ amount: money, paidOn: isoDate, reference: text(200).nullish() });

export function fundingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const guard = { preHandler: requireUser() };

    app.get(
      '/api/support-items',
      { ...guard, schema: { tags, summary: 'Nội dung và nguồn hỗ trợ / Support items and sources' } },
      async () => ({
        items: ITEM_CODES.map((code) => ({ code, label: ITEM_LABELS[code] })),
        sources: SOURCES.map((code) => ({ code, label: SOURCE_LABELS[code] })),
      }),
    );

    app.get(
      '/api/support-policies',
      { ...guard, schema: { tags, summary: 'Chính sách hỗ trợ / Support policies' } },
      async (request) => listSupportPolicies(ctx.db.readDb, request.actor!),
    );

    app.post(
      '/api/support-policies',
      { ...guard, schema: { tags, summary: 'Thêm chính sách hỗ trợ / Add a support policy', body: policyIn } },
      async (request, reply) =>
        reply.code(201).send({ id: await createSupportPolicy(db, request.actor!, request.body as PolicyInput) }),
    );

    app.get(
      '/api/support-applications',
      {
        ...guard,
        schema: {
          tags,
          summary: 'Hồ sơ đề nghị hỗ trợ / Support applications, in scope',
          querystring: z.object({
            state: z.enum(['submitted', 'approved', 'rejected']).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          }),
        },
      },
      async (request) => {
        const { limit, offset, ...q } = request.query;
        return listSupportApplications(ctx.db.readDb, request.actor!, q, { limit, offset });
      },
    );

    app.post(
      '/api/support-applications',
      { ...guard, schema: { tags, summary: 'Đề nghị hỗ trợ / Apply for support', body: applicationIn } },
      async (request, reply) => reply.code(201).send({ id: await applyForSupport(db, request.actor!, request.body) }),
    );

    app.post(
      '/api/support-applications/:id/decision',
      {
        ...guard,
        schema: { tags, summary: 'Duyệt hoặc không duyệt / Approve or reject', params: idParams, body: decisionIn },
      },
      async (request, reply) => {
        await decideSupport(db, request.actor!, request.params.id, request.body);
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/support-applications/:id/disbursements',
      {
        ...guard,
        schema: { tags, summary: 'Ghi nhận chi trả / Record a payment', params: idParams, body: disbursementIn },
      },
      async (request, reply) => {
        await disburseSupport(db, request.actor!, request.params.id, request.body);
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/support-ledger',
      {
        ...guard,
        schema: {
          tags,
          summary: 'Sổ theo dõi kinh phí hỗ trợ theo chủ thể, sản phẩm, nguồn / Funding ledger',
          querystring: z.object({ until: isoDate.optional() }),
        },
      },
      async (request) => supportLedger(ctx.db.readDb, request.actor!, request.query.until),
    );
  };
}
