// The frame every list page shares: a heading with its actions, a toolbar of filters bound to the URL (search as you
// type, choice filters), the server's page of rows with its pagination, and the error of the last load. Pages
// supply only their filters, columns and drawers; the URL keeps the filters and page (shared/list-params.ts).
import type { HTMLAttributes, Key, ReactNode } from 'react';
import { Alert, Card, Empty, Select, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useT } from '../i18n/index.tsx';
import { keepPreviousData, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useErrorText } from '../shared/errors.ts';
import { PAGE_SIZES, type ListParams } from '../shared/list-params.ts';
import type { Paged } from '../types.ts';
import { SearchBox } from './ListParts.tsx';
import { ResponsiveTable } from './ResponsiveTable.tsx';

/**
 * The page of rows for these filters, read when the filters or the page change (the last page stays on screen
 * meanwhile), cached under `resource` (e.g. keys.products) so a change to the resource refreshes it.
 */
export function useServerList<F extends object, T>(
  resource: QueryKey,
  lp: ListParams,
  filter: F,
  load: (query: F & { limit: number; offset: number }) => Promise<Paged<T>>,
): UseQueryResult<Paged<T>> {
  const query = { ...filter, limit: lp.limit, offset: lp.offset };
  return useQuery({
    queryKey: [...resource, 'list', query],
    queryFn: () => load(query),
    placeholderData: keepPreviousData,
  });
}

/** Whether any filter is set (the empty table then says "no match" rather than "nothing yet"). */
export const anyFilter = (filter: object): boolean => Object.values(filter).some((v) => v !== undefined);

export function PageHead({ title, lead, children }: { title: ReactNode; lead: ReactNode; children?: ReactNode }) {
  return (
    <div className={children ? 'page-head page-head-actions' : 'page-head'}>
      <div>
        <h1>{title}</h1>
        <p className="page-lead">{lead}</p>
      </div>
      {children && <div className="page-actions">{children}</div>}
    </div>
  );
}

export function ListToolbar({ children }: { children: ReactNode }) {
  return (
    <Card className="toolbar" size="small">
      <div className="toolbar-row">{children}</div>
    </Card>
  );
}

/** A labelled filter of the toolbar; `size` widens (grow), narrows (narrow) or fits a product set (set). */
export function FilterField({
  label,
  size,
  children,
}: {
  label: ReactNode;
  size?: 'grow' | 'narrow' | 'set';
  children: ReactNode;
}) {
  return (
    <label className={size ? `field field-${size}` : 'field'}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

/** The search box of a list, bound to ?q=. */
export function SearchField({ lp, testId, placeholder }: { lp: ListParams; testId: string; placeholder: string }) {
  const { t } = useT();
  return (
    <FilterField label={t('list.search')} size="grow">
      <SearchBox
        testId={testId}
        value={lp.get('q') ?? ''}
        onSearch={(q) => lp.setFilter({ q })}
        placeholder={placeholder}
      />
    </FilterField>
  );
}

/** A choice filter bound to one URL parameter ("Tất cả" when cleared). */
export function ChoiceFilter<V extends string | number>({
  lp,
  param,
  label,
  testId,
  value,
  options,
  narrow = false,
  wide = false,
}: {
  lp: ListParams;
  param: string;
  label: ReactNode;
  testId: string;
  /** The current value when it needs parsing from the URL (default: the raw parameter). */
  value?: V;
  options: { value: V; label: ReactNode }[];
  narrow?: boolean;
  /** Options wider than the field (long role or legal-type names). */
  wide?: boolean;
}) {
  const { t } = useT();
  return (
    <FilterField label={label} size={narrow ? 'narrow' : undefined}>
      <Select<V>
        allowClear
        data-testid={testId}
        placeholder={t('list.all')}
        value={value ?? (lp.get(param) as V | undefined)}
        onChange={(v?: V) => lp.setFilter({ [param]: v })}
        options={options}
        popupMatchSelectWidth={wide ? false : undefined}
      />
    </FilterField>
  );
}

export function ListError({ error }: { error: unknown }) {
  const errorText = useErrorText();
  if (error === undefined || error === null) return null;
  return <Alert className="block" type="error" showIcon title={errorText(error)} />;
}

/** Server-side pagination of a list page, bound to ?page= and ?size=. */
export function listPagination(
  lp: ListParams,
  total: number,
  showTotal: (n: number) => ReactNode,
): TablePaginationConfig {
  return {
    current: lp.page,
    pageSize: lp.size,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal,
    onChange: lp.setPage,
  };
}

/** The table of a list page in its card: rows of the server's page, an empty state, row test attributes; on a phone
 *  the rows are cards (ResponsiveTable). */
export function ListTable<T extends { id: Key }>({
  testId,
  columns,
  list,
  pages,
  pagination,
  emptyText,
  filtered = false,
  scrollX,
  rowAttributes,
}: {
  testId: string;
  columns: TableColumnsType<T>;
  list: { data?: Paged<T>; isFetching: boolean };
  /** The list's pages in the address (listPagination), with its "n rows" text... */
  pages?: { lp: ListParams; showTotal: (n: number) => ReactNode };
  /** ...or a paging of its own. */
  pagination?: TablePaginationConfig;
  emptyText: ReactNode;
  /** Some filter is set: an empty page says "nothing matches" instead of `emptyText`. */
  filtered?: boolean;
  scrollX: number;
  rowAttributes: (row: T) => Record<`data-${string}`, string>;
}) {
  const { t } = useT();
  const paging = pages ? listPagination(pages.lp, list.data?.total ?? 0, pages.showTotal) : pagination;
  return (
    <Card className="table-card" size="small">
      <ResponsiveTable<T>
        data-testid={testId}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: scrollX }}
        onRow={(row) => rowAttributes(row) as HTMLAttributes<HTMLElement>}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('list.noMatch') : emptyText} />
          ),
        }}
        pagination={paging}
      />
    </Card>
  );
}
