import { Button, Layout, Menu, Tooltip } from 'antd';
import { useT } from '../i18n/index.tsx';
import { roleKey } from '../features/users/roles.ts';
import { useAccess } from '../features/me/permissions.ts';
import { navigate, ROUTES } from '../shared/router.ts';
import type { User } from '../types.ts';
import { LangSwitch } from './LangSwitch.tsx';
import { Brand } from './Brand.tsx';
import { NotificationBell } from '../features/evaluation/NotificationBell.tsx';
import { evalNavItems, evalNavSelected } from '../features/evaluation/evaluation-nav.tsx';
import { inspectionNavSelected, withInspectionNav } from '../features/inspections/inspection-nav.tsx';
import { PUBLIC_REPORTS_ROUTE } from '../features/public-reports/PublicReports.tsx';
import { PROGRAMME_ROUTES, programmePlanIdOf } from '../features/programme/programme.ts';
import { CYCLE_ROUTE } from '../features/programme/cycle.ts';

type NavItems = ReturnType<typeof evalNavItems>;

/** The consumer reports' page goes under the "Đánh giá" menu (the header is full at 1366 px), or last when none. */
function withPublicReports(items: NavItems, show: boolean, t: (key: 'nav.publicReports') => string): NavItems {
  if (!show) return items;
  const entry = {
    key: PUBLIC_REPORTS_ROUTE,
    label: <span data-testid="nav-public-reports">{t('nav.publicReports')}</span>,
  };
  let placed = false;
  const out = items.map((item) => {
    if (item && 'children' in item && item.key === 'evaluation' && item.children) {
      placed = true;
      return { ...item, children: [...item.children, entry] };
    }
    return item;
  });
  return placed ? out : [...out, entry];
}

export function AppHeader({ user, path, onLogout }: { user: User; path: string; onLogout: () => void }) {
  const { t } = useT();
  const roleName = roleKey(user.role);
  const access = useAccess();
  // /producers/<id> belongs to Chủ thể OCOP.
  const selected =
    evalNavSelected(access, path) ??
    inspectionNavSelected(path) ??
    (programmePlanIdOf(path) !== null || (path === CYCLE_ROUTE && access.can('plans.read'))
      ? PROGRAMME_ROUTES.plans
      : null) ??
    (path.startsWith(`${ROUTES.producers}/`) ? ROUTES.producers : path);
  const showUsers = access.can('users.list') || access.can('users.approve-producer');
  return (
    <Layout.Header className="app-header no-print">
      <Brand />
      <Menu
        className="app-nav"
        mode="horizontal"
        selectedKeys={[selected]}
        onClick={({ key }) => navigate(key)}
        items={[
          ...withPublicReports(
            withInspectionNav(evalNavItems(access, t), access, t),
            access.can('publicReports.read'),
            t,
          ),
          ...(access.can('plans.read')
            ? [{ key: PROGRAMME_ROUTES.plans, label: <span data-testid="nav-plans">{t('nav.plans')}</span> }]
            : []),
          // The menu is full at 1366 px: staff reach the cycle from Kế hoạch, a producer (shorter menu) from here.
          ...(access.can('cycle.read') && !access.can('plans.read')
            ? [{ key: CYCLE_ROUTE, label: <span data-testid="nav-cycle">{t('nav.cycle')}</span> }]
            : []),
          { key: ROUTES.producers, label: <span data-testid="nav-producers">{t('nav.producers')}</span> },
          { key: ROUTES.products, label: <span data-testid="nav-products">{t('nav.products')}</span> },
          {
            key: ROUTES.selfAssessment,
            label: <span data-testid="nav-self-assessment">{t('nav.selfAssessment')}</span>,
          },
          { key: ROUTES.criteria, label: <span data-testid="nav-criteria">{t('nav.criteria')}</span> },
          ...(showUsers ? [{ key: ROUTES.users, label: <span data-testid="nav-users">{t('nav.users')}</span> }] : []),
        ]}
      />
      <div className="header-right">
        <Tooltip title={roleName ? t(roleName) : user.role}>
          <span className="header-user" data-testid="user-name">
            <span className="header-avatar" aria-hidden>
              {user.displayName.trim().charAt(0).toUpperCase() || '?'}
            </span>
            <span className="header-user-name">{user.displayName}</span>
          </span>
        </Tooltip>
        <NotificationBell />
        <LangSwitch />
        <Button size="small" onClick={onLogout} data-testid="logout">
          {t('header.logout')}
        </Button>
      </div>
    </Layout.Header>
  );
}
