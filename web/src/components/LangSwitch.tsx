import { Segmented } from 'antd';
import { useT } from '../i18n/index.tsx';
import type { Lang } from '../types.ts';

/** VI | EN; the choice is remembered in localStorage by the i18n provider. */
export function LangSwitch() {
  const { lang, setLang, t } = useT();
  return (
    <Segmented<Lang>
      data-testid="lang-switch"
      size="small"
      aria-label={t('header.language')}
      value={lang}
      onChange={setLang}
      options={[
        {
          value: 'vi',
          label: (
            <span data-testid="lang-vi" title={t('lang.vi.name')}>
              {t('lang.vi.short')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span data-testid="lang-en" title={t('lang.en.name')}>
              {t('lang.en.short')}
            </span>
          ),
        },
      ]}
    />
  );
}
