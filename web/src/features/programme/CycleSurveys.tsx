// Phiếu khảo sát (seed 001 §III.2.1.1): each commune lists its candidate products and their producers or households,
// one survey a year with rows added as they are found; a row becomes a product idea (it then moves along the
// pipeline) and the plans' "products surveyed" targets count the rows. The province sees its communes' surveys.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, List, Modal, Select, Space, Tag } from 'antd';
import { DateInput } from '../../components/FormFields.tsx';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import type { User } from '../../types.ts';
import { formatDate } from '../registry/registry.ts';
import { useAccess } from '../me/permissions.ts';
import { cycleApi, cycleKeys, type SurveyLineBody, type SurveyList } from './cycle.ts';

type Survey = SurveyList['items'][number];
type Potential = SurveyLineBody['potential'];
const POTENTIAL: Record<Potential, { label: MessageKey; color: string }> = {
  high: { label: 'cycle.potential.high', color: 'green' },
  medium: { label: 'cycle.potential.medium', color: 'gold' },
  low: { label: 'cycle.potential.low', color: 'default' },
};
interface SurveyForm {
  communeCode?: string;
  year?: number;
  surveyedOn?: string;
  note?: string;
  rows: { productName: string; householdName: string; setNo?: number; potential: Potential }[];
}

function RowFields() {
  const { t } = useT();
  return (
    <Form.List name="rows">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card key={f.key} size="small" className="block" title={`${t('cycle.surveyRow')} ${i + 1}`}>
              <Form.Item name={[f.name, 'productName']} label={t('cycle.ideaName')} rules={[{ required: true }]}>
                <Input data-testid={`survey-row-${i}-product`} />
              </Form.Item>
              <Form.Item name={[f.name, 'householdName']} label={t('cycle.surveyWho')} rules={[{ required: true }]}>
                <Input data-testid={`survey-row-${i}-who`} />
              </Form.Item>
              <Space wrap>
                <Form.Item name={[f.name, 'setNo']} label={t('cycle.setNo')}>
                  <InputNumber min={1} max={26} />
                </Form.Item>
                <Form.Item name={[f.name, 'potential']} label={t('cycle.potential')} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 140 }}
                    options={(Object.keys(POTENTIAL) as Potential[]).map((k) => ({
                      value: k,
                      label: t(POTENTIAL[k].label),
                    }))}
                  />
                </Form.Item>
              </Space>
              {fields.length > 1 && <Button onClick={() => remove(f.name)}>{t('cycle.removeRow')}</Button>}
            </Card>
          ))}
          <Button onClick={() => add({ potential: 'medium' })} data-testid="survey-add-row">
            {t('cycle.addRow')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function CycleSurveys({ user }: { user: User }) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const access = useAccess();
  const qc = useQueryClient();
  const [form] = Form.useForm<SurveyForm>();
  // null: closed; 'new': a new survey; otherwise the survey the rows are added to.
  const [editing, setEditing] = useState<'new' | Survey | null>(null);
  const mayWrite = access.can('surveys.write');
  const surveys = useQuery({ queryKey: cycleKeys.surveys, queryFn: cycleApi.surveys });
  const pickCommune = mayWrite && access.scopeLevel !== 'commune';
  const communes = useQuery({ queryKey: cycleKeys.officers, queryFn: cycleApi.officers, enabled: pickCommune });
  const refresh = () => qc.invalidateQueries({ queryKey: cycleKeys.all });

  const save = async () => {
    const v = await form.validateFields();
    const rows = v.rows.map((r) => ({
      productName: r.productName,
      householdName: r.householdName,
      setNo: r.setNo ?? null,
      potential: r.potential,
    }));
    try {
      if (editing === 'new')
        await cycleApi.createSurvey({
          communeCode: pickCommune ? (v.communeCode ?? '') : (user.unitCode ?? ''),
          year: v.year ?? 0,
          surveyedOn: v.surveyedOn ?? '',
          note: v.note || null,
          rows,
        });
      else if (editing) await cycleApi.addSurveyRows(editing.id, rows);
      message.success(t('cycle.done'));
      setEditing(null);
      await refresh();
    } catch (err) {
      if (!applyFieldErrors(form, err, (m) => m[lang], ['communeCode', 'year', 'surveyedOn', 'note']))
        message.error(errorText(err));
    }
  };
  const toIdea = async (s: Survey, r: Survey['rows'][number]) => {
    try {
      await cycleApi.register({
        name: r.productName,
        setNo: r.setNo ?? 1,
        producerId: r.producerId,
        household: r.producerId ? null : { name: r.householdName ?? '', communeCode: s.communeCode },
        surveyRowId: r.id,
      });
      message.success(t('cycle.registered'));
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <section data-testid="cycle-surveys">
      <h3>{t('cycle.surveys')}</h3>
      <p>{t('cycle.surveysIntro')}</p>
      {mayWrite && (
        <Button type="primary" className="block" onClick={() => setEditing('new')} data-testid="new-survey">
          {t('cycle.newSurvey')}
        </Button>
      )}
      {surveys.isError && <Alert type="error" showIcon title={errorText(surveys.error)} />}
      {surveys.data?.items.length === 0 && <p>{t('cycle.noSurveys')}</p>}
      {surveys.data?.items.map((s) => (
        <Card
          key={s.id}
          size="small"
          className="block"
          data-testid="survey-card"
          title={
            <span style={{ whiteSpace: 'normal' }}>
              {s.communeName} — {s.year}
            </span>
          }
        >
          <div>
            {t('cycle.surveyedOn')} {formatDate(s.surveyedOn)}
            {s.note ? ` · ${s.note}` : ''}
          </div>
          <List
            dataSource={s.rows}
            renderItem={(r) => (
              <List.Item data-testid="survey-row">
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <strong>{r.productName}</strong>{' '}
                  <Tag color={POTENTIAL[r.potential as Potential]?.color}>
                    {t(POTENTIAL[r.potential as Potential]?.label ?? 'cycle.potential')}
                  </Tag>
                  {r.ideaId && <Tag color="blue">{t('cycle.becameIdea')}</Tag>}
                  <div>{r.householdName ?? '—'}</div>
                  {!r.ideaId && access.can('ideas.register') && (
                    <Button size="small" onClick={() => void toIdea(s, r)} data-testid="survey-row-to-idea">
                      {t('cycle.rowToIdea')}
                    </Button>
                  )}
                </div>
              </List.Item>
            )}
          />
          {mayWrite && (
            <Button size="small" onClick={() => setEditing(s)} data-testid="survey-add-rows">
              {t('cycle.addRows')}
            </Button>
          )}
        </Card>
      ))}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('cycle.newSurvey') : t('cycle.addRows')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okText={t('cycle.save')}
        okButtonProps={{ 'data-testid': 'survey-save' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ year: new Date().getFullYear(), rows: [{ potential: 'medium' }] }}
        >
          {editing === 'new' && (
            <>
              {pickCommune && (
                <Form.Item name="communeCode" label={t('cycle.commune')} rules={[{ required: true }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    data-testid="survey-commune"
                    options={(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
                  />
                </Form.Item>
              )}
              <Space wrap>
                <Form.Item name="year" label={t('cycle.year')} rules={[{ required: true }]}>
                  <InputNumber min={2018} max={2100} data-testid="survey-year" />
                </Form.Item>
                <Form.Item name="surveyedOn" label={t('cycle.surveyedOn')} rules={[{ required: true }]}>
                  <DateInput testId="survey-date" />
                </Form.Item>
              </Space>
              <Form.Item name="note" label={t('cycle.note')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          <RowFields />
        </Form>
      </Modal>
    </section>
  );
}
