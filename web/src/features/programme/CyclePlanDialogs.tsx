// The dialogs of a business plan's implementation (seed 001 §III.2.1.4): a support given (training, consultants,
// credit, technology — by whom, possibly a partner of the directory) and a problem met. The server checks every field
// and answers 400 naming it; the message is put beside that field.
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { DateInput } from '../../components/FormFields.tsx';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { useAccess } from '../me/permissions.ts';
import { SUPPORT_LABELS } from './CyclePlanCard.tsx';
import { cycleApi, cycleKeys, type SupportType } from './cycle.ts';

interface SupportForm {
  type: SupportType;
  givenOn: string;
  provider: string;
  partnerId?: string;
  note?: string;
}

export function ImplementationDialog({
  planId,
  what,
  onClose,
  onDone,
}: {
  planId: string;
  what: 'support' | 'problem';
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const access = useAccess();
  const [form] = Form.useForm<SupportForm & { notedOn: string; text: string }>();
  const partners = useQuery({
    queryKey: cycleKeys.partners,
    queryFn: () => cycleApi.partners(),
    enabled: what === 'support' && access.can('partners.read'),
  });
  const save = async () => {
    const v = await form.validateFields();
    try {
      if (what === 'support')
        await cycleApi.recordSupport(planId, {
          type: v.type,
          givenOn: v.givenOn,
          provider: v.provider,
          partnerId: v.partnerId ?? null,
          note: v.note || null,
        });
      else await cycleApi.recordProblem(planId, { notedOn: v.notedOn, text: v.text });
      message.success(t('cycle.done'));
      await onDone();
      onClose();
    } catch (err) {
      const fields = ['type', 'givenOn', 'provider', 'partnerId', 'note', 'notedOn', 'text'];
      if (!applyFieldErrors(form, err, (m) => m[lang], fields)) message.error(errorText(err));
    }
  };
  return (
    <Modal
      open
      title={what === 'support' ? t('cycle.addSupport') : t('cycle.addProblem')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('cycle.save')}
      okButtonProps={{ 'data-testid': 'implementation-save' } as Record<`data-${string}`, string>}
    >
      <Form form={form} layout="vertical">
        {what === 'support' ? (
          <>
            <Form.Item name="type" label={t('cycle.supportType')} rules={[{ required: true }]}>
              <Select
                data-testid="support-type"
                options={(Object.keys(SUPPORT_LABELS) as SupportType[]).map((k) => ({
                  value: k,
                  label: t(SUPPORT_LABELS[k]),
                }))}
              />
            </Form.Item>
            <Form.Item name="givenOn" label={t('cycle.givenOn')} rules={[{ required: true }]}>
              <DateInput testId="support-date" />
            </Form.Item>
            <Form.Item name="provider" label={t('cycle.provider')} rules={[{ required: true }]}>
              <Input data-testid="support-provider" />
            </Form.Item>
            {access.can('partners.read') && (
              <Form.Item name="partnerId" label={t('cycle.partner')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                />
              </Form.Item>
            )}
            <Form.Item name="note" label={t('cycle.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="notedOn" label={t('cycle.notedOn')} rules={[{ required: true }]}>
              <DateInput testId="problem-date" />
            </Form.Item>
            <Form.Item name="text" label={t('cycle.problem')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="problem-text" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
