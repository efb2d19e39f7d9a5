// One plan and how far each target has come, on today or a past day ("what was true on 31/12/2024"): actual / target
// with its state, the trend at each quarter's end, and the figure per commune. Every figure is the server's, counted
// from the work recorded; nothing here is typed in.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { DateInput } from '../../components/FormFields.tsx';
import { formatDate } from '../registry/registry.ts';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link, navigate, setQuery } from '../../shared/router.ts';
import type { User } from '../../types.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanTargets } from './PlanTargets.tsx';
import { PROGRAMME_ROUTES, programmeApi, programmeKeys } from './programme.ts';

export function ProgrammePlanPage({ user, id, query }: { user: User; id: string; query: URLSearchParams }) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const asOf = query.get('asOf') ?? undefined;
  const [editing, setEditing] = useState(false);
  const plan = useQuery({ queryKey: programmeKeys.plan(id, asOf), queryFn: () => programmeApi.plan(id, asOf) });
  const p = plan.data;
  const remove = async () => {
    try {
      await programmeApi.remove(id);
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(PROGRAMME_ROUTES.plans);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <div className="page page-wide" data-testid="programme-plan">
      <Link to={PROGRAMME_ROUTES.plans} back>
        ← {t('plan.back')}
      </Link>
      {plan.isError && <Alert type="error" showIcon title={errorText(plan.error)} />}
      {p && (
        <>
          <h2 data-testid="plan-heading">{p.title}</h2>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} className="block">
            <Descriptions.Item label={t('plan.unit')}>
              {p.unit.name} {p.unit.unitSet === 2024 && <Tag>{t('plan.unitSet2024')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('plan.year')}>{p.year}</Descriptions.Item>
            <Descriptions.Item label={t('plan.docNumber')}>
              {[p.docNumber, p.docDate].filter(Boolean).join(' — ') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Space wrap className="block">
            <label>
              {t('plan.asOf')}{' '}
              <span style={{ display: 'inline-block', width: 140 }}>
                <DateInput
                  value={asOf}
                  onChange={(v) => {
                    if (!v || /^\d{4}-\d{2}-\d{2}$/.test(v)) setQuery({ asOf: v });
                  }}
                  testId="plan-as-of"
                />
              </span>
            </label>
            <span data-testid="plan-read-on">{t('plan.readOn', { date: formatDate(p.period.on) })}</span>
            {p.may.edit && (
              <Button onClick={() => setEditing(true)} data-testid="plan-edit">
                {t('plan.edit')}
              </Button>
            )}
            {p.may.delete && (
              <Popconfirm title={t('plan.deleteConfirm')} onConfirm={() => void remove()}>
                <Button danger>{t('plan.delete')}</Button>
              </Popconfirm>
            )}
          </Space>
          {p.period.notStarted && <Alert className="block" type="info" showIcon title={t('plan.notStarted')} />}
          <PlanTargets plan={p} />
        </>
      )}
      {editing && p && <PlanEditor user={user} plan={p} onClose={() => setEditing(false)} />}
    </div>
  );
}
