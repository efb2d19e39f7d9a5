// "Nhập sổ đăng ký sẵn có": the wizard over the onboarding API — upload, map the columns, dry run (summary, the
// split-commune and legal-type questions, problems by row, rejected rows download), commit with a progress bar. The
// batch lives on the server; its id rides in the URL, so a reload (or another officer) picks it up where it stands.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Progress,
  Segmented,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { navigate } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { LEGAL_TYPE_KEYS, LEGAL_TYPES } from '../registry/registry.ts';
import { ONBOARDING_ROUTE, onboardingApi, type Batch, type Row } from './onboarding.ts';

const OUTCOME_COLORS: Record<string, string> = { ok: 'green', warning: 'gold', question: 'blue', rejected: 'red' };

export function ImportPage({ query }: { query: URLSearchParams }) {
  const { t } = useT();
  const batchId = query.get('batch');
  const batch = useQuery({
    queryKey: ['onboarding', batchId],
    queryFn: () => onboardingApi.batch(batchId!),
    enabled: !!batchId,
    // While committing, the progress is polled every second.
    refetchInterval: (q) => (q.state.data?.status === 'committing' ? 1000 : false),
  });
  const b = batch.data;
  const step = !b ? 0 : b.status === 'uploaded' ? 1 : b.status === 'dry_run' ? 2 : 3;
  return (
    <div className="page onboarding-page" data-testid="import-page">
      <Typography.Title level={3}>{t('ob.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ob.lead')}</Typography.Paragraph>
      <Steps
        size="small"
        current={step}
        responsive
        items={[
          { title: t('ob.step.upload') },
          { title: t('ob.step.mapping') },
          { title: t('ob.step.dryRun') },
          { title: t('ob.step.commit') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {!b && <UploadStep />}
      {b && b.status !== 'committing' && b.status !== 'committed' && b.status !== 'failed' && <MappingStep batch={b} />}
      {b?.status === 'dry_run' && <DryRunStep batch={b} />}
      {b && (b.status === 'committing' || b.status === 'committed' || b.status === 'failed') && (
        <CommitStep batch={b} />
      )}
    </div>
  );
}

function UploadStep() {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const access = useAccess();
  const [province, setProvince] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Card>
      <Space direction="vertical" style={{ width: '100%' }}>
        {access.scopeLevel === 'national' && (
          <Input
            addonBefore={t('ob.province')}
            value={province}
            onChange={(e) => setProvince(e.target.value)}
            maxLength={2}
            style={{ maxWidth: 220 }}
            data-testid="import-province"
          />
        )}
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            setBusy(true);
            onboardingApi
              .upload(file, province || undefined)
              .then((b) => navigate(`${ONBOARDING_ROUTE}?batch=${b.id}`))
              .catch((err: unknown) => void message.error(errorText(err)))
              .finally(() => setBusy(false));
            return false;
          }}
        >
          <Button type="primary" loading={busy} data-testid="import-choose">
            {t('ob.choose')}
          </Button>
        </Upload>
        <Button type="link" onClick={() => void onboardingApi.template()} style={{ paddingInline: 0 }}>
          {t('ob.template')}
        </Button>
      </Space>
    </Card>
  );
}

function MappingStep({ batch }: { batch: Batch }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [mapping, setMapping] = useState(batch.mapping);
  const [answers, setAnswers] = useState(batch.answers);
  const [busy, setBusy] = useState(false);
  const options = batch.headers.map((h, i) => ({ value: i, label: h || `#${i + 1}` }));
  const run = () => {
    setBusy(true);
    onboardingApi
      .dryRun(batch.id, mapping, answers)
      .then((b) => client.setQueryData(['onboarding', batch.id], b))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setBusy(false));
  };
  const s = batch.summary;
  return (
    <Card title={`${batch.filename} — ${t('ob.rows', { n: batch.rowCount })}`} style={{ marginBottom: 16 }}>
      <Form layout="vertical">
        <div className="onboarding-mapping">
          {batch.fields.map((f) => (
            <Form.Item key={f.field} label={`${pick(f.label)}${f.required ? ' *' : ''}`} style={{ marginBottom: 8 }}>
              <Select
                allowClear
                placeholder={t('ob.notMapped')}
                options={options}
                value={mapping[f.field]}
                data-testid={`map-${f.field}`}
                onChange={(v?: number) => {
                  const next = { ...mapping };
                  if (v === undefined) delete next[f.field];
                  else next[f.field] = v;
                  setMapping(next);
                }}
              />
            </Form.Item>
          ))}
        </div>
        {s && s.questions.length > 0 && (
          <Alert type="info" showIcon message={t('ob.questions')} style={{ marginBlock: 8 }} />
        )}
        {s?.questions.map((q) => (
          <Form.Item key={q.key} label={`${q.oldName} (${q.rows})`} style={{ marginBottom: 8 }}>
            <Select
              data-testid={`answer-${q.key}`}
              options={q.options.map((o) => ({ value: o.code, label: o.name }))}
              value={answers.units?.[q.key]}
              onChange={(v: string) => setAnswers({ ...answers, units: { ...answers.units, [q.key]: v } })}
            />
          </Form.Item>
        ))}
        {s && s.legalTypeQuestions > 0 && (
          <Form.Item label={t('ob.legalType', { n: s.legalTypeQuestions })}>
            <Select
              data-testid="answer-legal-type"
              options={LEGAL_TYPES.map((l) => ({ value: l, label: t(LEGAL_TYPE_KEYS[l]) }))}
              value={answers.legalType}
              onChange={(v: string) => setAnswers({ ...answers, legalType: v })}
            />
          </Form.Item>
        )}
        <Button type="primary" onClick={run} loading={busy} data-testid="import-dry-run">
          {s ? t('ob.rerun') : t('ob.runDry')}
        </Button>
      </Form>
    </Card>
  );
}

function DryRunStep({ batch }: { batch: Batch }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<string>('rejected');
  const [page, setPage] = useState(1);
  const s = batch.summary!;
  const rows = useQuery({
    queryKey: ['onboarding', batch.id, 'rows', outcome, page, s],
    queryFn: () => onboardingApi.rows(batch.id, outcome === 'all' ? undefined : outcome, page, 20),
  });
  const commit = () =>
    onboardingApi
      .commit(batch.id)
      .then((b) => client.setQueryData(['onboarding', batch.id], b))
      .catch((err: unknown) => void message.error(errorText(err)));
  return (
    <Card title={t('ob.step.dryRun')} data-testid="import-summary">
      <Space wrap size="large" style={{ marginBottom: 12 }}>
        {(['ok', 'warning', 'question', 'rejected'] as const).map((k) => (
          <Tag key={k} color={OUTCOME_COLORS[k]} data-testid={`sum-${k}`}>
            {t(`ob.summary.${k}`)}: {s[k]}
          </Tag>
        ))}
      </Space>
      <Typography.Paragraph>
        {t('ob.summary.producers', { m: s.producersMatched, c: s.producersCreated })}
        <br />
        {t('ob.summary.products', { m: s.productsMatched, c: s.productsCreated })}
        <br />
        {t('ob.summary.results', { r: s.results, g: s.certificates, k: s.starsKept })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('ob.problems')}</Typography.Title>
      <Segmented
        value={outcome}
        onChange={(v) => {
          setOutcome(String(v));
          setPage(1);
        }}
        options={['rejected', 'question', 'warning', 'all'].map((o) => ({
          value: o,
          label: t(`ob.outcome.${o}` as 'ob.outcome.ok'),
        }))}
        style={{ marginBottom: 8, maxWidth: '100%', overflowX: 'auto' }}
      />
      <Table<Row>
        size="small"
        rowKey="rowNo"
        loading={rows.isFetching}
        dataSource={rows.data?.items ?? []}
        scroll={{ x: 360 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: rows.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { key: 'row', title: t('ob.row'), dataIndex: 'rowNo', width: 56 },
          {
            key: 'outcome',
            title: t('ob.outcome'),
            width: 100,
            render: (_, r) => (
              <Tag color={OUTCOME_COLORS[r.outcome]}>{t(`ob.outcome.${r.outcome}` as 'ob.outcome.ok')}</Tag>
            ),
          },
          {
            key: 'problems',
            title: t('ob.problem'),
            render: (_, r) => (
              <div data-testid={`row-${r.rowNo}`}>
                {r.problems.map((p, i) => (
                  <div key={i}>
                    <Typography.Text type={p.severity === 'error' ? 'danger' : undefined}>
                      {pick(p.message)}
                    </Typography.Text>
                  </div>
                ))}
              </div>
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Button
          onClick={() => void onboardingApi.rejected(batch.id)}
          disabled={!s.rejected && !s.question}
          data-testid="import-rejected"
        >
          {t('ob.downloadRejected')}
        </Button>
        <Button
          type="primary"
          onClick={() => void commit()}
          disabled={s.question > 0 || s.ok + s.warning === 0}
          data-testid="import-commit"
        >
          {t('ob.commit')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('ob.commitHint')}
      </Typography.Paragraph>
    </Card>
  );
}

function CommitStep({ batch }: { batch: Batch }) {
  const { t, pick } = useT();
  const { done, total } = batch.progress;
  return (
    <Card data-testid="import-commit-step">
      {batch.status === 'committing' && (
        <>
          <Typography.Paragraph>{t('ob.committing', { done, total })}</Typography.Paragraph>
          <Progress
            percent={total ? Math.floor((done / total) * 100) : 0}
            aria-label={t('ob.committing', { done, total })}
            data-testid="import-progress"
          />
        </>
      )}
      {batch.status === 'committed' && (
        <Alert type="success" showIcon message={t('ob.committed', { n: done })} data-testid="import-done" />
      )}
      {batch.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          message={t('ob.failed')}
          description={
            batch.error
              ? `${batch.error.rowNo ? `${t('ob.row')} ${batch.error.rowNo}: ` : ''}${pick(batch.error.message)}`
              : undefined
          }
        />
      )}
      {batch.status !== 'committing' && (
        <Button style={{ marginTop: 12 }} onClick={() => navigate(ONBOARDING_ROUTE)}>
          {t('ob.again')}
        </Button>
      )}
    </Card>
  );
}
