// Sản phẩm: the products of the user's area — search as you type (product or producer name), filters (set, commune,
// with or without a code), pages from the server, Excel export of the same list, create/edit, product codes.
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { Alert, App, Button, Card } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type ProductFilter } from '../../shared/api.ts';
import { listParams } from '../../shared/list-params.ts';
import { navigate, ROUTES } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { REGISTRY_RULE_SET } from './registry.ts';
import type { Product, User } from '../../types.ts';
import { ExportButton } from '../../components/ListParts.tsx';
import {
  anyFilter,
  ChoiceFilter,
  FilterField,
  ListError,
  listPagination,
  ListToolbar,
  PageHead,
  SearchField,
  useServerList,
} from '../../components/ListPage.tsx';
import { AreaFilters, useAreaFilter } from '../reference/AreaFilters.tsx';
import { SetSelect } from '../criteria/SetSelect.tsx';
import { ProductDrawer } from './ProductDrawer.tsx';
import { ProductCodeModal } from './ProductCodeModal.tsx';
import { ProductsTable } from './ProductsTable.tsx';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate, useSets } from '../../shared/queries.ts';

/** The producer picker names communes from the producers the server sends; nothing else to look up here. */
const codeOnly = (code: string | null | undefined) => code ?? '';

export function ProductsPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const guide = useGuide();
  const { message } = App.useApp();
  const access = useAccess();
  const lp = listParams(query);
  const area = useAreaFilter(user, lp);
  const setNo = Number.parseInt(lp.get('set') ?? '', 10);
  const hasCode = lp.get('code');
  const filter: ProductFilter = {
    q: lp.get('q'),
    ...area.filter,
    setNo: setNo >= 1 && setNo <= 26 ? setNo : undefined,
    hasCode: hasCode === 'true' || hasCode === 'false' ? hasCode : undefined,
  };
  const list = useServerList(keys.products, lp, filter, api.products);
  const sets = useSets(REGISTRY_RULE_SET);
  const invalidate = useInvalidate();
  const [drawer, setDrawer] = useState<{ product: Product | null } | null>(null);
  const [coding, setCoding] = useState<Product | null>(null);
  const isProducer = access.ownProducerOnly;
  // A producer account files products for its own producer only; it needs that profile first.
  const own = useQuery({
    queryKey: [...keys.producers, 'list', { limit: 1 }],
    queryFn: () => api.producers({ limit: 1 }),
    enabled: isProducer,
  });
  const ownProducer = own.data?.items[0] ?? null;
  const ownProfileMissing = isProducer && own.data !== undefined && ownProducer === null;

  return (
    <div className="page page-wide" data-testid="products-page">
      <PageHead title={t('products.title')} lead={isProducer ? t('products.leadProducer') : t('products.lead')}>
        <ExportButton testId="product-export" run={() => api.exportProducts(filter)} />
        {access.can('products.create') && !ownProfileMissing && (
          <Button type="primary" onClick={() => setDrawer({ product: null })} data-testid="product-add">
            {t('products.add')}
          </Button>
        )}
      </PageHead>
      <ListToolbar>
        <SearchField lp={lp} testId="product-search" placeholder={t('products.searchPlaceholder')} />
        <FilterField label={t('set.label')} size="set">
          <SetSelect
            sets={sets.data}
            loading={sets.isLoading}
            testId="filter-set"
            allowClear
            placeholder={t('list.allSets')}
            value={filter.setNo}
            onChange={(n) => lp.setFilter({ set: n })}
            onClear={() => lp.setFilter({ set: undefined })}
          />
        </FilterField>
        <AreaFilters area={area} lp={lp} />
        <ChoiceFilter
          lp={lp}
          param="code"
          label={t('product.code')}
          testId="filter-has-code"
          narrow
          value={filter.hasCode}
          options={[
            { value: 'true', label: t('products.withCode') },
            { value: 'false', label: t('products.withoutCode') },
          ]}
        />
      </ListToolbar>
      <ListError error={list.error} />
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
          rows={list.data?.items ?? []}
          loading={list.isFetching}
          sets={sets.data}
          emptyText={
            anyFilter(filter) ? (
              t('list.noMatch')
            ) : (
              <EmptyHint
                what={t('products.empty')}
                hint={guide.empty.products}
                action={
                  access.can('products.create') && !ownProfileMissing
                    ? {
                        label: guide.emptyAction.products,
                        onClick: () => setDrawer({ product: null }),
                        testId: 'empty-product-add',
                      }
                    : undefined
                }
              />
            )
          }
          onEdit={(product) => setDrawer({ product })}
          onCode={setCoding}
          pagination={listPagination(lp, list.data?.total ?? 0, (n) => t('products.total', { n }))}
        />
      </Card>
      <ProductDrawer
        open={drawer !== null}
        product={drawer?.product ?? null}
        producer={ownProducer ? { id: ownProducer.id, name: ownProducer.name } : null}
        sets={sets.data}
        unitName={codeOnly}
        onClose={() => setDrawer(null)}
        onSaved={(p, created) => {
          setDrawer(null);
          void message.success(created ? t('product.created', { name: p.name }) : t('product.saved', { name: p.name }));
          invalidate(keys.products);
        }}
      />
      <ProductCodeModal
        product={coding}
        onClose={() => setCoding(null)}
        onAllocated={() => invalidate(keys.products)}
      />
    </div>
  );
}
