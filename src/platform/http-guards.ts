// Guards every request passes before any route runs: security headers, refusal of cross-site writes, refusal of
// text PostgreSQL cannot store (NUL), and a 500 that is always logged. One place, so a new route cannot forget them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { AppError, badRequest } from './errors.ts';
import { SESSION_COOKIE } from './auth/sessions.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const crossSite = () =>
  new AppError(403, 'cross_site_request', {
    vi: 'Yêu cầu gửi từ một trang web khác bị từ chối',
    en: 'A request sent from another website is refused',
  });

/**
 * A write carrying the session cookie must come from our own pages. SameSite=Lax alone lets a cross-site form POST
 * through on older browsers and same-site subdomains; browsers say where a request comes from in Sec-Fetch-Site and
 * Origin, which a page cannot forge. A request with neither (curl, scripts, the test kits) has no ambient cookie to
 * abuse, so it passes.
 */
export function isCrossSiteWrite(request: FastifyRequest, allowedOrigins: readonly string[]): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return false;
  if (!request.headers.cookie?.includes(`${SESSION_COOKIE}=`)) return false;
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  if (allowedOrigins.includes(origin)) return false;
  try {
    const from = new URL(origin);
    // Through URL on both sides, so a default port (":80", ":443") written on one side only still matches.
    return from.host !== new URL(`${from.protocol}//${request.host}`).host;
  } catch {
    return true; // "null" (sandboxed frames, file:) or garbage
  }
}

/** The first field (as `query.q`, `body.name`, `params.id`) holding a NUL character, keys included. */
export function fieldWithNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = fieldWithNul(v, `${path}.${i}`);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return path;
      const hit = fieldWithNul(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

export const nulRefused = (field: string) =>
  badRequest([
    {
      field,
      code: 'nul_character',
      message: {
        vi: 'Văn bản chứa ký tự không hợp lệ (ký tự NUL)',
        en: 'The text contains a character that is not allowed (NUL)',
      },
    },
  ]);

export async function registerRequestGuards(app: FastifyInstance, opts: { publicUrl: string }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time, and the public pages carry a few style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Offices may serve the app over plain HTTP on a LAN; HSTS and upgrade-insecure-requests belong to the HTTPS proxy.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });

  const allowedOrigins = [new URL(opts.publicUrl).origin];
  app.addHook('onRequest', async (request) => {
    if (isCrossSiteWrite(request, allowedOrigins)) throw crossSite();
  });

  // Fastify parses text/plain by default, and a cross-site form can send it without a preflight; no route reads it.
  app.removeContentTypeParser('text/plain');

  // PostgreSQL cannot store NUL in text: refuse it as a 400 naming the field before any route touches the database.
  app.addHook('preValidation', async (request) => {
    const field =
      fieldWithNul(request.params, 'params') ??
      fieldWithNul(request.query, 'query') ??
      fieldWithNul(request.body, 'body');
    if (field) throw nulRefused(field);
  });
}

/** A 500 on stderr as one JSON line with its request id, for servers run without request logging. */
export function logInternalError(request: FastifyRequest, err: Error): void {
  const line = { level: 'error', time: new Date().toISOString(), reqId: request.id, method: request.method };
  console.error(JSON.stringify({ ...line, url: request.url.split('?')[0], msg: err.message, stack: err.stack }));
}
