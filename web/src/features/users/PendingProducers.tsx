// Chờ duyệt: the producers' self-registrations of the commune officer's area, approved (linked to their producer) or
// refused with a reason the producer reads at log-in.
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { useGuide } from '../../help/guide.ts';
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate } from '../registry/registry.ts';
import { useOpenSession } from '../../shared/useOpenSession.ts';
import type { ListedUser } from '../../types.ts';
import { ContactCell, placeText, TwoLineCell } from '../../components/ListParts.tsx';
import { ListError, ListTable } from '../../components/ListPage.tsx';
import { ApproveRegistrationModal } from './ApproveRegistrationModal.tsx';

export function PendingTab() {
  const { t } = useT();
  const guide = useGuide();
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
        emptyText={<EmptyHint what={t('pending.empty')} hint={guide.empty.pending} />}
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
