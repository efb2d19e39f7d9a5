// GET /api/me/permissions: what the signed-in user may do, built from the server's own tables (registry and users
// permission tables, the evaluation work queues, the roles a manager may grant), so the web app shows only the
// actions the server would allow without keeping copies of those tables. The server still checks every request.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { requireUser } from '../../../platform/auth/guard.ts';
import { ROLES } from '../../../platform/auth/roles.ts';
import { myPermissions } from '../commands/my-permissions.ts';

const level = z.enum(['national', 'province', 'commune']);
const permissionsOut = z.object({
  role: z.enum(ROLES),
  scopeLevel: level,
  permissions: z.array(z.string()).describe('registry.* / producers.* / products.* / users.* permission names'),
  home: z
    .enum(['queues', 'my-dossiers', 'scoring', 'dashboard'])
    .describe("The user's first screen: the unit's dashboard (offices) or where its work starts"),
  roundLevel: z.enum(['province', 'central']).describe('The level of rounds and councils the user works at'),
  ownProducerOnly: z.boolean().describe('The account acts for its own producer only'),
  queues: z.array(z.object({ id: z.string(), label: z.object({ vi: z.string(), en: z.string() }) })),
  grantableRoles: z.array(z.object({ role: z.enum(ROLES), levels: z.array(level) })),
  listedRoles: z.array(z.enum(ROLES)),
  mayImportRegister: z.boolean().describe("The user may import its province's own register (onboarding)"),
});

export function meRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/me/permissions',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['auth'],
          summary: 'Quyền của người đang đăng nhập / What the signed-in user may do',
          response: { 200: permissionsOut },
        },
      },
      async (request) => myPermissions(request.actor!),
    );
  };
}
