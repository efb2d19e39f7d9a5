// Nhắc hạn giấy chứng nhận: the notices every certificate gets from the daily job (the Art. 7.6.a window opens and
// closes, 30 days before expiry, on expiry) and the province's own reminders, days before expiry, which the
// provincial OCOP office sets here (GET/PUT /api/certificate-reminders).
import { useState } from 'react';
import { Alert, App, Button, Card, InputNumber, List, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { keys, useInvalidate } from '../../shared/queries.ts';
import { certApi } from './certificates.ts';

export function RemindersPage() {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const settings = useQuery({ queryKey: keys.certificateReminders, queryFn: certApi.reminders });
  // The officer's edits over the saved list (null: nothing changed yet).
  const [edited, setDays] = useState<number[] | null>(null);
  const days = edited ?? settings.data?.daysBefore ?? [];
  const [adding, setAdding] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const s = settings.data;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await certApi.saveReminders(days);
      void message.success(t('rm.saved'));
      invalidate(keys.certificateReminders);
      setDays(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page" data-testid="reminders-page">
      <div className="page-head">
        <h1>{t('rm.title')}</h1>
        <p className="page-lead">{t('rm.lead')}</p>
      </div>
      {settings.isError && <Alert type="error" showIcon title={errorText(settings.error)} />}
      {s && (
        <>
          <Card size="small" className="block" title={t('rm.builtIn')}>
            <List
              size="small"
              dataSource={s.builtIn}
              renderItem={(n) => (
                <List.Item>
                  {pick(n.label)}{' '}
                  <span className="muted">
                    ({n.daysBefore > 0 ? t('rm.daysBefore', { n: n.daysBefore }) : t('rm.onExpiry')}, {n.article})
                  </span>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" className="block" title={t('rm.own')}>
            <Space wrap>
              {days.map((d) => (
                <Tag key={d} closable onClose={() => setDays(days.filter((x) => x !== d))} data-testid="reminder-day">
                  {t('rm.daysBefore', { n: d })}
                </Tag>
              ))}
              {!days.length && <span className="muted">{t('rm.none')}</span>}
            </Space>
            <Space className="block">
              <InputNumber
                min={s.limits.min}
                max={s.limits.max}
                value={adding}
                onChange={(v) => setAdding(typeof v === 'number' ? v : null)}
                placeholder={t('rm.addPlaceholder')}
                data-testid="reminder-add-days"
              />
              <Button
                disabled={adding === null || days.includes(adding) || days.length >= s.limits.count}
                onClick={() => {
                  if (adding !== null) setDays([...days, adding].sort((a, b) => b - a));
                  setAdding(null);
                }}
              >
                {t('rm.add')}
              </Button>
              <Button type="primary" loading={busy} onClick={() => void save()} data-testid="reminders-save">
                {t('action.save')}
              </Button>
            </Space>
            {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
          </Card>
        </>
      )}
    </div>
  );
}
