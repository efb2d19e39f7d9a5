// Pieces shared by the list pages: the search box that queries as you type, the Excel button, status and 3.2 tags,
// two-line cells.
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { App, Button, Input, Tag, Tooltip } from 'antd';
import { useT } from '../i18n/index.tsx';
import { useDebounced } from '../shared/useDebounced.ts';
import { useErrorText } from '../shared/errors.ts';
import { Link } from '../shared/router.ts';

const SEARCH_DEBOUNCE_MS = 300;

/** A search box: reports the trimmed text once typing pauses; follows `value` when it changes from outside. */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  testId,
}: {
  value: string;
  onSearch: (q: string) => void;
  placeholder: string;
  testId: string;
}) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text, SEARCH_DEBOUNCE_MS);
  // The search runs when the typing settles, not when the URL's value changes under it.
  const search = useEffectEvent((q: string) => {
    if (q !== value) onSearch(q);
  });
  useEffect(() => search(settled.trim()), [settled]);
  // A value set from outside (back, a cleared filter) shows in the box.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  return (
    <Input
      allowClear
      data-testid={testId}
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

/** "Xuất Excel": downloads the same filtered list as an .xlsx file. */
export function ExportButton({ run, testId }: { run: () => Promise<void>; testId: string }) {
  const { t } = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      data-testid={testId}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await run();
        } catch (err) {
          void message.error(errorText(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('list.export')}
    </Button>
  );
}

export function ActiveTag({ status }: { status: 'active' | 'inactive' }) {
  const { t } = useT();
  return status === 'active' ? <Tag color="green">{t('status.active')}</Tag> : <Tag>{t('status.inactive')}</Tag>;
}

export function UserStatusTag({ status }: { status: string }) {
  const { t } = useT();
  if (status === 'active') return <Tag color="green">{t('userStatus.active')}</Tag>;
  if (status === 'pending') return <Tag color="gold">{t('userStatus.pending')}</Tag>;
  return <Tag color="default">{t('userStatus.disabled')}</Tag>;
}

/** Criterion 3.2 (part A, community strength): the representative is a woman, of an ethnic minority or disabled. */
export function Criterion32Tag() {
  const { t } = useT();
  return (
    <Tooltip title={t('producer.qualifies32Tip')}>
      <Tag color="purple" className="tag-32" data-testid="tag-32">
        {t('producer.qualifies32')}
      </Tag>
    </Tooltip>
  );
}

/** A cell with a main line and a muted second line (a name and its username, a product and its specification). */
export function TwoLineCell({ main, sub }: { main: ReactNode; sub?: ReactNode }) {
  return (
    <div className="cell-main">
      <span className="cell-title">{main}</span>
      {sub ? <span className="cell-sub muted">{sub}</span> : null}
    </div>
  );
}

/** Phone over e-mail, or a dash when there is neither. */
export function ContactCell({ phone, email }: { phone: string | null; email: string | null }) {
  if (!phone && !email) return <span className="muted">—</span>;
  return (
    <div className="cell-main">
      {phone && <span>{phone}</span>}
      {email && <span className="cell-sub muted">{email}</span>}
    </div>
  );
}

/** Where a record lies, as the server names it (2025 units), or a dash. */
export const placeText = (name: string | null | undefined, code?: string | null): ReactNode =>
  name ?? code ?? <span className="muted">—</span>;

/** A link to a page of the app: opens in place (no reload), and still works as a link (new tab, copy address). */
export function PageLink({ path, testId, children }: { path: string; testId?: string; children: ReactNode }) {
  return (
    <Link to={path} data-testid={testId}>
      {children}
    </Link>
  );
}
