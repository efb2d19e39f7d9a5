// Kế hoạch OCOP: the plans of the reader's area by year, and "Lập kế hoạch" for those the server lets write one.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, InputNumber, Space, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link, setQuery } from '../../shared/router.ts';
import type { User } from '../../types.ts';
import { useAccess } from '../me/permissions.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { ProgrammeTabs } from './ProgrammeTabs.tsx';
import { CYCLE_ROUTE } from './cycle.ts';
import { programmeApi, programmeKeys, programmePlanPath, type PlanList } from './programme.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

type Row = PlanList['items'][number];

export function ProgrammePlansPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const year = Number(query.get('year')) || undefined;
  const [creating, setCreating] = useState(false);
  const plans = useQuery({ queryKey: programmeKeys.plans(year), queryFn: () => programmeApi.plans(year) });
  return (
    <div className="page page-wide" data-testid="programme-plans">
      <ProgrammeTabs />
      <Space wrap className="block">
        <InputNumber
          aria-label={t('plan.year')}
          placeholder={t('plan.year')}
          min={2018}
          max={2100}
          value={year}
          onChange={(v) => setQuery({ year: v ?? undefined })}
          data-testid="plans-year"
        />
        {access.can('cycle.read') && (
          <Link to={CYCLE_ROUTE} data-testid="plans-cycle-link">
            {t('nav.cycle')} →
          </Link>
        )}
        {access.can('plans.write') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-programme-plan">
            {t('plan.new')}
          </Button>
        )}
      </Space>
      {plans.isError && <Alert type="error" showIcon title={errorText(plans.error)} />}
      <ResponsiveTable<Row>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('plan.none') }}
        columns={[
          {
            title: t('plan.titleField'),
            render: (_, p) => (
              <Link to={programmePlanPath(p.id)} data-testid="programme-plan-link">
                {p.title}
              </Link>
            ),
          },
          { title: t('plan.year'), dataIndex: 'year', width: 80 },
          {
            title: t('plan.unit'),
            render: (_, p) => (
              <>
                {p.unit.name} {p.unit.unitSet === 2024 && <Tag>{t('plan.unitSet2024')}</Tag>}
              </>
            ),
          },
          { title: t('plan.docNumber'), render: (_, p) => p.docNumber ?? '—' },
          { title: t('plan.targets'), dataIndex: 'targetCount', width: 90 },
        ]}
      />
      {creating && <PlanEditor user={user} onClose={() => setCreating(false)} />}
    </div>
  );
}
