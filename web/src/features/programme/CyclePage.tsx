// Chu trình OCOP: where each product of the reader's area stands, from the survey to trade promotion — counts per
// stage, per commune with its responsible officer, and the list (cards, so a phone never scrolls sideways) — then the
// product ideas with their review. Every stage and count is the server's (derived from the facts recorded).
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link } from '../../shared/router.ts';
import { PROGRAMME_ROUTES } from './programme.ts';
import type { User } from '../../types.ts';
import { useAccess } from '../me/permissions.ts';
import { CycleIdeas } from './CycleIdeas.tsx';
import { cycleApi, cycleKeys } from './cycle.ts';

export function CyclePage({ user }: { user: User }) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const mayPipeline = access.can('cycle.pipeline');
  const pipeline = useQuery({
    queryKey: cycleKeys.pipeline(),
    queryFn: () => cycleApi.pipeline(),
    enabled: mayPipeline,
  });
  const p = pipeline.data;
  const stageName = (stage: string) => {
    const c = p?.counts.find((x) => x.stage === stage);
    return c ? c.label[lang] : stage;
  };
  return (
    <div className="page page-wide" data-testid="cycle-page">
      {access.can('plans.read') && (
        <Link to={PROGRAMME_ROUTES.plans} back>
          ← {t('plan.back')}
        </Link>
      )}
      <h2>{t('cycle.title')}</h2>
      <p>{t('cycle.intro')}</p>
      {pipeline.isError && <Alert type="error" showIcon title={errorText(pipeline.error)} />}
      {p && (
        <>
          <h3>{t('cycle.pipeline')}</h3>
          <div className="cycle-stages block" data-testid="cycle-counts">
            {p.counts.map((c) => (
              <Card key={c.stage} size="small" className="cycle-stage" data-testid={`cycle-count-${c.stage}`}>
                <div className="cycle-stage-n">{c.n}</div>
                <div>{c.label[lang]}</div>
              </Card>
            ))}
          </div>
          <h3>{t('cycle.byCommune')}</h3>
          <List
            className="block"
            dataSource={p.communes}
            locale={{ emptyText: t('cycle.none') }}
            renderItem={(c) => (
              <List.Item data-testid="cycle-commune">
                <div style={{ minWidth: 0 }}>
                  <strong>{c.name}</strong> — {c.total}
                  <div>
                    {t('cycle.officer')}:{' '}
                    {c.officer
                      ? `${c.officer.name}${c.officer.phone ? ` (${c.officer.phone})` : ''}`
                      : t('cycle.noOfficer')}
                  </div>
                  <div>
                    {c.counts
                      .filter((x) => x.n > 0)
                      .map((x) => (
                        <Tag key={x.stage}>
                          {stageName(x.stage)}: {x.n}
                        </Tag>
                      ))}
                  </div>
                </div>
              </List.Item>
            )}
          />
          <h3>{t('cycle.items')}</h3>
          <List
            className="block"
            dataSource={p.items}
            locale={{ emptyText: t('cycle.none') }}
            renderItem={(i) => (
              <List.Item data-testid="cycle-item" data-stage={i.stage}>
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <strong>{i.name}</strong> <Tag color="blue">{i.label[lang]}</Tag>
                  <div>
                    {i.producerName ?? '—'} · {i.communeName}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
      <CycleIdeas user={user} />
    </div>
  );
}
