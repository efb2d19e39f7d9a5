// The dashboard on the client: its path, the start page the server gives (`home: 'dashboard'`), the API call and the
// answer's type (type only, from the server's response schema). Light on purpose: App.tsx imports this file, and the
// page with its charts is loaded only when opened (React.lazy), so the rest of the app never downloads ECharts.
import type { z } from 'zod';
import type { dashboardOut } from '../../../../../src/modules/oversight/routes/dashboard-routes.ts';
import { apiRequest, queryString } from '../../../shared/api.ts';
import type { Access } from '../../me/permissions.ts';
import { homeOf } from '../../evaluation/evaluation.ts';

export type Dashboard = z.output<typeof dashboardOut>;
export type StarCount = Dashboard['products']['byStar'][number];

export const DASHBOARD_ROUTE = '/dashboard';

/** The user's first screen: the dashboard when the server says so, else where its work starts. */
export function startPage(access: Pick<Access, 'home'>): string {
  return access.home === 'dashboard' ? DASHBOARD_ROUTE : homeOf(access);
}

export interface DashboardParams {
  unit?: string;
  asOf?: string;
}

export const dashboardKey = (p: DashboardParams) => ['dashboard', p.unit ?? '', p.asOf ?? ''] as const;

export const dashboardApi = {
  read: (p: DashboardParams, signal?: AbortSignal) =>
    apiRequest<Dashboard>('GET', `/api/dashboard${queryString({ unit: p.unit, asOf: p.asOf })}`, undefined, signal),
};
