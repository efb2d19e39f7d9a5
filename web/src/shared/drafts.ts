// Unsent drafts: what the user typed and the server has not stored yet, kept in localStorage so a reload, a closed tab
// or a lost connection does not lose it. A draft is keyed by the record and the version it was typed on, and is
// offered back only when it is newer than the server's copy. Written and cleared by useAutosave.
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
