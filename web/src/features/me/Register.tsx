// Đăng ký tài khoản chủ thể (public): a producer creates its account in its commune; the commune approves it before
// the first log-in.
import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Result, Row } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type RegisterBody } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { navigate } from '../../shared/router.ts';
import { useUnitNames } from '../reference/units.ts';
import { Brand } from '../../components/Brand.tsx';
import { LangSwitch } from '../../components/LangSwitch.tsx';
import { CommuneSelect, ProvinceSelect } from '../reference/UnitSelect.tsx';

/** Mirrors the server's rule (src/platform/auth/passwords.ts); the server has the last word. */
const MIN_PASSWORD = 10;

interface Values {
  username: string;
  password: string;
  confirm: string;
  displayName: string;
  phone?: string;
  email?: string;
  provinceCode?: string;
  communeCode?: string;
}

const orNull = (s: string | undefined): string | null => {
  const v = (s ?? '').trim();
  return v === '' ? null : v;
};

export function RegisterPage() {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const provinceCode = Form.useWatch('provinceCode', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ username: string; communeCode: string; provinceCode: string } | null>(null);
  const unitName = useUnitNames([done?.provinceCode]);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const body: RegisterBody = {
      username: v.username.trim(),
      password: v.password,
      displayName: v.displayName.trim(),
      phone: orNull(v.phone),
      email: orNull(v.email),
      communeCode: v.communeCode!,
    };
    try {
      const { user } = await api.register(body);
      setDone({
        username: user.username,
        communeCode: user.unitCode ?? body.communeCode,
        provinceCode: user.provinceCode ?? v.provinceCode ?? '',
      });
    } catch (err) {
      if (!applyFieldErrors(form, err, pick, ['username', 'password', 'displayName', 'phone', 'email', 'communeCode']))
        setError(err);
    } finally {
      setBusy(false);
    }
  };

  const toLogin = (
    <Button type="link" onClick={() => navigate('/')} data-testid="register-to-login">
      {t('register.toLogin')}
    </Button>
  );

  return (
    <div className="auth-page">
      <div className="auth-lang">
        <LangSwitch />
      </div>
      <Card className="auth-card auth-card-wide">
        <Brand large />
        {done ? (
          <Result
            status="success"
            className="register-done"
            data-testid="register-done"
            title={t('register.doneTitle')}
            subTitle={t('register.doneText', { username: done.username, commune: unitName(done.communeCode) })}
            extra={
              <Button type="primary" onClick={() => navigate('/')} data-testid="register-done-login">
                {t('register.toLogin')}
              </Button>
            }
          />
        ) : (
          <>
            <h1 className="auth-title">{t('register.title')}</h1>
            <p className="muted auth-lead">{t('register.lead')}</p>
            {error !== null && (
              <Alert
                className="auth-alert"
                type="error"
                showIcon
                title={errorText(error)}
                data-testid="register-error"
              />
            )}
            <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={busy} data-testid="register-form">
              <Form.Item
                name="displayName"
                label={t('register.displayName')}
                extra={t('register.displayNameHint')}
                rules={[{ required: true, whitespace: true, message: t('register.displayNameRequired') }]}
              >
                <Input data-testid="register-name" maxLength={200} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="provinceCode"
                    label={t('unit.province')}
                    rules={[{ required: true, message: t('unit.provinceRequired') }]}
                  >
                    <ProvinceSelect
                      testId="register-province"
                      onChange={() => form.setFieldValue('communeCode', undefined)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="communeCode"
                    label={t('unit.commune')}
                    rules={[{ required: true, message: t('unit.communeRequired') }]}
                  >
                    <CommuneSelect testId="register-commune" provinceCode={provinceCode} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item name="phone" label={t('producer.phone')}>
                    <Input data-testid="register-phone" autoComplete="tel" maxLength={30} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="email" label={t('producer.email')}>
                    <Input data-testid="register-email" autoComplete="email" maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="username"
                label={t('login.username')}
                extra={t('users.usernameHint')}
                rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
              >
                <Input data-testid="register-username" autoComplete="username" maxLength={60} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="password"
                    label={t('login.password')}
                    hasFeedback
                    rules={[
                      { required: true, message: t('login.passwordRequired') },
                      { min: MIN_PASSWORD, message: t('register.passwordTooShort', { min: MIN_PASSWORD }) },
                    ]}
                  >
                    <Input.Password data-testid="register-password" autoComplete="new-password" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="confirm"
                    label={t('register.confirm')}
                    dependencies={['password']}
                    hasFeedback
                    rules={[
                      { required: true, message: t('password.confirmRequired') },
                      ({ getFieldValue }) => ({
                        validator: (_, value) =>
                          !value || getFieldValue('password') === value
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('password.mismatch'))),
                      }),
                    ]}
                  >
                    <Input.Password data-testid="register-confirm" autoComplete="new-password" />
                  </Form.Item>
                </Col>
              </Row>
              <Button type="primary" htmlType="submit" block loading={busy} data-testid="register-submit">
                {t('register.submit')}
              </Button>
              <div className="auth-links">{toLogin}</div>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
