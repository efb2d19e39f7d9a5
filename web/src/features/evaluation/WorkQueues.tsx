// Hàng đợi công việc: the staff's home page — one tab per work queue of the user's role (what waits for them), plus
// "Quá hạn" and every dossier in scope; each a paged table with search, filters and Excel export. For a producer
// the same page is "Hồ sơ của tôi" with the button that opens a dossier.
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { Badge, Button, Tabs, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { listParams } from '../../shared/list-params.ts';
import { navigate } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { useUnitNames } from '../reference/units.ts';
import { formatDate } from '../registry/registry.ts';
import {
  DOSSIER_KINDS,
  dossierPath,
  evalApi,
  type DossierFilter,
  type DossierKind,
  type DossierSummary,
} from './evaluation.ts';
import type { User } from '../../types.ts';
import { ExportButton, PageLink } from '../../components/ListParts.tsx';
import {
  anyFilter,
  ChoiceFilter,
  ListError,
  ListTable,
  ListToolbar,
  PageHead,
  SearchField,
  useServerList,
} from '../../components/ListPage.tsx';
import { AreaFilters, useAreaFilter } from '../reference/AreaFilters.tsx';
import { Deadline, KindTag, OverdueTag, StateTag } from './DossierTags.tsx';
import { StarRating } from '../criteria/Stars.tsx';
import { CreateDossierModal } from './CreateDossierModal.tsx';
import './evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';

const ALL = 'all';

export function WorkQueuesPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t, pick } = useT();
  const guide = useGuide();
  const lp = listParams(query);
  // The role's queues, where its work starts and whether it files dossiers, as the server says (/api/me/permissions).
  const access = useAccess();
  const { queues } = access;
  const isProducer = access.home === 'my-dossiers';
  const mayCreate = access.can('dossiers.create');
  // Producers see all their dossiers first; staff their first queue.
  const defaultTab = isProducer || queues.length === 0 ? ALL : queues[0]!.id;
  const tab = lp.get('queue') ?? defaultTab;
  // Dossiers are narrowed by commune inside a province; there is no province filter here.
  const area = useAreaFilter(user, lp, { withProvince: false });
  const kind = lp.get('kind') as DossierKind | undefined;
  const filter: DossierFilter = {
    queue: tab === ALL ? undefined : tab,
    q: lp.get('q'),
    kind: kind && DOSSIER_KINDS.includes(kind) ? kind : undefined,
    communeCode: area.filter.communeCode,
    year: Number.parseInt(lp.get('year') ?? '', 10) || undefined,
  };
  const list = useServerList(keys.dossiers, lp, filter, evalApi.dossiers);
  // The count of each queue, for the tab badges (one small call per queue).
  const counts = useQuery({
    queryKey: [...keys.dossiers, 'queue-counts', user.role],
    queryFn: () =>
      Promise.all(
        queues.map((qu) =>
          evalApi.dossiers({ queue: qu.id, limit: 1 }).then(
            (r) => [qu.id, r.total] as const,
            () => [qu.id, 0] as const,
          ),
        ),
      ),
  });
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
          <PageLink path={dossierPath(d.id)} testId={`dossier-link-${d.id}`}>
            {d.productName ?? d.productId}
          </PageLink>
          <span className="cell-sub muted">
            {d.receiptNo ? <span className="receipt-no">{d.receiptNo}</span> : t('ev.noReceipt')} ·{' '}
            {t('set.no', { n: d.setNo })}
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
          <Deadline dueOn={d.communeDueOn} overdue={d.overdue} compact holidayNote={d.communeDueOnNote} />
        ) : d.overdue ? (
          <OverdueTag />
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'updated',
      title: t('ev.updated'),
      width: 110,
      render: (_, d) => <span className="muted">{formatDate(d.updatedAt)}</span>,
    },
  ];

  const all = {
    key: ALL,
    label: <span data-testid="queue-all">{isProducer ? t('ev.allMine') : t('ev.allInScope')}</span>,
  };
  const tabs = [
    ...(isProducer ? [all] : []),
    ...queues.map((qu) => ({
      key: qu.id,
      label: (
        <span data-testid={`queue-${qu.id}`}>
          {pick(qu.label)}{' '}
          <Badge
            className="tab-badge"
            count={count.get(qu.id) ?? 0}
            showZero={false}
            color={qu.id === 'overdue' ? 'red' : '#17694a'}
            overflowCount={999}
          />
        </span>
      ),
    })),
    ...(isProducer ? [] : [all]),
  ];

  return (
    <div className="page page-wide" data-testid="queues-page">
      <PageHead
        title={isProducer ? t('ev.myDossiers') : t('ev.queues')}
        lead={isProducer ? t('ev.myDossiersLead') : t('ev.queuesLead')}
      >
        <ExportButton testId="dossier-export" run={() => evalApi.exportDossiers(filter)} />
        {mayCreate && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="dossier-create">
            {t('ev.create')}
          </Button>
        )}
      </PageHead>
      <Tabs
        className="queue-tabs"
        activeKey={tab}
        onChange={(k) => lp.setFilter({ queue: k === defaultTab ? undefined : k })}
        items={tabs}
      />
      <ListToolbar>
        <SearchField lp={lp} testId="dossier-search" placeholder={t('ev.searchPlaceholder')} />
        <ChoiceFilter
          lp={lp}
          param="kind"
          label={t('ev.kind')}
          testId="filter-kind"
          narrow
          value={filter.kind}
          options={DOSSIER_KINDS.map((k) => ({ value: k, label: t(`ev.kind.${k}`) }))}
        />
        <AreaFilters area={area} lp={lp} />
        <ChoiceFilter<number>
          lp={lp}
          param="year"
          label={t('ev.year')}
          testId="filter-year"
          narrow
          value={filter.year}
          options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
        />
      </ListToolbar>
      <ListError error={list.error} />
      <ListTable<DossierSummary>
        testId="dossier-table"
        columns={columns}
        list={list}
        scrollX={900}
        rowAttributes={(d) => ({ 'data-testid': `dossier-row-${d.id}`, 'data-state': d.state })}
        filtered={anyFilter({ ...filter, queue: undefined })}
        emptyText={
          <EmptyHint
            what={t('ev.emptyQueue')}
            hint={isProducer ? guide.empty.myDossiers : guide.empty.queue}
            action={
              mayCreate && isProducer
                ? {
                    label: guide.emptyAction.myDossiers,
                    onClick: () => setCreating(true),
                    testId: 'empty-dossier-create',
                  }
                : undefined
            }
          />
        }
        pages={{ lp, showTotal: (n) => t('ev.total', { n }) }}
      />
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
