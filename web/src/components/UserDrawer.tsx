// Create or change a user: the role picker offers only the roles this manager may grant, and the unit picker follows
// the role's level (national: none; province: a province; commune: a province, then a commune).
import { useState } from 'react';
import { Alert, Button, Col, Drawer, Form, Input, Row, Select } from 'antd';
import { useT } from '../i18n/index.tsx';
import { useOpenSession } from '../lib/useOpenSession.ts';
import { api, type UserBody } from '../lib/api.ts';
import { useErrorText } from '../lib/errors.ts';
import { applyFieldErrors } from '../lib/form-errors.ts';
import { grantableRoles, roleLevels, scopeLevelOf } from '../lib/permissions.ts';
import { ROLE_KEYS } from '../lib/roles.ts';
import type { ManagedUser, Role, User } from '../types.ts';
import { CommuneSelect, ProvinceSelect } from './UnitSelect.tsx';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  role?: Role;
  provinceCode?: string;
  communeCode?: string;
}

const orNull = (s: string | undefined): string | null => {
  const v = (s ?? '').trim();
  return v === '' ? null : v;
};

/** The drawer, with a fresh form at every opening. */
export function UserDrawer(props: Parameters<typeof UserDrawerBody>[0]) {
  const session = useOpenSession(props.open);
  return <UserDrawerBody key={session} {...props} />;
}

function UserDrawerBody({
  open,
  manager,
  target,
  onClose,
  onCreated,
  onSaved,
}: {
  open: boolean;
  manager: User;
  /** The user to change; null to create one. */
  target: ManagedUser | null;
  onClose: () => void;
  onCreated: (u: ManagedUser, oneTimePassword: string) => void;
  onSaved: (u: ManagedUser) => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const managerLevel = scopeLevelOf(manager);
  const roles = grantableRoles(manager);
  const role = Form.useWatch('role', form);
  const provinceCode = Form.useWatch('provinceCode', form);
  const levels = role ? roleLevels(role) : [];
  const needsCommune = levels.includes('commune');
  // A role that may also work nationwide (admin) takes a province optionally.
  const provinceOptional = levels.includes('national') && levels.includes('province');
  const needsProvince = needsCommune || (levels.includes('province') && !provinceOptional);


  const initial: Values = target
    ? {
        username: target.username,
        displayName: target.displayName,
        email: target.email ?? '',
        phone: target.phone ?? '',
        role: target.role as Role,
        provinceCode: target.provinceCode ?? undefined,
        communeCode: target.unitCode && target.unitCode !== target.provinceCode ? target.unitCode : undefined,
      }
    : { username: '', displayName: '', provinceCode: manager.provinceCode ?? undefined };

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const lv = roleLevels(v.role!);
    const unitCode = lv.includes('commune') ? (v.communeCode ?? null) : lv.includes('province') ? (v.provinceCode ?? null) : null;
    const body: UserBody = { username: v.username.trim(), displayName: v.displayName.trim(), email: orNull(v.email), phone: orNull(v.phone), role: v.role!, unitCode };
    setBusy(true);
    setError(null);
    try {
      if (target) {
        const { username: _username, ...patch } = body;
        onSaved(await api.updateUser(target.id, patch));
      } else {
        const r = await api.createUser(body);
        onCreated(r.user, r.oneTimePassword);
      }
    } catch (err) {
      const fields = ['username', 'displayName', 'email', 'phone', 'role', needsCommune ? 'communeCode' : 'provinceCode'];
      if (!applyFieldErrors(form, err, pick, fields, { unitCode: needsCommune ? 'communeCode' : 'provinceCode' })) setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={target ? t('users.editTitle') : t('users.createTitle')}
      destroyOnHidden
      footer={
        <div className="drawer-footer">
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="user-save">
            {target ? t('action.save') : t('users.create')}
          </Button>
        </div>
      }
    >
      <div data-testid="user-drawer">
        {error !== null && <Alert className="block" type="error" showIcon title={errorText(error)} data-testid="user-error" />}
        <Form<Values> form={form} layout="vertical" disabled={busy} initialValues={initial} onFinish={() => void save()}>
          <Form.Item
            name="username"
            label={t('login.username')}
            extra={target ? undefined : t('users.usernameHint')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input data-testid="user-username" disabled={target !== null} autoComplete="off" maxLength={60} />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}>
            <Input data-testid="user-display-name" maxLength={200} />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
            <Select<Role>
              data-testid="user-role"
              placeholder={t('users.rolePlaceholder')}
              options={roles.map((r) => ({ value: r, label: t(ROLE_KEYS[r]) }))}
              optionRender={(o) => <span data-testid={`role-option-${o.value}`}>{o.label}</span>}
              onChange={() => form.setFieldValue('communeCode', undefined)}
            />
          </Form.Item>
          {needsProvince || provinceOptional ? (
            <Row gutter={16}>
              <Col xs={24} md={needsCommune ? 12 : 24}>
                <Form.Item
                  name="provinceCode"
                  label={t('unit.province')}
                  extra={provinceOptional ? t('users.nationalHint') : undefined}
                  rules={needsProvince ? [{ required: true, message: t('unit.provinceRequired') }] : []}
                >
                  <ProvinceSelect
                    testId="user-province"
                    disabled={managerLevel !== 'national'}
                    allowClear={provinceOptional}
                    placeholder={provinceOptional ? t('users.national') : undefined}
                    onChange={() => form.setFieldValue('communeCode', undefined)}
                  />
                </Form.Item>
              </Col>
              {needsCommune && (
                <Col xs={24} md={12}>
                  <Form.Item name="communeCode" label={t('unit.commune')} rules={[{ required: true, message: t('unit.communeRequired') }]}>
                    <CommuneSelect testId="user-commune" provinceCode={provinceCode} />
                  </Form.Item>
                </Col>
              )}
            </Row>
          ) : role ? (
            <p className="form-hint">{t('users.nationalRole')}</p>
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('producer.email')}>
                <Input data-testid="user-email" maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('producer.phone')}>
                <Input data-testid="user-phone" maxLength={30} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Drawer>
  );
}
