// Phương án sản xuất kinh doanh: the producer (or its commune officer) submits the plan of an accepted idea — or of a
// registry product that entered the cycle without one — with its file; the commune then the province review it (approve, or return with advice); once approved, the commune and the
// province record the support given and the problems met. Which buttons show is what the server says of each plan
// (availableActions, mayUpload, mayRecordImplementation) and of each idea (mayWriteBusinessPlan).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Upload } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { setQuery, useLocation } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { CyclePlanCard } from './CyclePlanCard.tsx';
import { CycleProductSelect } from './CycleProductSelect.tsx';
import { ImplementationDialog } from './CyclePlanDialogs.tsx';
import { cycleApi, cycleKeys } from './cycle.ts';

interface PlanForm {
  basis: 'idea' | 'product';
  ideaId?: string;
  productId?: string;
  title: string;
  summary?: string;
}

export function CyclePlans() {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const access = useAccess();
  const qc = useQueryClient();
  const { query } = useLocation();
  const [form] = Form.useForm<PlanForm>();
  const [file, setFile] = useState<File | null>(null);
  const [acting, setActing] = useState<{ id: string; code: string } | null>(null);
  const [advice, setAdvice] = useState('');
  const [recording, setRecording] = useState<{ id: string; what: 'support' | 'problem' } | null>(null);
  const plans = useQuery({ queryKey: cycleKeys.plans, queryFn: cycleApi.plans });
  const maySubmit = access.can('business-plans.submit');
  const ideas = useQuery({ queryKey: cycleKeys.ideas, queryFn: cycleApi.ideas, enabled: maySubmit });
  const writable = (ideas.data?.items ?? []).filter((i) => i.mayWriteBusinessPlan);
  // ?idea=<id> (the idea card's "Lập phương án") opens the form for that idea.
  const forIdea = query.get('idea');
  const creating = query.has('new') || forIdea !== null;
  const refresh = () => qc.invalidateQueries({ queryKey: cycleKeys.all });
  const close = () => {
    setQuery({ new: undefined, idea: undefined });
    setFile(null);
  };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const plan = await cycleApi.submitPlan({
        ideaId: v.basis === 'idea' ? v.ideaId : null,
        productId: v.basis === 'product' ? v.productId : null,
        title: v.title,
        summary: v.summary || null,
      });
      if (file) await cycleApi.uploadPlanFile(plan.id, file);
      message.success(t('cycle.planSubmitted'));
      close();
      await refresh();
    } catch (err) {
      if (!applyFieldErrors(form, err, (m) => m[lang], ['ideaId', 'productId', 'title', 'summary']))
        message.error(errorText(err));
      await refresh();
    }
  };
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('cycle.done'));
      await refresh();
      return true;
    } catch (err) {
      message.error(errorText(err));
      return false;
    }
  };
  const act = async (id: string, code: string, text?: string) => {
    if (await run(() => cycleApi.actOnPlan(id, code, text))) {
      setActing(null);
      setAdvice('');
    }
  };

  return (
    <section data-testid="cycle-plans">
      <h3>{t('cycle.plans')}</h3>
      <p>{t('cycle.plansIntro')}</p>
      {maySubmit && (
        <Button type="primary" className="block" onClick={() => setQuery({ new: '1' })} data-testid="new-plan">
          {t('cycle.newPlan')}
        </Button>
      )}
      {plans.isError && <Alert type="error" showIcon title={errorText(plans.error)} />}
      {plans.data?.items.length === 0 && <p>{t('cycle.noPlans')}</p>}
      {plans.data?.items.map((p) => (
        <CyclePlanCard
          key={p.id}
          plan={p}
          onAct={(code, needsAdvice) => (needsAdvice ? setActing({ id: p.id, code }) : void act(p.id, code))}
          onUpload={(f) => void run(() => cycleApi.uploadPlanFile(p.id, f))}
          onSupport={() => setRecording({ id: p.id, what: 'support' })}
          onProblem={() => setRecording({ id: p.id, what: 'problem' })}
        />
      ))}
      <Modal
        open={creating}
        title={t('cycle.newPlan')}
        onCancel={close}
        onOk={() => void submit()}
        okText={t('cycle.register')}
        okButtonProps={{ 'data-testid': 'plan-submit' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ basis: 'idea', ideaId: forIdea ?? undefined }}
          preserve={false}
        >
          <Form.Item name="basis" label={t('cycle.planBasis')}>
            <Radio.Group
              options={[
                { value: 'idea', label: t('cycle.planForIdea') },
                { value: 'product', label: t('cycle.planForProduct') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['basis']}>
            {() =>
              form.getFieldValue('basis') === 'product' ? (
                <Form.Item name="productId" label={t('cycle.planProduct')} rules={[{ required: true }]}>
                  <CycleProductSelect />
                </Form.Item>
              ) : (
                <>
                  {writable.length === 0 && !ideas.isLoading && (
                    <Alert className="block" type="info" showIcon title={t('cycle.noWritableIdea')} />
                  )}
                  <Form.Item name="ideaId" label={t('cycle.planIdea')} rules={[{ required: true }]}>
                    <Select
                      data-testid="plan-idea"
                      options={writable.map((i) => ({ value: i.id, label: i.name }))}
                      optionRender={(o) => <span data-testid={`plan-idea-option-${o.label}`}>{o.label}</span>}
                    />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
          <Form.Item name="title" label={t('cycle.planTitle')} rules={[{ required: true }]}>
            <Input data-testid="plan-title" />
          </Form.Item>
          <Form.Item name="summary" label={t('cycle.planSummary')}>
            <Input.TextArea rows={3} data-testid="plan-summary" />
          </Form.Item>
          <Form.Item label={t('cycle.planFile')} extra={t('cycle.planFileHint')}>
            <Upload
              accept=".pdf,.jpg,.jpeg,.png,.webp"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <Button data-testid="plan-file-pick">{t('cycle.uploadFile')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={acting !== null}
        title={t('cycle.advice')}
        onCancel={() => setActing(null)}
        onOk={() => acting && void act(acting.id, acting.code, advice)}
        okText={t('cycle.confirm')}
        okButtonProps={{ 'data-testid': 'plan-advice-ok' } as Record<`data-${string}`, string>}
      >
        <Input.TextArea rows={3} value={advice} onChange={(e) => setAdvice(e.target.value)} data-testid="plan-advice" />
      </Modal>
      {recording && (
        <ImplementationDialog
          planId={recording.id}
          what={recording.what}
          onClose={() => setRecording(null)}
          onDone={refresh}
        />
      )}
    </section>
  );
}
