// "Đề nghị thu hồi" (Art. 8.3.a): a commune officer reports on a product of the commune, an office records another
// authority's conclusion — the ground chosen from the grounds the server lists (Art. 8.1), what happened, and, when
// there is one, the conclusion or the commune's confirmation whose date starts the 15 days of Art. 8.4. Shown only
// where the server says the user may (`may.propose`); deciding it is RevokeDialog's, in the queue.
import { App, Form, Input, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { DateInput } from '../../components/FormFields.tsx';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';
import { certApi, type ProposalBody } from './certificates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface Values {
  ground: NonNullable<ProposalBody['ground']>;
  summary: string;
  trigger: 'authority_conclusion' | 'commune_confirmation';
  basisDate?: string;
  reference?: string;
}

interface Props {
  open: boolean;
  certificate: { id: string; number: string };
  onClose: () => void;
}

function ProposeDialogBody({ open, certificate, onClose }: Props) {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const grounds = useQuery({ queryKey: keys.revocationGrounds, queryFn: certApi.grounds, staleTime: Infinity });
  const { form, busy, error, save } = useFormSave<Values>();
  const submit = () =>
    save(async (v) => {
      const reference = v.reference?.trim();
      await certApi.propose(certificate.id, {
        ground: v.ground,
        summary: v.summary.trim(),
        basis: reference && v.basisDate ? { trigger: v.trigger, date: v.basisDate, reference } : null,
      });
      void message.success(t('rpp.done'));
      invalidate(keys.certificates, keys.revocationProposals);
      onClose();
    });
  return (
    <Modal
      open={open}
      title={t('rpp.title', { number: certificate.number })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('rpp.ok')}
      okButtonProps={{ id: 'propose-ok' }}
      cancelText={t('action.cancel')}
      destroyOnHidden
    >
      <p className="muted">{t('rpp.lead')}</p>
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ trigger: 'authority_conclusion' }}
        onValuesChange={(changed: Partial<Values>) => {
          // Art. 8.4: the ground names what starts the 15 days; the officer may still change it (the server checks).
          const g = changed.ground && grounds.data?.grounds.find((x) => x.code === changed.ground);
          if (g) form.setFieldValue('trigger', g.trigger);
        }}
      >
        <Form.Item name="ground" label={t('rv.ground')} rules={[{ required: true, message: t('ev.required') }]}>
          <Select
            data-testid="propose-ground"
            options={(grounds.data?.grounds ?? []).map((g) => ({
              value: g.code,
              label: `${g.article} — ${pick(g.label)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="summary" label={t('rpp.summary')} rules={[{ required: true, message: t('ev.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="propose-summary" />
        </Form.Item>
        <Form.Item name="trigger" label={t('rv.trigger')}>
          <Select
            options={(['authority_conclusion', 'commune_confirmation'] as const).map((k) => ({
              value: k,
              label: t(`rv.trigger.${k}`),
            }))}
          />
        </Form.Item>
        <div className="form-grid">
          <Form.Item name="reference" label={t('rv.reference')}>
            <Input maxLength={200} data-testid="propose-reference" />
          </Form.Item>
          <Form.Item name="basisDate" label={t('rv.basisDate')}>
            <DateInput testId="propose-basis-date" />
          </Form.Item>
        </div>
      </Form>
      {error !== null && <ErrorAlert error={error} />}
    </Modal>
  );
}

/** The dialog, with a fresh form at every opening. */
export const ProposeRevocationDialog = freshOnOpen(ProposeDialogBody);
