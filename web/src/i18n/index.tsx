// The i18n layer: every string for people comes from vi.ts / en.ts through t(). Vietnamese first.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { vi, type MessageKey } from './vi.ts';
import { en } from './en.ts';
import type { Lang, LocalText } from '../types.ts';
import { load, save } from '../shared/storage.ts';

export type { MessageKey } from './vi.ts';
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };
const LANG_KEY = 'ocop.lang';

const pluralRules = { vi: new Intl.PluralRules('vi'), en: new Intl.PluralRules('en') };

/**
 * Looks a message up and fills its {placeholders}. A message may hold "one|other" forms (English "1 pt|{n} pts"),
 * chosen by the count in params.n (or params.star); Vietnamese needs none.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  let text: string = catalogues[lang][key] ?? vi[key] ?? key;
  if (text.includes('|')) {
    const count = Number(params?.n ?? params?.star ?? 0);
    const [one, other] = text.split('|') as [string, string | undefined];
    text = pluralRules[lang].select(count) === 'one' || other === undefined ? one : other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
  /** Picks the language of a server message ({ vi, en }). */
  pick(text: LocalText): string;
  /** Numbers in the language's format (1.234,5 in Vietnamese). */
  num(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (load<string>(LANG_KEY, 'vi') === 'en' ? 'en' : 'vi'));
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    save(LANG_KEY, l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'app.title');
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const fmt = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      pick: (text) => (lang === 'en' ? text.en : text.vi) || text.vi,
      num: (n) => fmt.format(n),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useT() outside <I18nProvider>');
  return ctx;
}
