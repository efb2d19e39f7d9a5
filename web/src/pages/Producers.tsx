// Chủ thể OCOP: the producers of the user's area — search as you type, filters, pages from the server, Excel export
// of the same filtered list, and the create/edit drawer.
import { useState, type HTMLAttributes } from 'react';
import { Alert, App, Button, Card, Empty, Select, Table, type TableColumnsType } from 'antd';
import { useT } from '../i18n/index.tsx';
import { api, type ProducerFilter } from '../lib/api.ts';
import { useAsync } from '../lib/useAsync.ts';
import { useErrorText } from '../lib/errors.ts';
import { navigate, producerPath } from '../lib/router.ts';
import { listParams, PAGE_SIZES } from '../lib/list-params.ts';
import { can, scopeLevelOf } from '../lib/permissions.ts';
import { LEGAL_TYPE_KEYS, LEGAL_TYPES } from '../lib/registry.ts';
import { useUnitNames } from '../lib/units.ts';
import type { LegalType, Producer, User } from '../types.ts';
import { ActiveTag, Criterion32Tag, ExportButton, SearchBox } from '../components/ListParts.tsx';
import { CommuneSelect, ProvinceSelect } from '../components/UnitSelect.tsx';
import { ProducerDrawer } from '../components/ProducerDrawer.tsx';
import { RepresentativeText } from '../components/Representative.tsx';

export function ProducersPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const lp = listParams(query);
  const level = scopeLevelOf(user);
  const provinceCode = level === 'national' ? lp.get('province') : (user.provinceCode ?? undefined);
  const filter: ProducerFilter = {
    q: lp.get('q'),
    provinceCode: level === 'national' ? provinceCode : undefined,
    communeCode: level === 'commune' ? undefined : lp.get('commune'),
    legalType: lp.get('type') as LegalType | undefined,
    status: lp.get('status') as 'active' | 'inactive' | undefined,
  };
  const key = JSON.stringify({ ...filter, limit: lp.limit, offset: lp.offset });
  const list = useAsync(() => api.producers({ ...filter, limit: lp.limit, offset: lp.offset }), [key]);
  const rows = list.data?.items ?? [];
  const unitName = useUnitNames([user.provinceCode, provinceCode, ...rows.map((r) => r.provinceCode)]);
  const [drawer, setDrawer] = useState<{ producer: Producer | null } | null>(null);
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const isProducer = user.role === 'producer';
  // A producer account sees only its own producer; before it has one, it is offered to create it.
  const ownProfileMissing = isProducer && list.data !== undefined && list.data.total === 0;

  const columns: TableColumnsType<Producer> = [
    {
      key: 'name',
      title: t('producer.name'),
      minWidth: 240,
      render: (_, p) => (
        <div className="cell-main">
          <a
            href={producerPath(p.id)}
            onClick={(e) => {
              e.preventDefault();
              navigate(producerPath(p.id));
            }}
            data-testid="producer-link"
          >
            {p.name}
          </a>
          {p.status !== 'active' && <ActiveTag status={p.status} />}
        </div>
      ),
    },
    { key: 'legalType', title: t('producer.legalType'), width: 190, render: (_, p) => t(LEGAL_TYPE_KEYS[p.legalType]) },
    { key: 'commune', title: t('unit.commune'), width: 170, render: (_, p) => unitName(p.communeCode) },
    { key: 'registrationNo', title: t('producer.registrationNoShort'), width: 140, render: (_, p) => p.registrationNo ?? <span className="muted">—</span> },
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
  if (can(user, 'producers.update')) {
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
      <div className="page-head page-head-actions">
        <div>
          <h1>{t('producers.title')}</h1>
          <p className="page-lead">{isProducer ? t('producers.leadProducer') : t('producers.lead')}</p>
        </div>
        <div className="page-actions">
          {!ownProfileMissing && <ExportButton testId="producer-export" run={() => api.exportProducers(filter)} />}
          {can(user, 'producers.create') && !isProducer && (
            <Button type="primary" onClick={() => setDrawer({ producer: null })} data-testid="producer-add">
              {t('producers.add')}
            </Button>
          )}
        </div>
      </div>
      {!isProducer && (
        <Card className="toolbar" size="small">
          <div className="toolbar-row">
            <label className="field field-grow">
              <span className="field-label">{t('list.search')}</span>
              <SearchBox testId="producer-search" value={lp.get('q') ?? ''} onSearch={(q) => lp.setFilter({ q })} placeholder={t('producers.searchPlaceholder')} />
            </label>
            {level === 'national' && (
              <label className="field">
                <span className="field-label">{t('unit.province')}</span>
                <ProvinceSelect allowClear value={lp.get('province')} onChange={(v) => lp.setFilter({ province: v, commune: undefined })} placeholder={t('list.all')} testId="filter-province" />
              </label>
            )}
            {level !== 'commune' && (
              <label className="field">
                <span className="field-label">{t('unit.commune')}</span>
                <CommuneSelect
                  provinceCode={provinceCode}
                  allowClear
                  value={lp.get('commune')}
                  onChange={(v) => lp.setFilter({ commune: v })}
                  placeholder={provinceCode ? t('list.all') : undefined}
                  testId="filter-commune"
                />
              </label>
            )}
            <label className="field">
              <span className="field-label">{t('producer.legalType')}</span>
              <Select<LegalType>
                allowClear
                data-testid="filter-legal-type"
                placeholder={t('list.all')}
                value={lp.get('type') as LegalType | undefined}
                onChange={(v) => lp.setFilter({ type: v })}
                options={LEGAL_TYPES.map((lt) => ({ value: lt, label: t(LEGAL_TYPE_KEYS[lt]) }))}
                popupMatchSelectWidth={false}
              />
            </label>
            <label className="field field-narrow">
              <span className="field-label">{t('list.status')}</span>
              <Select
                allowClear
                data-testid="filter-status"
                placeholder={t('list.all')}
                value={lp.get('status')}
                onChange={(v?: string) => lp.setFilter({ status: v })}
                options={[
                  { value: 'active', label: t('status.active') },
                  { value: 'inactive', label: t('status.inactive') },
                ]}
              />
            </label>
          </div>
        </Card>
      )}
      {list.error !== undefined && <Alert className="block" type="error" showIcon title={errorText(list.error)} />}
      {ownProfileMissing ? (
        <Card>
          <Empty description={t('producers.noOwnProfile')}>
            <Button type="primary" onClick={() => setDrawer({ producer: null })} data-testid="producer-add-own">
              {t('producers.createOwn')}
            </Button>
          </Empty>
        </Card>
      ) : (
        <Card className="table-card" size="small">
          <Table<Producer>
            data-testid="producers-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.loading}
            scroll={{ x: 1080 }}
            onRow={(p) => ({ 'data-testid': `producer-row`, 'data-name': p.name }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('list.noMatch') : t('producers.empty')} /> }}
            pagination={{
              current: lp.page,
              pageSize: lp.size,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (n) => t('producers.total', { n }),
              onChange: lp.setPage,
            }}
          />
        </Card>
      )}
      <ProducerDrawer
        open={drawer !== null}
        user={user}
        producer={drawer?.producer ?? null}
        onClose={() => setDrawer(null)}
        onSaved={(p, created) => {
          setDrawer(null);
          void message.success(created ? t('producer.created', { name: p.name }) : t('producer.saved', { name: p.name }));
          list.reload();
        }}
        onOpenExisting={(id) => {
          setDrawer(null);
          navigate(producerPath(id));
        }}
      />
    </div>
  );
}
