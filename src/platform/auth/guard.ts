// Declarative access checks run before a route's logic. Scope checks (administrative unit) sit beside them in
// each module's policy, because they need the record being touched.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorForToken, SESSION_COOKIE } from './sessions.ts';
import { forbidden, unauthorized, AppError } from '../errors.ts';
import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';
import type { Db } from '../../db/pool.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export async function resolveActor(db: Db, request: FastifyRequest, idleMinutes: number): Promise<Actor | null> {
  const token = request.cookies[SESSION_COOKIE];
  return token ? actorForToken(db, token, idleMinutes) : null;
}

interface GuardOptions {
  /** Allowed while the user still has to replace a one-time password (only the password routes). */
  allowPendingPasswordChange?: boolean;
}

/** preHandler: the request must come from a logged-in user holding one of `roles` (any role when empty). */
export function requireUser(roles: readonly Role[] = [], opts: GuardOptions = {}) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const actor = request.actor;
    if (!actor) throw unauthorized();
    if (actor.mustChangePassword && !opts.allowPendingPasswordChange) {
      throw new AppError(403, 'password_change_required', {
        vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
        en: 'Change your password before going on',
      });
    }
    if (roles.length > 0 && !roles.includes(actor.role)) throw forbidden();
  };
}

/**
 * The options of a route any signed-in user may call (its command checks the role and the unit scope): the guard,
 * and the OpenAPI/zod schema filed under `tag`. Spares each route the same six lines.
 */
export function signedIn<S extends object>(tag: string, schema: S) {
  return { preHandler: requireUser(), schema: { tags: [tag], ...schema } };
}
