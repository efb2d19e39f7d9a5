// Unsent drafts: what the user typed and the server has not stored yet, kept in localStorage so a reload, a closed tab
// or a lost connection does not lose it. A draft is keyed by the record and the version it was typed on, and is
// offered back only when it is newer than the server's copy.
import { useEffect, useRef } from 'react';
import { load, remove, save } from './storage.ts';

interface Stored<T> {
  savedAt: string;
  value: T;
}

export interface Draft<T> {
  key: string;
  /** The draft, when one was kept after the server's copy was last written. */
  read(serverUpdatedAt: string): T | null;
  write(value: T): void;
  clear(): void;
}

export function draft<T>(...parts: (string | number)[]): Draft<T> {
  const key = ['ocop.draft', ...parts].join(':');
  return {
    key,
    read(serverUpdatedAt) {
      const d = load<Stored<T> | null>(key, null);
      if (!d || typeof d.savedAt !== 'string') return null;
      return Date.parse(d.savedAt) > Date.parse(serverUpdatedAt) ? d.value : null;
    },
    write(value) {
      save(key, { savedAt: new Date().toISOString(), value } satisfies Stored<T>);
    },
    clear() {
      remove(key);
    },
  };
}

/**
 * Runs `flush` when the page is being left or hidden (reload, closed tab, switched app on a tablet): `pagehide` and
 * `visibilitychange` are the events browsers still deliver then; `beforeunload` is not reliable on mobiles.
 */
export function usePageLeave(flush: () => void): void {
  const ref = useRef(flush);
  ref.current = flush;
  useEffect(() => {
    const onHide = () => ref.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') ref.current();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
