// The guide of a page: the entry of the longest address prefix that matches (/scoring/<council>/<dossier> → /scoring),
// else the general one.
import { useT } from '../i18n/index.tsx';
import type { Lang } from '../types.ts';
import { HELP_EN } from './help-en.ts';
import { HELP_VI, type Guide, type PageGuide } from './help-vi.ts';

export const GUIDES: Record<Lang, Guide> = { vi: HELP_VI, en: HELP_EN };

export function pageGuide(guide: Guide, path: string): PageGuide {
  const key = Object.keys(guide.pages)
    .filter((k) => path === k || path.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  return key ? guide.pages[key]! : guide.fallback;
}

/** The guide in the user's language (the empty lists' hints come from it too). */
export function useGuide(): Guide {
  return GUIDES[useT().lang];
}
