// "Quy định của Hội đồng": the council policies in force (each with its value, where it comes from — default,
// province, council — and, on demand, what the Decision says on the point), the fields that choose them in the
// council and province forms, and the province office's card for the province's own policies.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Form, InputNumber, Modal, Select, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { evalApi, type PolicyEntry } from './evaluation.ts';
import { ownValues, policyBody, useCouncilRules, valueText, type PolicyValue } from './policies.ts';
import { keys } from '../../shared/queries.ts';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';

/** How a policy's value reads; `known` is the server's label of it when at hand (an entry's valueLabel). */
function useValueLabel() {
  const { t, pick } = useT();
  const rules = useCouncilRules();
  return (key: string, value: PolicyValue, known?: PolicyEntry['valueLabel']) => {
    const label = valueText(rules.data?.policies, key, value) ?? known;
    return label ? pick(label) : typeof value === 'number' ? t('points.n', { n: value }) : String(value);
  };
}

/** The policies in force; `values` (a result's policy) overrides the entries' values where given. */
export function PolicyList({
  entries,
  values,
  lead = true,
}: {
  entries: readonly PolicyEntry[];
  values?: Record<string, PolicyValue>;
  lead?: boolean;
}) {
  const { t, pick } = useT();
  const label = useValueLabel();
  return (
    <div className="policy-list" data-testid="policies">
      {lead && <p className="muted policy-lead">{t('pol.lead')}</p>}
      <ul className="plain-list">
        {entries.map((e) => (
          <li key={e.key} className="policy-item" data-testid={`policy-${e.key}`}>
            <div className="policy-label">{pick(e.label)}</div>
            <div className="policy-value">
              <b>
                {label(
                  e.key,
                  values?.[e.key] ?? e.value,
                  (values?.[e.key] ?? e.value) === e.value ? e.valueLabel : null,
                )}
              </b>{' '}
              <Tag className="policy-source">{t(`pol.source.${e.source}`)}</Tag>
            </div>
            <details className="policy-law">
              <summary>{t('pol.law')}</summary>
              {pick(e.law)}
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Quy định của Hội đồng", folded: the scoring screen and its results show it without crowding a tablet. */
export function PoliciesCollapse({
  entries,
  values,
  testId,
  className,
}: {
  entries: readonly PolicyEntry[];
  values?: Record<string, PolicyValue>;
  testId: string;
  className?: string;
}) {
  const { t } = useT();
  if (entries.length === 0) return null;
  return (
    <Collapse
      className={className}
      size="small"
      data-testid={testId}
      items={[
        {
          key: 'p',
          label: <b>{t('pol.title')}</b>,
          extra: <Tag>{entries.length}</Tag>,
          children: <PolicyList entries={entries} values={values} />,
        },
      ]}
    />
  );
}

/**
 * One field per policy under `policy` in the form (the spread threshold too unless `spread` is false: the council
 * form has it as its own field). An empty field inherits: its placeholder says what from (`inherited`).
 */
export function PolicyFields({ inherited, spread = true }: { inherited: (key: string) => string; spread?: boolean }) {
  const { t, pick } = useT();
  const rules = useCouncilRules();
  return (
    <div className="form-grid policy-fields">
      {(rules.data?.policies ?? [])
        .filter((d) => spread || d.key !== 'spreadThreshold')
        .map((d) => (
          <Form.Item
            key={d.key}
            name={['policy', d.key]}
            label={pick(d.label)}
            extra={
              <details className="policy-law">
                <summary>{t('pol.law')}</summary>
                {pick(d.law)}
              </details>
            }
          >
            {d.values ? (
              <Select
                allowClear
                placeholder={inherited(d.key)}
                options={d.values.map((v) => ({ value: v.value, label: pick(v.label) }))}
                popupMatchSelectWidth={false}
                data-testid={`policy-field-${d.key}`}
              />
            ) : (
              <InputNumber<number>
                min={d.range?.min}
                max={d.range?.max}
                placeholder={inherited(d.key)}
                className="full-width"
                data-testid={`policy-field-${d.key}`}
              />
            )}
          </Form.Item>
        ))}
    </div>
  );
}

/**
 * The placeholder of an empty field: what it inherits. A province's empty field takes the default; a council's takes
 * the province's value when the province set one (entries of GET /api/council-policies or the council's), else the
 * default.
 */
export function useInherited(entries: readonly PolicyEntry[] | undefined, level: 'province' | 'council') {
  const { t } = useT();
  const label = useValueLabel();
  return (key: string) => {
    const e = entries?.find((x) => x.key === key);
    if (!e) return '';
    return level === 'council' && e.source === 'province'
      ? t('pol.inherit', { value: label(key, e.value) })
      : t('pol.default', { value: label(key, e.defaultValue) });
  };
}

function ProvincePoliciesModalBody({
  open,
  entries,
  onClose,
  onSaved,
}: {
  open: boolean;
  entries: readonly PolicyEntry[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { form, busy, error, save } = useFormSave<{ policy?: Record<string, PolicyValue> }>();
  const inherited = useInherited(entries, 'province');
  const submit = () =>
    save(async (v) => {
      await evalApi.setProvincePolicies(policyBody(v.policy));
      void message.success(t('pol.saved'));
      onSaved();
    });
  return (
    <Modal
      open={open}
      width={720}
      title={t('pol.provinceTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('pol.save')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'province-policies-ok' }}
      destroyOnHidden
    >
      <p className="muted">{t('pol.lead')}</p>
      <Form form={form} layout="vertical" initialValues={{ policy: ownValues(entries, 'province') }}>
        <PolicyFields inherited={inherited} />
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} data-testid="province-policies-error" />}
    </Modal>
  );
}
const ProvincePoliciesModal = freshOnOpen(ProvincePoliciesModalBody);

/**
 * The province's council policies, for whoever the server lets read them (hidden otherwise), with "Sửa quy định" for
 * the office (`editable`); the server decides the save.
 */
export function ProvincePoliciesCard({ editable }: { editable: boolean }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const policies = useQuery({ queryKey: keys.provincePolicies, queryFn: evalApi.provincePolicies });
  const [editing, setEditing] = useState(false);
  if (!policies.data) return null;
  return (
    <Card
      size="small"
      className="block"
      data-testid="province-policies"
      title={t('pol.provinceTitle')}
      extra={
        editable && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="province-policies-edit">
            {t('pol.edit')}
          </Button>
        )
      }
    >
      <p className="muted">{t('pol.provinceLead')}</p>
      <PolicyList entries={policies.data.policies} />
      {editable && (
        <ProvincePoliciesModal
          open={editing}
          entries={policies.data.policies}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void queryClient.invalidateQueries({ queryKey: keys.provincePolicies });
          }}
        />
      )}
    </Card>
  );
}
