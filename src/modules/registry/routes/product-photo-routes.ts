// A product's photo: POST (multipart `file`) sets or replaces it, GET serves it to signed-in readers of the product.
// Its own plugin, so the multipart parser (bounded to one photo) lives only in this scope.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { readMultipartFile } from '../../../platform/multipart.ts';
import { MAX_PHOTO_BYTES, readProductPhoto, setProductPhoto } from '../commands/product-photo.ts';
import * as s from './schemas.ts';

export function productPhotoRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2, parts: 3 } });

    app.post(
      '/api/products/:id/photo',
      signedIn('registry', {
        summary: 'Ảnh sản phẩm (multipart: file; JPEG, PNG, WebP, ≤ 2 MB) / Set or replace the product photo',
        params: s.idParams,
        response: { 200: s.productOut },
      }),
      async (request) => {
        const upload = await readMultipartFile(request, { tooBigMb: MAX_PHOTO_BYTES / 1024 / 1024 });
        return setProductPhoto(ctx.db.db, ctx.files, request.actor!, request.params.id, upload.bytes);
      },
    );

    app.get(
      '/api/products/:id/photo',
      signedIn('registry', { summary: 'Ảnh sản phẩm / The product photo', params: s.idParams }),
      async (request, reply) => {
        const p = await readProductPhoto(ctx.db.readDb, ctx.files, request.actor!, request.params.id);
        // The address carries ?v=<when it changed>: a private cache may keep it (the key is the content's hash).
        return reply
          .header('content-type', p.mime)
          .header('cache-control', 'private, max-age=86400')
          .header('etag', `"${p.key}"`)
          .header('x-content-type-options', 'nosniff')
          .send(p.bytes);
      },
    );
  };
}
