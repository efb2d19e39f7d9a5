// One producer: its profile (legal type, place, registration, representative and criterion 3.2, contact) and its
// products, with editing, adding a product and issuing product codes for those allowed to.
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { Link, navigate, producerPath, ROUTES } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { formatDate, LEGAL_TYPE_KEYS, REGISTRY_RULE_SET } from './registry.ts';
import type { Product, User } from '../../types.ts';
import { ActiveTag, Criterion32Tag, placeText } from '../../components/ListParts.tsx';
import { ProducerDrawer } from './ProducerDrawer.tsx';
import { ProductDrawer } from './ProductDrawer.tsx';
import { ProductCodeModal } from './ProductCodeModal.tsx';
import { ProductsTable } from './ProductsTable.tsx';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate, useSets } from '../../shared/queries.ts';

export function ProducerDetailPage({ user, id }: { user: User; id: string }) {
  const { t } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const producer = useQuery({ queryKey: keys.producer(id), queryFn: () => api.producer(id) });
  const products = useQuery({
    queryKey: [...keys.products, 'list', { producerId: id, limit: 500 }],
    queryFn: () => api.products({ producerId: id, limit: 500 }),
  });
  const sets = useSets(REGISTRY_RULE_SET);
  const invalidate = useInvalidate();
  const p = producer.data;
  const access = useAccess();
  const [editing, setEditing] = useState(false);
  const [productDrawer, setProductDrawer] = useState<{ product: Product | null } | null>(null);
  const [coding, setCoding] = useState<Product | null>(null);

  const back = (
    <Link className="back-link" to={ROUTES.producers} back>
      ← {t('producers.title')}
    </Link>
  );

  if (producer.isError) {
    return (
      <div className="page page-wide">
        {back}
        <Alert type="error" showIcon title={errorText(producer.error)} />
      </div>
    );
  }
  if (!p) {
    return (
      <div className="page page-wide">
        {back}
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  const r = p.representative;
  const dash = <span className="muted">—</span>;
  return (
    <div className="page page-wide" data-testid="producer-detail">
      {back}
      <div className="page-head page-head-actions">
        <div>
          <h1 data-testid="producer-title">{p.name}</h1>
          <div className="detail-tags">
            <Tag>{t(LEGAL_TYPE_KEYS[p.legalType])}</Tag>
            <ActiveTag status={p.status} />
            {p.qualifiesFor32 && <Criterion32Tag />}
            <span className="muted">
              {[p.communeName ?? p.communeCode, p.provinceName ?? p.provinceCode].join(', ')}
            </span>
          </div>
        </div>
        <div className="page-actions">
          {access.can('producers.update') && (
            <Button onClick={() => setEditing(true)} data-testid="producer-edit">
              {t('action.edit')}
            </Button>
          )}
          {access.can('products.create') && p.status === 'active' && (
            <Button
              type="primary"
              onClick={() => setProductDrawer({ product: null })}
              data-testid="producer-add-product"
            >
              {t('products.add')}
            </Button>
          )}
        </div>
      </div>

      <Card className="block" size="small" title={t('producer.profile')}>
        <Descriptions
          size="small"
          bordered
          className="producer-facts"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
          items={[
            { key: 'legalType', label: t('producer.legalType'), children: t(LEGAL_TYPE_KEYS[p.legalType]) },
            { key: 'registrationNo', label: t('producer.registrationNo'), children: p.registrationNo ?? dash },
            { key: 'commune', label: t('unit.commune'), children: placeText(p.communeName, p.communeCode) },
            {
              key: 'registrationDate',
              label: t('producer.registrationDate'),
              children: p.registrationDate ? formatDate(p.registrationDate) : dash,
            },
            { key: 'province', label: t('unit.province'), children: placeText(p.provinceName, p.provinceCode) },
            { key: 'taxCode', label: t('producer.taxCode'), children: p.taxCode ?? dash },
            { key: 'repName', label: t('producer.repName'), children: r.name ?? dash },
            {
              key: 'repSex',
              label: t('producer.repSex'),
              children: r.sex ? t(r.sex === 'nu' ? 'sex.nu' : 'sex.nam') : dash,
            },
            { key: 'repEthnicity', label: t('producer.repEthnicity'), children: r.ethnicity ?? dash },
            {
              key: 'repDisability',
              label: t('producer.repDisabilityLabel'),
              children: r.disability ? t('answer.yes') : t('answer.no'),
            },
            {
              key: 'c32',
              label: t('producer.criterion32'),
              children: p.qualifiesFor32 ? t('producer.criterion32Yes') : t('producer.criterion32No'),
            },
            { key: 'phone', label: t('producer.phone'), children: p.phone ?? dash },
            { key: 'email', label: t('producer.email'), children: p.email ?? dash },
            {
              key: 'website',
              label: t('producer.website'),
              children: p.website ? (
                <a
                  href={/^https?:\/\//i.test(p.website) ? p.website : `https://${p.website}`}
                  target="_blank"
                  rel="noreferrer noopener"
                >
                  {p.website}
                </a>
              ) : (
                dash
              ),
            },
            { key: 'address', label: t('producer.address'), children: p.address ?? dash, span: 'filled' },
          ]}
        />
      </Card>

      <Card className="table-card" size="small" title={t('producer.products', { n: products.data?.total ?? 0 })}>
        {products.isError && <Alert className="block" type="error" showIcon title={errorText(products.error)} />}
        <ProductsTable
          rows={products.data?.items ?? []}
          loading={products.isLoading}
          sets={sets.data}
          showProducer={false}
          emptyText={t('producer.noProducts')}
          onEdit={(product) => setProductDrawer({ product })}
          onCode={setCoding}
        />
      </Card>

      <ProducerDrawer
        open={editing}
        user={user}
        producer={p}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          void message.success(t('producer.saved', { name: saved.name }));
          invalidate(keys.producers, keys.products);
        }}
        onOpenExisting={(other) => {
          setEditing(false);
          navigate(producerPath(other));
        }}
      />
      <ProductDrawer
        open={productDrawer !== null}
        product={productDrawer?.product ?? null}
        producer={{ id: p.id, name: p.name }}
        sets={sets.data}
        unitName={(code) => (code === p.communeCode ? (p.communeName ?? code) : (code ?? ''))}
        onClose={() => setProductDrawer(null)}
        onSaved={(saved, created) => {
          setProductDrawer(null);
          void message.success(
            created ? t('product.created', { name: saved.name }) : t('product.saved', { name: saved.name }),
          );
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
