// Cán bộ phụ trách OCOP của xã: every commune of the province with its responsible officer, named and since when. The
// provincial office names one from the commune's active officers (the server lists them and says `mayAssign`; it
// checks every choice again); a commune officer sees its own commune.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Input, List, Select, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { formatDate } from '../registry/registry.ts';
import { cycleApi, cycleKeys } from './cycle.ts';

/** Lower case without diacritics, for the commune filter. */
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

export function CycleOfficers() {
  const { t } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [filter, setFilter] = useState('');
  const officers = useQuery({ queryKey: cycleKeys.officers, queryFn: cycleApi.officers });
  const o = officers.data;
  const shown = (o?.items ?? []).filter((c) => !filter.trim() || fold(c.name).includes(fold(filter.trim())));
  const assign = async (communeCode: string, userId: string) => {
    try {
      await cycleApi.assignOfficer(communeCode, userId);
      message.success(t('cycle.done'));
      await qc.invalidateQueries({ queryKey: cycleKeys.all });
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <section data-testid="cycle-officers">
      <h3>{t('cycle.officers')}</h3>
      <p>{o?.mayAssign ? t('cycle.officersIntroAssign') : t('cycle.officersIntro')}</p>
      {officers.isError && <Alert type="error" showIcon title={errorText(officers.error)} />}
      {o && o.items.length > 1 && (
        <Input
          allowClear
          className="block"
          style={{ maxWidth: 360 }}
          placeholder={t('cycle.findCommune')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="officer-filter"
        />
      )}
      <List
        dataSource={shown}
        locale={{ emptyText: t('cycle.none') }}
        renderItem={(c) => (
          <List.Item data-testid="officer-commune" data-code={c.code}>
            <div style={{ minWidth: 0, width: '100%', overflowWrap: 'anywhere' }}>
              <strong>{c.name}</strong>
              <div data-testid="officer-current">
                {c.officer ? (
                  <>
                    {c.officer.name}
                    {c.officer.phone ? ` (${c.officer.phone})` : ''} · {t('cycle.since')}{' '}
                    {formatDate(c.officer.assignedOn)}
                  </>
                ) : (
                  <Tag>{t('cycle.noOfficer')}</Tag>
                )}
              </div>
              {o?.mayAssign &&
                (c.candidates.length ? (
                  <Select
                    style={{ width: 280, maxWidth: '100%', marginTop: 4 }}
                    placeholder={t('cycle.chooseOfficer')}
                    value={c.officer?.userId}
                    onChange={(v: string) => void assign(c.code, v)}
                    options={c.candidates.map((u) => ({ value: u.userId, label: u.name }))}
                    data-testid={`officer-select-${c.code}`}
                  />
                ) : (
                  <div className="form-hint">{t('cycle.noCandidates')}</div>
                ))}
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
