// Approving a producer's self-registration: the commune first sees the producers already in the registry that the
// account may stand for (the server's duplicate check: same normalised name in the commune, or a registration
// number read from the applicant's papers) and links the account to one of them, or lets the producer create a new
// profile after logging in.
import { useState } from 'react';
import { Alert, Input, Modal, Radio, Space, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { LEGAL_TYPE_KEYS } from '../registry/registry.ts';
import type { ListedUser } from '../../types.ts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../shared/queries.ts';

const NEW = 'new';

export function ApproveRegistrationModal({
  target,
  onClose,
  onApprove,
}: {
  target: ListedUser | null;
  onClose: () => void;
  /** producerId: link to that producer; undefined: the producer creates its profile itself. */
  onApprove: (producerId: string | undefined) => Promise<unknown>;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  const [registrationNo, setRegistrationNo] = useState('');
  const [searchNo, setSearchNo] = useState<string | undefined>(undefined);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = useQuery({
    queryKey: [...keys.users, target?.id, 'producer-candidates', searchNo],
    queryFn: () => api.producerCandidates(target!.id, searchNo),
    enabled: target !== null,
  });
  const items = candidates.data?.items ?? [];
  // Linking gives the account that producer's records: the officer picks a match deliberately, never by default.
  const picked = choice ?? NEW;

  return (
    <Modal
      open={target !== null}
      title={t('pending.approveTitle', { name: target?.displayName ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okText={t('pending.approve')}
      okButtonProps={{ loading: busy, disabled: candidates.isLoading, 'data-testid': 'approve-submit' }}
      cancelText={t('action.cancel')}
      onOk={async () => {
        setBusy(true);
        try {
          await onApprove(picked === NEW ? undefined : picked);
        } finally {
          setBusy(false);
        }
      }}
    >
      <div data-testid="approve-modal">
        <p className="muted">{t('pending.linkLead')}</p>
        <div data-testid="approve-registration-no">
          <Input.Search
            placeholder={t('pending.registrationNoPlaceholder')}
            value={registrationNo}
            onChange={(e) => setRegistrationNo(e.target.value)}
            onSearch={(v) => setSearchNo(v.trim() || undefined)}
            enterButton={t('pending.findByNo')}
            allowClear
            maxLength={50}
          />
        </div>
        {candidates.error !== undefined && (
          <Alert className="block" type="error" showIcon title={errorText(candidates.error)} />
        )}
        <Radio.Group
          className="block approve-choices"
          value={picked}
          onChange={(e) => setChoice(e.target.value as string)}
        >
          <Space orientation="vertical">
            {items.map((p) => (
              <Radio key={p.id} value={p.id}>
                <span data-testid="approve-candidate" data-name={p.name}>
                  <b>{p.name}</b> <Tag>{t(LEGAL_TYPE_KEYS[p.legalType])}</Tag>
                  <span className="muted">
                    {[p.registrationNo, p.communeName ?? p.communeCode].filter(Boolean).join(' · ')} ·{' '}
                    {p.match === 'registration_no' ? t('pending.sameRegistrationNo') : t('pending.sameName')}
                  </span>
                </span>
              </Radio>
            ))}
            <Radio value={NEW}>
              <span data-testid="approve-new">
                {items.length ? t('pending.noneOfThese') : t('pending.noCandidates')}
              </span>
            </Radio>
          </Space>
        </Radio.Group>
      </div>
    </Modal>
  );
}
