// The header's "Chương trình" menu: plans, the OCOP cycle, activities and funding, by the permissions the server
// listed. A producer sees the cycle and funding (its own ideas, applications and ledger).
import type { MenuProps } from 'antd';
import type { I18n } from '../../i18n/index.tsx';
import type { Access } from '../me/permissions.ts';
import { ACTIVITY_ROUTE, FUNDING_ROUTE, PROGRAMME_ROUTES, programmePlanIdOf } from './programme.ts';
import { CYCLE_ROUTE } from './cycle.ts';

type NavItem = NonNullable<MenuProps['items']>[number];

export function programmeNavItems(access: Access, t: I18n['t']): NavItem[] {
  const children: NavItem[] = [];
  if (access.can('plans.read'))
    children.push({ key: PROGRAMME_ROUTES.plans, label: <span data-testid="nav-plans">{t('nav.plans')}</span> });
  if (access.can('cycle.read'))
    children.push({ key: CYCLE_ROUTE, label: <span data-testid="nav-cycle">{t('nav.cycle')}</span> });
  if (access.can('activities.read'))
    children.push({ key: ACTIVITY_ROUTE, label: <span data-testid="nav-activities">{t('nav.activities')}</span> });
  if (access.can('funding.read'))
    children.push({ key: FUNDING_ROUTE, label: <span data-testid="nav-funding">{t('nav.funding')}</span> });
  if (!children.length) return [];
  return [{ key: 'programme', label: <span data-testid="nav-programme">{t('nav.programme')}</span>, children }];
}

/** The menu entry a plan's own page belongs to. */
export function programmeNavSelected(path: string): string | null {
  return programmePlanIdOf(path) !== null ? PROGRAMME_ROUTES.plans : null;
}
