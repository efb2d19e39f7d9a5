// HTTP of the registry: producers and products, their lists (search, filters, pages, Excel) and product codes.
// Thin: validate, call one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { sendXlsx } from '../../../platform/excel.ts';
import { createProducer } from '../commands/create-producer.ts';
import { updateProducer } from '../commands/update-producer.ts';
import { createProduct } from '../commands/create-product.ts';
import { updateProduct } from '../commands/update-product.ts';
import { assignProductCode } from '../commands/allocate-product-code.ts';
import { linkProducerAccount, unlinkProducerAccount } from '../commands/link-producer-account.ts';
import {
  exportProducers,
  exportProducts,
  getProducer,
  getProduct,
  listProducers,
  listProducts,
} from '../commands/read-registry.ts';
import { producerColumns, productColumns } from './exports.ts';
import { registryExportTitle } from './export-titles.ts';
import type { ProductCertificates } from '../commands/product-certificates.ts';
import * as s from './schemas.ts';
import { productPhotoRoutes } from './product-photo-routes.ts';
import { todayInVietnam } from '../today.ts';

/** `certificates`: each product's certificate in force, for the products' export (app.ts wires the certificates module). */
export function registryRoutes(
  ctx: AppContext,
  deps: { certificates?: ProductCertificates } = {},
): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;
    await app.register(productPhotoRoutes(ctx));

    app.get(
      '/api/producers',
      signedIn('registry', {
        summary: 'Danh sách chủ thể OCOP / Producers (format=xlsx: the whole filtered list as Excel)',
        querystring: s.producerQuery,
        response: { 200: s.producerListOut },
      }),
      async (request, reply) => {
        const { format, limit, offset, ...filter } = request.query;
        if (format === 'xlsx') {
          const rows = await exportProducers(readDb, request.actor!, filter);
          const title = await registryExportTitle(readDb, 'Danh sách chủ thể OCOP', filter, ctx.clock.today());
          return sendXlsx(reply, `Chủ thể OCOP ${todayInVietnam()}.xlsx`, producerColumns(), rows, {
            sheetName: 'Chủ thể OCOP',
            title,
          });
        }
        return listProducers(readDb, request.actor!, filter, { limit, offset });
      },
    );

    app.post(
      '/api/producers',
      signedIn('registry', {
        summary: 'Đăng ký chủ thể OCOP / Register a producer',
        body: s.createProducerBody,
        response: { 201: s.producerOut, 409: s.duplicateOut },
      }),
      async (request, reply) => reply.code(201).send(await createProducer(db, request.actor!, request.body)),
    );

    app.get(
      '/api/producers/:id',
      signedIn('registry', { params: s.idParams, response: { 200: s.producerOut } }),
      async (request) => getProducer(readDb, request.actor!, request.params.id),
    );

    app.patch(
      '/api/producers/:id',
      signedIn('registry', {
        params: s.idParams,
        body: s.updateProducerBody,
        response: { 200: s.producerOut, 409: s.duplicateOut },
      }),
      async (request) => updateProducer(db, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/producers/:id/accounts',
      signedIn('registry', {
        summary: 'Gắn tài khoản chủ thể / Link a producer account',
        params: s.idParams,
        body: s.accountBody,
        response: { 200: s.accountOut },
      }),
      async (request) => linkProducerAccount(db, request.actor!, request.params.id, request.body.userId),
    );

    app.delete(
      '/api/producers/:id/accounts/:userId',
      signedIn('registry', {
        summary: 'Gỡ tài khoản chủ thể / Unlink a producer account',
        params: s.accountParams,
        response: { 200: s.accountOut },
      }),
      async (request) => unlinkProducerAccount(db, request.actor!, request.params.id, request.params.userId),
    );

    app.get(
      '/api/products',
      signedIn('registry', {
        summary: 'Danh sách sản phẩm / Products (format=xlsx: the whole filtered list as Excel)',
        querystring: s.productQuery,
        response: { 200: s.productListOut },
      }),
      async (request, reply) => {
        const { format, limit, offset, ...filter } = request.query;
        if (format === 'xlsx') {
          const today = ctx.clock.today();
          const products = await exportProducts(readDb, request.actor!, filter);
          const certificates = deps.certificates
            ? await deps.certificates(
                readDb,
                products.map((p) => p.id),
                today,
              )
            : new Map();
          const rows = products.map((p) => ({ ...p, certificate: certificates.get(p.id) ?? null }));
          const producer = filter.producerId ? (products[0]?.producerName ?? filter.producerId) : undefined;
          const title = await registryExportTitle(readDb, 'Danh sách sản phẩm OCOP', filter, today, producer);
          return sendXlsx(reply, `Sản phẩm OCOP ${todayInVietnam()}.xlsx`, productColumns(), rows, {
            sheetName: 'Sản phẩm OCOP',
            title,
          });
        }
        return listProducts(readDb, request.actor!, filter, { limit, offset });
      },
    );

    app.post(
      '/api/products',
      signedIn('registry', {
        summary: 'Đăng ký sản phẩm / Register a product',
        body: s.createProductBody,
        response: { 201: s.productOut },
      }),
      async (request, reply) => reply.code(201).send(await createProduct(db, request.actor!, request.body)),
    );

    app.get(
      '/api/products/:id',
      signedIn('registry', { params: s.idParams, response: { 200: s.productOut } }),
      async (request) => getProduct(readDb, request.actor!, request.params.id),
    );

    app.patch(
      '/api/products/:id',
      signedIn('registry', { params: s.idParams, body: s.updateProductBody, response: { 200: s.productOut } }),
      async (request) => updateProduct(db, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/products/:id/code',
      signedIn('registry', {
        summary: 'Cấp mã số sản phẩm T-X-STT-YYYY / Issue the product code (Appendix II)',
        params: s.idParams,
        body: s.codeBody,
        response: { 200: s.codeOut },
      }),
      async (request) => assignProductCode(db, request.actor!, request.params.id, request.body.year),
    );
  };
}
