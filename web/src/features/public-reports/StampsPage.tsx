// "Tem QR": the office prints a sheet of QR stamps for a certificate in force (a PDF, each stamp with its own serial
// inside the signed code), sees the sheets printed with their scans, each sheet's serials, and the serials scanned
// implausibly often (our rule, not the law's: the server's scan policy). The server decides who may (stamps.print,
// stamps.read in GET /api/me/permissions) and checks every call.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { useInvalidate } from '../../shared/queries.ts';
import { Link } from '../../shared/router.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { PageHead } from '../../components/ListPage.tsx';
import { useAccess } from '../me/permissions.ts';
import { certificatePath, evalApi } from '../evaluation/evaluation.ts';
import { formatDate } from '../registry/registry.ts';
import { stampApi, stampKeys, type Stamp, type StampSheet } from './stamps.ts';

function PrintCard({ initial }: { initial: string | null }) {
  const { t } = useT();
  const errorText = useErrorText();
  const invalidate = useInvalidate();
  const { message } = App.useApp();
  const [certificateId, setCertificateId] = useState<string | null>(initial);
  const [count, setCount] = useState(24);
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const found = useQuery({
    queryKey: ['certificates', 'stamp-picker', search],
    queryFn: () => evalApi.certificates({ q: search || undefined, limit: 20 }),
  });
  // The certificate the page was opened for (from its page), listed even when the search does not find it.
  const chosen = useQuery({
    queryKey: ['certificates', initial],
    queryFn: () => evalApi.certificate(initial!),
    enabled: initial !== null,
  });
  const options = [...(chosen.data ? [chosen.data] : []), ...(found.data?.items ?? [])]
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i)
    .map((c) => ({ value: c.id, label: `${c.number} · ${c.productName ?? ''} · ${c.star}★` }));
  const print = useMutation({
    mutationFn: () => stampApi.print(certificateId!, count),
    onSuccess: () => {
      void message.success(t('stamps.printed', { n: count }));
      invalidate(stampKeys.all);
    },
  });
  return (
    <Card size="small" className="block" title={t('stamps.print')} data-testid="stamps-print">
      <Form layout="inline">
        <Form.Item label={t('stamps.certificate')}>
          <Select
            data-testid="stamps-certificate"
            showSearch={{ filterOption: false, onSearch: setQ }}
            style={{ minWidth: 360 }}
            value={certificateId ?? undefined}
            onChange={(v: string) => setCertificateId(v)}
            placeholder={t('stamps.certificatePick')}
            options={options}
          />
        </Form.Item>
        <Form.Item label={t('stamps.count')}>
          <InputNumber
            id="stamps-count"
            data-testid="stamps-count"
            min={1}
            max={240}
            value={count}
            onChange={(v) => setCount(v ?? 24)}
          />
        </Form.Item>
        <Button
          type="primary"
          data-testid="stamps-print-ok"
          disabled={!certificateId}
          loading={print.isPending}
          onClick={() => print.mutate()}
        >
          {t('stamps.printPdf')}
        </Button>
      </Form>
      {print.isError && <Alert className="block" type="error" showIcon title={errorText(print.error)} />}
    </Card>
  );
}

/** One sheet's serials with their scans, read when the row is opened. */
function SheetStamps({ prefix }: { prefix: string }) {
  const { t } = useT();
  const stamps = useQuery({ queryKey: stampKeys.sheet(prefix), queryFn: () => stampApi.sheet(prefix) });
  return <StampTable testId={`stamps-sheet-${prefix}`} loading={stamps.isPending} items={stamps.data?.items} t={t} />;
}

function StampTable({
  items,
  loading,
  testId,
  t,
}: {
  items: Stamp[] | undefined;
  loading: boolean;
  testId: string;
  t: ReturnType<typeof useT>['t'];
}) {
  const { pick } = useT();
  return (
    <Table<Stamp>
      size="small"
      rowKey="serial"
      data-testid={testId}
      loading={loading}
      dataSource={items ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        { title: t('stamps.serial'), dataIndex: 'serial', render: (v: string) => <code>{v}</code> },
        { title: t('stamps.scans'), dataIndex: 'scanCount', width: 110 },
        { title: t('stamps.lastScan'), render: (_, r) => (r.lastScanAt ? formatDate(r.lastScanAt) : '—') },
        {
          title: t('stamps.flag'),
          render: (_, r) => (r.reason ? <Tag color="red">{pick(r.reason)}</Tag> : null),
        },
      ]}
    />
  );
}

export function StampsPage({ query }: { query: URLSearchParams }) {
  const { t } = useT();
  const access = useAccess();
  const errorText = useErrorText();
  const sheets = useQuery({ queryKey: stampKeys.sheets, queryFn: () => stampApi.sheets() });
  const flagged = useQuery({ queryKey: stampKeys.flagged, queryFn: stampApi.flagged });
  return (
    <div className="page page-wide" data-testid="stamps-page">
      <PageHead title={t('stamps.title')} lead={t('stamps.lead')} />
      {access.can('stamps.print') && <PrintCard initial={query.get('certificate')} />}
      <Card size="small" className="block" title={t('stamps.flagged')}>
        <p className="muted">{t('stamps.flaggedNote')}</p>
        {flagged.isError && <Alert type="error" showIcon title={errorText(flagged.error)} />}
        <StampTable testId="stamps-flagged" loading={flagged.isPending} items={flagged.data?.items} t={t} />
      </Card>
      <Card size="small" className="block" title={t('stamps.sheets')}>
        {sheets.isError && <Alert type="error" showIcon title={errorText(sheets.error)} />}
        <Table<StampSheet>
          rowKey="prefix"
          data-testid="stamps-sheets"
          loading={sheets.isPending}
          dataSource={sheets.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{ expandedRowRender: (r) => <SheetStamps prefix={r.prefix} /> }}
          onRow={(r) => ({ 'data-testid': `stamp-sheet-${r.prefix}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('stamps.sheet'), dataIndex: 'prefix', render: (v: string) => <code>{v}</code> },
            {
              title: t('stamps.certificate'),
              render: (_, r) => <Link to={certificatePath(r.certificateId)}>{r.number ?? r.certificateId}</Link>,
            },
            { title: t('stamps.product'), dataIndex: 'productName' },
            { title: t('stamps.printedAt'), render: (_, r) => formatDate(r.printedAt) },
            { title: t('stamps.count'), dataIndex: 'count', width: 90 },
            { title: t('stamps.scans'), dataIndex: 'scans', width: 110 },
            {
              title: t('stamps.flag'),
              render: (_, r) =>
                r.flagged > 0 ? <Tag color="red">{t('stamps.flaggedN', { n: r.flagged })}</Tag> : null,
            },
          ]}
        />
      </Card>
    </div>
  );
}
