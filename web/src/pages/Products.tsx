// Sản phẩm: the products of the user's area — search as you type (product or producer name), filters (set, commune,
// with or without a code), pages from the server, Excel export of the same list, create/edit, product codes.
import { useState } from 'react';
import { Alert, App, Button, Card, Select } from 'antd';
import { useT } from '../i18n/index.tsx';
import { api, type ProductFilter } from '../lib/api.ts';
import { useAsync } from '../lib/useAsync.ts';
import { useErrorText } from '../lib/errors.ts';
import { listParams, PAGE_SIZES } from '../lib/list-params.ts';
import { navigate, ROUTES } from '../lib/router.ts';
import { can, scopeLevelOf } from '../lib/permissions.ts';
import { REGISTRY_RULE_SET } from '../lib/registry.ts';
import { useUnitNames } from '../lib/units.ts';
import type { Product, User } from '../types.ts';
import { ExportButton, SearchBox } from '../components/ListParts.tsx';
import { CommuneSelect, ProvinceSelect } from '../components/UnitSelect.tsx';
import { SetSelect } from '../components/SetSelect.tsx';
import { ProductDrawer } from '../components/ProductDrawer.tsx';
import { ProductCodeModal } from '../components/ProductCodeModal.tsx';
import { ProductsTable } from '../components/ProductsTable.tsx';

export function ProductsPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const lp = listParams(query);
  const level = scopeLevelOf(user);
  const provinceCode = level === 'national' ? lp.get('province') : (user.provinceCode ?? undefined);
  const setNo = Number.parseInt(lp.get('set') ?? '', 10);
  const hasCode = lp.get('code');
  const filter: ProductFilter = {
    q: lp.get('q'),
    provinceCode: level === 'national' ? provinceCode : undefined,
    communeCode: level === 'commune' ? undefined : lp.get('commune'),
    setNo: setNo >= 1 && setNo <= 26 ? setNo : undefined,
    hasCode: hasCode === 'true' || hasCode === 'false' ? hasCode : undefined,
  };
  const key = JSON.stringify({ ...filter, limit: lp.limit, offset: lp.offset });
  const list = useAsync(() => api.products({ ...filter, limit: lp.limit, offset: lp.offset }), [key]);
  const sets = useAsync(() => api.sets(REGISTRY_RULE_SET), []);
  const rows = list.data?.items ?? [];
  const unitName = useUnitNames([user.provinceCode, provinceCode, ...rows.map((r) => r.provinceCode)]);
  const [drawer, setDrawer] = useState<{ product: Product | null } | null>(null);
  const [coding, setCoding] = useState<Product | null>(null);
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const isProducer = user.role === 'producer';
  // A producer account files products for its own producer only; it needs that profile first.
  const own = useAsync(() => (isProducer ? api.producers({ limit: 1 }) : Promise.resolve(undefined)), [isProducer]);
  const ownProducer = own.data?.items[0] ?? null;
  const ownProfileMissing = isProducer && own.data !== undefined && ownProducer === null;

  return (
    <div className="page page-wide" data-testid="products-page">
      <div className="page-head page-head-actions">
        <div>
          <h1>{t('products.title')}</h1>
          <p className="page-lead">{isProducer ? t('products.leadProducer') : t('products.lead')}</p>
        </div>
        <div className="page-actions">
          <ExportButton testId="product-export" run={() => api.exportProducts(filter)} />
          {can(user, 'products.create') && !ownProfileMissing && (
            <Button type="primary" onClick={() => setDrawer({ product: null })} data-testid="product-add">
              {t('products.add')}
            </Button>
          )}
        </div>
      </div>
      <Card className="toolbar" size="small">
        <div className="toolbar-row">
          <label className="field field-grow">
            <span className="field-label">{t('list.search')}</span>
            <SearchBox testId="product-search" value={lp.get('q') ?? ''} onSearch={(q) => lp.setFilter({ q })} placeholder={t('products.searchPlaceholder')} />
          </label>
          <label className="field field-set">
            <span className="field-label">{t('set.label')}</span>
            <SetSelect
              sets={sets.data}
              loading={sets.loading}
              testId="filter-set"
              allowClear
              placeholder={t('list.allSets')}
              value={filter.setNo}
              onChange={(n) => lp.setFilter({ set: n })}
              onClear={() => lp.setFilter({ set: undefined })}
            />
          </label>
          {level === 'national' && (
            <label className="field">
              <span className="field-label">{t('unit.province')}</span>
              <ProvinceSelect allowClear value={lp.get('province')} onChange={(v) => lp.setFilter({ province: v, commune: undefined })} placeholder={t('list.all')} testId="filter-province" />
            </label>
          )}
          {level !== 'commune' && !isProducer && (
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
          <label className="field field-narrow">
            <span className="field-label">{t('product.code')}</span>
            <Select
              allowClear
              data-testid="filter-has-code"
              placeholder={t('list.all')}
              value={filter.hasCode}
              onChange={(v?: string) => lp.setFilter({ code: v })}
              options={[
                { value: 'true', label: t('products.withCode') },
                { value: 'false', label: t('products.withoutCode') },
              ]}
            />
          </label>
        </div>
      </Card>
      {list.error !== undefined && <Alert className="block" type="error" showIcon title={errorText(list.error)} />}
      {ownProfileMissing && (
        <Alert
          className="block"
          type="info"
          showIcon
          title={t('products.needProfile')}
          action={
            <Button size="small" onClick={() => navigate(ROUTES.producers)}>
              {t('producers.createOwn')}
            </Button>
          }
        />
      )}
      <Card className="table-card" size="small">
        <ProductsTable
          user={user}
          rows={rows}
          loading={list.loading}
          sets={sets.data}
          unitName={unitName}
          emptyText={filtered ? t('list.noMatch') : t('products.empty')}
          onEdit={(product) => setDrawer({ product })}
          onCode={setCoding}
          pagination={{
            current: lp.page,
            pageSize: lp.size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (n) => t('products.total', { n }),
            onChange: lp.setPage,
          }}
        />
      </Card>
      <ProductDrawer
        open={drawer !== null}
        product={drawer?.product ?? null}
        producer={ownProducer ? { id: ownProducer.id, name: ownProducer.name } : null}
        sets={sets.data}
        unitName={unitName}
        onClose={() => setDrawer(null)}
        onSaved={(p, created) => {
          setDrawer(null);
          void message.success(created ? t('product.created', { name: p.name }) : t('product.saved', { name: p.name }));
          list.reload();
        }}
      />
      <ProductCodeModal product={coding} onClose={() => setCoding(null)} onAllocated={list.reload} />
    </div>
  );
}
