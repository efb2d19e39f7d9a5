// An antd Table that turns into a list of cards on a phone: each row a card with the first column as its heading and
// every other column as "label: value", rendered by the same column definitions, the same row attributes (test ids)
// and the same pagination. Wider screens get the table unchanged.
import { useEffect, useRef, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { Card, Empty, Grid, Pagination, Spin, Table, type TableColumnsType, type TableProps } from 'antd';
import './phone.css';

type Column<T> = TableColumnsType<T>[number];

/** The value a column shows for a row: its render, else the field its dataIndex names. */
function cell<T>(col: Column<T>, row: T, index: number): ReactNode {
  const path = 'dataIndex' in col && col.dataIndex !== undefined ? [col.dataIndex].flat() : [];
  let value: unknown = row;
  for (const p of path) value = (value as Record<string | number, unknown> | null)?.[p as string];
  if (!path.length) value = undefined;
  if (col.render) return col.render(value, row, index) as ReactNode;
  return value as ReactNode;
}

const titleOf = <T,>(col: Column<T>): ReactNode =>
  typeof col.title === 'function' ? col.title({}) : (col.title as ReactNode);

function CardList<T extends object>({
  columns,
  dataSource,
  rowKey,
  onRow,
  loading,
  locale,
  pagination,
  ...props
}: TableProps<T>) {
  const cols = (columns ?? []).filter((c) => !c.hidden && !('children' in c && c.children));
  const [head, ...others] = cols;
  // Columns without a title (a row's buttons) go under the fields.
  const fields = others.filter((c) => titleOf(c));
  const actions = others.filter((c) => !titleOf(c));
  const rows = dataSource ?? [];
  const keyOf = (row: T, i: number): Key =>
    typeof rowKey === 'function' ? rowKey(row, i) : ((row as Record<string, Key>)[rowKey ?? 'key'] ?? i);
  const spinning = typeof loading === 'object' ? !!loading.spinning : !!loading;
  const testId = (props as Record<string, unknown>)['data-testid'] as string | undefined;
  return (
    <Spin spinning={spinning}>
      <div className="card-list" data-testid={testId}>
        {rows.map((row, i) => (
          <Card
            key={keyOf(row, i)}
            size="small"
            className="card-list-item"
            {...((onRow?.(row, i) ?? {}) as HTMLAttributes<HTMLDivElement>)}
          >
            {head && <div className="card-list-title">{cell(head, row, i)}</div>}
            <dl className="card-list-fields">
              {fields.map((col, c) => (
                <div key={String(col.key ?? c)} style={{ display: 'contents' }}>
                  <dt>{titleOf(col)}</dt>
                  <dd>{cell(col, row, i)}</dd>
                </div>
              ))}
            </dl>
            {actions.length > 0 && (
              <div className="card-list-actions">
                {actions.map((col, c) => (
                  <span key={String(col.key ?? c)}>{cell(col, row, i)}</span>
                ))}
              </div>
            )}
          </Card>
        ))}
        {!rows.length && !spinning && (locale?.emptyText as ReactNode) !== undefined && (
          <div className="card-list-empty">{locale?.emptyText as ReactNode}</div>
        )}
        {!rows.length && !spinning && locale?.emptyText === undefined && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      </div>
      {pagination && (pagination.total ?? rows.length) > (pagination.pageSize ?? 10) && (
        <Pagination
          className="card-list-pages"
          size="small"
          current={pagination.current}
          pageSize={pagination.pageSize}
          total={pagination.total}
          showTotal={pagination.showTotal}
          onChange={pagination.onChange}
        />
      )}
      {pagination && (pagination.total ?? rows.length) <= (pagination.pageSize ?? 10) && pagination.showTotal && (
        <div className="card-list-pages muted">
          {pagination.showTotal(pagination.total ?? rows.length, [1, rows.length])}
        </div>
      )}
    </Spin>
  );
}

/** A Table on tablets and wider, a list of cards on phones (below antd's `sm`, 576 px). */
export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const phone = Grid.useBreakpoint().sm === false;
  const box = useRef<HTMLDivElement>(null);
  // A table wider than its card scrolls sideways: keyboard users must be able to reach and scroll it too (axe:
  // scrollable-region-focusable), so the scrolling part takes the focus when it scrolls.
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body').forEach((el) => {
      if (el.scrollWidth > el.clientWidth) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    });
  });
  if (phone) return <CardList<T> {...props} />;
  return (
    <div ref={box}>
      <Table<T> {...props} />
    </div>
  );
}
