// HTTP of the certificate lifecycle after the decision: revocation (Art. 8) — the grounds, the proposals' queue,
// dismissing one, proposing one, recording the decision — and the province's own reminders before expiry. Thin:
// validate (zod, 400 naming each field), one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { isoDate } from '../../../platform/validation.ts';
import { revocationAuthority, REVOCATION_GROUNDS } from '../domain/revocation.ts';
import { REMINDER_DAYS } from '../domain/notices.ts';
import { getReminderSettings, saveReminderSettings } from '../commands/reminder-settings.ts';
import {
  dismissRevocationProposal,
  listRevocationProposals,
  proposeRevocationAsStaff,
} from '../commands/revocation-proposals.ts';
import { revokeCertificate } from '../commands/revoke-certificate.ts';
import * as s from './revocation-schemas.ts';

const GROUND_CODES = REVOCATION_GROUNDS.map((g) => g.code) as [string, ...string[]];
const TRIGGERS = ['authority_conclusion', 'commune_confirmation'] as const;
const text = (max: number) => z.string().trim().min(1).max(max);
const basis = z.object({ trigger: z.enum(TRIGGERS), date: isoDate, reference: text(200) });

const revocationBody = z.object({
  ground: z.enum(GROUND_CODES),
  basis,
  decision: z.object({ number: text(100), date: isoDate }),
  proposalId: z.uuid().nullish(),
});
const proposalBody = z.object({ ground: z.enum(GROUND_CODES).nullish(), summary: text(2000), basis: basis.nullish() });

export function revocationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;

    app.get(
      '/api/revocation-grounds',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Căn cứ thu hồi giấy chứng nhận (khoản 1 Điều 8) / Revocation grounds (Art. 8.1) and authorities',
          response: { 200: s.groundsOut },
        },
      },
      async () => ({
        grounds: REVOCATION_GROUNDS.map((g) => ({ ...g, label: { ...g.label } })),
        authorities: ([3, 4, 5] as const).map((star) => ({ star, ...revocationAuthority(star) })),
      }),
    );

    app.get(
      '/api/revocation-proposals',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Đề nghị thu hồi giấy chứng nhận (khoản 3 Điều 8) / Revocation proposals (Art. 8.3), scoped',
          querystring: z.object({
            state: z.enum(['open', 'dismissed', 'revoked']).optional(),
            certificateId: z.uuid().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          }),
          response: { 200: s.proposalListOut },
        },
      },
      async (request) => {
        const { limit, offset, ...f } = request.query;
        return listRevocationProposals(ctx.db.readDb, request.actor!, f, { limit, offset }, ctx.clock.today());
      },
    );

    app.post(
      '/api/revocation-proposals/:id/dismiss',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Không thu hồi: đóng đề nghị kèm ghi chú / Dismiss a revocation proposal with a note',
          params: s.idParams,
          body: z.object({ note: text(2000) }),
          response: { 200: s.proposalOut },
        },
      },
      async (request) =>
        dismissRevocationProposal(db, request.actor!, request.params.id, request.body.note, ctx.clock.today()),
    );

    app.post(
      '/api/certificates/:id/revocation-proposals',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Đề nghị thu hồi (báo cáo của xã, kết luận của cơ quan có thẩm quyền) / Propose a revocation',
          params: s.idParams,
          body: proposalBody,
          response: { 201: s.proposalOut },
        },
      },
      async (request, reply) => {
        const out = await proposeRevocationAsStaff(
          db,
          request.actor!,
          request.params.id,
          request.body as Parameters<typeof proposeRevocationAsStaff>[3],
          ctx.clock.today(),
        );
        return reply.code(201).send(out);
      },
    );

    app.post(
      '/api/certificates/:id/revocation',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary:
            'Ghi nhận quyết định thu hồi giấy chứng nhận (Điều 8) / Record the revocation decision (Art. 8.2–8.4)',
          params: s.idParams,
          body: revocationBody,
          response: { 200: s.revocationOut },
        },
      },
      async (request) =>
        revokeCertificate(
          db,
          request.actor!,
          request.params.id,
          request.body as Parameters<typeof revokeCertificate>[3],
          ctx.clock.today(),
          ctx.jobs,
        ),
    );

    app.get(
      '/api/certificate-reminders',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Lịch nhắc hạn giấy chứng nhận của tỉnh / The province’s reminders before expiry',
          response: { 200: s.remindersOut },
        },
      },
      async (request) => getReminderSettings(ctx.db.readDb, request.actor!),
    );

    app.put(
      '/api/certificate-reminders',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['certificates'],
          summary: 'Đặt lịch nhắc hạn của tỉnh (số ngày trước khi hết hạn) / Set the province’s reminders',
          body: z.object({
            daysBefore: z
              .array(z.number().int().min(REMINDER_DAYS.min).max(REMINDER_DAYS.max))
              .max(REMINDER_DAYS.count),
          }),
          response: { 200: s.remindersOut },
        },
      },
      async (request) => saveReminderSettings(db, request.actor!, request.body.daysBefore),
    );
  };
}
