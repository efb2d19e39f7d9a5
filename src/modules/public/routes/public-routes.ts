// The public API (no login, tag 'public'): register search, a product, certificate verification, revocations for
// offline verifiers, the published keys, open data, consumer reports, and a route that does no work (the bench's
// yardstick). Reads are rate-limited per address and cacheable (short max-age + ETag).
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toCsv } from '../../../platform/csv.ts';
import { notFound } from '../../../platform/errors.ts';
import { revokedSince } from '../data/register-store.ts';
import { OPEN_DATA_COLUMNS, openDataRows } from '../commands/open-data.ts';
import type { PublicServices } from '../commands/public-services.ts';
import { readProduct, registerChoices, searchRegister } from '../commands/read-register.ts';
import { SEARCHES } from '../commands/verify-cache.ts';
import { reportProblem } from '../commands/report-problem.ts';
import { verifyCertificate } from '../commands/verify-certificate.ts';
import { reportToken } from '../domain/report-guard.ts';
import { cacheable } from './cache.ts';
import * as s from './schemas.ts';

export const productNotFound = () => notFound({ vi: 'sản phẩm OCOP', en: 'OCOP product' });

export function publicApiRoutes(svc: PublicServices): FastifyPluginAsyncZod {
  const read = { rateLimit: { max: svc.config.publicRateLimitPerMinute, timeWindow: '1 minute' } };
  const report = { rateLimit: { max: svc.config.reportRateLimitPerHour, timeWindow: '1 hour' } };
  return async (app) => {
    app.get(
      '/api/public/ping',
      { schema: { tags: ['public'], summary: 'Không làm gì / Does nothing (bench yardstick)' } },
      async () => ({ ok: true }),
    );

    app.get(
      '/api/public/register',
      {
        config: read,
        schema: {
          tags: ['public'],
          summary: 'Tra cứu sản phẩm OCOP / Search the OCOP register (diacritics optional)',
          querystring: s.registerQuery,
          response: { 200: s.registerListOut },
        },
      },
      async (request, reply) => {
        const { limit, offset, ...f } = request.query;
        // Popular searches are answered from memory until a certificate changes (verify-cache.ts).
        const today = svc.today();
        const key = `${today}|${JSON.stringify(request.query)}`;
        const a = await svc.verified.through(SEARCHES, key, async () => {
          const body = await searchRegister(svc.readDb, svc.names, f, { limit, offset }, today);
          const json = JSON.stringify(body);
          return { body, json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
        });
        if (cacheable(request, reply, a.json, 60, a.etag)) return reply;
        const json = a.json;
        return reply.serializer(() => json).send(a.body);
      },
    );

    app.get(
      '/api/public/register/choices',
      { config: read, schema: { tags: ['public'], summary: 'Bộ lọc / The filters’ choices' } },
      async () => registerChoices(svc.readDb, svc.names),
    );

    app.get(
      '/api/public/products/:id',
      {
        config: read,
        schema: {
          tags: ['public'],
          summary: 'Một sản phẩm OCOP / One certified product',
          params: s.productParams,
          response: { 200: s.productOut },
        },
      },
      async (request) => {
        const p = await readProduct(svc.readDb, svc.names, request.params.id, svc.clock.today());
        if (!p) throw productNotFound();
        return { ...p, reportToken: reportToken(svc.secret(), p.productId, Date.now()) };
      },
    );

    app.get(
      '/api/public/verify',
      {
        config: read,
        schema: {
          tags: ['public'],
          summary:
            'Xác thực giấy chứng nhận / Verify a certificate (its number, and the signed QR code c when scanned)',
          querystring: s.verifyQuery,
          response: { 200: s.verifyOut },
        },
      },
      async (request, reply) => {
        const a = await verifyCertificate(svc, { number: request.query.number, code: request.query.c });
        if (cacheable(request, reply, a.json, 60, a.etag)) return reply;
        // Made once per answer (verify-certificate.ts): sent as it is, the schema above documents it.
        return reply.serializer(() => a.json).send(a.result);
      },
    );

    app.get(
      '/api/public/revocations',
      {
        config: read,
        schema: {
          tags: ['public'],
          summary: 'Giấy chứng nhận đã thu hồi / Revoked certificates (since=YYYY-MM-DD), for offline verifiers',
          querystring: s.revocationsQuery,
          response: { 200: s.revocationsOut },
        },
      },
      async (request, reply) => {
        const items = await revokedSince(svc.readDb, request.query.since);
        const body = { generatedOn: svc.clock.today(), since: request.query.since ?? null, items };
        if (cacheable(request, reply, JSON.stringify(body), 300)) return reply;
        return body;
      },
    );

    app.get(
      '/.well-known/ocop-keys.json',
      {
        config: read,
        schema: {
          tags: ['public'],
          summary: 'Khóa công khai ký mã QR / Public keys of the QR codes (Ed25519, base64url)',
          response: { 200: s.keysOut },
        },
      },
      async (request, reply) => {
        const keys = await svc.keys.publishedKeys();
        const body = {
          format:
            'O1: base64url("O1|kid|number|productCode|name|star|YYYYMMDD issued|YYYYMMDD expires|province|serial") "." base64url(Ed25519 signature)',
          keys: keys.map((k) => ({
            kid: k.kid,
            alg: 'Ed25519' as const,
            issuer: {
              provinceCode: k.provinceCode,
              level: k.provinceCode ? ('province' as const) : ('ministry' as const),
            },
            publicKey: Buffer.from(k.publicKey).toString('base64url'),
            createdAt: k.createdAt.toISOString(),
            retiredAt: k.retiredAt?.toISOString() ?? null,
          })),
        };
        if (cacheable(request, reply, JSON.stringify(body), 300)) return reply;
        return body;
      },
    );

    app.get(
      '/api/public/register.csv',
      { config: read, schema: { tags: ['public'], summary: 'Dữ liệu mở (CSV) / Open data: the register as CSV' } },
      async (request, reply) => {
        const csv =
          '\ufeff' + toCsv([...OPEN_DATA_COLUMNS], await openDataRows(svc.readDb, svc.names, svc.clock.today()));
        if (cacheable(request, reply, csv, 300)) return reply;
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="ocop-register.csv"')
          .send(csv);
      },
    );

    app.get(
      '/api/public/register.json',
      { config: read, schema: { tags: ['public'], summary: 'Dữ liệu mở (JSON) / Open data: the register as JSON' } },
      async (request, reply) => {
        const body = JSON.stringify({
          generatedOn: svc.clock.today(),
          items: await openDataRows(svc.readDb, svc.names, svc.clock.today()),
        });
        if (cacheable(request, reply, body, 300)) return reply;
        return reply.header('content-type', 'application/json; charset=utf-8').send(body);
      },
    );

    app.post(
      '/api/public/products/:id/reports',
      {
        config: report,
        schema: {
          tags: ['public'],
          summary: 'Phản ánh về sản phẩm / Report a problem with a product (no login; token from the product)',
          params: s.productParams,
          body: s.reportIn,
          response: { 201: z.object({ id: z.string(), provinceCode: z.string(), state: z.string() }) },
        },
      },
      async (request, reply) => {
        const r = await reportProblem(svc.db, svc.secret(), request.params.id, request.body, request.ip);
        return reply.code(201).send(r);
      },
    );
  };
}
