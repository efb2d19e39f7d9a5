// The programme's plans on the client: the API's shapes (types only, from the server's response schemas), the calls,
// the pages' paths. What a target counts, its parameters and its progress come from the server; what a user may do
// comes from GET /api/me/permissions and each plan's `may`.
import type { z } from 'zod';
import type * as s from '../../../../src/modules/programme/routes/plan-schemas.ts';
import type * as as from '../../../../src/modules/programme/routes/activity-schemas.ts';
import type * as funding from '../../../../src/modules/programme/commands/funding.ts';
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

// Activities and trade promotion.
export type ActivityKinds = z.output<typeof as.activityKindsOut>;
export type Activity = z.output<typeof as.activityOut>;
export type ActivityList = z.output<typeof as.activityListOut>;
export type ActivityBody = z.input<typeof as.activityIn>;

// Support funding (types of the commands' answers).
export type SupportPolicies = Awaited<ReturnType<typeof funding.listSupportPolicies>>;
export type SupportApplications = Awaited<ReturnType<typeof funding.listSupportApplications>>;
export type SupportApplication = SupportApplications['items'][number];
export type SupportLedger = Awaited<ReturnType<typeof funding.supportLedger>>;
export type ApplicationBody = funding.ApplicationInput;
export type DecisionBody = funding.DecisionInput;
export type PolicyBody = funding.PolicyInput;
export interface SupportItems {
  items: { code: string; label: { vi: string; en: string } }[];
  sources: { code: string; label: { vi: string; en: string } }[];
}

export const ACTIVITY_ROUTE = '/programme/activities';
export const FUNDING_ROUTE = '/programme/funding';

export const activityApi = {
  kinds: () => request<ActivityKinds>('GET', '/api/activity-kinds'),
  list: (q: { year?: number; kind?: string }) =>
    request<ActivityList>('GET', `/api/activities${queryString({ ...q, limit: 500 })}`),
  create: (body: ActivityBody) => request<Activity>('POST', '/api/activities', body),
  save: (id: string, body: ActivityBody & { version: number }) =>
    request<Activity>('PUT', `/api/activities/${enc(id)}`, body),
  remove: (id: string) => request<null>('DELETE', `/api/activities/${enc(id)}`),
};

export const fundingApi = {
  items: () => request<SupportItems>('GET', '/api/support-items'),
  policies: () => request<SupportPolicies>('GET', '/api/support-policies'),
  createPolicy: (body: PolicyBody) => request<{ id: string }>('POST', '/api/support-policies', body),
  applications: () => request<SupportApplications>('GET', '/api/support-applications?limit=500'),
  apply: (body: ApplicationBody) => request<{ id: string }>('POST', '/api/support-applications', body),
  decide: (id: string, body: DecisionBody) =>
    request<null>('POST', `/api/support-applications/${enc(id)}/decision`, body),
  pay: (id: string, body: { amount: number; paidOn: string; reference?: string | null }) =>
    request<null>('POST', `/api/support-applications/${enc(id)}/disbursements`, body),
  ledger: () => request<SupportLedger>('GET', '/api/support-ledger'),
};
