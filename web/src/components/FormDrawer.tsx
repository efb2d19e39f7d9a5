// What the create/edit drawers (and the modals that record something) share: a fresh form at every opening, the
// Cancel/Save footer, the error of the last save above the form, the contact fields, the active/inactive choice, and
// turning emptied text into null for the API.
import { useState, type ComponentType, type ReactNode, type Ref } from 'react';
import { Alert, Button, Col, Drawer, Form, Input, Radio, Row, type FormInstance } from 'antd';
import { useT } from '../i18n/index.tsx';
import { useOpenSession } from '../shared/useOpenSession.ts';
import { useErrorText } from '../shared/errors.ts';

/** Trimmed text, or null when empty: an emptied field really clears the value on the server. */
export const orNull = (s: string | undefined): string | null => {
  const v = (s ?? '').trim();
  return v === '' ? null : v;
};

export interface FormSave<V> {
  form: FormInstance<V>;
  busy: boolean;
  /** The last failure not shown on a field (shown above the form by FormDrawer). */
  error: unknown;
  /**
   * Validates the form (scrolling to the first field in error), then runs `submit` with its values. A failure goes
   * to `handle` first (field errors, a duplicate warning): when it returns false (or there is none), it is shown
   * above the form.
   */
  save(submit: (values: V) => Promise<void>, handle?: (err: unknown) => boolean): Promise<void>;
}

export function useFormSave<V>(): FormSave<V> {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (submit: (values: V) => Promise<void>, handle?: (err: unknown) => boolean) => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch (invalid) {
      const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await submit(values);
    } catch (err) {
      if (!handle?.(err)) setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { form, busy, error, save };
}

/** The drawer's (or modal's) `Body` remounted at every opening, so each one starts with a fresh form and no error. */
export function freshOnOpen<P extends { open: boolean }>(Body: ComponentType<P>) {
  return function FreshDrawer(props: P) {
    const session = useOpenSession(props.open);
    return <Body key={session} {...props} />;
  };
}

export function FormDrawer({
  open,
  onClose,
  size,
  title,
  busy,
  onSave,
  saveLabel,
  testId,
  error,
  bodyRef,
  children,
}: {
  open: boolean;
  onClose: () => void;
  size: number;
  title: ReactNode;
  busy: boolean;
  onSave: () => void;
  saveLabel?: ReactNode;
  /** `${testId}-drawer` on the body, `${testId}-save` on the button, `${testId}-error` on the error. */
  testId: string;
  error: unknown;
  bodyRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={size}
      title={title}
      destroyOnHidden
      footer={
        <div className="drawer-footer">
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSave} data-testid={`${testId}-save`}>
            {saveLabel ?? t('action.save')}
          </Button>
        </div>
      }
    >
      <div ref={bodyRef} data-testid={`${testId}-drawer`}>
        {error !== null && error !== undefined && (
          <Alert className="block" type="error" showIcon title={errorText(error)} data-testid={`${testId}-error`} />
        )}
        {children}
      </div>
    </Drawer>
  );
}

/** Phone and e-mail (and a website for producers) in one row; test ids `${testId}-phone` and so on. */
export function ContactFields({ testId, website = false }: { testId: string; website?: boolean }) {
  const { t } = useT();
  const span = website ? 8 : 12;
  return (
    <Row gutter={16}>
      <Col xs={24} md={span}>
        <Form.Item name="phone" label={t('producer.phone')}>
          <Input data-testid={`${testId}-phone`} maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="email" label={t('producer.email')}>
          <Input data-testid={`${testId}-email`} maxLength={200} />
        </Form.Item>
      </Col>
      {website && (
        <Col xs={24} md={span}>
          <Form.Item name="website" label={t('producer.website')}>
            <Input data-testid={`${testId}-website`} maxLength={300} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

/** "Trạng thái": active or inactive, as buttons (a record is deactivated, never deleted). */
export function ActiveStatusField() {
  const { t } = useT();
  return (
    <Form.Item name="status" label={t('list.status')}>
      <Radio.Group
        optionType="button"
        options={[
          { value: 'active', label: t('status.active') },
          { value: 'inactive', label: t('status.inactive') },
        ]}
      />
    </Form.Item>
  );
}
