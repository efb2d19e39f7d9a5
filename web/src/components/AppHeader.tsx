import { Button, Grid, Layout, Tooltip } from 'antd';
import { useT, type I18n } from '../i18n/index.tsx';
import { roleKey } from '../features/users/roles.ts';
import { useAccess, type Access } from '../features/me/permissions.ts';
import { ROUTES } from '../shared/router.ts';
import type { User } from '../types.ts';
import { LangSwitch } from './LangSwitch.tsx';
import { HelpButton } from '../help/HelpButton.tsx';
import { Brand } from './Brand.tsx';
import { DrawerMenu, HeaderMenu } from './NavMenu.tsx';
import { NotificationBell } from '../features/evaluation/NotificationBell.tsx';
import { evalNavItems, evalNavSelected } from '../features/evaluation/evaluation-nav.tsx';
import { inspectionNavSelected, withInspectionNav } from '../features/inspections/inspection-nav.tsx';
import { PUBLIC_REPORTS_ROUTE } from '../features/public-reports/public-reports-route.ts';
import { programmeNavItems, programmeNavSelected } from '../features/programme/programme-nav.tsx';
import { DASHBOARD_ROUTE } from '../features/oversight/dashboard/dashboard.ts';
import { REPORTS_ROUTE } from '../features/oversight/reports/reports-route.ts';
import { STAMPS_ROUTE } from '../features/public-reports/stamps.ts';

type NavItems = ReturnType<typeof evalNavItems>;

const { useBreakpoint } = Grid;

/**
 * The public register's staff pages (consumer reports, QR stamps) and the standard reports go under the "Đánh giá"
 * menu (the header is full at 1366 px), or last when there is none — except the reports: a commune officer has no
 * room left, and its Results page links to them; each only where the server's permissions allow.
 */
function withPublicPages(items: NavItems, access: Access, t: I18n['t']): NavItems {
  const entries = [
    ...(access.can('publicReports.read')
      ? [
          {
            key: PUBLIC_REPORTS_ROUTE,
            label: <span data-testid="nav-public-reports">{t('nav.publicReports')}</span>,
          },
        ]
      : []),
    ...(access.can('stamps.read')
      ? [{ key: STAMPS_ROUTE, label: <span data-testid="nav-stamps">{t('nav.stamps')}</span> }]
      : []),
  ];
  const reports = access.can('reports.read')
    ? [{ key: REPORTS_ROUTE, label: <span data-testid="nav-reports">{t('nav.reports')}</span> }]
    : [];
  if (!entries.length && !reports.length) return items;
  let placed = false;
  const out = items.map((item) => {
    if (item && 'children' in item && item.key === 'evaluation' && item.children) {
      placed = true;
      return { ...item, children: [...item.children, ...entries, ...reports] };
    }
    return item;
  });
  return placed ? out : [...out, ...entries];
}

export function AppHeader({ user, path, onLogout }: { user: User; path: string; onLogout: () => void }) {
  const { t } = useT();
  const roleName = roleKey(user.role);
  const access = useAccess();
  // /producers/<id> belongs to Chủ thể OCOP.
  const selected =
    evalNavSelected(access, path) ??
    inspectionNavSelected(path) ??
    programmeNavSelected(path) ??
    (path.startsWith(`${ROUTES.producers}/`) ? ROUTES.producers : path);
  const showUsers = access.can('users.list') || access.can('users.approve-producer');
  const items: NavItems = [
    ...(access.can('dashboard.read')
      ? [{ key: DASHBOARD_ROUTE, label: <span data-testid="nav-dashboard">{t('nav.dashboard')}</span> }]
      : []),
    ...withPublicPages(withInspectionNav(evalNavItems(access, t), access, t), access, t),
    ...programmeNavItems(access, t),
    { key: ROUTES.producers, label: <span data-testid="nav-producers">{t('nav.producers')}</span> },
    { key: ROUTES.products, label: <span data-testid="nav-products">{t('nav.products')}</span> },
    {
      key: ROUTES.selfAssessment,
      label: <span data-testid="nav-self-assessment">{t('nav.selfAssessment')}</span>,
    },
    { key: ROUTES.criteria, label: <span data-testid="nav-criteria">{t('nav.criteria')}</span> },
    ...(showUsers ? [{ key: ROUTES.users, label: <span data-testid="nav-users">{t('nav.users')}</span> }] : []),
  ];
  const who = `${user.displayName} — ${roleName ? t(roleName) : user.role}`;
  // Below a laptop's width (phones, tablets) the menu does not fit across the header: a menu button opens it in a
  // drawer, with the user's name and role.
  const narrow = !useBreakpoint().lg;
  return (
    <Layout.Header className={narrow ? 'app-header app-header-narrow no-print' : 'app-header no-print'}>
      {narrow && <DrawerMenu items={items} selected={selected} who={who} />}
      <Brand />
      {narrow ? <div className="header-gap" /> : <HeaderMenu items={items} selected={selected} />}
      <div className="header-right">
        <Tooltip title={who}>
          <span className="header-user" data-testid="user-name">
            <span className="header-avatar" aria-hidden>
              {user.displayName.trim().charAt(0).toUpperCase() || '?'}
            </span>
            <span className="header-user-name">{user.displayName}</span>
          </span>
        </Tooltip>
        <HelpButton path={path} role={user.role} />
        <NotificationBell />
        <LangSwitch />
        <Button size="small" onClick={onLogout} data-testid="logout">
          {t('header.logout')}
        </Button>
      </div>
    </Layout.Header>
  );
}
