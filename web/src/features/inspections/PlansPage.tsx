// Kế hoạch kiểm tra: the plans in the reader's scope, and "Lập kế hoạch" for the offices (Art. 9.2.a, 9.4) — which
// certificates it covers and who is on the team are checked again by the server against Art. 9.4.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { apiRequest, queryString } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { Link, navigate } from '../../shared/router.ts';
import type { ListedUser, Paged } from '../../types.ts';
import { useAccess } from '../me/permissions.ts';
import { InspectionTabs } from './InspectionTabs.tsx';
import {
  INSPECTION_ROUTES,
  inspectionApi,
  inspectionKeys,
  planPath,
  type PlanBody,
  type PlanList,
} from './inspections.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';

type Plan = PlanList['items'][number];
interface CertOption {
  id: string;
  number: string;
  star: number;
  productName: string | null;
}

export function PlansPage() {
  const { t } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const plans = useQuery({ queryKey: inspectionKeys.plans, queryFn: () => inspectionApi.plans() });
  return (
    <div className="page page-wide" data-testid="inspection-plans">
      <InspectionTabs current={INSPECTION_ROUTES.plans} />
      {access.can('inspections.plan') && (
        <div className="page-actions block">
          <Button type="primary" onClick={() => setOpen(true)} data-testid="new-plan">
            {t('insp.plan.new')}
          </Button>
        </div>
      )}
      {plans.isError && <Alert type="error" showIcon title={errorText(plans.error)} />}
      <ResponsiveTable<Plan>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('insp.plan.document'),
            render: (_, p) => (
              <Link to={planPath(p.id)} data-testid="plan-link">
                {p.documentNo}
              </Link>
            ),
          },
          { title: t('insp.plan.title'), dataIndex: 'title' },
          { title: t('insp.plan.year'), dataIndex: 'year', width: 80 },
          {
            title: t('insp.plan.kind'),
            render: (_, p) => (
              <Tag color={p.kind === 'unannounced' ? 'orange' : 'blue'}>{t(`insp.kind.${p.kind as 'periodic'}`)}</Tag>
            ),
          },
          { title: t('insp.plan.level'), render: (_, p) => t(`insp.level.${p.level as 'province'}`) },
          { title: t('insp.plan.lead'), dataIndex: 'leadName' },
          { title: t('insp.plan.targets'), dataIndex: 'targets', width: 90 },
          { title: t('insp.plan.visits'), dataIndex: 'visits', width: 90 },
          {
            title: t('insp.plan.openFindings'),
            render: (_, p) => (p.openFindings ? <Tag color="red">{p.openFindings}</Tag> : 0),
          },
        ]}
      />
      {open && <NewPlanModal onClose={() => setOpen(false)} />}
    </div>
  );
}

function NewPlanModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PlanBody>();
  const [saving, setSaving] = useState(false);
  const certs = useQuery({
    queryKey: ['certificates', 'valid-for-plan'],
    queryFn: () =>
      apiRequest<Paged<CertOption>>('GET', `/api/certificates${queryString({ status: 'valid', limit: 500 })}`),
  });
  const users = useQuery({
    queryKey: ['users', 'for-plan'],
    queryFn: () => apiRequest<Paged<ListedUser>>('GET', `/api/users${queryString({ limit: 500 })}`),
  });
  const staff = (users.data?.items ?? []).filter((u) => u.role !== 'producer' && u.role !== 'admin');
  const submit = async () => {
    const body = await form.validateFields();
    setSaving(true);
    try {
      const plan = await inspectionApi.createPlan(body);
      await qc.invalidateQueries({ queryKey: inspectionKeys.all });
      message.success(t('insp.plan.created'));
      onClose();
      navigate(planPath(plan.id));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('insp.plan.new')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('insp.save')}
      confirmLoading={saving}
    >
      <Alert className="block" type="info" showIcon title={t('insp.plan.authorityHint')} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'periodic', year: new Date().getFullYear() }}>
        <Form.Item name="kind" label={t('insp.plan.kind')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'periodic', label: t('insp.kind.periodic') },
              { value: 'unannounced', label: t('insp.kind.unannounced') },
            ]}
          />
        </Form.Item>
        <Form.Item name="year" label={t('insp.plan.year')} rules={[{ required: true }]}>
          <InputNumber min={2019} max={2100} />
        </Form.Item>
        <Form.Item name="documentNo" label={t('insp.plan.document')} rules={[{ required: true }]}>
          <Input placeholder="45/KH-VPĐP" />
        </Form.Item>
        <Form.Item name="documentDate" label={t('insp.plan.documentDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="title" label={t('insp.plan.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={t('insp.plan.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="certificateIds" label={t('insp.plan.certificates')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            loading={certs.isPending}
            optionFilterProp="label"
            options={(certs.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.number} · ${c.productName ?? ''} · ${c.star}★`,
            }))}
          />
        </Form.Item>
        <Form.Item name="leadId" label={t('insp.plan.lead')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={staff.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
        <Form.Item name="memberIds" label={t('insp.plan.team')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={staff.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
