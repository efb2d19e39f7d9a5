// The light public pages, server-rendered (pages/*.ts): /tra-cuu (the register), /tra-cuu/san-pham/<id> (a product and
// its report form), /verify and /verify/<number> (the answer for a certificate, with the signed code when the QR
// carried one). No session is read; answers are cacheable like the API's.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors.ts';
import type { PublicServices } from '../commands/public-services.ts';
import { readProduct, readRegisterPhoto, registerChoices, searchRegister } from '../commands/read-register.ts';
import { reportProblem } from '../commands/report-problem.ts';
import { verifyCertificate } from '../commands/verify-certificate.ts';
import { reportToken } from '../domain/report-guard.ts';
import { notFoundPage } from '../pages/not-found-page.ts';
import { productPage } from '../pages/product-page.ts';
import { registerPage } from '../pages/register-page.ts';
import { invalidCodePage, verifyFormPage, verifyPage } from '../pages/verify-page.ts';
import { cacheable } from './cache.ts';
import { registerQuery, reportIn } from './schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `maxAge`: seconds a page may be reused without asking (0: revalidated by its ETag each time; null: not stored). */
function sendHtml(
  request: FastifyRequest,
  reply: FastifyReply,
  html: string,
  opts: { status?: number; maxAge?: number | null } = {},
) {
  reply.type('text/html; charset=utf-8');
  const maxAge = opts.maxAge === undefined ? 60 : opts.maxAge;
  if ((opts.status ?? 200) === 200 && maxAge !== null) {
    if (cacheable(request, reply, html, maxAge)) return reply;
  } else {
    reply.header('cache-control', 'no-store');
  }
  return reply.code(opts.status ?? 200).send(html);
}

export function publicPageRoutes(svc: PublicServices): FastifyPluginAsync {
  const read = { rateLimit: { max: svc.config.publicRateLimitPerMinute, timeWindow: '1 minute' } };
  const report = { rateLimit: { max: svc.config.reportRateLimitPerHour, timeWindow: '1 hour' } };
  return async (app) => {
    // The report form posts like any HTML form; this parser lives only in this plugin's scope.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    app.get('/tra-cuu', { config: read, schema: { hide: true } }, async (request, reply) => {
      const parsed = registerQuery.safeParse(request.query);
      const q = parsed.success ? parsed.data : registerQuery.parse({});
      const { limit, offset, ...f } = q;
      const [result, choices] = await Promise.all([
        searchRegister(svc.readDb, svc.names, f, { limit, offset }, svc.clock.today()),
        registerChoices(svc.readDb, svc.names),
      ]);
      return sendHtml(request, reply, registerPage(q, result, choices));
    });

    const showProduct = async (
      request: FastifyRequest,
      reply: FastifyReply,
      id: string,
      opts: { sent?: boolean; error?: string; status?: number } = {},
    ) => {
      const p = UUID.test(id) ? await readProduct(svc.readDb, svc.names, id, svc.clock.today()) : undefined;
      if (!p) return sendHtml(request, reply, notFoundPage(request.url), { status: 404 });
      // The form carries a fresh time token: the page is not cached.
      const html = productPage(p, reportToken(svc.secret(), p.productId, Date.now()), opts);
      return sendHtml(request, reply, html, { status: opts.status ?? 200, maxAge: null });
    };

    app.get<{ Params: { id: string }; Querystring: { 'da-gui'?: string } }>(
      '/tra-cuu/san-pham/:id',
      { config: read, schema: { hide: true } },
      async (request, reply) =>
        showProduct(request, reply, request.params.id, { sent: request.query['da-gui'] === '1' }),
    );

    app.post<{ Params: { id: string }; Body: Record<string, string> }>(
      '/tra-cuu/san-pham/:id/phan-anh',
      { config: report, schema: { hide: true } },
      async (request, reply) => {
        const { id } = request.params;
        const input = reportIn.safeParse(request.body ?? {});
        if (!input.success || !UUID.test(id)) {
          return showProduct(request, reply, id, {
            status: 400,
            error: 'Nội dung phản ánh cần từ 10 đến 2000 ký tự. · The report needs 10 to 2,000 characters.',
          });
        }
        try {
          await reportProblem(svc.db, svc.secret(), id, input.data, request.ip);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          const m = err.issues?.[0]?.message ?? err.userMessage;
          return showProduct(request, reply, id, { status: err.status, error: `${m.vi} · ${m.en}` });
        }
        return reply.redirect(`/tra-cuu/san-pham/${id}?da-gui=1#phan-anh`, 303);
      },
    );

    // A certified product's photo: its address carries ?v=<when it changed>, so it is cached for a year, unchanged.
    app.get<{ Params: { id: string } }>(
      '/tra-cuu/anh/:id',
      { config: read, schema: { hide: true } },
      async (request, reply) => {
        const p = UUID.test(request.params.id)
          ? await readRegisterPhoto(svc.readDb, svc.files, request.params.id)
          : null;
        if (!p) return sendHtml(request, reply, notFoundPage(request.url.split('?')[0]!), { status: 404 });
        const etag = `"${p.key}"`;
        reply
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('etag', etag)
          .header('x-content-type-options', 'nosniff');
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.header('content-type', p.mime).send(p.bytes);
      },
    );

    app.get<{ Querystring: { number?: string } }>(
      '/verify',
      { config: read, schema: { hide: true } },
      async (request, reply) => {
        const number = request.query.number?.trim();
        if (number) return reply.redirect(`/verify/${encodeURIComponent(number)}`, 303);
        return sendHtml(request, reply, verifyFormPage());
      },
    );

    app.get<{ Params: { number: string }; Querystring: { c?: string } }>(
      '/verify/:number',
      { config: read, schema: { hide: true } },
      async (request, reply) => {
        const number = request.params.number.trim().slice(0, 60);
        try {
          const r = (await verifyCertificate(svc, { number, code: request.query.c?.slice(0, 700) })).result;
          // Revalidated each time (a cheap 304 while unchanged): a revocation shows on the page at once.
          return sendHtml(request, reply, verifyPage(r), { status: r.state === 'unknown' ? 404 : 200, maxAge: 0 });
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== 'qr_invalid') throw err;
          return sendHtml(request, reply, invalidCodePage(number, err.userMessage), { status: 400 });
        }
      },
    );
  };
}
