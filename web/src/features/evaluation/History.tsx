// "Kết quả đánh giá trước đây": the provincial office records results decided before OCOP Hub (148/2023, 1048/2019)
// one at a time or from the Excel template (all or nothing, with each row's errors shown), and lists them with their
// certificate's state today. The server checks each record against the rules of its time; its reasons are shown.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { api, ApiError, apiFailure, apiRequest, download, queryString } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { listParams } from '../../shared/list-params.ts';
import { dossierPath } from './evaluation.ts';
import { Link } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { matches } from '../../shared/text.ts';
import type { LocalText, User } from '../../types.ts';
import {
  ChoiceFilter,
  ListError,
  ListTable,
  ListToolbar,
  PageHead,
  SearchField,
  useServerList,
} from '../../components/ListPage.tsx';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';
import { StarRating } from '../criteria/Stars.tsx';
import { DateInput } from '../../components/FormFields.tsx';
import './evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate } from '../../shared/queries.ts';

/** The server's shape (src/modules/evaluation/routes/history-routes.ts historicalOut). */
interface HistoricalResult {
  id: string;
  dossierId: string;
  productId: string;
  productName: string | null;
  producerName: string | null;
  kind: 'first' | 'upgrade' | 'reevaluation';
  ruleSet: string;
  procedure: string;
  transitional: boolean;
  filedOn: string;
  decidedOn: string;
  level: 'district' | 'province' | 'central';
  points: number;
  star: number;
  decisionNumber: string | null;
  certificateNumber: string | null;
  certificate: { state: string; expiresOn: string; message: LocalText } | null;
  note: string | null;
}
interface RowError {
  row: number;
  field: string;
  code: string;
  message: LocalText;
}
interface Values {
  productId?: string;
  kind: HistoricalResult['kind'];
  filedOn?: string;
  decidedOn?: string;
  level: HistoricalResult['level'];
  points?: number;
  star?: number;
  decisionNumber?: string;
  certificateNumber?: string;
  note?: string;
}

export const HISTORY_ROUTE = '/history';

const KINDS = ['first', 'upgrade', 'reevaluation'] as const;
const LEVELS = ['district', 'province', 'central'] as const;
const FIELDS = [
  'productId',
  'kind',
  'filedOn',
  'decidedOn',
  'level',
  'points',
  'star',
  'decisionNumber',
  'certificateNumber',
  'note',
];
const starOptions = (t: ReturnType<typeof useT>['t']) =>
  [1, 2, 3, 4, 5].map((s) => ({ value: s, label: t('star.n', { star: s }) }));
const CERT_COLORS: Record<string, string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'default',
  revoked: 'red',
  superseded: 'blue',
};

const historyApi = {
  list: (f: { q?: string; year?: number; star?: number; limit: number; offset: number }) =>
    apiRequest<{ items: HistoricalResult[]; total: number }>('GET', `/api/historical-results${queryString(f)}`),
  record: (body: Record<string, unknown>) => apiRequest<HistoricalResult>('POST', '/api/historical-results', body),
  template: () => download('/api/historical-results/template.xlsx', 'mau-ket-qua-ocop-truoc-day.xlsx'),
  async import(file: File): Promise<{ imported: number }> {
    const form = new FormData();
    form.append('file', file);
    let res: Response;
    try {
      res = await fetch('/api/historical-results/import', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        body: form,
      });
    } catch {
      throw new ApiError(0, 'network', null);
    }
    if (!res.ok) throw await apiFailure(res);
    return (await res.json()) as { imported: number };
  },
};

export function HistoryPage({ query }: { user: User; query: URLSearchParams }) {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const lp = listParams(query);
  const q = lp.get('q');
  const star = Number(lp.get('star')) || undefined;
  const year = Number(lp.get('year')) || undefined;
  const list = useServerList(keys.history, lp, { q, star, year }, historyApi.list);
  const invalidate = useInvalidate();
  const [recording, setRecording] = useState(false);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<unknown>(undefined);
  const rowErrors =
    importError instanceof ApiError ? ((importError.details.rowErrors as RowError[] | undefined) ?? []) : [];
  const thisYear = new Date().getFullYear();

  const importFile = async (file: File) => {
    setImporting(true);
    setImportError(undefined);
    try {
      const r = await historyApi.import(file);
      void message.success(t('hi.imported', { n: r.imported }));
      invalidate(keys.history, keys.certificates);
    } catch (err) {
      setImportError(err);
    } finally {
      setImporting(false);
    }
  };

  const columns: TableColumnsType<HistoricalResult> = [
    {
      key: 'product',
      title: t('hi.product'),
      render: (_, h) => (
        <div className="cell-main">
          <Link to={dossierPath(h.dossierId)}>{h.productName}</Link>
          <span className="cell-sub muted">{h.producerName}</span>
        </div>
      ),
    },
    { key: 'kind', title: t('hi.kind'), width: 110, render: (_, h) => t(`ev.kind.${h.kind}` as MessageKey) },
    {
      key: 'star',
      title: t('hi.star'),
      width: 140,
      render: (_, h) => (
        <span data-testid="history-star" data-star={h.star}>
          <StarRating star={h.star} />
        </span>
      ),
    },
    { key: 'points', title: t('hi.points'), width: 80, render: (_, h) => num(h.points) },
    {
      key: 'decision',
      title: t('hi.decidedOn'),
      width: 190,
      render: (_, h) => (
        <div className="cell-main">
          <span>
            {formatDate(h.decidedOn)} · {t(`hi.level.${h.level}` as MessageKey)}
          </span>
          <span className="cell-sub muted">{h.decisionNumber ?? '—'}</span>
        </div>
      ),
    },
    {
      key: 'rules',
      title: t('hi.ruleSet'),
      width: 190,
      render: (_, h) => (
        <>
          {t(`hi.procedure.${h.procedure}` as MessageKey)}
          {h.transitional && <Tag className="tag-inline">{t('hi.transitional')}</Tag>}
        </>
      ),
    },
    {
      key: 'certificate',
      title: t('hi.certificate'),
      width: 240,
      render: (_, h) =>
        h.certificate ? (
          <div className="cell-main">
            <span className="nowrap" data-testid={`history-cert-${h.certificateNumber}`}>
              {h.certificateNumber}
            </span>
            <span>
              <Tag color={CERT_COLORS[h.certificate.state] ?? 'default'} title={pick(h.certificate.message)}>
                {t(`hi.cert.${h.certificate.state}` as MessageKey)}
              </Tag>
              <span className="muted">{t('hi.expires', { date: formatDate(h.certificate.expiresOn) })}</span>
            </span>
          </div>
        ) : (
          <span className="muted">{t('hi.noCertificate')}</span>
        ),
    },
  ];

  return (
    <div className="page page-wide" data-testid="history-page">
      <PageHead title={t('hi.title')} lead={t('hi.lead')} />
      <ListToolbar>
        <SearchField lp={lp} testId="history-search" placeholder={t('hi.searchPlaceholder')} />
        <ChoiceFilter
          lp={lp}
          param="star"
          narrow
          label={t('hi.star')}
          testId="history-star-filter"
          value={star}
          options={starOptions(t)}
        />
        <ChoiceFilter
          lp={lp}
          param="year"
          narrow
          label={t('ev.year')}
          testId="history-year-filter"
          value={year}
          options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
        />
        <Button
          type="primary"
          className="toolbar-action"
          onClick={() => setRecording(true)}
          data-testid="history-record"
        >
          {t('hi.record')}
        </Button>
        <Button
          onClick={() => void historyApi.template().catch((err: unknown) => setImportError(err))}
          data-testid="history-template"
        >
          {t('hi.template')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button loading={importing} title={t('hi.importHint')} data-testid="history-import">
            {t('hi.import')}
          </Button>
        </Upload>
      </ListToolbar>
      {importError !== undefined && (
        <Alert
          className="block"
          type="error"
          showIcon
          closable
          onClose={() => setImportError(undefined)}
          title={rowErrors.length ? t('hi.importErrors') : errorText(importError)}
          description={
            rowErrors.length > 0 && (
              <Table<RowError>
                size="small"
                rowKey={(e) => `${e.row}:${e.field}:${e.code}`}
                pagination={false}
                data-testid="history-row-errors"
                dataSource={rowErrors}
                columns={[
                  { key: 'row', title: t('hi.row'), width: 70, render: (_, e) => e.row },
                  { key: 'field', title: t('hi.field'), width: 150, render: (_, e) => e.field },
                  { key: 'reason', title: t('hi.reason'), render: (_, e) => pick(e.message) },
                ]}
              />
            )
          }
        />
      )}
      <ListError error={list.error} />
      <ListTable<HistoricalResult>
        testId="history-table"
        columns={columns}
        list={list}
        scrollX={1000}
        emptyText={t('hi.empty')}
        rowAttributes={(h) => ({ 'data-testid': 'history-row', 'data-product': h.productName ?? '' })}
        pages={{ lp, showTotal: (n) => t('hi.total', { n }) }}
      />
      <RecordModal
        open={recording}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          invalidate(keys.history, keys.certificates);
        }}
      />
    </div>
  );
}

function RecordModalBody({
  open,
  onClose,
  onRecorded,
}: {
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { form, busy, error, save } = useFormSave<Values>();
  const products = useQuery({
    queryKey: [...keys.products, 'list', { limit: 500 }],
    queryFn: () => api.products({ limit: 500 }),
    enabled: open,
  });
  const star = Form.useWatch('star', form);
  const submit = () =>
    save(
      async (v) => {
        const h = await historyApi.record({
          productId: v.productId,
          kind: v.kind,
          filedOn: v.filedOn,
          decidedOn: v.decidedOn,
          level: v.level,
          points: v.points,
          star: v.star,
          decisionNumber: v.decisionNumber?.trim() || null,
          certificateNumber: v.certificateNumber?.trim() || null,
          note: v.note?.trim() || null,
        });
        void message.success(t('hi.recorded', { star: h.star, name: h.productName ?? '' }));
        onRecorded();
      },
      // Field errors go next to their field; anything else is shown above the buttons.
      (err) => applyFieldErrors(form, err, pick, FIELDS),
    );
  const required = [{ required: true, message: t('ev.required') }];
  return (
    <Modal
      open={open}
      title={t('hi.record')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ 'data-testid': 'history-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'first', level: 'district' }}
        requiredMark="optional"
        data-testid="history-form"
      >
        <Form.Item name="productId" label={t('hi.product')} rules={required}>
          <Select
            // Typed with or without diacritics ("gao nep" finds "Gạo nếp").
            showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ''), input) }}
            loading={products.isLoading}
            data-testid="history-product"
            options={(products.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} — ${p.producerName ?? ''}`,
            }))}
            optionRender={(o) => <span data-testid={`history-product-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <div className="form-grid">
          <Form.Item name="kind" label={t('hi.kind')} rules={required}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`ev.kind.${k}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item name="level" label={t('hi.level')} rules={required}>
            <Select
              data-testid="history-level"
              options={LEVELS.map((l) => ({ value: l, label: t(`hi.level.${l}` as MessageKey) }))}
            />
          </Form.Item>
          <Form.Item name="filedOn" label={t('hi.filedOn')} rules={required}>
            <DateInput testId="history-filed" />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('hi.decidedOn')} rules={required}>
            <DateInput testId="history-decided" />
          </Form.Item>
          <Form.Item name="points" label={t('hi.points')} rules={required}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} data-testid="history-points" />
          </Form.Item>
          <Form.Item name="star" label={t('hi.star')} rules={required}>
            <Select
              data-testid="history-star-select"
              options={starOptions(t)}
              optionRender={(o) => <span data-testid={`history-star-option-${o.value}`}>{o.label}</span>}
            />
          </Form.Item>
          <Form.Item
            name="decisionNumber"
            label={t('hi.decisionNumber')}
            rules={star && star >= 3 ? required : []}
            extra={t('ev.decisionNumberHint')}
          >
            <Input maxLength={100} data-testid="history-decision" />
          </Form.Item>
          <Form.Item
            name="certificateNumber"
            label={t('hi.certificateNumber')}
            rules={star && star >= 3 ? required : []}
            extra={t('hi.certificateHint')}
          >
            <Input maxLength={100} disabled={star !== undefined && star < 3} data-testid="history-certificate" />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('hi.note')}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
    </Modal>
  );
}

/** The modal, with a fresh form at every opening. */
const RecordModal = freshOnOpen(RecordModalBody);
