// The bell in the header: the unread count of the user's notifications (refreshed each minute and on opening), the
// latest ones in a popover; a click marks one read and opens what it is about.
import { useState } from 'react';
import { Badge, Button, Empty, Popover, Spin } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { navigate } from '../../shared/router.ts';
import { evalApi, type Notification } from './evaluation.ts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';

const POLL_MS = 60_000;

function when(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${d.slice(11, 16)} ${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

export function NotificationBell() {
  const { t, pick } = useT();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: keys.notifications,
    queryFn: () => evalApi.notifications({ limit: 12 }),
    refetchInterval: POLL_MS,
  });
  const unread = list.data?.unread ?? 0;

  const openOne = async (n: Notification) => {
    setOpen(false);
    if (!n.readAt) await evalApi.readNotification(n.id).catch(() => undefined);
    void list.refetch();
    if (n.link) navigate(n.link);
  };

  const content = (
    <div className="notif-panel" data-testid="notifications">
      {!list.data && list.isFetching && <Spin />}
      {list.data && list.data.items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.empty')} />
      )}
      {list.data?.items.map((n) => (
        <button
          key={n.id}
          type="button"
          className={`notif-item${n.readAt ? '' : ' notif-unread'}`}
          onClick={() => void openOne(n)}
          data-testid={`notification-${n.kind}`}
        >
          <span className="notif-title">{pick(n.title)}</span>
          <span className="notif-when muted">{when(n.createdAt)}</span>
        </button>
      ))}
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('notif.title')}
      trigger="click"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        // Opening shows the latest, not the last minute's poll.
        if (o) void list.refetch();
      }}
      placement="bottomRight"
    >
      <Button
        type="text"
        size="small"
        className="notif-bell"
        // The name holds the count the badge shows (axe: label-content-name-mismatch).
        aria-label={unread ? t('notif.unreadCount', { n: unread > 99 ? '99+' : unread }) : t('notif.title')}
        data-testid="notif-bell"
        data-unread={unread}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <svg className="notif-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden>
            <path
              fill="currentColor"
              d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
            />
          </svg>
        </Badge>
      </Button>
    </Popover>
  );
}
