// Public answers are cacheable by a CDN or the phone: a short max-age and an ETag; a matching If-None-Match gets 304.
// max-age 0 means "keep it, but ask each time" (must-revalidate): the answer is a cheap 304 until it changes, and a
// revocation shows at once.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function cacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  maxAgeSeconds = 60,
  etag = `"${createHash('sha1').update(body).digest('base64url')}"`,
): boolean {
  reply
    .header('cache-control', `public, max-age=${maxAgeSeconds}${maxAgeSeconds === 0 ? ', must-revalidate' : ''}`)
    .header('etag', etag);
  if (request.headers['if-none-match'] === etag) {
    void reply.code(304).send();
    return true;
  }
  return false;
}
