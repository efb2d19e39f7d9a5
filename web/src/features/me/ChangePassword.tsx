import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, ApiError } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import type { User } from '../../types.ts';
import { Brand } from '../../components/Brand.tsx';
import { LangSwitch } from '../../components/LangSwitch.tsx';

/** Mirrors the server's rule (src/platform/auth/passwords.ts); the server has the last word. */
const MIN_LENGTH = 10;

interface Values {
  currentPassword?: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage({
  user,
  knownPassword,
  onChanged,
  onLogout,
}: {
  user: User;
  /** The password just typed at log-in, if any: then the form does not ask for it again. */
  knownPassword: string | null;
  onChanged: (user: User) => void;
  onLogout: () => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [askCurrent, setAskCurrent] = useState(knownPassword === null);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const current = askCurrent ? (values.currentPassword ?? '') : (knownPassword ?? '');
      const res = await api.changePassword(current, values.newPassword);
      onChanged(res.user);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.issues.length > 0) {
        const fields = err.issues.map((i) => ({ name: i.field.replace(/^body\./, ''), message: pick(i.message) }));
        if (!askCurrent && fields.some((f) => f.name === 'currentPassword')) setAskCurrent(true);
        form.setFields(
          fields
            .filter((f) => f.name === 'currentPassword' || f.name === 'newPassword')
            .map((f) => ({ name: f.name as keyof Values, errors: [f.message] })),
        );
        if (!fields.some((f) => f.name === 'newPassword' || f.name === 'currentPassword')) setError(err);
      } else {
        setError(err);
      }
    }
  };

  return (
    <div className="auth-page">
      <div className="auth-lang">
        <LangSwitch />
      </div>
      <Card className="auth-card">
        <Brand large />
        <h1 className="auth-title">{t('password.title')}</h1>
        <Alert
          className="auth-alert"
          type="info"
          showIcon
          title={t('password.mustChange', { name: user.displayName })}
          description={t('password.rule', { min: MIN_LENGTH })}
        />
        {error !== null && (
          <Alert className="auth-alert" type="error" showIcon title={errorText(error)} data-testid="password-error" />
        )}
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
          {askCurrent && (
            <Form.Item
              name="currentPassword"
              label={t('password.current')}
              rules={[{ required: true, message: t('password.currentRequired') }]}
            >
              <Input.Password autoComplete="current-password" data-testid="password-current" />
            </Form.Item>
          )}
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[
              { required: true, message: t('password.newRequired') },
              { min: MIN_LENGTH, message: t('password.tooShort', { min: MIN_LENGTH }) },
            ]}
            hasFeedback
          >
            <Input.Password autoComplete="new-password" autoFocus data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            hasFeedback
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('newPassword') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="password-submit">
            {t('password.submit')}
          </Button>
          <Button type="link" block onClick={onLogout} className="auth-secondary">
            {t('header.logout')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
