// The plain indicator of working offline (issue 12): shown while the connection is down or anything typed still
// waits to be sent — what waits, by name — and when a draft needs the user's choice. Hidden when all is sent.
import { Alert, Button } from 'antd';
import { useT } from '../i18n/index.tsx';
import { flush, useOutbox } from '../shared/outbox.ts';

export function OfflineBar() {
  const { t, pick } = useT();
  const { online, items } = useOutbox();
  const waiting = items.filter(([, i]) => !i.conflict && !i.refused).map(([, i]) => pick(i.label));
  const conflicts = items.filter(([, i]) => i.conflict).map(([, i]) => pick(i.label));
  const refused = items.filter(([, i]) => i.refused).map(([, i]) => pick(i.label));
  if (online && items.length === 0) return null;
  const lines = [
    !online && t('off.offline'),
    waiting.length > 0 && t('off.waiting', { n: waiting.length, items: waiting.join('; ') }),
    conflicts.length > 0 && t('off.conflict', { items: conflicts.join('; ') }),
    refused.length > 0 && t('off.refused', { items: refused.join('; ') }),
  ].filter((l): l is string => !!l);
  return (
    <div className="offline-bar" role="status" aria-live="polite" data-testid="offline-bar" data-online={online}>
      <Alert
        type={conflicts.length || refused.length ? 'error' : online ? 'info' : 'warning'}
        showIcon
        banner
        title={
          <span>
            {lines.map((l) => (
              <span key={l} className="offline-line" data-testid="offline-line">
                {l}
              </span>
            ))}
          </span>
        }
        action={
          online &&
          waiting.length > 0 && (
            <Button size="small" onClick={() => void flush()} data-testid="offline-send">
              {t('off.sendNow')}
            </Button>
          )
        }
      />
    </div>
  );
}
