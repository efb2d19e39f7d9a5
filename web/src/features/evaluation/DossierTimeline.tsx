// Lịch sử xử lý: every step of the dossier from the audit log — when, who, what, from which state to which, why.
import { Alert, Card, Skeleton, Tag, Timeline } from 'antd';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import type { Timeline as TimelineData } from './evaluation.ts';
import type { LocalText } from '../../types.ts';

/** Steps that are not transitions of the procedure (the server labels those). */
const OWN_LABELS: Record<string, MessageKey> = {
  create: 'tl.create',
  form01: 'tl.form01',
  form02: 'tl.form02',
  form03: 'tl.form03',
  evidence: 'tl.evidence',
  advisory_report: 'tl.advisory_report',
};

function dateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
}

export function DossierTimeline({
  data,
  error,
  loading,
}: {
  data: TimelineData | undefined;
  error: unknown;
  loading: boolean;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  if (error !== undefined) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!data) return loading ? <Skeleton active /> : null;
  // The server labels each entry's new state; an entry's old state is the one before it.
  const labels = new Map<string, LocalText>();
  for (const e of data.entries) if (e.toState && e.stateLabel) labels.set(e.toState, e.stateLabel);
  const stateName = (s: string | null) => (s ? (labels.has(s) ? pick(labels.get(s)!) : s) : '');
  return (
    <Card size="small" className="block" title={t('ev.timeline')} data-testid="timeline">
      <Timeline
        className="dossier-timeline"
        items={data.entries.map((e, i) => {
          const moved = e.fromState !== e.toState && e.toState;
          return {
            key: i,
            color: moved ? 'green' : 'gray',
            content: (
              <div className="tl-entry" data-testid={`timeline-${e.action}`}>
                <div className="tl-head">
                  <b>{e.label ? pick(e.label) : OWN_LABELS[e.action] ? t(OWN_LABELS[e.action]!) : e.action}</b>
                  <span className="muted">
                    {dateTime(e.at)}
                    {e.actor && <> · {e.actor}</>}
                  </span>
                </div>
                {moved && (
                  <div className="tl-states">
                    {e.fromState && <Tag>{stateName(e.fromState)}</Tag>}
                    {e.fromState && <span className="tl-arrow">→</span>}
                    <Tag color="green">{stateName(e.toState)}</Tag>
                  </div>
                )}
                {e.reason && (
                  <div className="tl-reason">
                    {t('ev.reason')}: {e.reason}
                  </div>
                )}
              </div>
            ),
          };
        })}
      />
      {data.entries.length === 0 && <span className="muted">{t('ev.noTimeline')}</span>}
    </Card>
  );
}
