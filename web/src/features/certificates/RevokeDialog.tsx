// "Thu hồi": recording the revocation decision (Art. 8) the competent authority signed — the ground (Art. 8.1), the
// conclusion or the commune's confirmation it rests on (Art. 8.4; the server checks that point đ has the commune's
// confirmation), the decision's number and date. Shown only where the server says the user may (`may.revoke`).
import { App, Form, Input, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { DateInput } from '../../components/FormFields.tsx';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';
import { certApi } from './certificates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface Values {
  ground: string;
  trigger: 'authority_conclusion' | 'commune_confirmation';
  basisDate: string;
  reference: string;
  number: string;
  date: string;
}

interface Props {
  open: boolean;
  certificate: { id: string; number: string; star: number };
  /** The proposal this decision answers, when opened from the queue. */
  proposal?: { id: string; ground: string | null; basis: { trigger: string; date: string; reference: string } | null };
  onClose: () => void;
  onDone: () => void;
}

function RevokeDialogBody({ open, certificate, proposal, onClose, onDone }: Props) {
  const { t, pick } = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const grounds = useQuery({ queryKey: keys.revocationGrounds, queryFn: certApi.grounds, staleTime: Infinity });
  const { form, busy, error, save } = useFormSave<Values>();
  const authority = grounds.data?.authorities.find((a) => a.star === certificate.star);
  const submit = () =>
    save(async (v) => {
      const r = await certApi.revoke(certificate.id, {
        ground: v.ground as never,
        basis: { trigger: v.trigger, date: v.basisDate, reference: v.reference.trim() },
        decision: { number: v.number.trim(), date: v.date },
        proposalId: proposal?.id ?? null,
      });
      void message.success(t('rv.done', { number: r.number }));
      invalidate(keys.certificates, keys.revocationProposals, keys.notifications);
      onDone();
    });
  return (
    <Modal
      open={open}
      title={t('rv.title', { number: certificate.number })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('rv.ok')}
      okButtonProps={{ danger: true, id: 'revoke-ok' }}
      cancelText={t('action.cancel')}
      destroyOnHidden
    >
      {authority && (
        <p className="muted" data-testid="revoke-authority">
          {t('rv.authority', { who: pick(authority.label), article: authority.article })}
        </p>
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          ground: proposal?.ground ?? undefined,
          trigger: proposal?.basis?.trigger ?? 'authority_conclusion',
          basisDate: proposal?.basis?.date,
          reference: proposal?.basis?.reference,
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // Art. 8.4: the ground names what starts the 15 days; the officer may still change it (the server checks).
          const g = changed.ground && grounds.data?.grounds.find((x) => x.code === changed.ground);
          if (g) form.setFieldValue('trigger', g.trigger);
        }}
      >
        <Form.Item name="ground" label={t('rv.ground')} rules={[{ required: true, message: t('ev.required') }]}>
          <Select
            data-testid="revoke-ground"
            options={(grounds.data?.grounds ?? []).map((g) => ({
              value: g.code,
              label: `${g.article} — ${pick(g.label)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="trigger" label={t('rv.trigger')} rules={[{ required: true }]}>
          <Select
            options={(['authority_conclusion', 'commune_confirmation'] as const).map((k) => ({
              value: k,
              label: t(`rv.trigger.${k}`),
            }))}
          />
        </Form.Item>
        <div className="form-grid">
          <Form.Item name="reference" label={t('rv.reference')} rules={[{ required: true, message: t('ev.required') }]}>
            <Input maxLength={200} data-testid="revoke-reference" />
          </Form.Item>
          <Form.Item name="basisDate" label={t('rv.basisDate')} rules={[{ required: true, message: t('ev.required') }]}>
            <DateInput testId="revoke-basis-date" />
          </Form.Item>
          <Form.Item name="number" label={t('rv.number')} rules={[{ required: true, message: t('ev.required') }]}>
            <Input maxLength={100} data-testid="revoke-number" />
          </Form.Item>
          <Form.Item name="date" label={t('rv.date')} rules={[{ required: true, message: t('ev.required') }]}>
            <DateInput testId="revoke-date" />
          </Form.Item>
        </div>
      </Form>
      {error !== null && <ErrorAlert error={error} />}
    </Modal>
  );
}

/** The dialog, with a fresh form at every opening. */
export const RevokeDialog = freshOnOpen(RevokeDialogBody);
