// Where each product of the reader's area (a province reader may narrow it to one commune, ?commune=) stands in the
// OCOP cycle, on today or a past day (?asOf=, "what was true on 31/12/2025"): counts per stage, per commune with its responsible officer (the province's figure is the communes'
// sum), and the list (cards, so a phone never scrolls sideways). Every stage and count is the server's, derived from
// the dates recorded.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Select, Space, Tag } from 'antd';
import { DateInput } from '../../components/FormFields.tsx';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { setQuery } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { useAccess } from '../me/permissions.ts';
import { cycleApi, cycleKeys } from './cycle.ts';

export function CyclePipeline({ asOf, commune }: { asOf?: string; commune?: string }) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const pipeline = useQuery({
    queryKey: cycleKeys.pipeline(commune, asOf),
    queryFn: () => cycleApi.pipeline(commune, asOf),
  });
  // A province reader may narrow the pipeline to one commune (the communes come with their officers).
  const pickCommune = access.scopeLevel === 'province' && access.can('partners.read');
  const communes = useQuery({ queryKey: cycleKeys.officers, queryFn: cycleApi.officers, enabled: pickCommune });
  const p = pipeline.data;
  const stageName = (stage: string) => {
    const c = p?.counts.find((x) => x.stage === stage);
    return c ? c.label[lang] : stage;
  };
  return (
    <section data-testid="cycle-pipeline">
      <h3>{t('cycle.pipeline')}</h3>
      <Space wrap className="block">
        <label>
          {t('cycle.asOf')}{' '}
          <span style={{ display: 'inline-block', width: 140 }}>
            <DateInput
              value={asOf}
              onChange={(v) => {
                if (!v || /^\d{4}-\d{2}-\d{2}$/.test(v)) setQuery({ asOf: v });
              }}
              testId="cycle-as-of"
            />
          </span>
        </label>
        {pickCommune && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 240, maxWidth: '100%' }}
            placeholder={t('cycle.allCommunes')}
            value={commune}
            onChange={(v?: string) => setQuery({ commune: v })}
            options={(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
            data-testid="cycle-commune-filter"
          />
        )}
        {p && <span data-testid="cycle-read-on">{t('cycle.readOn', { date: formatDate(p.on) })}</span>}
      </Space>
      {pipeline.isError && <Alert type="error" showIcon title={errorText(pipeline.error)} />}
      {p && (
        <>
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
    </section>
  );
}
