// The programme's plans on the client: the API's shapes (types only, from the server's response schemas), the calls,
// the pages' paths. What a target counts, its parameters and its progress come from the server; what a user may do
// comes from GET /api/me/permissions and each plan's `may`.
import type { z } from 'zod';
import type * as s from '../../../../src/modules/programme/routes/plan-schemas.ts';
import { apiRequest as request, queryString } from '../../shared/api.ts';

export type TargetKinds = z.output<typeof s.kindsOut>;
export type PlanList = z.output<typeof s.planListOut>;
export type Plan = z.output<typeof s.planOut>;
export type PlanTarget = Plan['targets'][number];
export type PlanBody = z.input<typeof s.planIn>;
export type PlanSaveBody = z.input<typeof s.planSaveIn>;

const enc = encodeURIComponent;

export const PROGRAMME_ROUTES = { plans: '/programme/plans' } as const;
export const programmePlanPath = (id: string) => `${PROGRAMME_ROUTES.plans}/${enc(id)}`;

/** The id in /programme/plans/<id>, or null for any other path. */
export function programmePlanIdOf(path: string): string | null {
  const m = /^\/programme\/plans\/([^/]+)\/?$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

export const programmeKeys = {
  all: ['programme'] as const,
  kinds: ['programme', 'kinds'] as const,
  plans: (year?: number) => ['programme', 'plans', year ?? 'all'] as const,
  plan: (id: string, asOf?: string) => ['programme', 'plan', id, asOf ?? 'today'] as const,
};

export const programmeApi = {
  kinds: () => request<TargetKinds>('GET', '/api/plan-target-kinds'),
  plans: (year?: number) => request<PlanList>('GET', `/api/plans${queryString({ year })}`),
  plan: (id: string, asOf?: string) => request<Plan>('GET', `/api/plans/${enc(id)}${queryString({ asOf })}`),
  create: (body: PlanBody) => request<Plan>('POST', '/api/plans', body),
  save: (id: string, body: PlanSaveBody) => request<Plan>('PUT', `/api/plans/${enc(id)}`, body),
  remove: (id: string) => request<null>('DELETE', `/api/plans/${enc(id)}`),
  districts2024: (provinceCode: string) =>
    request<{ items: { code: string; label: string }[] }>(
      'GET',
      `/api/admin-units${queryString({ set: 2024, parent: provinceCode, level: 'district', limit: 100 })}`,
    ),
};
