import { useState } from 'react';
import { Alert, Button, Card, Form, Input, type AlertProps } from 'antd';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { api, ApiError } from '../../shared/api.ts';
import { Link, ROUTES } from '../../shared/router.ts';
import { useErrorText } from '../../shared/errors.ts';
import type { User } from '../../types.ts';
import { Brand } from '../../components/Brand.tsx';
import { LangSwitch } from '../../components/LangSwitch.tsx';

interface Values {
  username: string;
  password: string;
}

export function LoginPage({ onLoggedIn }: { onLoggedIn: (user: User, password: string) => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const { user } = await api.login(values.username.trim(), values.password);
      onLoggedIn(user, values.password);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="auth-page">
      <div className="auth-lang">
        <LangSwitch />
      </div>
      <Card className="auth-card">
        <Brand large />
        <h1 className="auth-title">{t('login.title')}</h1>
        {error !== null && <LoginError error={error} />}
        <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <div className="auth-links">
          <span className="muted">{t('login.noAccount')}</span>{' '}
          <Link to={ROUTES.register} data-testid="register-link">
            {t('login.register')}
          </Link>
        </div>
      </Card>
    </div>
  );
}

/**
 * Why the log-in failed. With the right password the server says why the account cannot work yet (waiting for the
 * commune, refused by it with the officer's reason, locked); a wrong password only ever says "wrong username or
 * password".
 */
const ACCOUNT_STATES: Record<string, { type: AlertProps['type']; detail: MessageKey }> = {
  account_pending: { type: 'info', detail: 'login.pendingDetail' },
  account_rejected: { type: 'warning', detail: 'login.rejectedDetail' },
  account_disabled: { type: 'error', detail: 'login.disabledDetail' },
};

function LoginError({ error }: { error: unknown }) {
  const { t } = useT();
  const errorText = useErrorText();
  const state = error instanceof ApiError ? ACCOUNT_STATES[error.code] : undefined;
  return (
    <Alert
      className="auth-alert"
      type={state?.type ?? 'error'}
      showIcon
      title={errorText(error)}
      description={state ? t(state.detail) : undefined}
      data-testid="login-error"
      data-code={error instanceof ApiError ? error.code : undefined}
    />
  );
}
