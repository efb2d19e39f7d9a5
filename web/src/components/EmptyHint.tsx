// What an empty list says: that nothing is here yet, what to do first, and — where the user may act — the button that
// does it. Shown inside the list's antd Empty (ServerTable's emptyText); a filtered list says "no match" instead.
import type { ReactNode } from 'react';
import { Button, Typography } from 'antd';

export function EmptyHint({
  what,
  hint,
  action,
}: {
  what: ReactNode;
  hint: ReactNode;
  /** The first step, when the user may take it: its label and what it does. */
  action?: { label: ReactNode; onClick: () => void; testId: string };
}) {
  return (
    // Inline layout: this small block needs no rule in the shared stylesheet.
    <div
      className="empty-hint"
      data-testid="empty-hint"
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 6,
        maxWidth: 460,
        margin: '0 auto',
      }}
    >
      <div>{what}</div>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      {action && (
        <Button type="primary" size="small" onClick={action.onClick} data-testid={action.testId}>
          {action.label}
        </Button>
      )}
    </div>
  );
}
