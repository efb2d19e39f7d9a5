// Who reads a unit's dashboard: the offices that steer the programme — the commune's officers (their commune), the
// provincial OCOP office (its province and communes), the Ministry's office (everything) — and the administrator in
// its scope. The unit asked for must lie inside the reader's scope (scopeCovers), checked on the server.
// GET /api/me/permissions lists this table and makes the dashboard the offices' first screen: me (rank 8) may not
// import oversight (rank 9), so app.ts hands this table and `dashboardHome` to me's routes (its AboveMe port).
import type { Actor } from '../../platform/auth/actor.ts';
import { definePermissions } from '../../platform/auth/policy.ts';
import type { Role } from '../../platform/auth/roles.ts';

export const dashboardPolicy = definePermissions({
  'dashboard.read': ['commune_officer', 'province_office', 'ministry_office', 'admin'],
});

/** The roles whose first screen is the dashboard (issue 10: "the first screen of the province office"); the
 *  Ministry's office keeps its work queues (the 5★ proposals wait there), the administrator its users' work. */
const DASHBOARD_FIRST: readonly Role[] = ['province_office', 'commune_officer'];

/** 'dashboard' when the user's start page is the dashboard, else null (the page its work starts on). */
export function dashboardHome(actor: Actor): 'dashboard' | null {
  return DASHBOARD_FIRST.includes(actor.role) && dashboardPolicy.can(actor, 'dashboard.read') ? 'dashboard' : null;
}
