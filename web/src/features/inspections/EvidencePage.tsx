// Kiểm nghiệm & giấy tờ: the yearly product tests (seed 003 §6: due a year after the last, overdue flagged) and the
// papers with a term behind the certificates (Art. 6.1.c) that lapse, or lapse before the certificate does — for the
// producer its own, for the commune and the province theirs. Recording a test or a paper (with its file) is offered
// to the roles the server lists.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate } from '../registry/registry.ts';
import { useAccess } from '../me/permissions.ts';
import { InspectionTabs } from './InspectionTabs.tsx';
import {
  INSPECTION_ROUTES,
  inspectionApi,
  inspectionKeys,
  type DueTests,
  type PaperBody,
  type Papers,
  type ProductTestBody,
} from './inspections.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

const TEST_COLORS = { overdue: 'red', none: 'red', due_soon: 'gold', ok: 'green' } as const;
const PAPER_COLORS: Record<string, string> = { lapsed: 'red', lapsing: 'gold', lapses_before_certificate: 'orange' };

export function EvidencePage() {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const [modal, setModal] = useState<'test' | 'paper' | null>(null);
  const tests = useQuery({ queryKey: inspectionKeys.tests, queryFn: inspectionApi.dueTests });
  const papers = useQuery({ queryKey: inspectionKeys.papers, queryFn: () => inspectionApi.papers(true) });
  return (
    <div className="page page-wide" data-testid="inspection-evidence">
      <InspectionTabs current={INSPECTION_ROUTES.evidence} />
      <Card
        className="block"
        size="small"
        title={t('insp.tests.title')}
        extra={
          access.can('product-tests.record') && (
            <Button onClick={() => setModal('test')} data-testid="new-test">
              {t('insp.tests.new')}
            </Button>
          )
        }
      >
        {tests.isError && <Alert type="error" showIcon title={errorText(tests.error)} />}
        <ResponsiveTable<DueTests[number]>
          rowKey="productId"
          size="small"
          loading={tests.isPending}
          dataSource={tests.data ?? []}
          pagination={false}
          columns={[
            { title: t('insp.product'), dataIndex: 'productName' },
            { title: t('insp.producer'), dataIndex: 'producerName' },
            { title: t('insp.certificate'), render: (_, r) => `${r.certificateNumber} · ${r.star}★` },
            { title: t('insp.tests.last'), render: (_, r) => (r.lastTestedOn ? formatDate(r.lastTestedOn) : '—') },
            { title: t('insp.tests.due'), render: (_, r) => (r.dueOn ? formatDate(r.dueOn) : '—') },
            {
              title: t('insp.item.state'),
              render: (_, r) => <Tag color={TEST_COLORS[r.status]}>{t(`insp.tests.status.${r.status}`)}</Tag>,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('insp.papers.title')}
        extra={
          access.can('papers.record') && (
            <Button onClick={() => setModal('paper')} data-testid="new-paper">
              {t('insp.papers.new')}
            </Button>
          )
        }
      >
        {papers.isError && <Alert type="error" showIcon title={errorText(papers.error)} />}
        <ResponsiveTable<Papers[number]>
          rowKey={(p) => `${p.id}:${p.certificateId}`}
          size="small"
          loading={papers.isPending}
          dataSource={papers.data ?? []}
          pagination={false}
          locale={{ emptyText: t('insp.papers.none') }}
          columns={[
            { title: t('insp.papers.kind'), render: (_, p) => pick(p.kindLabel) },
            { title: t('insp.papers.number'), render: (_, p) => p.number ?? '—' },
            { title: t('insp.product'), dataIndex: 'productName' },
            { title: t('insp.producer'), dataIndex: 'producerName' },
            { title: t('insp.papers.expiresOn'), render: (_, p) => (p.expiresOn ? formatDate(p.expiresOn) : '—') },
            { title: t('insp.papers.certificateUntil'), render: (_, p) => formatDate(p.certificateExpiresOn) },
            {
              title: t('insp.item.state'),
              render: (_, p) => <Tag color={PAPER_COLORS[p.status]}>{pick(p.statusLabel)}</Tag>,
            },
          ]}
        />
      </Card>
      {modal && <RecordModal kind={modal} onClose={() => setModal(null)} />}
    </div>
  );
}

function RecordModal({ kind, onClose }: { kind: 'test' | 'paper'; onClose: () => void }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<(ProductTestBody & PaperBody) & { file?: FileList }>();
  const [file, setFile] = useState<File | null>(null);
  const [saving, setSaving] = useState(false);
  const products = useQuery({ queryKey: ['products', 'for-evidence'], queryFn: () => api.products({ limit: 200 }) });
  // The kinds of papers and their names come from the server (Art. 6.1.c, certificates/domain/papers.ts).
  const kinds = useQuery({
    queryKey: inspectionKeys.paperKinds,
    queryFn: inspectionApi.paperKinds,
    staleTime: Infinity,
  });
  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      if (kind === 'test') {
        const r = await inspectionApi.recordTest(values as ProductTestBody);
        if (file) await inspectionApi.testFile(r.id, file);
      } else {
        const r = await inspectionApi.recordPaper(values as PaperBody);
        if (file) await inspectionApi.paperFile(r.id, file);
      }
      await qc.invalidateQueries({ queryKey: inspectionKeys.all });
      message.success(t('insp.saved'));
      onClose();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={kind === 'test' ? t('insp.tests.new') : t('insp.papers.new')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('insp.save')}
      confirmLoading={saving}
    >
      <Form form={form} layout="vertical" initialValues={{ result: 'pass', kind: 'food_safety' }}>
        <Form.Item name="productId" label={t('insp.product')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={products.isPending}
            options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        {kind === 'test' ? (
          <>
            <Form.Item name="testedOn" label={t('insp.tests.testedOn')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="lab" label={t('insp.tests.lab')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="reportNo" label={t('insp.papers.number')}>
              <Input />
            </Form.Item>
            <Form.Item name="result" label={t('insp.item.result')}>
              <Select
                options={[
                  { value: 'pass', label: t('insp.tests.pass') },
                  { value: 'fail', label: t('insp.tests.fail') },
                ]}
              />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="kind" label={t('insp.papers.kind')}>
              <Select options={(kinds.data ?? []).map((k) => ({ value: k.code, label: pick(k.label) }))} />
            </Form.Item>
            <Form.Item name="wholeProducer" valuePropName="checked">
              <Checkbox>{t('insp.papers.wholeProducer')}</Checkbox>
            </Form.Item>
            <Form.Item name="number" label={t('insp.papers.number')}>
              <Input />
            </Form.Item>
            <Form.Item name="issuer" label={t('insp.papers.issuer')}>
              <Input />
            </Form.Item>
            <Space>
              <Form.Item name="issuedOn" label={t('insp.papers.issuedOn')} rules={[{ required: true }]}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="expiresOn" label={t('insp.papers.expiresOn')}>
                <Input type="date" />
              </Form.Item>
            </Space>
          </>
        )}
        <Form.Item label={t('insp.file')}>
          <input type="file" accept="application/pdf,image/*" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
