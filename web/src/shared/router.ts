// A tiny client-side router over the History API: the server falls back to index.html for unknown GET paths.
import {
  createElement,
  useEffect,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
} from 'react';

export interface Location {
  path: string;
  query: URLSearchParams;
}

const current = (): Location => ({
  path: window.location.pathname,
  query: new URLSearchParams(window.location.search),
});

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((l) => l());
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The path (and query) the link goes to. */
  to: string;
  replace?: boolean;
  /** A back link: goes back in the history when there is one (keeping the list's filters and scroll), else to `to`. */
  back?: boolean;
}

/**
 * A real link (`<a href>`): a plain click navigates inside the app; a click with Ctrl, ⌘, Shift or Alt, a middle click,
 * or a link with a target is left to the browser, so the page opens in a new tab or window as people expect.
 */
export function Link({ to, replace, back, onClick, ...rest }: LinkProps): ReactElement {
  return createElement('a', {
    ...rest,
    href: to,
    onClick: (e: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(e);
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (rest.target && rest.target !== '_self') return;
      e.preventDefault();
      if (back && window.history.length > 1) window.history.back();
      else navigate(to, { replace });
    },
  });
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const l = () => setLoc(current());
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return loc;
}

export const ROUTES = {
  criteria: '/criteria',
  selfAssessment: '/self-assessment',
  producers: '/producers',
  products: '/products',
  users: '/users',
  register: '/register',
} as const;

/** The page of one producer. */
export const producerPath = (id: string): string => `${ROUTES.producers}/${encodeURIComponent(id)}`;

/** The id in /producers/<id>, or null for any other path. */
export function producerIdOf(path: string): string | null {
  const m = /^\/producers\/([^/]+)\/?$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Replaces some query parameters of the current page (others kept; undefined or '' removes one), without a history entry. */
export function setQuery(patch: Record<string, string | number | undefined>): void {
  const path = window.location.pathname;
  const q = new URLSearchParams(window.location.search);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') q.delete(k);
    else q.set(k, String(v));
  }
  const text = q.toString();
  navigate(text ? `${path}?${text}` : path, { replace: true });
}
