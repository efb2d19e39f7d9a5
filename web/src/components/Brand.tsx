import { useT } from '../i18n/index.tsx';

export function Brand({ large = false }: { large?: boolean }) {
  const { t } = useT();
  return (
    <div className={large ? 'brand brand-large' : 'brand'}>
      <span className="brand-mark" aria-hidden>
        ★
      </span>
      <span className="brand-text">
        <span className="brand-name">{t('app.name')}</span>
        {large && <span className="brand-tagline">{t('app.tagline')}</span>}
      </span>
    </div>
  );
}
