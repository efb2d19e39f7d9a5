import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { getProductSet } from '../data/catalogue.ts';
import { evaluate, aggregate, ScoringError } from '../domain/engine.ts';
import { getRuleSet } from '../../reference/index.ts';
import { badRequest } from '../../../platform/errors.ts';
import { scorecardIn, scoringPolicyIn } from './schemas.ts';
import { DEFAULT_SCORING_POLICY } from '../domain/policies.ts';

const target = { ruleSet: z.string().regex(/^[0-9a-z-]{1,20}$/), setNo: z.number().int().min(1).max(99) };

function sheetFor(ruleSet: string, setNo: number) {
  const rules = getRuleSet(ruleSet);
  const set = getProductSet(ruleSet, setNo);
  if (!rules || !set) {
    throw badRequest([
      {
        field: rules ? 'body.setNo' : 'body.ruleSet',
        code: 'unknown',
        message: rules
          ? { vi: `Không có bộ sản phẩm số ${setNo} trong ${ruleSet}`, en: `No product set ${setNo} in ${ruleSet}` }
          : { vi: `Không có bộ tiêu chí ${ruleSet}`, en: `No criteria catalogue ${ruleSet}` },
      },
    ]);
  }
  return { set, bands: rules.bands };
}

/** Engine validation errors become a 400 naming each field of the request body. */
function asHttp(err: unknown): never {
  if (err instanceof ScoringError) {
    throw badRequest(
      err.issues.map((i) => ({ ...i, field: `body.${i.field}` })),
      {
        vi: 'Phiếu chấm điểm chưa hợp lệ',
        en: 'The scorecard is not valid',
      },
    );
  }
  throw err;
}

export function scoringRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // Public (the law is public and producers self-assess) but rate-limited per client address.
  const rateLimit = { max: ctx.config.publicRateLimitPerMinute, timeWindow: '1 minute' };
  return async (app) => {
    app.post(
      '/api/scoring/evaluate',
      {
        config: { rateLimit },
        schema: {
          tags: ['scoring'],
          summary: 'Chấm điểm một phiếu / Score one scorecard',
          body: scorecardIn.extend({ ...target, policy: scoringPolicyIn.optional() }),
        },
      },
      async (request) => {
        const { ruleSet, setNo, policy, ...card } = request.body;
        const { set, bands } = sheetFor(ruleSet, setNo);
        try {
          return evaluate(set, card, bands, { ...DEFAULT_SCORING_POLICY, ...policy });
        } catch (err) {
          return asHttp(err);
        }
      },
    );

    app.post(
      '/api/scoring/aggregate',
      {
        config: { rateLimit },
        schema: {
          tags: ['scoring'],
          summary: 'Tổng hợp điểm Hội đồng / Aggregate council members’ scorecards',
          body: z.object({
            ...target,
            scorecards: z
              .array(z.union([scorecardIn, z.record(z.string(), z.union([z.number().int(), z.boolean(), z.null()]))]))
              .min(1)
              .max(50),
            spreadThreshold: z.number().min(0).max(100).optional(),
            policy: scoringPolicyIn.optional(),
          }),
        },
      },
      async (request) => {
        const { ruleSet, setNo, scorecards, spreadThreshold, policy } = request.body;
        const { set, bands } = sheetFor(ruleSet, setNo);
        // A scorecard may be given as its answers alone ({ "1.1": 2, … }) or as { answers, branch, … }.
        const cards = scorecards.map((c) =>
          'answers' in c && typeof c.answers === 'object' && c.answers !== null ? c : { answers: c },
        );
        try {
          return aggregate(set, cards as never, bands, {
            ...policy,
            ...(spreadThreshold === undefined ? {} : { spreadThreshold }),
          });
        } catch (err) {
          return asHttp(err);
        }
      },
    );
  };
}
