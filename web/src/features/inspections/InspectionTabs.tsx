// The inspection pages' own tabs (plans, open findings, risk list, tests and papers), shown by permission.
import { Segmented } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { navigate } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { INSPECTION_ROUTES } from './inspections.ts';
import './inspections.css';

export function InspectionTabs({ current }: { current: string }) {
  const { t } = useT();
  const access = useAccess();
  const options = [
    ...(access.can('inspections.visit') || access.can('inspections.plan')
      ? [{ value: INSPECTION_ROUTES.plans, label: t('insp.tab.plans') }]
      : []),
    { value: INSPECTION_ROUTES.findings, label: t('insp.tab.findings') },
    ...(access.can('inspections.risk') ? [{ value: INSPECTION_ROUTES.risk, label: t('insp.tab.risk') }] : []),
    { value: INSPECTION_ROUTES.evidence, label: t('insp.tab.evidence') },
  ];
  return (
    <div className="insp-tabs" data-testid="inspection-tabs">
      <h1>{t('insp.title')}</h1>
      <Segmented options={options} value={current} onChange={(v) => navigate(String(v))} />
    </div>
  );
}
