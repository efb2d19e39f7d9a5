// antd's locale files are CommonJS with `exports.default`; TypeScript (NodeNext) and Vite disagree on what a
// default import of them is, so take whichever object carries the locale.
import type { ConfigProviderProps } from 'antd';
import viModule from 'antd/locale/vi_VN.js';
import enModule from 'antd/locale/en_US.js';

type Locale = NonNullable<ConfigProviderProps['locale']>;

function unwrap(mod: unknown): Locale {
  const inner = (mod as { default?: unknown }).default;
  return (inner && typeof inner === 'object' && 'locale' in inner ? inner : mod) as Locale;
}

export const antdLocales = { vi: unwrap(viModule), en: unwrap(enModule) };
