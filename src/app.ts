// Builds the HTTP application: plugins, error mapping, the actor of each request, module routes, web assets.
// Stateless by design: sessions and throttles live in PostgreSQL, so several processes can serve one database.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  serializerCompiler,
  validatorCompiler,
  jsonSchemaTransform,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './platform/app-context.ts';
import { AppError, errorBody, badRequest, tooManyRequests } from './platform/errors.ts';
import { validationIssues } from './platform/validation.ts';
import { resolveActor } from './platform/auth/guard.ts';
import { logInternalError, registerRequestGuards } from './platform/http-guards.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { notificationRoutes } from './platform/notifications/notification-routes.ts';
import { referenceRoutes } from './modules/reference/index.ts';
import { criteriaRoutes, scoringRoutes } from './modules/criteria/index.ts';
import { userRoutes } from './modules/users/index.ts';
import { registryRoutes } from './modules/registry/index.ts';
import { evaluationRoutes } from './modules/evaluation/index.ts';
import {
  certificateRegister,
  certificateRoutes,
  currentCertificatesOf,
  inspectionRoutes,
  revocationRoutes,
} from './modules/certificates/index.ts';
import { meRoutes } from './modules/me/index.ts';
import { activityRoutes, cycleRoutes, fundingRoutes, planRoutes } from './modules/programme/index.ts';
import { onboardingRoutes } from './modules/onboarding/index.ts';
import { dashboardRoutes, reportRoutes } from './modules/oversight/index.ts';
import {
  notFoundPage,
  openReportCounts,
  publicApiRoutes,
  publicPageRoutes,
  publicServices,
  publicStaffRoutes,
} from './modules/public/index.ts';

export type { AppContext };

const webDist = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

/**
 * The web build's caching: files under /assets carry a hash of their content in their name (Vite), so a browser keeps
 * them for a year without asking again; the entry page (and anything else unhashed) is checked on every visit, so a new
 * build reaches everyone at once.
 */
export function webCacheControl(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.[a-z0-9]+(\.(br|gz))?$/i.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/**
 * The staff app's pages (web/src: ROUTES, EVAL_ROUTES, HISTORY_ROUTE …), by their first path segment: these fall back
 * to the app's index.html; any other address is a real 404 page. A new staff page adds its segment here
 * (src/not-found.test.ts checks the web app's routes against this list).
 */
export const STAFF_PAGE_ROOTS = [
  '',
  'criteria',
  'self-assessment',
  'producers',
  'products',
  'users',
  'register',
  'queues',
  'my-dossiers',
  'scoring',
  'rounds',
  'results',
  'history',
  'dossiers',
  'certificates',
  'revocations',
  'certificate-reminders',
  'inspections',
  'public-reports',
  'programme',
  'import',
  'dashboard',
  'stamps',
  // oversight: the standard reports
  'reports',
];
const staffPage = new RegExp(`^/(${STAFF_PAGE_ROOTS.join('|')})(/[^?]*)?(\\?.*)?$`);

export async function buildApp(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const hops = ctx.config.trustProxy;
  const app = Fastify({
    logger: opts.logger ? { level: ctx.config.logLevel } : false,
    trustProxy: typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : hops,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // The builder's value is thrown, so it goes through the one error handler like any other AppError.
    errorResponseBuilder: () => tooManyRequests(),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'OCOP Hub API',
        version: '0.1.0',
        description: 'API của OCOP Hub — Chương trình mỗi xã một sản phẩm',
      },
    },
    transform: jsonSchemaTransform,
  });

  await registerRequestGuards(app, { publicUrl: ctx.config.publicUrl });

  app.decorateRequest('actor', null);
  app.addHook('preHandler', async (request) => {
    // The public API reads no session: anybody's answer is the same, and cacheable.
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/public/')) {
      request.actor = await resolveActor(ctx.db.db, request, ctx.config.sessionIdleMinutes);
    }
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const issues = validationIssues(err);
    const appErr = err instanceof AppError ? err : issues ? badRequest(issues) : undefined;
    if (appErr) return reply.code(appErr.status).send(errorBody(appErr));
    if (err.statusCode === 429) return reply.code(429).send(errorBody(tooManyRequests()));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send(
          errorBody(
            new AppError(err.statusCode, err.code ?? 'bad_request', { vi: 'Yêu cầu không hợp lệ', en: err.message }),
          ),
        );
    }
    // Every 500 is logged with its request id, even with request logging off: the id goes back to the user to quote.
    if (opts.logger) request.log.error({ err, reqId: request.id }, 'internal error');
    else logInternalError(request, err);
    return reply
      .code(500)
      .send(
        errorBody(
          new AppError(
            500,
            'internal',
            { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Internal error, please try again' },
            undefined,
            undefined,
            { requestId: request.id },
          ),
        ),
      );
  });

  await app.register(authRoutes(ctx));
  await app.register(referenceRoutes(ctx));
  await app.register(criteriaRoutes(ctx));
  await app.register(scoringRoutes(ctx));
  await app.register(userRoutes(ctx));
  // The products' export shows each product's certificate in force (certificates, rank 6, wired into registry's port).
  await app.register(registryRoutes(ctx, { certificates: currentCertificatesOf }));
  // Evaluation issues and reads certificates through its port; the certificates module, above it, implements it.
  await app.register(evaluationRoutes(ctx, { certificates: certificateRegister, clock: ctx.clock, jobs: ctx.jobs }));
  // The public register signs the QR code the certificate PDF prints (certificates' CertificateQrUrl port).
  const pub = publicServices(ctx);
  app.addHook('onClose', async () => {
    await pub.scans.flush();
    await pub.verified.stop();
  });
  await app.register(certificateRoutes(ctx, { qrUrl: pub.printedQrUrl }));
  await app.register(revocationRoutes(ctx));
  await app.register(inspectionRoutes(ctx, { consumerReports: openReportCounts }));
  await app.register(publicApiRoutes(pub));
  await app.register(publicPageRoutes(pub));
  await app.register(publicStaffRoutes(pub));
  await app.register(notificationRoutes(ctx));
  await app.register(planRoutes(ctx));
  await app.register(activityRoutes(ctx));
  await app.register(fundingRoutes(ctx));
  await app.register(cycleRoutes(ctx));
  // Onboarding imports a province's own register (producers, products, past results with their certificates).
  await app.register(onboardingRoutes(ctx, { certificates: certificateRegister }));
  // Oversight: the unit's dashboard, and the standard reports (Excel, PDF) of a unit as of a day.
  await app.register(dashboardRoutes(ctx));
  await app.register(reportRoutes(ctx));
  // me (rank 10) summarises every module's permission table, the dashboard as the offices' first screen included.
  await app.register(meRoutes(ctx));

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async () => {
    await ctx.db.pool.query('select 1');
    return { ok: true };
  });
  // For load balancers and monitors: always JSON, never the app's page; 503 when the database does not answer.
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const db = await ctx.db.pool.query('select 1').then(
      () => 'ok' as const,
      () => 'down' as const,
    );
    return reply
      .code(db === 'ok' ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: db === 'ok' ? 'ok' : 'error', db });
  });

  if (existsSync(join(webDist, 'index.html'))) {
    // wildcard: files of a newer build are served without a restart. preCompressed: the build's `.br` / `.gz` copies
    // (scripts/compress-web-build.mjs) go to browsers that accept them, nothing is compressed per request.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      preCompressed: true,
      setHeaders: (reply, path) => reply.header('cache-control', webCacheControl(path)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The staff app's pages fall back to its entry page; any other page address gets the 404 page; unknown API paths
    // and files are a JSON 404.
    const isPage = !request.url.startsWith('/api/') && !/\.[a-z0-9]+(\?|$)/i.test(request.url);
    if (request.method === 'GET' && isPage && staffPage.test(request.url) && existsSync(join(webDist, 'index.html'))) {
      return reply.sendFile('index.html');
    }
    if (request.method === 'GET' && isPage) {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(notFoundPage(request.url.split('?')[0]!));
    }
    return reply.code(404).send(errorBody(new AppError(404, 'not_found', { vi: 'Không tìm thấy', en: 'Not found' })));
  });
  return app;
}
