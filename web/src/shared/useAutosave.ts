// Autosave, one way for every screen that keeps what the user types: each change is recorded as it happens; after a
// pause it is stored — on the server as a draft when the screen has a `save` (the council's scoring screen), else in
// the local draft (the dossier's forms, saved on the server by their own button). A change waiting for its pause is
// not lost when the screen closes inside the app (stored at once), nor when the page is hidden, reloaded or closed
// (`sendOnLeave`, a keepalive request, or the local draft). Server saves run one after another, so an older value never
// lands last; the local copy of a server-saved value stays until the last save has landed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from './drafts.ts';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; error: unknown };

export interface AutosaveOptions<T, D> {
  /** The local copy (localStorage), keyed by the record and the version it was typed on. */
  draft: Draft<D>;
  /** What the local copy keeps of a value (the value itself by default). */
  keep?: (value: T) => D;
  /** The pause after the last change before the value is stored. */
  delayMs: number;
  /** Stores the value on the server as a draft; without it the value goes to the local draft only. */
  save?: (value: T) => Promise<unknown>;
  /** Sends a value still waiting when the page is hidden or closed (keepalive); without it, it is kept locally. */
  sendOnLeave?: (value: T) => void;
}

export interface Autosave<T> {
  status: SaveStatus;
  /** Records a change by the user: kept, and stored after the pause. */
  change(value: T): void;
  /** Drops the change waiting for its pause (the caller stores the value itself, e.g. by submitting it). */
  cancel(): void;
  /** Drops the waiting change and the local draft: the server holds the value now, or the user threw it away. */
  discard(): void;
}

interface Pending {
  /** Stores the value now (the pause is over, or the screen closes inside the app). */
  run(): void;
  /** The page is being hidden or left: send it with keepalive, or keep it locally. */
  leave(): void;
}

export function useAutosave<T, D = T>(options: AutosaveOptions<T, D>): Autosave<T> {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const pending = useRef<Pending | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const { draft, keep = (v: T) => v as unknown as D, delayMs, save, sendOnLeave } = options;
  const change = (value: T) => {
    window.clearTimeout(timer.current);
    if (save) {
      // A server-saved value is kept locally at once: a reload before the save lands offers it back.
      draft.write(keep(value));
      setStatus((s) => (s.state === 'pending' ? s : { state: 'pending' }));
    }
    const p: Pending = {
      run() {
        if (pending.current === p) pending.current = null;
        if (!save) {
          draft.write(keep(value));
          return;
        }
        setStatus({ state: 'saving' });
        chain.current = chain.current.then(() =>
          save(value).then(
            () => {
              if (pending.current === null) draft.clear();
              setStatus((s) => (s.state === 'pending' ? s : { state: 'saved', at: new Date() }));
            },
            (error: unknown) => setStatus({ state: 'error', error }),
          ),
        );
      },
      leave() {
        if (pending.current === p) pending.current = null;
        if (sendOnLeave) sendOnLeave(value);
        else draft.write(keep(value));
      },
    };
    pending.current = p;
    timer.current = window.setTimeout(p.run, delayMs);
  };

  const cancel = () => {
    window.clearTimeout(timer.current);
    pending.current = null;
  };

  // Leaving the screen inside the app stores a waiting change at once.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      pending.current?.run();
    },
    [],
  );
  // Hidden or closed: `pagehide` and `visibilitychange` are the events browsers still deliver then (`beforeunload` is
  // not reliable on mobiles).
  const leave = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current?.leave();
  }, []);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [leave]);

  return {
    status,
    change,
    cancel,
    discard() {
      cancel();
      draft.clear();
    },
  };
}
