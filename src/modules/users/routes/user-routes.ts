import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { ROLES } from '../../../platform/auth/roles.ts';
import {
  createUser,
  updateUser,
  resetUserPassword,
  registerProducer,
  decideRegistration,
  listUsers,
} from '../commands/user-commands.ts';
import { producerCandidatesFor } from '../commands/producer-candidates.ts';
import { producerOut } from '../../registry/index.ts';

const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-zA-Z0-9._@-]+$/, 'a-z 0-9 . _ @ -');
const unitCode = z
  .string()
  .regex(/^(\d{2}|\d{5})$/)
  .nullable();
const id = z.object({ id: z.uuid() });

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;

    app.get(
      '/api/users',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['users'],
          querystring: z.object({
            q: z.string().max(100).optional(),
            role: z.enum(ROLES).optional(),
            status: z.enum(['active', 'pending', 'disabled']).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
        },
      },
      async (request) => listUsers(ctx.db.readDb, request.actor!, request.query),
    );

    app.post(
      '/api/users',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['users'],
          body: z.object({
            username,
            displayName: z.string().trim().min(1).max(200),
            email: z.email().nullable().optional(),
            phone: z.string().max(30).nullable().optional(),
            agency: z.string().max(300).nullable().optional(),
            role: z.enum(ROLES),
            unitCode,
          }),
        },
      },
      async (request, reply) => reply.code(201).send(await createUser(db, request.actor!, request.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['users'],
          params: id,
          body: z.object({
            displayName: z.string().trim().min(1).max(200).optional(),
            email: z.email().nullable().optional(),
            phone: z.string().max(30).nullable().optional(),
            agency: z.string().max(300).nullable().optional(),
            role: z.enum(ROLES).optional(),
            unitCode: unitCode.optional(),
            status: z.enum(['active', 'disabled']).optional(),
          }),
        },
      },
      async (request) => updateUser(db, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/users/:id/reset-password',
      { preHandler: requireUser(), schema: { tags: ['users'], params: id } },
      async (request) => resetUserPassword(db, ctx.jobs, request.actor!, request.params.id),
    );

    app.post(
      '/api/users/:id/approve',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['users'],
          summary:
            'Duyệt đăng ký chủ thể (producerId: gắn với chủ thể đã có) / Decide a producer registration (producerId: link to an existing producer)',
          params: id,
          body: z.object({
            approve: z.boolean(),
            reason: z.string().max(1000).optional(),
            producerId: z.uuid().optional(),
          }),
        },
      },
      async (request) => decideRegistration(db, request.actor!, request.params.id, request.body),
    );

    app.get(
      '/api/users/:id/producer-candidates',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['users'],
          summary: 'Chủ thể đã có có thể là của tài khoản này / Registered producers this account may stand for',
          params: id,
          querystring: z.object({ registrationNo: z.string().trim().max(50).optional() }),
          response: {
            200: z.object({ items: z.array(producerOut.extend({ match: z.enum(['registration_no', 'name']) })) }),
          },
        },
      },
      async (request) => ({
        items: await producerCandidatesFor(
          ctx.db.readDb,
          request.actor!,
          request.params.id,
          request.query.registrationNo,
        ),
      }),
    );

    // Producers register themselves (public, rate-limited per address: OCOP_REGISTER_RATE_LIMIT); the commune approves.
    app.post(
      '/api/auth/register',
      {
        config: { rateLimit: { max: ctx.config.registerRateLimitPerHour, timeWindow: '1 hour' } },
        schema: {
          tags: ['auth'],
          summary: 'Chủ thể OCOP tự đăng ký tài khoản / Producer self-registration',
          body: z.object({
            username,
            password: z.string().max(200),
            displayName: z.string().trim().min(1).max(200),
            email: z.email().nullable().optional(),
            phone: z.string().max(30).nullable().optional(),
            communeCode: z.string().regex(/^\d{5}$/),
          }),
        },
      },
      async (request, reply) => {
        const { communeCode, ...rest } = request.body;
        return reply.code(201).send({ user: await registerProducer(db, { ...rest, unitCode: communeCode }) });
      },
    );
  };
}
