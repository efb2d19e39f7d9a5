// The "Hướng dẫn" button (placed by the header, fixed at the bottom right of every page): a drawer with what the user's role does, and for the page open now what it is for,
// what comes next and the article behind its deadline (content in help-vi.ts / help-en.ts).
import { useState } from 'react';
import { Button, Drawer, Typography } from 'antd';
import { useT } from '../i18n/index.tsx';
import { GUIDES, pageGuide } from './guide.ts';

export function HelpButton({ path, role }: { path: string; role: string }) {
  const { lang } = useT();
  const [open, setOpen] = useState(false);
  const guide = GUIDES[lang];
  const page = pageGuide(guide, path);
  const roleText = guide.roles[role];
  return (
    <>
      {/* A round button fixed at the page's bottom right: on every page, and taking no width from the header's menu
          (at 1366 px a commune officer's menu has none to spare). */}
      <Button
        className="no-print"
        shape="circle"
        size="large"
        style={{ position: 'fixed', right: 20, bottom: 20, zIndex: 1000, boxShadow: '0 2px 8px rgba(0,0,0,0.2)' }}
        onClick={() => setOpen(true)}
        aria-label={guide.labels.button}
        title={guide.labels.button}
        data-testid="help-button"
      >
        <span aria-hidden>?</span>
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={`${guide.labels.title}: ${page.title}`}
        width={420}
        data-testid="help-drawer"
      >
        <div data-testid="help-content">
          <Typography.Title level={5}>{guide.labels.purpose}</Typography.Title>
          <Typography.Paragraph>{page.purpose}</Typography.Paragraph>
          <Typography.Title level={5}>{guide.labels.next}</Typography.Title>
          <Typography.Paragraph>{page.next}</Typography.Paragraph>
          {page.law && (
            <>
              <Typography.Title level={5}>{guide.labels.law}</Typography.Title>
              <Typography.Paragraph data-testid="help-law">{page.law}</Typography.Paragraph>
            </>
          )}
          {roleText && (
            <>
              <Typography.Title level={5}>{guide.labels.role}</Typography.Title>
              <Typography.Paragraph type="secondary">{roleText}</Typography.Paragraph>
            </>
          )}
        </div>
      </Drawer>
    </>
  );
}
