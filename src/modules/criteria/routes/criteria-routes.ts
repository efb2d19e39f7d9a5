import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { getProductSet, listProductSets, getCatalogue } from '../data/catalogue.ts';
import { notFound } from '../../../platform/errors.ts';
import { setOut, setSummaryOut } from './schemas.ts';

const ruleSetParam = z.string().regex(/^[0-9a-z-]{1,20}$/);

export function criteriaRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // The law is public: the criteria sheets need no login.
    app.get(
      '/api/criteria/:ruleSet/sets',
      {
        schema: {
          tags: ['criteria'],
          summary: 'Danh sách bộ sản phẩm / Product sets of a rule set',
          params: z.object({ ruleSet: ruleSetParam }),
          response: { 200: z.array(setSummaryOut) },
        },
      },
      async (request) => {
        if (!getCatalogue(request.params.ruleSet))
          throw notFound({ vi: `bộ tiêu chí ${request.params.ruleSet}`, en: `Criteria of ${request.params.ruleSet}` });
        return listProductSets(request.params.ruleSet);
      },
    );

    app.get(
      '/api/criteria/:ruleSet/sets/:setNo',
      {
        schema: {
          tags: ['criteria'],
          summary: 'Phiếu tiêu chí của một bộ sản phẩm / The criteria sheet of a product set',
          params: z.object({ ruleSet: ruleSetParam, setNo: z.coerce.number().int().min(1).max(99) }),
          response: { 200: setOut },
        },
      },
      async (request) => {
        const set = getProductSet(request.params.ruleSet, request.params.setNo);
        if (!set)
          throw notFound({ vi: `bộ sản phẩm số ${request.params.setNo}`, en: `Product set ${request.params.setNo}` });
        return { ruleSet: request.params.ruleSet, ...set };
      },
    );
  };
}
