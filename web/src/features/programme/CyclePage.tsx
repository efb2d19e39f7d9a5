// Chu trình OCOP: the pipeline (today or a past day) with the product ideas, then the business plans and their
// implementation, the communes' surveys, the partners' directory and the communes' responsible officers — each tab
// shown by the permissions the server listed (GET /api/me/permissions), each record's actions by the record itself.
import { Button, Space } from 'antd';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { Link, setQuery, useLocation } from '../../shared/router.ts';
import { PROGRAMME_ROUTES } from './programme.ts';
import type { User } from '../../types.ts';
import { useAccess, type Permission } from '../me/permissions.ts';
import { CycleIdeas } from './CycleIdeas.tsx';
import { CyclePipeline } from './CyclePipeline.tsx';
import { CyclePlans } from './CyclePlans.tsx';
import { CycleSurveys } from './CycleSurveys.tsx';
import { CyclePartners } from './CyclePartners.tsx';
import { CycleOfficers } from './CycleOfficers.tsx';
import { CYCLE_TABS, type CycleTab } from './cycle.ts';

const TAB_NEEDS: Record<CycleTab, Permission> = {
  overview: 'cycle.read',
  plans: 'cycle.read',
  surveys: 'cycle.pipeline',
  partners: 'partners.read',
  officers: 'partners.read',
};
const TAB_LABELS: Record<CycleTab, MessageKey> = {
  overview: 'cycle.tab.overview',
  plans: 'cycle.tab.plans',
  surveys: 'cycle.tab.surveys',
  partners: 'cycle.tab.partners',
  officers: 'cycle.tab.officers',
};

export function CyclePage({ user }: { user: User }) {
  const { t } = useT();
  const access = useAccess();
  const { query } = useLocation();
  const tabs = CYCLE_TABS.filter((x) => access.can(TAB_NEEDS[x]));
  const asked = query.get('tab') as CycleTab | null;
  const tab: CycleTab = asked && tabs.includes(asked) ? asked : 'overview';
  const asOf = query.get('asOf') ?? undefined;
  const commune = query.get('commune') ?? undefined;
  return (
    <div className="page page-wide" data-testid="cycle-page">
      {access.can('plans.read') && (
        <Link to={PROGRAMME_ROUTES.plans} back>
          ← {t('plan.back')}
        </Link>
      )}
      <h2>{t('cycle.title')}</h2>
      <p>{t('cycle.intro')}</p>
      {tabs.length > 1 && (
        <Space wrap className="block" data-testid="cycle-tabs">
          {tabs.map((x) => (
            <Button
              key={x}
              type={x === tab ? 'primary' : 'default'}
              onClick={() => setQuery({ tab: x === 'overview' ? undefined : x, asOf: undefined, commune: undefined })}
              data-testid={`cycle-tab-${x}`}
            >
              {x === 'overview' && !access.can('cycle.pipeline') ? t('cycle.ideas') : t(TAB_LABELS[x])}
            </Button>
          ))}
        </Space>
      )}
      {tab === 'overview' && (
        <>
          {access.can('cycle.pipeline') && <CyclePipeline asOf={asOf} commune={commune} />}
          <CycleIdeas user={user} />
        </>
      )}
      {tab === 'plans' && <CyclePlans />}
      {tab === 'surveys' && <CycleSurveys user={user} />}
      {tab === 'partners' && <CyclePartners user={user} />}
      {tab === 'officers' && <CycleOfficers />}
    </div>
  );
}
