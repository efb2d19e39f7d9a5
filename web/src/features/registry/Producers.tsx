// Chủ thể OCOP: the producers of the user's area — search as you type, filters, pages from the server, Excel export
// of the same filtered list, and the create/edit drawer.
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { App, Button, Card, Empty, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type ProducerFilter } from '../../shared/api.ts';
import { navigate, producerPath } from '../../shared/router.ts';
import { listParams } from '../../shared/list-params.ts';
import { useAccess } from '../me/permissions.ts';
import { LEGAL_TYPE_KEYS, LEGAL_TYPES } from './registry.ts';
import type { LegalType, Producer, User } from '../../types.ts';
import { ActiveTag, Criterion32Tag, ExportButton, PageLink, placeText } from '../../components/ListParts.tsx';
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
import { ProducerDrawer } from './ProducerDrawer.tsx';
import { RepresentativeText } from './Representative.tsx';
import { keys, useInvalidate } from '../../shared/queries.ts';

export function ProducersPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const guide = useGuide();
  const { message } = App.useApp();
  const access = useAccess();
  const lp = listParams(query);
  const area = useAreaFilter(user, lp);
  const filter: ProducerFilter = {
    q: lp.get('q'),
    ...area.filter,
    legalType: lp.get('type') as LegalType | undefined,
    status: lp.get('status') as 'active' | 'inactive' | undefined,
  };
  const list = useServerList(keys.producers, lp, filter, api.producers);
  const invalidate = useInvalidate();
  const [drawer, setDrawer] = useState<{ producer: Producer | null } | null>(null);
  const isProducer = access.ownProducerOnly;
  // A producer account sees only its own producer; before it has one, it is offered to create it.
  const ownProfileMissing = isProducer && list.data !== undefined && list.data.total === 0;

  const columns: TableColumnsType<Producer> = [
    {
      key: 'name',
      title: t('producer.name'),
      minWidth: 240,
      render: (_, p) => (
        <div className="cell-main">
          <PageLink path={producerPath(p.id)} testId="producer-link">
            {p.name}
          </PageLink>
          {p.status !== 'active' && <ActiveTag status={p.status} />}
        </div>
      ),
    },
    { key: 'legalType', title: t('producer.legalType'), width: 190, render: (_, p) => t(LEGAL_TYPE_KEYS[p.legalType]) },
    { key: 'commune', title: t('unit.commune'), width: 170, render: (_, p) => placeText(p.communeName, p.communeCode) },
    {
      key: 'registrationNo',
      title: t('producer.registrationNoShort'),
      width: 140,
      render: (_, p) => p.registrationNo ?? <span className="muted">—</span>,
    },
    {
      key: 'representative',
      title: t('producer.representative'),
      width: 250,
      render: (_, p) => (
        <div className="cell-rep">
          <RepresentativeText producer={p} />
          {p.qualifiesFor32 && <Criterion32Tag />}
        </div>
      ),
    },
  ];
  if (access.can('producers.update')) {
    columns.push({
      key: 'actions',
      title: '',
      width: 80,
      align: 'right',
      render: (_, p) => (
        <Button size="small" type="link" onClick={() => setDrawer({ producer: p })} data-testid="producer-edit">
          {t('action.edit')}
        </Button>
      ),
    });
  }

  return (
    <div className="page page-wide" data-testid="producers-page">
      <PageHead title={t('producers.title')} lead={isProducer ? t('producers.leadProducer') : t('producers.lead')}>
        {!ownProfileMissing && <ExportButton testId="producer-export" run={() => api.exportProducers(filter)} />}
        {access.can('producers.create') && !isProducer && (
          <Button type="primary" onClick={() => setDrawer({ producer: null })} data-testid="producer-add">
            {t('producers.add')}
          </Button>
        )}
      </PageHead>
      {!isProducer && (
        <ListToolbar>
          <SearchField lp={lp} testId="producer-search" placeholder={t('producers.searchPlaceholder')} />
          <AreaFilters area={area} lp={lp} />
          <ChoiceFilter<LegalType>
            lp={lp}
            param="type"
            label={t('producer.legalType')}
            testId="filter-legal-type"
            wide
            options={LEGAL_TYPES.map((lt) => ({ value: lt, label: t(LEGAL_TYPE_KEYS[lt]) }))}
          />
          <ChoiceFilter
            lp={lp}
            param="status"
            label={t('list.status')}
            testId="filter-status"
            narrow
            options={[
              { value: 'active', label: t('status.active') },
              { value: 'inactive', label: t('status.inactive') },
            ]}
          />
        </ListToolbar>
      )}
      <ListError error={list.error} />
      {ownProfileMissing ? (
        <Card>
          <Empty description={t('producers.noOwnProfile')}>
            <Button type="primary" onClick={() => setDrawer({ producer: null })} data-testid="producer-add-own">
              {t('producers.createOwn')}
            </Button>
          </Empty>
        </Card>
      ) : (
        <ListTable<Producer>
          testId="producers-table"
          columns={columns}
          list={list}
          scrollX={1080}
          rowAttributes={(p) => ({ 'data-testid': 'producer-row', 'data-name': p.name })}
          filtered={anyFilter(filter)}
          emptyText={
            <EmptyHint
              what={t('producers.empty')}
              hint={guide.empty.producers}
              action={
                access.can('producers.create') && !isProducer
                  ? {
                      label: guide.emptyAction.producers,
                      onClick: () => setDrawer({ producer: null }),
                      testId: 'empty-producer-add',
                    }
                  : undefined
              }
            />
          }
          pages={{ lp, showTotal: (n) => t('producers.total', { n }) }}
        />
      )}
      <ProducerDrawer
        open={drawer !== null}
        user={user}
        producer={drawer?.producer ?? null}
        onClose={() => setDrawer(null)}
        onSaved={(p, created) => {
          setDrawer(null);
          void message.success(
            created ? t('producer.created', { name: p.name }) : t('producer.saved', { name: p.name }),
          );
          invalidate(keys.producers);
        }}
        onOpenExisting={(id) => {
          setDrawer(null);
          navigate(producerPath(id));
        }}
      />
    </div>
  );
}
