// Writing a plan: its unit (the province, a commune, or for history a district of the 2024 set), year and document,
// and its targets. Which parameters a target takes comes from the server's target kinds; the server checks all again
// and its 400s land on the fields they name.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/FormFields.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { navigate } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { CommuneSelect } from '../reference/UnitSelect.tsx';
import type { User } from '../../types.ts';
import {
  programmeApi,
  programmeKeys,
  programmePlanPath,
  type Plan,
  type PlanBody,
  type TargetKinds,
} from './programme.ts';

type Level = 'province' | 'commune' | 'district';
interface Values extends Omit<PlanBody, 'unitSet' | 'unitCode' | 'legalBases'> {
  level: Level;
  commune?: string;
  district?: string;
  legalBases?: string;
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function PlanEditor({ user, plan, onClose }: { user: User; plan?: Plan; onClose: () => void }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const access = useAccess();
  const province = user.provinceCode ?? '';
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const kinds = useQuery({ queryKey: programmeKeys.kinds, queryFn: programmeApi.kinds, staleTime: Infinity });
  const districts = useQuery({
    queryKey: ['programme', 'districts', province],
    queryFn: () => programmeApi.districts2024(province),
    enabled: access.scopeLevel === 'province',
    staleTime: Infinity,
  });
  const level = Form.useWatch('level', form);
  const communeOnly = access.scopeLevel === 'commune';
  const initial: Partial<Values> = plan
    ? {
        ...plan,
        level: plan.unit.unitSet === 2024 ? 'district' : plan.unit.level === 'province' ? 'province' : 'commune',
        commune: plan.unit.level === 'commune' ? plan.unit.code : undefined,
        district: plan.unit.unitSet === 2024 ? plan.unit.code : undefined,
        legalBases: plan.legalBases.join('\n'),
        targets: plan.targets.map(({ kind, star, mode, legalType, target, wording }) => ({
          kind,
          star,
          mode: mode as 'new' | null,
          legalType: legalType as 'htx' | null,
          target,
          wording,
        })),
      }
    : {
        level: communeOnly ? 'commune' : 'province',
        commune: communeOnly ? (user.unitCode ?? undefined) : undefined,
        year: new Date().getFullYear(),
        targets: [],
      };

  const submit = async () => {
    const v = await form.validateFields();
    const unit =
      v.level === 'district'
        ? { unitSet: 2024 as const, unitCode: v.district! }
        : { unitSet: 2025 as const, unitCode: v.level === 'province' ? province : v.commune! };
    const body: PlanBody = {
      ...unit,
      year: v.year,
      title: v.title,
      docNumber: v.docNumber || null,
      docDate: v.docDate || null,
      legalBases: lines(v.legalBases),
      notes: v.notes || null,
      targets: (v.targets ?? []).map((x) => ({ ...x, wording: x.wording || null })),
    };
    setSaving(true);
    try {
      const saved = plan
        ? await programmeApi.save(plan.id, { ...body, version: plan.version })
        : await programmeApi.create(body);
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      message.success(t('plan.saved'));
      onClose();
      navigate(programmePlanPath(saved.id));
    } catch (err) {
      const names = ['unitCode', 'year', 'title', 'docNumber', 'docDate', 'notes'];
      const targetFields = (v.targets ?? []).flatMap((_, i) =>
        ['kind', 'star', 'mode', 'legalType', 'target', 'wording'].map((f) => `targets.${i}.${f}`),
      );
      if (
        !applyFieldErrors(form, err, pick, [...names, ...targetFields], {
          unitCode: v.level === 'district' ? 'district' : 'commune',
        })
      )
        message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      size="large"
      title={plan ? t('plan.edit') : t('plan.new')}
      onClose={onClose}
      extra={
        <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="plan-save">
          {t('plan.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="level" label={t('plan.unit')} rules={[{ required: true }]}>
          <Radio.Group disabled={communeOnly || !!plan}>
            <Radio value="province">{t('plan.level.province')}</Radio>
            <Radio value="commune">{t('plan.level.commune')}</Radio>
            <Radio value="district">{t('plan.level.district')}</Radio>
          </Radio.Group>
        </Form.Item>
        {level === 'commune' && (
          <Form.Item name="commune" label={t('plan.level.commune')} rules={[{ required: true }]}>
            <CommuneSelect provinceCode={province} disabled={communeOnly || !!plan} testId="plan-commune" />
          </Form.Item>
        )}
        {level === 'district' && (
          <Form.Item name="district" label={t('plan.level.district')} rules={[{ required: true }]}>
            <Select
              disabled={!!plan}
              loading={districts.isPending}
              options={(districts.data?.items ?? []).map((d) => ({ value: d.code, label: d.label }))}
              data-testid="plan-district"
            />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="year" label={t('plan.year')} rules={[{ required: true }]}>
            <InputNumber min={2018} max={2100} data-testid="plan-year" />
          </Form.Item>
          <Form.Item name="docNumber" label={t('plan.docNumber')}>
            <Input placeholder="125/KH-UBND" data-testid="plan-doc-number" />
          </Form.Item>
          <Form.Item name="docDate" label={t('plan.docDate')}>
            <DateInput testId="plan-doc-date" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('plan.titleField')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="plan-title" />
        </Form.Item>
        <Form.Item name="legalBases" label={t('plan.legalBases')} extra={t('plan.legalBasesHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <h3>{t('plan.targets')}</h3>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <TargetFields key={f.key} name={f.name} kinds={kinds.data} onRemove={() => remove(f.name)} />
              ))}
              <Button onClick={() => add({ target: 1 })} data-testid="plan-add-target">
                {t('plan.addTarget')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

/** One target: its kind, then only the parameters that kind takes (the server's list), the number and the wording. */
function TargetFields({
  name,
  kinds,
  onRemove,
}: {
  name: number;
  kinds: TargetKinds | undefined;
  onRemove: () => void;
}) {
  const { t, pick } = useT();
  const form = Form.useFormInstance();
  const code = Form.useWatch(['targets', name, 'kind'], form) as string | undefined;
  const params: readonly string[] = kinds?.kinds.find((k) => k.code === code)?.params ?? [];
  return (
    <div className="plan-target-row" data-testid="plan-target-row">
      <Form.Item name={[name, 'kind']} label={t('plan.kind')} rules={[{ required: true }]}>
        <Select
          data-testid="plan-target-kind"
          options={(kinds?.kinds ?? []).map((k) => ({
            value: k.code,
            label: k.measured ? pick(k.label) : `${pick(k.label)} (${t('plan.notMeasuredYet')})`,
          }))}
        />
      </Form.Item>
      <Space wrap>
        {params.includes('star') && (
          <Form.Item name={[name, 'star']} label={t('plan.star')}>
            <Select
              allowClear
              data-testid="plan-target-star"
              style={{ width: 110 }}
              options={(kinds?.stars ?? []).map((s) => ({ value: s, label: `${s} ★` }))}
            />
          </Form.Item>
        )}
        {params.includes('mode') && (
          <Form.Item name={[name, 'mode']} label={t('plan.mode')}>
            <Select
              allowClear
              style={{ width: 160 }}
              options={(kinds?.modes ?? []).map((m) => ({ value: m.code, label: pick(m.label) }))}
            />
          </Form.Item>
        )}
        {params.includes('legalType') && (
          <Form.Item name={[name, 'legalType']} label={t('plan.legalType')}>
            <Select
              allowClear
              style={{ width: 220 }}
              options={(kinds?.legalTypes ?? []).map((m) => ({ value: m.code, label: pick(m.label) }))}
            />
          </Form.Item>
        )}
        <Form.Item name={[name, 'target']} label={t('plan.target')} rules={[{ required: true }]}>
          <InputNumber min={0} data-testid="plan-target-value" />
        </Form.Item>
        <Button danger type="link" onClick={onRemove}>
          {t('plan.removeTarget')}
        </Button>
      </Space>
      <Form.Item name={[name, 'wording']} label={t('plan.wording')}>
        <Input placeholder={t('plan.wordingHint')} />
      </Form.Item>
    </div>
  );
}
