// The main menu of the header, in two forms from the same entries: across the header on a wide screen, and on phones
// and tablets in a drawer the header's menu button opens, every group unfolded so each page is one tap away. Each
// entry is a real link (<a href>): a middle click or Ctrl-click opens its page in a new tab.
import { useState, type ReactNode } from 'react';
import { Button, Drawer, Menu, type MenuProps } from 'antd';
import { useT } from '../i18n/index.tsx';
import { Link, navigate } from '../shared/router.ts';
import { Brand } from './Brand.tsx';
import './phone.css';

type NavItem = NonNullable<MenuProps['items']>[number];

/** The entries with each page's label wrapped in a link to it (keys that are paths); groups kept as they are. */
function asLinks(items: NavItem[]): NavItem[] {
  return items.map((item) => {
    if (!item || !('key' in item) || item.type === 'divider') return item;
    if ('children' in item && item.children) return { ...item, children: asLinks(item.children) } as NavItem;
    const key = String(item.key);
    if (!key.startsWith('/') || !('label' in item)) return item;
    // The menu item itself is the focus stop (antd moves focus over items), so the link leaves the tab order.
    return {
      ...item,
      label: (
        <Link to={key} tabIndex={-1}>
          {item.label as ReactNode}
        </Link>
      ),
    } as NavItem;
  });
}

/** The keys of every group, so the drawer shows them all unfolded. */
function groupKeys(items: NavItem[]): string[] {
  return items.flatMap((item) =>
    item && 'children' in item && item.children ? [String(item.key), ...groupKeys(item.children)] : [],
  );
}

/**
 * A click on an entry (or Enter on it) opens its page in the app; a click with a modifier key is the link's, left to
 * the browser (a new tab or window), so the app does not also navigate.
 */
const open: NonNullable<MenuProps['onClick']> = ({ key, domEvent }) => {
  const e = domEvent as { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean };
  if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  if (key.startsWith('/')) navigate(key);
};

/** The menu across the header (wide screens). */
export function HeaderMenu({ items, selected }: { items: NavItem[]; selected: string }) {
  const { t } = useT();
  return (
    <nav className="app-nav-wrap" aria-label={t('header.nav')}>
      <Menu className="app-nav" mode="horizontal" selectedKeys={[selected]} onClick={open} items={asLinks(items)} />
    </nav>
  );
}

/** The menu button of a narrow header and the drawer it opens: who is signed in, then every entry. */
export function DrawerMenu({ items, selected, who }: { items: NavItem[]; selected: string; who: ReactNode }) {
  const { t } = useT();
  const [shown, setShown] = useState(false);
  return (
    <>
      <Button
        type="text"
        className="nav-toggle"
        aria-label={t('header.menu')}
        aria-expanded={shown}
        data-testid="nav-toggle"
        onClick={() => setShown(true)}
        icon={
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden>
            <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
          </svg>
        }
      />
      <Drawer
        open={shown}
        onClose={() => setShown(false)}
        placement="left"
        size={300}
        className="nav-drawer"
        title={<Brand />}
        styles={{ body: { padding: 0 } }}
      >
        <nav aria-label={t('header.nav')} data-testid="nav-drawer">
          <div className="nav-drawer-who">{who}</div>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            defaultOpenKeys={groupKeys(items)}
            onClick={(info) => {
              open(info);
              setShown(false);
            }}
            items={asLinks(items)}
          />
        </nav>
      </Drawer>
    </>
  );
}
