import { Button, Layout, Menu, Tooltip } from 'antd';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { navigate, ROUTES } from '../lib/router.ts';
import type { User } from '../types.ts';
import { LangSwitch } from './LangSwitch.tsx';
import { Brand } from './Brand.tsx';

const ROLE_KEYS: Record<string, MessageKey> = {
  admin: 'role.admin',
  province_office: 'role.province_office',
  province_council_chair: 'role.province_council_chair',
  province_council_member: 'role.province_council_member',
  advisory_member: 'role.advisory_member',
  commune_officer: 'role.commune_officer',
  ministry_office: 'role.ministry_office',
  central_council_member: 'role.central_council_member',
  producer: 'role.producer',
};

export function AppHeader({ user, path, onLogout }: { user: User; path: string; onLogout: () => void }) {
  const { t } = useT();
  const roleKey = ROLE_KEYS[user.role];
  return (
    <Layout.Header className="app-header no-print">
      <Brand />
      <Menu
        className="app-nav"
        mode="horizontal"
        selectedKeys={[path]}
        onClick={({ key }) => navigate(key)}
        items={[
          { key: ROUTES.selfAssessment, label: <span data-testid="nav-self-assessment">{t('nav.selfAssessment')}</span> },
          { key: ROUTES.criteria, label: <span data-testid="nav-criteria">{t('nav.criteria')}</span> },
        ]}
      />
      <div className="header-right">
        <Tooltip title={roleKey ? t(roleKey) : user.role}>
          <span className="header-user" data-testid="user-name">
            <span className="header-avatar" aria-hidden>
              {user.displayName.trim().charAt(0).toUpperCase() || '?'}
            </span>
            <span className="header-user-name">{user.displayName}</span>
          </span>
        </Tooltip>
        <LangSwitch />
        <Button size="small" onClick={onLogout} data-testid="logout">
          {t('header.logout')}
        </Button>
      </div>
    </Layout.Header>
  );
}
