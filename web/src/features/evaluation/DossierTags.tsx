// Small pieces of the evaluation pages: the dossier's state and kind as tags, a deadline with its countdown.
import { Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../registry/registry.ts';
import { daysUntil, stateColor, type DossierState } from './evaluation.ts';
import type { LocalText } from '../../types.ts';

export function StateTag({ state, label }: { state: DossierState; label: LocalText }) {
  const { pick } = useT();
  return (
    <Tag color={stateColor(state)} className="state-tag" data-testid="state-tag" data-state={state}>
      {pick(label)}
    </Tag>
  );
}

export function KindTag({ label, kind }: { kind: string; label: LocalText }) {
  const { pick } = useT();
  return (
    <Tag className="kind-tag" data-kind={kind}>
      {pick(label)}
    </Tag>
  );
}

/**
 * "23/09/2026 · còn 5 ngày" — red when past (or `overdue`), orange in the last 3 days. `holidayNote` (from the server)
 * says the count crossed holidays whose days are the Labour Code's default, not yet announced: a ⚠ with the note.
 */
export function Deadline({
  dueOn,
  overdue,
  done,
  compact,
  holidayNote,
}: {
  dueOn: string;
  overdue?: boolean;
  done?: boolean;
  compact?: boolean;
  holidayNote?: LocalText | null;
}) {
  const { t, pick } = useT();
  const days = daysUntil(dueOn);
  const late = overdue ?? days < 0;
  const text = done
    ? null
    : late
      ? t('ev.overdueDays', { n: Math.max(1, -days) })
      : days === 0
        ? t('ev.dueToday')
        : t('ev.daysLeft', { n: days });
  return (
    <span className="deadline" data-testid="deadline" data-overdue={late && !done ? 'yes' : 'no'}>
      <span className="deadline-date">{formatDate(dueOn)}</span>
      {text && (
        <Tag
          color={late ? 'red' : days <= 3 ? 'orange' : 'default'}
          className={compact ? 'deadline-tag deadline-compact' : 'deadline-tag'}
        >
          {text}
        </Tag>
      )}
      {holidayNote && (
        <Tooltip title={pick(holidayNote)}>
          <span className="deadline-holiday-note" data-testid="holiday-note" role="img" aria-label={pick(holidayNote)}>
            ⚠
          </span>
        </Tooltip>
      )}
    </span>
  );
}

export function OverdueTag({ title }: { title?: string }) {
  const { t } = useT();
  const tag = (
    <Tag color="red" data-testid="overdue-tag">
      {t('ev.overdue')}
    </Tag>
  );
  return title ? <Tooltip title={title}>{tag}</Tooltip> : tag;
}
