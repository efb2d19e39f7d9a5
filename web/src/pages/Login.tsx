import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useT } from '../i18n/index.tsx';
import { api, ApiError } from '../lib/api.ts';
import { navigate, ROUTES } from '../lib/router.ts';
import { useErrorText } from '../lib/errors.ts';
import type { User } from '../types.ts';
import { Brand } from '../components/Brand.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';

interface Values {
  username: string;
  password: string;
}

export function LoginPage({ onLoggedIn }: { onLoggedIn: (user: User, password: string) => void }) {
  const { t } = useT();
  const errorText = useErrorText();
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
        {error !== null && (
          <Alert
            className="auth-alert"
            type={error instanceof ApiError && error.code === 'account_pending' ? 'info' : 'error'}
            showIcon
            title={errorText(error)}
            description={error instanceof ApiError && error.code === 'account_pending' ? t('login.pendingDetail') : undefined}
            data-testid="login-error"
          />
        )}
        <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <div className="auth-links">
          <span className="muted">{t('login.noAccount')}</span>{' '}
          <a
            href={ROUTES.register}
            onClick={(e) => {
              e.preventDefault();
              navigate(ROUTES.register);
            }}
            data-testid="register-link"
          >
            {t('login.register')}
          </a>
        </div>
      </Card>
    </div>
  );
}
