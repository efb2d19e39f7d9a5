// The table of products, shared by the product list and a producer's page.
import type { HTMLAttributes, ReactNode } from 'react';
import { Button, Empty, Space, Tooltip, type TablePaginationConfig, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { producerPath } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import type { Product, ProductSetSummary } from '../../types.ts';
import { ActiveTag, PageLink, placeText, TwoLineCell } from '../../components/ListParts.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

export function ProductsTable({
  rows,
  loading,
  sets,
  showProducer = true,
  emptyText,
  pagination = false,
  onEdit,
  onCode,
}: {
  rows: Product[];
  loading: boolean;
  sets: ProductSetSummary[] | undefined;
  showProducer?: boolean;
  emptyText: ReactNode;
  pagination?: TablePaginationConfig | false;
  onEdit: (p: Product) => void;
  onCode: (p: Product) => void;
}) {
  const { t } = useT();
  const setName = (no: number) => sets?.find((s) => s.setNo === no)?.name;
  const access = useAccess();
  const mayEdit = access.can('products.update');
  const mayCode = access.can('products.assign-code');

  const columns: TableColumnsType<Product> = [
    {
      key: 'name',
      title: t('product.name'),
      minWidth: 220,
      render: (_, p) => <TwoLineCell main={p.name} sub={p.specification} />,
    },
    {
      key: 'set',
      title: t('set.label'),
      width: 230,
      render: (_, p) => (
        <span className="set-cell">
          <b>{p.setNo}.</b> {setName(p.setNo) ?? ''}
        </span>
      ),
    },
  ];
  if (showProducer) {
    columns.push({
      key: 'producer',
      title: t('product.producer'),
      width: 220,
      render: (_, p) => <PageLink path={producerPath(p.producerId)}>{p.producerName}</PageLink>,
    });
    columns.push({
      key: 'commune',
      title: t('unit.commune'),
      width: 150,
      render: (_, p) => placeText(p.communeName, p.communeCode),
    });
  }
  columns.push(
    {
      key: 'code',
      title: t('product.code'),
      width: 170,
      render: (_, p) =>
        p.productCode ? (
          <span className="product-code" data-testid="product-code">
            {p.productCode}
          </span>
        ) : (
          <span className="muted">{t('product.noCode')}</span>
        ),
    },
    { key: 'status', title: t('list.status'), width: 130, render: (_, p) => <ActiveTag status={p.status} /> },
  );
  if (mayEdit || mayCode) {
    columns.push({
      key: 'actions',
      title: '',
      width: mayCode ? 140 : 80,
      align: 'right',
      render: (_, p) => (
        <Space size={0}>
          {mayCode && (
            <Tooltip title={p.status !== 'active' ? t('code.inactive') : undefined}>
              <Button
                size="small"
                type="link"
                disabled={p.status !== 'active'}
                onClick={() => onCode(p)}
                data-testid="product-code-action"
                title={t('code.action')}
              >
                {t('code.actionShort')}
              </Button>
            </Tooltip>
          )}
          {mayEdit && (
            <Button size="small" type="link" onClick={() => onEdit(p)} data-testid="product-edit">
              {t('action.edit')}
            </Button>
          )}
        </Space>
      ),
    });
  }
  return (
    <ResponsiveTable<Product>
      data-testid="products-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: showProducer ? 1260 : 900 }}
      onRow={(p) => ({ 'data-testid': 'product-row', 'data-name': p.name }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      pagination={pagination}
    />
  );
}
