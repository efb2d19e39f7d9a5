// Người dùng: accounts of the user's area (admin and provincial office manage them: create with a one-time password,
// change, reset the password, disable/enable) and Chờ duyệt, the producers' self-registrations that the commune approves.
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { App, Badge, Button, Popconfirm, Space, Tabs, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type UserFilter } from '../../shared/api.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';
import { useErrorText } from '../../shared/errors.ts';
import { listParams } from '../../shared/list-params.ts';
import { setQuery } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { roleKey } from './roles.ts';
import type { ListedUser, ManagedUser, Role, User } from '../../types.ts';
import { ContactCell, placeText, TwoLineCell, UserStatusTag } from '../../components/ListParts.tsx';
import {
  anyFilter,
  ChoiceFilter,
  ListError,
  ListTable,
  ListToolbar,
  SearchField,
  useServerList,
} from '../../components/ListPage.tsx';
import { UserDrawer } from './UserDrawer.tsx';
import { OneTimePasswordModal, type OneTimePassword } from './OneTimePasswordModal.tsx';
import { PendingTab } from './PendingProducers.tsx';

type Tab = 'users' | 'pending';

export function UsersPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const access = useAccess();
  const mayApprove = access.can('users.approve-producer');
  const mayList = access.can('users.list');
  // Who approves producers but manages no accounts (the commune officer) comes here mostly to approve: that tab first.
  const defaultTab: Tab = mayApprove && !access.can('users.manage') ? 'pending' : 'users';
  const raw = query.get('tab');
  const tab: Tab = raw === 'pending' || raw === 'users' ? raw : defaultTab;
  const pendingCount = useQuery({
    queryKey: [...keys.users, 'pending-count'],
    queryFn: () => api.users({ status: 'pending', role: 'producer', limit: 1 }),
    enabled: mayApprove,
  });

  return (
    <div className="page page-wide" data-testid="users-page">
      <div className="page-head">
        <h1>{t('users.title')}</h1>
        <p className="page-lead">
          {access.can('users.manage') ? t('users.lead') : mayApprove ? t('users.leadCommune') : t('users.leadReadOnly')}
        </p>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          setQuery({
            tab: k === defaultTab ? undefined : k,
            page: undefined,
            size: undefined,
            q: undefined,
            role: undefined,
            status: undefined,
          })
        }
        items={[
          ...(mayList
            ? [
                {
                  key: 'users',
                  label: <span data-testid="tab-users">{t('users.tabUsers')}</span>,
                  children: tab === 'users' && <UsersTab user={user} query={query} />,
                },
              ]
            : []),
          ...(mayApprove
            ? [
                {
                  key: 'pending',
                  label: (
                    <span data-testid="tab-pending">
                      {t('users.tabPending')}{' '}
                      <Badge count={pendingCount.data?.total ?? 0} size="small" className="tab-badge" />
                    </span>
                  ),
                  children: tab === 'pending' && <PendingTab />,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

function UsersTab({ user, query }: { user: User; query: URLSearchParams }) {
  const { t } = useT();
  const guide = useGuide();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const access = useAccess();
  const lp = listParams(query);
  const filter: UserFilter = {
    q: lp.get('q'),
    role: access.listedRoles.includes(lp.get('role') as Role) ? lp.get('role') : undefined,
    status: (['active', 'pending', 'disabled'] as const).find((s) => s === lp.get('status')),
  };
  const list = useServerList(keys.users, lp, filter, api.users);
  const queryClient = useQueryClient();
  const changed = () => void queryClient.invalidateQueries({ queryKey: keys.users });
  const manage = access.can('users.manage');
  const grantable = access.grantableRoles;
  const [drawer, setDrawer] = useState<{ target: ManagedUser | null } | null>(null);
  const [otp, setOtp] = useState<OneTimePassword | null>(null);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      void message.success(done);
      changed();
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const columns: TableColumnsType<ListedUser> = [
    {
      key: 'name',
      title: t('users.displayName'),
      minWidth: 200,
      render: (_, u) => <TwoLineCell main={u.displayName} sub={u.username} />,
    },
    {
      key: 'role',
      title: t('users.role'),
      width: 250,
      render: (_, u) => {
        const k = roleKey(u.role);
        return k ? t(k) : u.role;
      },
    },
    {
      key: 'unit',
      title: t('users.unit'),
      width: 190,
      render: (_, u) =>
        u.unitCode ? placeText(u.unitName, u.unitCode) : <span className="muted">{t('users.national')}</span>,
    },
    {
      key: 'contact',
      title: t('users.contact'),
      width: 210,
      render: (_, u) => <ContactCell phone={u.phone} email={u.email} />,
    },
    { key: 'status', title: t('list.status'), width: 130, render: (_, u) => <UserStatusTag status={u.status} /> },
  ];
  if (manage) {
    columns.push({
      key: 'actions',
      title: '',
      width: 260,
      align: 'right',
      render: (_, u) => {
        if (u.id === user.id || !grantable.includes(u.role as Role)) return null;
        return (
          <Space size={0} wrap={false}>
            <Button size="small" type="link" onClick={() => setDrawer({ target: u })} data-testid="user-edit">
              {t('action.edit')}
            </Button>
            {u.status !== 'pending' && (
              <Popconfirm
                title={t('users.resetConfirm', { name: u.displayName })}
                okText={t('users.reset')}
                cancelText={t('action.cancel')}
                onConfirm={async () => {
                  try {
                    const r = await api.resetPassword(u.id);
                    setOtp({
                      username: u.username,
                      displayName: u.displayName,
                      password: r.oneTimePassword,
                      reason: 'reset',
                    });
                  } catch (err) {
                    void message.error(errorText(err));
                  }
                }}
              >
                <Button size="small" type="link" data-testid="user-reset">
                  {t('users.reset')}
                </Button>
              </Popconfirm>
            )}
            {u.status === 'active' && (
              <Popconfirm
                title={t('users.disableConfirm', { name: u.displayName })}
                description={t('users.disableDetail')}
                okText={t('users.disable')}
                okButtonProps={{ danger: true }}
                cancelText={t('action.cancel')}
                onConfirm={() =>
                  act(() => api.updateUser(u.id, { status: 'disabled' }), t('users.disabled', { name: u.displayName }))
                }
              >
                <Button size="small" type="link" danger data-testid="user-disable">
                  {t('users.disable')}
                </Button>
              </Popconfirm>
            )}
            {u.status === 'disabled' && (
              <Popconfirm
                title={t('users.enableConfirm', { name: u.displayName })}
                okText={t('users.enable')}
                cancelText={t('action.cancel')}
                onConfirm={() =>
                  act(() => api.updateUser(u.id, { status: 'active' }), t('users.enabled', { name: u.displayName }))
                }
              >
                <Button size="small" type="link" data-testid="user-enable">
                  {t('users.enable')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <>
      <ListToolbar>
        <SearchField lp={lp} testId="user-search" placeholder={t('users.searchPlaceholder')} />
        <ChoiceFilter<Role>
          lp={lp}
          param="role"
          label={t('users.role')}
          testId="filter-role"
          wide
          value={filter.role as Role | undefined}
          options={access.listedRoles.map((r) => ({ value: r, label: t(roleKey(r)!) }))}
        />
        <ChoiceFilter
          lp={lp}
          param="status"
          label={t('list.status')}
          testId="filter-user-status"
          narrow
          value={filter.status}
          options={[
            { value: 'active', label: t('userStatus.active') },
            { value: 'pending', label: t('userStatus.pending') },
            { value: 'disabled', label: t('userStatus.disabled') },
          ]}
        />
        {manage && (
          <Button
            type="primary"
            className="toolbar-action"
            onClick={() => setDrawer({ target: null })}
            data-testid="user-add"
          >
            {t('users.add')}
          </Button>
        )}
      </ListToolbar>
      <ListError error={list.error} />
      <ListTable<ListedUser>
        testId="users-table"
        columns={columns}
        list={list}
        scrollX={1240}
        rowAttributes={(u) => ({ 'data-testid': 'user-row', 'data-username': u.username })}
        filtered={anyFilter(filter)}
        emptyText={<EmptyHint what={t('users.empty')} hint={guide.empty.users} />}
        pages={{ lp, showTotal: (n) => t('users.total', { n }) }}
      />
      <UserDrawer
        open={drawer !== null}
        manager={user}
        target={drawer?.target ?? null}
        onClose={() => setDrawer(null)}
        onCreated={(u, password) => {
          setDrawer(null);
          setOtp({ username: u.username, displayName: u.displayName, password, reason: 'created' });
          changed();
        }}
        onSaved={(u) => {
          setDrawer(null);
          void message.success(t('users.saved', { name: u.displayName }));
          changed();
        }}
      />
      <OneTimePasswordModal value={otp} onClose={() => setOtp(null)} />
    </>
  );
}
