// One inspection plan: its document, kind and level (Art. 9.2.a, 9.4), the team and its lead, the certificates it
// covers, its visits with their progress, and "Thêm đợt kiểm tra" for the team (the server generates the checklist).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Select, Skeleton, Table, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { Link, navigate } from '../../shared/router.ts';
import { formatDate } from '../registry/registry.ts';
import { certificatePath } from '../evaluation/evaluation.ts';
import {
  INSPECTION_ROUTES,
  inspectionApi,
  inspectionKeys,
  visitPath,
  type PlanDetail,
  type VisitBody,
} from './inspections.ts';
import './inspections.css';

export function PlanPage({ id }: { id: string }) {
  const { t } = useT();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const plan = useQuery({ queryKey: inspectionKeys.plan(id), queryFn: () => inspectionApi.plan(id) });
  const p = plan.data;
  const back = (
    <Link className="back-link" to={INSPECTION_ROUTES.plans} back>
      ← {t('insp.plan.back')}
    </Link>
  );
  if (!p) {
    return (
      <div className="page page-wide">
        {back}
        {plan.isError ? <Alert type="error" showIcon title={errorText(plan.error)} /> : <Skeleton active />}
      </div>
    );
  }
  return (
    <div className="page page-wide" data-testid="inspection-plan">
      {back}
      <div className="page-head page-head-actions">
        <div>
          <div className="muted">{t('insp.plan.heading')}</div>
          <h1>{p.title}</h1>
          <Tag color={p.kind === 'unannounced' ? 'orange' : 'blue'}>{t(`insp.kind.${p.kind as 'periodic'}`)}</Tag>
          <Tag>{t(`insp.level.${p.level as 'province'}`)}</Tag>
        </div>
        {p.mayAddVisit && (
          <div className="page-actions">
            <Button type="primary" onClick={() => setAdding(true)} data-testid="new-visit">
              {t('insp.visit.new')}
            </Button>
          </div>
        )}
      </div>
      <Descriptions className="block" bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('insp.plan.document')}>
          {p.documentNo}
          {p.documentDate ? ` · ${formatDate(p.documentDate)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.plan.year')}>{p.year}</Descriptions.Item>
        {p.reason && <Descriptions.Item label={t('insp.plan.reason')}>{p.reason}</Descriptions.Item>}
        <Descriptions.Item label={t('insp.plan.team')}>
          {p.team.map((m) => (
            <Tag key={m.userId} color={m.lead ? 'green' : undefined}>
              {m.displayName}
              {m.lead ? ` (${t('insp.plan.leadShort')})` : ''}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Card className="block" title={t('insp.plan.certificates')} size="small">
        <Table
          rowKey="certificateId"
          size="small"
          pagination={false}
          dataSource={p.targets}
          columns={[
            { title: t('insp.product'), render: (_, c) => c.productName },
            { title: t('insp.producer'), render: (_, c) => c.producerName },
            {
              title: t('insp.certificate'),
              render: (_, c) => <Link to={certificatePath(c.certificateId)}>{c.number}</Link>,
            },
            { title: t('insp.star'), render: (_, c) => `${c.star}★` },
            { title: t('insp.expiresOn'), render: (_, c) => formatDate(c.expiresOn) },
          ]}
        />
      </Card>
      <Card title={t('insp.plan.visits')} size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.visits}
          locale={{ emptyText: t('insp.visit.none') }}
          columns={[
            {
              title: t('insp.visit.date'),
              render: (_, v) => (
                <Link to={visitPath(v.id)} data-testid="visit-link">
                  {formatDate(v.visitOn)}
                </Link>
              ),
            },
            { title: t('insp.product'), render: (_, v) => v.productName },
            { title: t('insp.visit.place'), dataIndex: 'place' },
            { title: t('insp.visit.progress'), render: (_, v) => `${v.checked}/${v.items}` },
            {
              title: t('insp.plan.openFindings'),
              render: (_, v) => (v.openFindings ? <Tag color="red">{v.openFindings}</Tag> : 0),
            },
          ]}
        />
      </Card>
      {adding && <NewVisitModal plan={p} onClose={() => setAdding(false)} />}
    </div>
  );
}

function NewVisitModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<VisitBody>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const body = await form.validateFields();
    setSaving(true);
    try {
      const v = await inspectionApi.createVisit(plan.id, body);
      await qc.invalidateQueries({ queryKey: inspectionKeys.all });
      onClose();
      navigate(visitPath(v.id));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('insp.visit.new')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('insp.save')}
      confirmLoading={saving}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="certificateId" label={t('insp.certificate')} rules={[{ required: true }]}>
          <Select
            options={plan.targets.map((c) => ({
              value: c.certificateId,
              label: `${c.productName ?? ''} · ${c.number}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="visitOn" label={t('insp.visit.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="place" label={t('insp.visit.place')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="participantIds" label={t('insp.visit.participants')}>
          <Select mode="multiple" options={plan.team.map((m) => ({ value: m.userId, label: m.displayName }))} />
        </Form.Item>
        <Form.Item name="othersPresent" label={t('insp.visit.othersPresent')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
