import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app-context.ts';
import { login } from './login.ts';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from './sessions.ts';
import { changePassword } from './users.ts';
import { requireUser } from './guard.ts';
import { presentUser } from './actor.ts';
import { unauthorized } from '../errors.ts';

const userOut = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    unitCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    mustChangePassword: z.boolean(),
  }),
});

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập / Log in',
          body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
          response: { 200: userOut },
        },
      },
      async (request, reply) => {
        const actor = await login(ctx.db.db, request.body.username, request.body.password, request.ip);
        const session = await createSession(
          ctx.db.db,
          actor.id,
          ctx.config.sessionTtlHours,
          request.ip,
          request.headers['user-agent'],
        );
        reply.setCookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.config.secureCookies,
          path: '/',
          expires: session.expiresAt,
        });
        return { user: presentUser(actor) };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'Đăng xuất / Log out' } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await deleteSession(ctx.db.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );

    app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: userOut } } }, async (request) => {
      if (!request.actor) throw unauthorized();
      return { user: presentUser(request.actor) };
    });

    app.post(
      '/api/auth/change-password',
      {
        preHandler: requireUser([], { allowPendingPasswordChange: true }),
        schema: {
          tags: ['auth'],
          summary: 'Đổi mật khẩu / Change password',
          body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().max(200) }),
          response: { 200: userOut },
        },
      },
      async (request) => {
        const actor = await changePassword(
          ctx.db.db,
          request.actor!,
          request.body.currentPassword,
          request.body.newPassword,
        );
        // Other sessions of this user end: whoever knew the old password is out.
        await deleteUserSessions(ctx.db.db, actor.id, request.cookies[SESSION_COOKIE]);
        return { user: presentUser(actor) };
      },
    );
  };
}
