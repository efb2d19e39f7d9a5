// The evaluation module's HTTP: one plugin holding dossiers, rounds and councils, scoring, decisions and past
// results. `deps` carries what the modules above provide (the certificate register), wired in by app.ts. Multipart (evidence uploads, 20 MB) is registered here, for this module's routes only.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { MAX_EVIDENCE_BYTES } from '../../../platform/files.ts';
import { dossierRoutes } from './dossier-routes.ts';
import { councilRoutes } from './council-routes.ts';
import { resultRoutes } from './result-routes.ts';
import { historyRoutes } from './history-routes.ts';
import { councilRulesRoutes } from './council-rules-routes.ts';
import type { EvaluationDeps } from '../commands/certificate-register.ts';

export function evaluationRoutes(ctx: AppContext, deps: EvaluationDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, parts: 12 } });
    await app.register(dossierRoutes(ctx, deps));
    await app.register(councilRoutes(ctx));
    await app.register(resultRoutes(ctx));
    await app.register(historyRoutes(ctx, deps));
    await app.register(councilRulesRoutes(ctx));
  };
}
