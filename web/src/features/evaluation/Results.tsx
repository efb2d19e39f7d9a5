// Kết quả: the certificates in the user's scope (number, product, star, issued, expires, status) and, for the
// offices and those who read them, the recorded decisions — with the office's "record a signed decision".
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Tabs, Tag, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { listParams } from '../../shared/list-params.ts';
import { Link } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import {
  certificatePath,
  dossierPath,
  evalApi,
  type Certificate,
  type CertificateFilter,
  type Decision,
} from './evaluation.ts';
import { StarRating } from '../criteria/Stars.tsx';
import { DateInput } from '../../components/FormFields.tsx';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';
import {
  anyFilter,
  ChoiceFilter,
  ListError,
  ListTable,
  ListToolbar,
  SearchField,
  useServerList,
} from '../../components/ListPage.tsx';
import { ExportButton } from '../../components/ListParts.tsx';
import './evaluation.css';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { useAccess } from '../me/permissions.ts';
import { LIFECYCLE_COLORS, LIFECYCLE_ORDER } from '../certificates/certificates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { REPORTS_ROUTE } from '../oversight/reports/reports-route.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

const DECISION_KINDS = ['recognition', 'approval', 'result'] as const;

export function ResultsPage({ query }: { query: URLSearchParams }) {
  const { t } = useT();
  const access = useAccess();
  const decisions = access.can('decisions.read');
  const tab = query.get('tab') === 'decisions' && decisions ? 'decisions' : 'certificates';
  const lp = listParams(query);
  return (
    <div className="page page-wide" data-testid="results-page">
      <div className="page-head">
        <h1>{t('rs.title')}</h1>
        <p className="page-lead">{t('rs.lead')}</p>
        {access.can('reports.read') && (
          <Link to={REPORTS_ROUTE} data-testid="results-reports-link">
            {t('rep.title')} →
          </Link>
        )}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          lp.setFilter({
            tab: k === 'certificates' ? undefined : k,
            q: undefined,
            star: undefined,
            status: undefined,
            year: undefined,
            kind: undefined,
          })
        }
        items={[
          {
            key: 'certificates',
            label: <span data-testid="tab-certificates">{t('rs.certificates')}</span>,
            children: <Certificates query={query} />,
          },
          ...(decisions
            ? [
                {
                  key: 'decisions',
                  label: <span data-testid="tab-decisions">{t('rs.decisions')}</span>,
                  children: <Decisions query={query} />,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

function Certificates({ query }: { query: URLSearchParams }) {
  const { t, pick, num } = useT();
  const guide = useGuide();
  const lp = listParams(query);
  const filter: CertificateFilter = {
    q: lp.get('q'),
    star: Number(lp.get('star')) || undefined,
    status: lp.get('status'),
    year: Number(lp.get('year')) || undefined,
  };
  const list = useServerList(keys.certificates, lp, filter, evalApi.certificates);
  const thisYear = new Date().getFullYear();
  const columns: TableColumnsType<Certificate> = [
    {
      key: 'number',
      title: t('rs.number'),
      width: 240,
      render: (_, c) => (
        <Link className="cert-number-inline nowrap" data-testid={`cert-${c.number}`} to={certificatePath(c.id)}>
          {c.number}
        </Link>
      ),
    },
    {
      key: 'product',
      title: t('ev.product'),
      render: (_, c) => (
        <div className="cell-main">
          {c.dossierId ? (
            <Link to={dossierPath(c.dossierId)}>{c.productName}</Link>
          ) : (
            <span className="cell-title">{c.productName}</span>
          )}
          <span className="cell-sub muted">
            {c.producerName}
            {c.productCode && (
              <>
                {' '}
                · <span className="product-code">{c.productCode}</span>
              </>
            )}
          </span>
        </div>
      ),
    },
    {
      key: 'star',
      title: t('rs.star'),
      width: 150,
      render: (_, c) => (
        <span data-testid="cert-star" data-star={c.star}>
          <StarRating star={c.star} />
        </span>
      ),
    },
    { key: 'points', title: t('rs.points'), width: 80, render: (_, c) => (c.points !== null ? num(c.points) : '—') },
    { key: 'issued', title: t('rs.issued'), width: 110, render: (_, c) => formatDate(c.issuedOn) },
    {
      key: 'expires',
      title: t('rs.expires'),
      width: 110,
      render: (_, c) => formatDate(c.validUntil),
    },
    {
      key: 'status',
      title: t('list.status'),
      width: 200,
      render: (_, c) => (
        <Tag color={LIFECYCLE_COLORS[c.status]} title={pick(c.message)} data-testid="certificate-status">
          {pick(c.stateLabel)}
        </Tag>
      ),
    },
  ];
  return (
    <>
      <ListToolbar>
        <SearchField lp={lp} testId="certificates-search" placeholder={t('rs.searchPlaceholder')} />
        <ChoiceFilter
          lp={lp}
          param="star"
          narrow
          label={t('rs.star')}
          testId="certificates-star"
          value={filter.star}
          options={[3, 4, 5].map((s) => ({ value: s, label: t('star.n', { star: s }) }))}
        />
        <ChoiceFilter
          lp={lp}
          param="status"
          narrow
          label={t('list.status')}
          testId="certificates-status"
          options={LIFECYCLE_ORDER.map((s) => ({ value: s, label: t(`rs.status.${s}`) }))}
        />
        <ChoiceFilter
          lp={lp}
          param="year"
          narrow
          label={t('ev.year')}
          testId="certificates-year"
          value={filter.year}
          options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: String(y) }))}
        />
        <span className="toolbar-action">
          <ExportButton testId="certificates-export" run={() => evalApi.exportCertificates(filter)} />
        </span>
      </ListToolbar>
      <ListError error={list.error} />
      <ListTable<Certificate>
        testId="certificates-table"
        columns={columns}
        list={list}
        scrollX={900}
        filtered={anyFilter(filter)}
        emptyText={<EmptyHint what={t('rs.noCertificates')} hint={guide.empty.certificates} />}
        rowAttributes={(c) => ({ 'data-number': c.number })}
        pages={{ lp, showTotal: (n) => t('rs.totalCerts', { n }) }}
      />
    </>
  );
}

function Decisions({ query }: { query: URLSearchParams }) {
  const { t } = useT();
  const guide = useGuide();
  const access = useAccess();
  const lp = listParams(query);
  const kind = lp.get('kind');
  const list = useServerList(keys.decisions, lp, { kind }, evalApi.decisions);
  const invalidate = useInvalidate();
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<Decision> = [
    {
      key: 'number',
      title: t('rs.decisionNumber'),
      width: 200,
      render: (_, d) => <b data-testid={`decision-${d.number}`}>{d.number}</b>,
    },
    {
      key: 'kind',
      title: t('rs.decisionKind'),
      width: 200,
      render: (_, d) => <Tag>{t(`rs.kind.${d.kind}` as 'rs.kind.recognition')}</Tag>,
    },
    {
      key: 'level',
      title: t('rs.level'),
      width: 140,
      render: (_, d) => (d.level === 'central' ? t('rs.level.central') : t('rs.level.province')),
    },
    { key: 'signed', title: t('rs.signedOn'), width: 120, render: (_, d) => formatDate(d.signedOn) },
    { key: 'signer', title: t('rs.signer'), render: (_, d) => d.signer ?? <span className="muted">—</span> },
  ];
  return (
    <>
      <ListToolbar>
        <ChoiceFilter
          lp={lp}
          param="kind"
          narrow
          label={t('rs.decisionKind')}
          testId="decisions-kind"
          options={DECISION_KINDS.map((k) => ({ value: k, label: t(`rs.kind.${k}`) }))}
        />
        {access.can('decisions.create') && (
          <Button
            type="primary"
            className="toolbar-action"
            onClick={() => setCreating(true)}
            data-testid="decision-create"
          >
            {t('rs.recordDecision')}
          </Button>
        )}
      </ListToolbar>
      <ListError error={list.error} />
      <Card className="table-card" size="small">
        <ResponsiveTable<Decision>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: <EmptyHint what={t('rs.noDecisions')} hint={guide.empty.decisions} /> }}
          pagination={{ current: lp.page, pageSize: lp.size, total: list.data?.total ?? 0, onChange: lp.setPage }}
        />
      </Card>
      <DecisionModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          // A decision decides dossiers and issues their certificates.
          invalidate(keys.decisions, keys.dossiers, keys.certificates);
        }}
      />
    </>
  );
}

function DecisionModalBody({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t, pick } = useT();
  const { message, modal } = App.useApp();
  const { form, busy, error, save } = useFormSave<{
    kind: (typeof DECISION_KINDS)[number];
    number: string;
    date: string;
    signer?: string;
  }>();
  const submit = () =>
    save(async (v) => {
      const d = await evalApi.createDecision({
        kind: v.kind,
        number: v.number.trim(),
        date: v.date,
        ...(v.signer?.trim() ? { signer: v.signer.trim() } : {}),
      });
      void message.success(t('rs.decisionRecorded', { number: d.number }));
      if (d.warning) modal.warning({ title: t('rs.decisionWarning'), content: pick(d.warning) });
      onCreated();
    });
  return (
    <Modal
      open={open}
      title={t('rs.recordDecision')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      destroyOnHidden
    >
      <p className="muted">{t('rs.recordLead')}</p>
      <Form form={form} layout="vertical" initialValues={{ kind: 'recognition' }} requiredMark="optional">
        <Form.Item name="kind" label={t('rs.decisionKind')} rules={[{ required: true }]}>
          <Select options={DECISION_KINDS.map((k) => ({ value: k, label: t(`rs.kind.${k}`) }))} />
        </Form.Item>
        <div className="form-grid">
          <Form.Item
            name="number"
            label={t('rs.decisionNumber')}
            rules={[{ required: true, message: t('ev.required') }]}
            extra={t('ev.decisionNumberHint')}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="date" label={t('rs.signedOn')} rules={[{ required: true, message: t('ev.required') }]}>
            <DateInput />
          </Form.Item>
        </div>
        <Form.Item name="signer" label={t('rs.signer')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} />}
    </Modal>
  );
}

/** The modal, with a fresh form at every opening. */
const DecisionModal = freshOnOpen(DecisionModalBody);
