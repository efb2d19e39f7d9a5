// Records one past result from its paper decision and certificate (the server checks it against the rules of its
// time and names each field it refuses).
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { matches } from '../../shared/text.ts';
import { freshOnOpen, useFormSave } from '../../components/FormDrawer.tsx';
import { DateInput } from '../../components/FormFields.tsx';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';
import { FIELDS, historyApi, KINDS, LEVELS, starOptions, type Values } from './history.ts';

function RecordModalBody({
  open,
  onClose,
  onRecorded,
}: {
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { form, busy, error, save } = useFormSave<Values>();
  const products = useQuery({
    queryKey: [...keys.products, 'list', { limit: 500 }],
    queryFn: () => api.products({ limit: 500 }),
    enabled: open,
  });
  const star = Form.useWatch('star', form);
  const submit = () =>
    save(
      async (v) => {
        const h = await historyApi.record({
          productId: v.productId,
          kind: v.kind,
          filedOn: v.filedOn,
          decidedOn: v.decidedOn,
          level: v.level,
          points: v.points,
          star: v.star,
          decisionNumber: v.decisionNumber?.trim() || null,
          certificateNumber: v.certificateNumber?.trim() || null,
          note: v.note?.trim() || null,
        });
        void message.success(t('hi.recorded', { star: h.star, name: h.productName ?? '' }));
        onRecorded();
      },
      // Field errors go next to their field; anything else is shown above the buttons.
      (err) => applyFieldErrors(form, err, pick, FIELDS),
    );
  const required = [{ required: true, message: t('ev.required') }];
  return (
    <Modal
      open={open}
      title={t('hi.record')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ 'data-testid': 'history-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'first', level: 'district' }}
        requiredMark="optional"
        data-testid="history-form"
      >
        <Form.Item name="productId" label={t('hi.product')} rules={required}>
          <Select
            // Typed with or without diacritics ("gao nep" finds "Gạo nếp").
            showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ''), input) }}
            loading={products.isLoading}
            data-testid="history-product"
            options={(products.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} — ${p.producerName ?? ''}`,
            }))}
            optionRender={(o) => <span data-testid={`history-product-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <div className="form-grid">
          <Form.Item name="kind" label={t('hi.kind')} rules={required}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`ev.kind.${k}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item name="level" label={t('hi.level')} rules={required}>
            <Select
              data-testid="history-level"
              options={LEVELS.map((l) => ({ value: l, label: t(`hi.level.${l}` as MessageKey) }))}
            />
          </Form.Item>
          <Form.Item name="filedOn" label={t('hi.filedOn')} rules={required}>
            <DateInput testId="history-filed" />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('hi.decidedOn')} rules={required}>
            <DateInput testId="history-decided" />
          </Form.Item>
          <Form.Item name="points" label={t('hi.points')} rules={required}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} data-testid="history-points" />
          </Form.Item>
          <Form.Item name="star" label={t('hi.star')} rules={required}>
            <Select
              data-testid="history-star-select"
              options={starOptions(t)}
              optionRender={(o) => <span data-testid={`history-star-option-${o.value}`}>{o.label}</span>}
            />
          </Form.Item>
          <Form.Item
            name="decisionNumber"
            label={t('hi.decisionNumber')}
            rules={star && star >= 3 ? required : []}
            extra={t('ev.decisionNumberHint')}
          >
            <Input maxLength={100} data-testid="history-decision" />
          </Form.Item>
          <Form.Item
            name="certificateNumber"
            label={t('hi.certificateNumber')}
            rules={star && star >= 3 ? required : []}
            extra={t('hi.certificateHint')}
          >
            <Input maxLength={100} disabled={star !== undefined && star < 3} data-testid="history-certificate" />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('hi.note')}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
    </Modal>
  );
}

/** The modal, with a fresh form at every opening. */
export const RecordModal = freshOnOpen(RecordModalBody);
