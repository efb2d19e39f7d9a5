// Create or change a user: the role picker offers only the roles this manager may grant, and the unit picker follows
// the role's level (national: none; province: a province; commune: a province, then a commune).
import { Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type UserBody } from '../../shared/api.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { useAccess } from '../me/permissions.ts';
import { ROLE_KEYS } from './roles.ts';
import type { ManagedUser, Role, User } from '../../types.ts';
import { CommuneSelect, ProvinceSelect } from '../reference/UnitSelect.tsx';
import { ContactFields, FormDrawer, freshOnOpen, orNull, useFormSave } from '../../components/FormDrawer.tsx';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  agency?: string;
  role?: Role;
  provinceCode?: string;
  communeCode?: string;
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
  const access = useAccess();
  const { form, busy, error, save: run } = useFormSave<Values>();
  const managerLevel = access.scopeLevel;
  const roles = access.grantableRoles;
  const role = Form.useWatch('role', form);
  const provinceCode = Form.useWatch('provinceCode', form);
  const levels = role ? access.roleLevels(role) : [];
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
        agency: target.agency ?? '',
        role: target.role as Role,
        provinceCode: target.provinceCode ?? undefined,
        communeCode: target.unitCode && target.unitCode !== target.provinceCode ? target.unitCode : undefined,
      }
    : { username: '', displayName: '', provinceCode: manager.provinceCode ?? undefined };

  const save = () =>
    run(
      async (v) => {
        const lv = access.roleLevels(v.role!);
        const unitCode = lv.includes('commune')
          ? (v.communeCode ?? null)
          : lv.includes('province')
            ? (v.provinceCode ?? null)
            : null;
        const body: UserBody = {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          email: orNull(v.email),
          phone: orNull(v.phone),
          agency: orNull(v.agency),
          role: v.role!,
          unitCode,
        };
        if (target) {
          const { username: _username, ...patch } = body;
          onSaved(await api.updateUser(target.id, patch));
        } else {
          const r = await api.createUser(body);
          onCreated(r.user, r.oneTimePassword);
        }
      },
      (err) => {
        const unitField = needsCommune ? 'communeCode' : 'provinceCode';
        return applyFieldErrors(form, err, pick, ['username', 'displayName', 'email', 'phone', 'role', unitField], {
          unitCode: unitField,
        });
      },
    );

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={560}
      title={target ? t('users.editTitle') : t('users.createTitle')}
      busy={busy}
      onSave={() => void save()}
      saveLabel={target ? t('action.save') : t('users.create')}
      testId="user"
      error={error}
    >
      <Form<Values> form={form} layout="vertical" disabled={busy} initialValues={initial} onFinish={() => void save()}>
        <Form.Item
          name="username"
          label={t('login.username')}
          extra={target ? undefined : t('users.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input data-testid="user-username" disabled={target !== null} autoComplete="off" maxLength={60} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
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
                <Form.Item
                  name="communeCode"
                  label={t('unit.commune')}
                  rules={[{ required: true, message: t('unit.communeRequired') }]}
                >
                  <CommuneSelect testId="user-commune" provinceCode={provinceCode} />
                </Form.Item>
              </Col>
            )}
          </Row>
        ) : role ? (
          <p className="form-hint">{t('users.nationalRole')}</p>
        ) : null}
        <ContactFields testId="user" />
        {/* A council seat is held for an agency (Art. 7.3.b): the council form offers each seat its agency's people. */}
        <Form.Item name="agency" label={t('cs.agency')} extra={t('cs.agencyHint')}>
          <Input maxLength={300} data-testid="user-agency" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The drawer, with a fresh form at every opening. */
export const UserDrawer = freshOnOpen(UserDrawerBody);
