// Hoạt động và xúc tiến thương mại: the activities of the reader's area by year and kind, and recording one (its
// unit, lead unit, partners, schedule, budget, status, outcome and the products shown). The kinds, statuses and
// platforms are the server's; a done fair, training or sales point counts in the plans' targets.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/FormFields.tsx';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { setQuery } from '../../shared/router.ts';
import type { User } from '../../types.ts';
import { useAccess } from '../me/permissions.ts';
import { CommuneSelect } from '../reference/UnitSelect.tsx';
import { activityApi, programmeKeys, type Activity, type ActivityBody } from './programme.ts';
import { ProgrammeTabs } from './ProgrammeTabs.tsx';

const FIELDS = [
  'kind',
  'title',
  'leadUnit',
  'place',
  'platform',
  'year',
  'quarter',
  'startsOn',
  'endsOn',
  'budget',
  'status',
  'participants',
  'revenue',
  'outcome',
];

export function ActivitiesPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t, pick, num } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  const year = Number(query.get('year')) || new Date().getFullYear();
  const kind = query.get('kind') ?? undefined;
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const kinds = useQuery({
    queryKey: [...programmeKeys.all, 'activity-kinds'],
    queryFn: activityApi.kinds,
    staleTime: Infinity,
  });
  const list = useQuery({
    queryKey: [...programmeKeys.all, 'activities', year, kind],
    queryFn: () => activityApi.list({ year, kind }),
  });
  return (
    <div className="page page-wide" data-testid="activities">
      <ProgrammeTabs />
      <Space wrap className="block">
        <InputNumber
          aria-label={t('plan.year')}
          min={2018}
          max={2100}
          value={year}
          onChange={(v) => setQuery({ year: v ?? undefined })}
        />
        <Select
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('act.kind')}
          value={kind}
          onChange={(v) => setQuery({ kind: v })}
          options={(kinds.data?.kinds ?? []).map((k) => ({ value: k.code, label: pick(k.label) }))}
        />
        {access.can('activities.write') && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="new-activity">
            {t('act.new')}
          </Button>
        )}
      </Space>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table<Activity>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('act.title'),
            render: (_, a) => (
              <div>
                {a.may.edit ? (
                  <a onClick={() => setEditing(a)} data-testid="activity-link">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
                <div className="muted">{pick(a.kindLabel)}</div>
              </div>
            ),
          },
          { title: t('act.leadUnit'), dataIndex: 'leadUnit' },
          {
            title: t('act.when'),
            render: (_, a) => a.startsOn ?? (a.quarter ? t('act.quarterN', { n: a.quarter }) : '—'),
          },
          {
            title: t('act.status'),
            render: (_, a) => (
              <Tag color={a.status === 'done' ? 'green' : a.status === 'cancelled' ? 'default' : 'blue'}>
                {pick(a.statusLabel)}
              </Tag>
            ),
          },
          { title: t('act.budget'), render: (_, a) => (a.budget === null ? '—' : num(a.budget)) },
          { title: t('act.products'), render: (_, a) => a.products.map((p) => p.name).join(', ') || '—' },
        ]}
      />
      {editing && (
        <ActivityEditor
          user={user}
          activity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

interface Values extends Omit<ActivityBody, 'unitCode'> {
  level: 'province' | 'commune';
  commune?: string;
}

function ActivityEditor({ user, activity, onClose }: { user: User; activity?: Activity; onClose: () => void }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const access = useAccess();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [search, setSearch] = useState('');
  const kinds = useQuery({
    queryKey: [...programmeKeys.all, 'activity-kinds'],
    queryFn: activityApi.kinds,
    staleTime: Infinity,
  });
  const products = useQuery({
    queryKey: ['products', 'activity', search],
    queryFn: () => api.products({ q: search || undefined, limit: 20 }),
  });
  const level = Form.useWatch('level', form);
  const kind = Form.useWatch('kind', form);
  const communeOnly = access.scopeLevel === 'commune';
  const initial: Partial<Values> = activity
    ? {
        ...(activity as unknown as Values),
        level: activity.communeCode ? 'commune' : 'province',
        commune: activity.communeCode ?? undefined,
        productIds: activity.products.map((p) => p.id),
      }
    : {
        level: communeOnly ? 'commune' : 'province',
        commune: communeOnly ? (user.unitCode ?? undefined) : undefined,
        year: new Date().getFullYear(),
        status: 'planned',
        partners: [],
      };
  const productOptions = [
    ...(activity?.products ?? []).map((p) => ({ value: p.id, label: p.name })),
    ...(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

  const submit = async () => {
    const v = await form.validateFields();
    const { level: lv, commune, ...rest } = v;
    const body: ActivityBody = { ...rest, unitCode: lv === 'province' ? (user.provinceCode ?? '') : commune! };
    setSaving(true);
    try {
      if (activity) await activityApi.save(activity.id, { ...body, version: activity.version });
      else await activityApi.create(body);
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      message.success(t('plan.saved'));
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err, pick, FIELDS, { unitCode: 'commune' })) message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open
      size="large"
      title={activity ? activity.title : t('act.new')}
      onClose={onClose}
      extra={
        <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="activity-save">
          {t('act.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="level" label={t('plan.unit')}>
          <Radio.Group disabled={communeOnly}>
            <Radio value="province">{t('plan.level.province')}</Radio>
            <Radio value="commune">{t('plan.level.commune')}</Radio>
          </Radio.Group>
        </Form.Item>
        {level === 'commune' && (
          <Form.Item name="commune" label={t('plan.level.commune')} rules={[{ required: true }]}>
            <CommuneSelect provinceCode={user.provinceCode} disabled={communeOnly} />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('act.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="activity-kind"
            options={(kinds.data?.kinds ?? []).map((k) => ({ value: k.code, label: pick(k.label) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('act.title')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="activity-title" />
        </Form.Item>
        <Form.Item name="leadUnit" label={t('act.leadUnit')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="activity-lead" />
        </Form.Item>
        <Form.Item name="partners" label={t('act.partners')}>
          <Select mode="tags" tokenSeparators={[';']} />
        </Form.Item>
        <Space wrap>
          {kind === 'ecommerce' && (
            <Form.Item name="platform" label={t('act.platform')} rules={[{ required: true }]}>
              <Select
                style={{ width: 160 }}
                options={(kinds.data?.platforms ?? []).map((p) => ({ value: p, label: p }))}
              />
            </Form.Item>
          )}
          <Form.Item name="place" label={t('act.place')}>
            <Input />
          </Form.Item>
          <Form.Item name="year" label={t('plan.year')} rules={[{ required: true }]}>
            <InputNumber min={2018} max={2100} />
          </Form.Item>
          <Form.Item name="quarter" label={t('act.quarter')}>
            <Select
              allowClear
              style={{ width: 90 }}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))}
            />
          </Form.Item>
          <Form.Item name="startsOn" label={t('act.startsOn')}>
            <DateInput testId="activity-starts" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('act.endsOn')}>
            <DateInput />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="status" label={t('act.status')} rules={[{ required: true }]}>
            <Select
              data-testid="activity-status"
              style={{ width: 180 }}
              options={(kinds.data?.statuses ?? []).map((x) => ({ value: x.code, label: pick(x.label) }))}
            />
          </Form.Item>
          <Form.Item name="budget" label={t('act.budget')}>
            <InputNumber min={0} step={1_000_000} />
          </Form.Item>
          <Form.Item name="participants" label={t('act.participants')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="revenue" label={t('act.revenue')}>
            <InputNumber min={0} step={1_000_000} />
          </Form.Item>
        </Space>
        <Form.Item name="productIds" label={t('act.products')}>
          <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setSearch }} options={productOptions} />
        </Form.Item>
        <Form.Item name="outcome" label={t('act.outcome')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
