// "Kết quả đánh giá trước đây": the provincial office records results decided before OCOP Hub (148/2023, 1048/2019)
// one at a time or from the Excel template (all or nothing, with each row's errors shown), and lists them with their
// certificate's state today. The server checks each record against the rules of its time; its reasons are shown.
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { Alert, App, Button, Table, Tag, Upload, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { ApiError } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { listParams } from '../../shared/list-params.ts';
import { dossierPath } from './evaluation.ts';
import { Link } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import type { User } from '../../types.ts';
import {
  ChoiceFilter,
  ListError,
  ListTable,
  ListToolbar,
  PageHead,
  SearchField,
  useServerList,
} from '../../components/ListPage.tsx';
import { StarRating } from '../criteria/Stars.tsx';
import './evaluation.css';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { LIFECYCLE_COLORS, type LifecycleStatus } from '../certificates/certificates.ts';
import { historyApi, starOptions, type HistoricalResult, type RowError } from './history.ts';
import { RecordModal } from './HistoryRecordModal.tsx';

export function HistoryPage({ query }: { user: User; query: URLSearchParams }) {
  const { t, pick, num } = useT();
  const guide = useGuide();
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
    { key: 'points', title: t('hi.points'), width: 80, render: (_, h) => (h.points === null ? '—' : num(h.points)) },
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
              {/* The certificate's lifecycle status today, as the server derives it for every reader. */}
              <Tag
                color={LIFECYCLE_COLORS[h.certificate.state as LifecycleStatus] ?? 'default'}
                title={pick(h.certificate.message)}
                data-testid="history-cert-state"
                data-state={h.certificate.state}
              >
                {pick(h.certificate.label)}
              </Tag>
              <span className="muted">{t('hi.expires', { date: formatDate(h.certificate.validUntil) })}</span>
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
        emptyText={<EmptyHint what={t('hi.empty')} hint={guide.empty.history} />}
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
