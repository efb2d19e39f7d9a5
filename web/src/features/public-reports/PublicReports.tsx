// "Phản ánh của người tiêu dùng": the province's queue of consumer reports sent from the public product pages (no
// login). An officer closes a report with a note, or turns it into a revocation proposal (Art. 8.3) on the product's
// certificate; the server decides who may (GET /api/me/permissions: publicReports.read / publicReports.handle).
import { useState } from 'react';
import { App, Button, Input, Modal, Segmented, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { apiRequest } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { useInvalidate } from '../../shared/queries.ts';
import { PageHead } from '../../components/ListPage.tsx';
import { useAccess } from '../me/permissions.ts';
import type { LocalText } from '../../types.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

export { PUBLIC_REPORTS_ROUTE } from './public-reports-route.ts';
const KEY = ['consumer-reports'] as const;

/** The server's shape (src/modules/public/routes/staff-routes.ts reportOut). */
interface Report {
  id: string;
  productId: string;
  kind: string;
  kindLabel: LocalText;
  message: string;
  contact: string | null;
  state: 'open' | 'closed' | 'proposed';
  createdAt: string;
  closeNote: string | null;
}

type Outcome = { report: Report; kind: 'close' | 'propose' };

export function PublicReportsPage() {
  const { t, pick } = useT();
  const access = useAccess();
  const errorText = useErrorText();
  const invalidate = useInvalidate();
  const { message } = App.useApp();
  const [state, setState] = useState<'open' | 'all'>('open');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [text, setText] = useState('');
  const list = useQuery({
    queryKey: [...KEY, state],
    queryFn: () => apiRequest<{ items: Report[] }>('GET', `/api/consumer-reports?state=${state}`),
  });
  const act = useMutation({
    mutationFn: ({ report, kind }: Outcome) =>
      kind === 'close'
        ? apiRequest<Report>('POST', `/api/consumer-reports/${report.id}/close`, { note: text })
        : apiRequest<Report>('POST', `/api/consumer-reports/${report.id}/revocation-proposal`, { summary: text }),
    onSuccess: (_r, v) => {
      message.success(t(v.kind === 'close' ? 'pr.closed' : 'pr.proposed'));
      setOutcome(null);
      setText('');
      invalidate(KEY);
    },
    onError: (err) => message.error(errorText(err)),
  });
  const mayHandle = access.can('publicReports.handle');
  const columns: TableColumnsType<Report> = [
    {
      title: t('pr.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => new Date(v).toLocaleString('vi-VN'),
    },
    { title: t('pr.kind'), dataIndex: 'kindLabel', width: 220, render: (v: LocalText) => pick(v) },
    {
      title: t('pr.message'),
      dataIndex: 'message',
      render: (v: string, r) => (
        <>
          <div>{v}</div>
          <Typography.Link href={`/tra-cuu/san-pham/${r.productId}`} target="_blank">
            {t('pr.product')}
          </Typography.Link>
          {r.contact && <div className="muted">{r.contact}</div>}
        </>
      ),
    },
    {
      title: t('pr.state'),
      dataIndex: 'state',
      width: 150,
      render: (v: Report['state'], r) => (
        <>
          <Tag color={v === 'open' ? 'gold' : v === 'proposed' ? 'red' : 'default'}>{t(`pr.state.${v}`)}</Tag>
          {r.closeNote && <div className="muted">{r.closeNote}</div>}
        </>
      ),
    },
    ...(mayHandle
      ? [
          {
            title: '',
            key: 'actions',
            width: 230,
            render: (_: unknown, r: Report) =>
              r.state === 'open' && (
                <Space>
                  <Button size="small" data-testid="pr-close" onClick={() => setOutcome({ report: r, kind: 'close' })}>
                    {t('pr.close')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    data-testid="pr-propose"
                    onClick={() => setOutcome({ report: r, kind: 'propose' })}
                  >
                    {t('pr.propose')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];
  return (
    <div className="page">
      <PageHead title={t('pr.title')} lead={t('pr.lead')} />
      <Segmented
        value={state}
        onChange={(v) => setState(v as 'open' | 'all')}
        options={[
          { value: 'open', label: t('pr.filter.open') },
          { value: 'all', label: t('pr.filter.all') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <ResponsiveTable<Report>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 20 }}
        data-testid="pr-table"
      />
      <Modal
        open={outcome !== null}
        title={outcome && t(outcome.kind === 'close' ? 'pr.close' : 'pr.propose')}
        okText={t('pr.confirm')}
        okButtonProps={{ disabled: text.trim().length < (outcome?.kind === 'close' ? 3 : 10), loading: act.isPending }}
        onOk={() => outcome && act.mutate(outcome)}
        onCancel={() => setOutcome(null)}
      >
        <p>{outcome && t(outcome.kind === 'close' ? 'pr.closeHint' : 'pr.proposeHint')}</p>
        <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)} data-testid="pr-text" />
      </Modal>
    </div>
  );
}
