import { Alert } from 'antd';
import { useT } from '../i18n/index.tsx';

/** "Hồ sơ bị loại khi: …" printed above a sheet. */
export function DisqualificationNote({ items }: { items: string[] }) {
  const { t } = useT();
  return (
    <Alert
      className="block compact-alert"
      type="warning"
      showIcon
      data-testid="disqualification"
      title={
        <>
          <b>{t('sheet.disqualification')}</b>
          <ul className="plain-list">
            {items.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      }
    />
  );
}
