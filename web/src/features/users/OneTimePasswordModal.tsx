// Shows a one-time password once, with a copy button: the server keeps only its hash, so it cannot be shown again.
import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';

export interface OneTimePassword {
  username: string;
  displayName: string;
  password: string;
  /** 'created': a new account; 'reset': a new password for an existing one. */
  reason: 'created' | 'reset';
}

export function OneTimePasswordModal({ value, onClose }: { value: OneTimePassword | null; onClose: () => void }) {
  const { t } = useT();
  return (
    <Modal
      open={value !== null}
      title={value?.reason === 'reset' ? t('users.passwordResetTitle') : t('users.createdTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="otp-close">
          {t('users.passwordNoted')}
        </Button>
      }
      destroyOnHidden
    >
      {value && (
        <div className="otp" data-testid="otp-modal">
          <p>{t('users.otpLead', { name: value.displayName, username: value.username })}</p>
          <div className="otp-box">
            <Typography.Text
              className="otp-password"
              data-testid="otp-password"
              copyable={{ text: value.password, tooltips: [t('users.copy'), t('users.copied')] }}
            >
              {value.password}
            </Typography.Text>
          </div>
          <Alert type="warning" showIcon title={t('users.otpOnce')} />
        </div>
      )}
    </Modal>
  );
}
