// Hàng đợi công việc: the staff's home page — one tab per work queue of the user's role (what waits for them), plus
// "Quá hạn" and every dossier in scope; each a paged table with search, filters and Excel export. For a producer
// the same page is "Hồ sơ của tôi" with the button that opens a dossier.
import { useState } from 'react';
import { Alert, Badge, Button, Card, Select, Table, Tabs, type TableColumnsType } from 'antd';
import { useT } from '../i18n/index.tsx';
import { useAsync } from '../lib/useAsync.ts';
import { useErrorText } from '../lib/errors.ts';
import { listParams, PAGE_SIZES } from '../lib/list-params.ts';
import { navigate } from '../lib/router.ts';
import { scopeLevelOf } from '../lib/permissions.ts';
import { useUnitNames } from '../lib/units.ts';
import { formatDate } from '../lib/registry.ts';
import { DOSSIER_KINDS, dossierPath, evalApi, queuesOf, type DossierFilter, type DossierKind, type DossierSummary } from '../lib/evaluation.ts';
import type { User } from '../types.ts';
import { ExportButton, SearchBox } from '../components/ListParts.tsx';
import { CommuneSelect } from '../components/UnitSelect.tsx';
import { Deadline, KindTag, OverdueTag, StateTag } from '../components/DossierTags.tsx';
import { StarRating } from '../components/Stars.tsx';
import { CreateDossierModal } from '../components/CreateDossierModal.tsx';
import '../evaluation.css';

const ALL = 'all';

export function WorkQueuesPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const lp = listParams(query);
  const isProducer = user.role === 'producer';
  const mayCreate = isProducer || user.role === 'commune_officer';
  const queues = queuesOf(user.role);
  // Producers see all their dossiers first; staff their first queue.
  const defaultTab = isProducer || queues.length === 0 ? ALL : queues[0]!.id;
  const tab = lp.get('queue') ?? defaultTab;
  const level = scopeLevelOf(user);
  const kind = lp.get('kind') as DossierKind | undefined;
  const filter: DossierFilter = {
    queue: tab === ALL ? undefined : tab,
    q: lp.get('q'),
    kind: kind && DOSSIER_KINDS.includes(kind) ? kind : undefined,
    communeCode: level === 'province' ? lp.get('commune') : undefined,
    year: Number.parseInt(lp.get('year') ?? '', 10) || undefined,
  };
  const key = JSON.stringify({ ...filter, limit: lp.limit, offset: lp.offset });
  const list = useAsync(() => evalApi.dossiers({ ...filter, limit: lp.limit, offset: lp.offset }), [key]);
  // The count of each queue, for the tab badges (one small call per queue).
  const counts = useAsync(
    () => Promise.all(queues.map((qu) => evalApi.dossiers({ queue: qu.id, limit: 1 }).then((r) => [qu.id, r.total] as const, () => [qu.id, 0] as const))),
    [user.role, list.data],
  );
  const count = new Map(counts.data ?? []);
  const rows = list.data?.items ?? [];
  const unitName = useUnitNames([user.provinceCode, ...rows.map((r) => r.provinceCode)]);
  const [creating, setCreating] = useState(false);
  const thisYear = new Date().getFullYear();

  const columns: TableColumnsType<DossierSummary> = [
    {
      key: 'product',
      title: t('ev.product'),
      minWidth: 220,
      render: (_, d) => (
        <div className="cell-main">
          <a
            href={dossierPath(d.id)}
            data-testid={`dossier-link-${d.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(dossierPath(d.id));
            }}
          >
            {d.productName ?? d.productId}
          </a>
          <span className="cell-sub muted">
            {d.receiptNo ? <span className="receipt-no">{d.receiptNo}</span> : t('ev.noReceipt')} · {t('set.no', { n: d.setNo })}
          </span>
        </div>
      ),
    },
    ...(isProducer
      ? []
      : [
          {
            key: 'producer',
            title: t('ev.producer'),
            minWidth: 180,
            render: (_: unknown, d: DossierSummary) => (
              <div className="cell-main">
                <span>{d.producerName}</span>
                <span className="cell-sub muted">{unitName(d.communeCode)}</span>
              </div>
            ),
          },
        ]),
    { key: 'kind', title: t('ev.kind'), width: 120, render: (_, d) => <KindTag kind={d.kind} label={d.kindLabel} /> },
    {
      key: 'state',
      title: t('ev.state'),
      width: 260,
      render: (_, d) => (
        <div className="cell-state">
          <StateTag state={d.state} label={d.stateLabel} />
          {d.finalStar !== null && <StarRating star={d.finalStar} />}
        </div>
      ),
    },
    {
      key: 'deadline',
      title: t('ev.deadline'),
      width: 190,
      render: (_, d) =>
        d.state === 'commune_received' && d.communeDueOn ? (
          <Deadline dueOn={d.communeDueOn} overdue={d.overdue} compact />
        ) : d.overdue ? (
          <OverdueTag />
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'updated', title: t('ev.updated'), width: 110, render: (_, d) => <span className="muted">{formatDate(d.updatedAt)}</span> },
  ];

  const all = { key: ALL, label: <span data-testid="queue-all">{isProducer ? t('ev.allMine') : t('ev.allInScope')}</span> };
  const tabs = [
    ...(isProducer ? [all] : []),
    ...queues.map((qu) => ({
      key: qu.id,
      label: (
        <span data-testid={`queue-${qu.id}`}>
          {pick(qu.label)}{' '}
          <Badge className="tab-badge" count={count.get(qu.id) ?? 0} showZero={false} color={qu.id === 'overdue' ? 'red' : '#17694a'} overflowCount={999} />
        </span>
      ),
    })),
    ...(isProducer ? [] : [all]),
  ];

  return (
    <div className="page page-wide" data-testid="queues-page">
      <div className="page-head page-head-actions">
        <div>
          <h1>{isProducer ? t('ev.myDossiers') : t('ev.queues')}</h1>
          <p className="page-lead">{isProducer ? t('ev.myDossiersLead') : t('ev.queuesLead')}</p>
        </div>
        <div className="page-actions">
          <ExportButton testId="dossier-export" run={() => evalApi.exportDossiers(filter)} />
          {mayCreate && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="dossier-create">
              {t('ev.create')}
            </Button>
          )}
        </div>
      </div>
      <Tabs className="queue-tabs" activeKey={tab} onChange={(k) => lp.setFilter({ queue: k === defaultTab ? undefined : k })} items={tabs} />
      <Card className="toolbar" size="small">
        <div className="toolbar-row">
          <label className="field field-grow">
            <span className="field-label">{t('list.search')}</span>
            <SearchBox testId="dossier-search" value={lp.get('q') ?? ''} onSearch={(q) => lp.setFilter({ q })} placeholder={t('ev.searchPlaceholder')} />
          </label>
          <label className="field field-narrow">
            <span className="field-label">{t('ev.kind')}</span>
            <Select
              allowClear
              data-testid="filter-kind"
              placeholder={t('list.all')}
              value={filter.kind}
              onChange={(v?: string) => lp.setFilter({ kind: v })}
              options={DOSSIER_KINDS.map((k) => ({ value: k, label: t(`ev.kind.${k}`) }))}
            />
          </label>
          {level === 'province' && (
            <label className="field">
              <span className="field-label">{t('unit.commune')}</span>
              <CommuneSelect
                provinceCode={user.provinceCode ?? undefined}
                allowClear
                value={lp.get('commune')}
                onChange={(v) => lp.setFilter({ commune: v })}
                placeholder={t('list.all')}
                testId="filter-commune"
              />
            </label>
          )}
          <label className="field field-narrow">
            <span className="field-label">{t('ev.year')}</span>
            <Select
              allowClear
              data-testid="filter-year"
              placeholder={t('list.all')}
              value={filter.year}
              onChange={(v?: number) => lp.setFilter({ year: v })}
              options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
            />
          </label>
        </div>
      </Card>
      {list.error !== undefined && <Alert className="block" type="error" showIcon title={errorText(list.error)} />}
      <Card className="table-card" size="small">
        <Table<DossierSummary>
          rowKey="id"
          size="middle"
          data-testid="dossier-table"
          columns={columns}
          dataSource={rows}
          loading={list.loading}
          scroll={{ x: 900 }}
          onRow={(d) => ({ 'data-testid': `dossier-row-${d.id}`, 'data-state': d.state }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: filter.q || filter.kind || filter.communeCode || filter.year ? t('list.noMatch') : t('ev.emptyQueue') }}
          pagination={{
            current: lp.page,
            pageSize: lp.size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (n) => t('ev.total', { n }),
            onChange: lp.setPage,
          }}
        />
      </Card>
      {mayCreate && (
        <CreateDossierModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            navigate(dossierPath(d.id));
          }}
        />
      )}
    </div>
  );
}
