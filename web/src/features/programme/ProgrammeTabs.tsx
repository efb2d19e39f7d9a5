// The programme pages' own tabs (plans, the OCOP cycle, activities, funding), shown by the permissions the server listed.
import { Segmented } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { navigate, useLocation } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { ACTIVITY_ROUTE, FUNDING_ROUTE, PROGRAMME_ROUTES } from './programme.ts';
import { CYCLE_ROUTE } from './cycle.ts';

export function ProgrammeTabs() {
  const { t } = useT();
  const access = useAccess();
  const { path } = useLocation();
  const options = [
    ...(access.can('plans.read') ? [{ value: PROGRAMME_ROUTES.plans, label: t('nav.plans') }] : []),
    ...(access.can('cycle.read') ? [{ value: CYCLE_ROUTE, label: t('nav.cycle') }] : []),
    ...(access.can('activities.read') ? [{ value: ACTIVITY_ROUTE, label: t('nav.activities') }] : []),
    ...(access.can('funding.read') ? [{ value: FUNDING_ROUTE, label: t('nav.funding') }] : []),
  ];
  return (
    <div className="block" data-testid="programme-tabs">
      <h1>{t('plan.programme')}</h1>
      <Segmented options={options} value={path} onChange={(v) => navigate(String(v))} />
    </div>
  );
}
