// Kinh phí hỗ trợ: applications in the reader's scope (apply; the office decides and pays), the ledger by producer,
// product and source, and the policies with their items' caps. Caps, double funding and scope are the server's.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Select, Table, Tabs, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/FormFields.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { useAccess } from '../me/permissions.ts';
import { ProducerSelect } from '../registry/ProducerSelect.tsx';
import { fundingApi, programmeKeys, type ApplicationBody, type SupportApplication } from './programme.ts';
import { ProgrammeTabs } from './ProgrammeTabs.tsx';

const fundingKey = [...programmeKeys.all, 'funding'] as const;

export function FundingPage() {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const [applying, setApplying] = useState(false);
  const [acting, setActing] = useState<{ a: SupportApplication; what: 'decide' | 'pay' } | null>(null);
  const apps = useQuery({ queryKey: [...fundingKey, 'applications'], queryFn: fundingApi.applications });
  const ledger = useQuery({ queryKey: [...fundingKey, 'ledger'], queryFn: fundingApi.ledger });
  const policies = useQuery({ queryKey: [...fundingKey, 'policies'], queryFn: fundingApi.policies });
  return (
    <div className="page page-wide" data-testid="funding">
      <ProgrammeTabs />
      {apps.isError && <Alert type="error" showIcon title={errorText(apps.error)} />}
      <Tabs
        items={[
          {
            key: 'applications',
            label: t('fund.applications'),
            children: (
              <>
                {access.can('funding.apply') && (
                  <Button
                    type="primary"
                    className="block"
                    onClick={() => setApplying(true)}
                    data-testid="new-application"
                  >
                    {t('fund.apply')}
                  </Button>
                )}
                <Table<SupportApplication>
                  rowKey="id"
                  loading={apps.isPending}
                  dataSource={apps.data?.items ?? []}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    {
                      title: t('fund.producer'),
                      render: (_, a) => (
                        <>
                          {a.producer.name}
                          <div className="muted">{a.product?.name}</div>
                        </>
                      ),
                    },
                    {
                      title: t('fund.item'),
                      render: (_, a) => (
                        <>
                          {a.item.label}
                          <div className="muted">{pick(a.item.sourceLabel)}</div>
                        </>
                      ),
                    },
                    { title: t('fund.requested'), render: (_, a) => num(a.requested) },
                    {
                      title: t('fund.state'),
                      render: (_, a) => (
                        <Tag
                          color={a.state === 'approved' ? 'green' : a.state === 'rejected' ? 'red' : 'blue'}
                          data-testid="application-state"
                        >
                          {t(`fund.state.${a.state as 'submitted'}`)}
                        </Tag>
                      ),
                    },
                    {
                      title: t('fund.approved'),
                      render: (_, a) => (a.approvedAmount === null ? '—' : num(a.approvedAmount)),
                    },
                    { title: t('fund.paid'), render: (_, a) => num(a.paid) },
                    {
                      title: '',
                      render: (_, a) => (
                        <>
                          {a.may.decide && (
                            <Button size="small" onClick={() => setActing({ a, what: 'decide' })} data-testid="decide">
                              {t('fund.decide')}
                            </Button>
                          )}
                          {a.may.disburse && (
                            <Button size="small" onClick={() => setActing({ a, what: 'pay' })} data-testid="pay">
                              {t('fund.pay')}
                            </Button>
                          )}
                        </>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'ledger',
            label: t('fund.ledger'),
            children: (
              <Table
                rowKey={(r) => `${r.producer.id}:${r.product?.id ?? ''}:${r.source}`}
                dataSource={ledger.data?.items ?? []}
                pagination={false}
                scroll={{ x: 'max-content' }}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={3}>
                      {t('fund.total')}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1}>
                      <strong data-testid="ledger-total">{num(ledger.data?.total ?? 0)}</strong>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
                columns={[
                  { title: t('fund.producer'), render: (_, r) => r.producer.name },
                  { title: t('fund.product'), render: (_, r) => r.product?.name ?? '—' },
                  { title: t('fund.source'), render: (_, r) => pick(r.sourceLabel) },
                  { title: t('fund.paid'), render: (_, r) => num(r.paid) },
                ]}
              />
            ),
          },
          {
            key: 'policies',
            label: t('fund.policies'),
            children: (policies.data?.items ?? []).map((p) => (
              <div key={p.id} className="block">
                <h3>{p.name}</h3>
                <div className="muted">{p.legalBasis}</div>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={p.items}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('fund.item'), dataIndex: 'label' },
                    { title: t('fund.maxAmount'), render: (_, i) => (i.maxAmount === null ? '—' : num(i.maxAmount)) },
                    {
                      title: t('fund.maxRate'),
                      render: (_, i) => (i.maxRate === null ? '—' : `${num(i.maxRate * 100)} %`),
                    },
                    { title: t('fund.source'), render: (_, i) => pick(i.sourceLabel) },
                  ]}
                />
              </div>
            )),
          },
        ]}
      />
      {applying && <ApplyModal onClose={() => setApplying(false)} />}
      {acting && <ActModal {...acting} onClose={() => setActing(null)} />}
    </div>
  );
}

function ApplyModal({ onClose }: { onClose: () => void }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ApplicationBody>();
  const policies = useQuery({ queryKey: [...fundingKey, 'policies'], queryFn: fundingApi.policies });
  const items = (policies.data?.items ?? []).flatMap((p) =>
    p.items.map((i) => ({ value: i.id, label: `${i.label} — ${p.name}` })),
  );
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await fundingApi.apply(v);
      await qc.invalidateQueries({ queryKey: fundingKey });
      message.success(t('fund.applied'));
      onClose();
    } catch (err) {
      if (
        !applyFieldErrors(form, err, pick, [
          'producerId',
          'productId',
          'itemId',
          'cost',
          'requested',
          'appliedOn',
          'note',
        ])
      )
        message.error(errorText(err));
    }
  };
  return (
    <Modal open title={t('fund.apply')} onCancel={onClose} onOk={() => void submit()} okText={t('plan.save')}>
      <Form form={form} layout="vertical">
        <Form.Item name="producerId" label={t('fund.producer')} rules={[{ required: true }]}>
          <ProducerSelect testId="application-producer" />
        </Form.Item>
        <Form.Item name="itemId" label={t('fund.item')} rules={[{ required: true }]}>
          <Select options={items} data-testid="application-item" />
        </Form.Item>
        <Form.Item name="cost" label={t('fund.cost')} rules={[{ required: true }]}>
          <InputNumber min={1} step={1_000_000} style={{ width: '100%' }} data-testid="application-cost" />
        </Form.Item>
        <Form.Item name="requested" label={t('fund.requested')} rules={[{ required: true }]}>
          <InputNumber min={1} step={1_000_000} style={{ width: '100%' }} data-testid="application-requested" />
        </Form.Item>
        <Form.Item name="appliedOn" label={t('fund.appliedOn')} rules={[{ required: true }]}>
          <DateInput testId="application-date" />
        </Form.Item>
        <Form.Item name="note" label={t('fund.note')}>
          <Input.TextArea autoSize />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ActModal({ a, what, onClose }: { a: SupportApplication; what: 'decide' | 'pay'; onClose: () => void }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      if (what === 'decide') await fundingApi.decide(a.id, v);
      else await fundingApi.pay(a.id, v);
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      onClose();
    } catch (err) {
      if (
        !applyFieldErrors(form, err, pick, [
          'decision',
          'amount',
          'decisionNo',
          'decidedOn',
          'note',
          'paidOn',
          'reference',
        ])
      )
        message.error(errorText(err));
    }
  };
  return (
    <Modal
      open
      title={`${what === 'decide' ? t('fund.decide') : t('fund.pay')} — ${a.producer.name}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('plan.save')}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          what === 'decide'
            ? { decision: 'approve', amount: a.requested }
            : { amount: (a.approvedAmount ?? 0) - a.paid }
        }
      >
        {what === 'decide' && (
          <Form.Item name="decision">
            <Radio.Group>
              <Radio value="approve">{t('fund.approve')}</Radio>
              <Radio value="reject">{t('fund.reject')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item name="amount" label={t('fund.amount')}>
          <InputNumber min={1} step={1_000_000} style={{ width: '100%' }} />
        </Form.Item>
        {what === 'decide' ? (
          <>
            <Form.Item name="decisionNo" label={t('fund.decisionNo')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('fund.decidedOn')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="paidOn" label={t('fund.paidOn')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="reference" label={t('fund.reference')}>
              <Input />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
