// Người dùng: accounts of the user's area (admin and provincial office manage them: create with a one-time password,
// change, reset the password, disable/enable) and Chờ duyệt, the producers' self-registrations that the commune approves.
import { useState } from 'react';
import { App, Badge, Button, Form, Input, Modal, Popconfirm, Space, Tabs, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type UserFilter } from '../../shared/api.ts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';
import { useErrorText } from '../../shared/errors.ts';
import { listParams } from '../../shared/list-params.ts';
import { setQuery } from '../../shared/router.ts';
import { useAccess } from '../me/permissions.ts';
import { roleKey } from './roles.ts';
import { formatDate } from '../registry/registry.ts';
import { useOpenSession } from '../../shared/useOpenSession.ts';
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
import { ApproveRegistrationModal } from './ApproveRegistrationModal.tsx';
import { OneTimePasswordModal, type OneTimePassword } from './OneTimePasswordModal.tsx';

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
        emptyText={t('users.empty')}
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

function PendingTab() {
  const { t } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [page, setPage] = useState({ current: 1, size: 20 });
  const queryClient = useQueryClient();
  const query = {
    status: 'pending',
    role: 'producer',
    limit: page.size,
    offset: (page.current - 1) * page.size,
  } as const;
  const list = useQuery({
    queryKey: [...keys.users, 'list', query],
    queryFn: () => api.users(query),
    placeholderData: keepPreviousData,
  });
  const [approving, setApproving] = useState<ListedUser | null>(null);
  const [rejecting, setRejecting] = useState<ListedUser | null>(null);
  const approveSession = useOpenSession(approving !== null);
  const rejectSession = useOpenSession(rejecting !== null);

  const decide = async (u: ListedUser, decision: { approve: boolean; reason?: string; producerId?: string }) => {
    try {
      await api.decideRegistration(u.id, decision);
      void message.success(
        decision.approve
          ? t('pending.approved', { name: u.displayName })
          : t('pending.rejected', { name: u.displayName }),
      );
      // The list, the tab's count, and the producers an approval may have linked.
      void queryClient.invalidateQueries({ queryKey: keys.users });
      void queryClient.invalidateQueries({ queryKey: keys.producers });
      return true;
    } catch (err) {
      void message.error(errorText(err));
      return false;
    }
  };

  const columns: TableColumnsType<ListedUser> = [
    {
      key: 'name',
      title: t('pending.name'),
      minWidth: 200,
      render: (_, u) => <TwoLineCell main={u.displayName} sub={u.username} />,
    },
    { key: 'commune', title: t('unit.commune'), width: 180, render: (_, u) => placeText(u.unitName, u.unitCode) },
    {
      key: 'contact',
      title: t('users.contact'),
      width: 220,
      render: (_, u) => <ContactCell phone={u.phone} email={u.email} />,
    },
    { key: 'createdAt', title: t('pending.registeredOn'), width: 130, render: (_, u) => formatDate(u.createdAt) },
    {
      key: 'actions',
      title: '',
      width: 190,
      align: 'right',
      render: (_, u) => (
        <Space size={4}>
          <Button size="small" type="primary" onClick={() => setApproving(u)} data-testid="pending-approve">
            {t('pending.approve')}
          </Button>
          <Button size="small" danger onClick={() => setRejecting(u)} data-testid="pending-reject">
            {t('pending.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <p className="muted tab-lead">{t('pending.lead')}</p>
      <ListError error={list.error} />
      <ListTable<ListedUser>
        testId="pending-table"
        columns={columns}
        list={list}
        scrollX={920}
        rowAttributes={(u) => ({ 'data-testid': 'pending-row', 'data-username': u.username })}
        emptyText={t('pending.empty')}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showTotal: (n) => t('pending.total', { n }),
          onChange: (current, size) => setPage({ current, size }),
        }}
      />
      <ApproveRegistrationModal
        key={`approve-${approveSession}`}
        target={approving}
        onClose={() => setApproving(null)}
        onApprove={async (producerId) =>
          (await decide(approving!, { approve: true, producerId })) && setApproving(null)
        }
      />
      <RejectModal
        key={`reject-${rejectSession}`}
        target={rejecting}
        onClose={() => setRejecting(null)}
        onReject={async (reason) => (await decide(rejecting!, { approve: false, reason })) && setRejecting(null)}
      />
    </>
  );
}

function RejectModal({
  target,
  onClose,
  onReject,
}: {
  target: ListedUser | null;
  onClose: () => void;
  onReject: (reason: string) => Promise<unknown>;
}) {
  const { t } = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={target !== null}
      title={t('pending.rejectTitle', { name: target?.displayName ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('pending.reject')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reject-submit' }}
      cancelText={t('action.cancel')}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        setBusy(true);
        try {
          await onReject(v.reason.trim());
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form form={form} layout="vertical">
        <p className="muted">{t('pending.rejectLead')}</p>
        <Form.Item
          name="reason"
          label={t('pending.reason')}
          rules={[{ required: true, whitespace: true, message: t('pending.reasonRequired') }]}
        >
          <Input.TextArea data-testid="reject-reason" autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
