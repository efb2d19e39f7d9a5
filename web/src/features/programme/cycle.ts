// The OCOP cycle on the client: the API's shapes (types only, from the server's response schemas), the calls, the
// page's path. Stages, labels and the actions open on each idea come from the server.
import type { z } from 'zod';
import type * as s from '../../../../src/modules/programme/routes/cycle-schemas.ts';
import { apiRequest as request, queryString } from '../../shared/api.ts';

export type Pipeline = z.output<typeof s.pipelineOut>;
export type IdeaList = z.output<typeof s.ideaListOut>;
export type Idea = z.output<typeof s.ideaOut>;
export type IdeaBody = z.input<typeof s.ideaIn>;

const enc = encodeURIComponent;

export const CYCLE_ROUTE = '/programme/cycle';

export const cycleKeys = {
  all: ['cycle'] as const,
  pipeline: (commune?: string) => ['cycle', 'pipeline', commune ?? 'all'] as const,
  ideas: ['cycle', 'ideas'] as const,
};

export const cycleApi = {
  pipeline: (communeCode?: string) => request<Pipeline>('GET', `/api/cycle/pipeline${queryString({ communeCode })}`),
  ideas: () => request<IdeaList>('GET', '/api/cycle/ideas'),
  register: (body: IdeaBody) => request<Idea>('POST', '/api/cycle/ideas', body),
  act: (id: string, action: string, advice?: string) =>
    request<Idea>('POST', `/api/cycle/ideas/${enc(id)}/actions/${enc(action)}`, { advice: advice ?? null }),
  toProduct: (id: string) => request<Idea>('POST', `/api/cycle/ideas/${enc(id)}/product`, {}),
};
