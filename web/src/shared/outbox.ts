// The outbox: drafts typed while the connection comes and goes (issue 12, producers in mountain communes). Each
// change is kept in localStorage at once — a reload, a closed tab or a cut connection loses nothing — and sent to the
// server's draft (PUT …/draft) after a short pause, when the connection returns, or every half minute while anything
// waits. Every write names the server version it was typed on; the server refuses a write on an older version (409
// draft_conflict, with its copy), and the item then waits for the user to choose: keep mine (written over the
// server's version) or take the server's. Nothing is overwritten silently in either direction.
import { useSyncExternalStore } from 'react';
import { ApiError, apiRequest } from './api.ts';
import { load, remove, save } from './storage.ts';
import type { LocalText } from '../types.ts';

/** The server's copy of a draft as this device last knew it. */
export interface KnownDraft {
  version: number;
  data: Record<string, unknown> | null;
  updatedAt: string | null;
}

export interface OutboxItem {
  /** The PUT address of the draft. */
  url: string;
  /** What the waiting change is, for the indicator ("Mẫu số 02 · Rau cải mèo"). */
  label: LocalText;
  /** The draft as typed (null: the user threw the draft away). */
  value: Record<string, unknown> | null;
  /** The server version it was typed on. */
  baseVersion: number;
  savedAt: string;
  /** The server holds a newer version: sending waits for the user's choice. */
  conflict?: KnownDraft;
  /** The server refused it for good (the form is locked now, say): kept so the user can copy it, not sent again. */
  refused?: LocalText;
}

const ITEM = 'ocop.outbox:';
const KNOWN = 'ocop.outbox-known:';
const SEND_AFTER_MS = 1500;
const RETRY_MS = 30_000;
const RETRY_ONLINE_MS = 3000;
const SEND_LIMIT_MS = 10_000;
let inflight: AbortController | null = null;

let owner: string | null = null;
/** The signed-in user (null when signed out): only their waiting changes are shown and sent. */
export function setOwner(id: string | null) {
  if (id === owner) return;
  owner = id;
  emit();
  if (id) schedule(500);
}

const listeners = new Set<() => void>();
let snapshot = 0;
function emit() {
  snapshot++;
  for (const l of listeners) l();
}

/** Where a change waits: under its user, so a shared computer keeps each user's apart. */
const at = (key: string) => `${ITEM}${owner ?? '-'}:${key}`;

/** This user's waiting changes. */
function keys(): string[] {
  const out: string[] = [];
  if (owner === null) return out;
  const mine = at('');
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      if (k?.startsWith(mine)) out.push(k.slice(mine.length));
    }
  } catch {
    // storage disabled: nothing waits
  }
  return out.sort();
}

export const get = (key: string) => load<OutboxItem | null>(at(key), null);
const write = (key: string, item: OutboxItem) => save(at(key), item);

/** The server's copy as last known here: the newer of what was read and what this device last sent. */
export function known(key: string, read: KnownDraft | null | undefined): KnownDraft {
  const sent = load<KnownDraft | null>(`${KNOWN}${owner ?? '-'}:${key}`, null);
  const r = read ?? { version: 0, data: null, updatedAt: null };
  return sent && sent.version > r.version ? sent : r;
}
export const remember = (key: string, d: KnownDraft) => save(`${KNOWN}${owner ?? '-'}:${key}`, d);

/** Records a change: kept at once, sent after the pause. `base` is the server version the form opened on. */
export function put(key: string, change: { url: string; label: LocalText; value: OutboxItem['value']; base: number }) {
  const prev = get(key);
  write(key, {
    url: change.url,
    label: change.label,
    value: change.value,
    // A waiting item keeps its base: every send moves it on (see send()).
    baseVersion: prev ? prev.baseVersion : Math.max(change.base, known(key, null).version),
    savedAt: new Date().toISOString(),
    ...(prev?.conflict ? { conflict: prev.conflict } : {}),
  });
  emit();
  schedule(SEND_AFTER_MS);
}

/** The change is no longer needed (the form was saved whole). */
export function drop(key: string) {
  remove(at(key));
  emit();
}

/** The user's choice on a conflict: mine is sent over the server's version; theirs replaces mine (returned). */
export function resolve(key: string, choice: 'mine' | 'theirs'): KnownDraft | null {
  const item = get(key);
  if (!item?.conflict) return null;
  const server = item.conflict;
  remember(key, server);
  if (choice === 'theirs') drop(key);
  else {
    const { conflict: _, ...rest } = item;
    write(key, { ...rest, baseVersion: server.version });
    emit();
    void flush();
  }
  return server;
}

let timer: number | undefined;
function schedule(ms: number) {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void flush(), ms);
}

let running: Promise<void> | null = null;
/** Sends every waiting change, one after another; stops at the first one the network does not carry. */
export function flush(): Promise<void> {
  running ??= (async () => {
    try {
      for (const key of keys()) if (!(await send(key))) break;
    } finally {
      running = null;
      // Again soon while the browser says it is online (the link may just be flaky, or the 'online' event came a
      // moment before the network carried anything); offline, the 'online' event sends it.
      if (keys().some((k) => !get(k)?.conflict && !get(k)?.refused))
        schedule(navigator.onLine ? RETRY_ONLINE_MS : RETRY_MS);
    }
  })();
  return running;
}

/** One item: true when the next one may go (sent, or waiting for the user), false when the network failed. */
async function send(key: string): Promise<boolean> {
  const item = get(key);
  if (!item || item.conflict || item.refused) return true;
  try {
    // A request the cut network left hanging must not hold the queue: given up after a while, or when the
    // connection returns (the 'online' handler aborts it and sends again).
    inflight = new AbortController();
    const limit = window.setTimeout(() => inflight?.abort(), SEND_LIMIT_MS);
    const saved = await apiRequest<KnownDraft>(
      'PUT',
      item.url,
      { data: item.value, baseVersion: item.baseVersion },
      inflight.signal,
    ).finally(() => window.clearTimeout(limit));
    remember(key, saved);
    const now = get(key);
    // Typed again while it was on the way: the newer change is typed on top of what was just stored.
    if (now && now.savedAt !== item.savedAt) write(key, { ...now, baseVersion: saved.version });
    else remove(at(key));
    emit();
    return true;
  } catch (err) {
    if (!(err instanceof ApiError) || err.status === 0 || err.status >= 500) return false;
    const now = get(key);
    if (!now) return true; // dropped meanwhile (the form was saved whole)
    if (err.status === 409 && err.code === 'draft_conflict')
      write(key, { ...now, conflict: err.details.current as KnownDraft });
    else write(key, { ...now, refused: err.text ?? { vi: err.code, en: err.code } });
    emit();
    return true;
  }
}

export interface OutboxState {
  online: boolean;
  items: [string, OutboxItem][];
}
let cached: { at: number; state: OutboxState } | null = null;
function state(): OutboxState {
  if (cached?.at !== snapshot)
    cached = {
      at: snapshot,
      state: { online: navigator.onLine, items: keys().map((k) => [k, get(k)!] as [string, OutboxItem]) },
    };
  return cached.state;
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** What waits to be sent, and whether the browser thinks it is online; re-rendered on every change. */
export const useOutbox = () => useSyncExternalStore(subscribe, state);

// The connection returns (or another tab changed the outbox): send, and tell the screens.
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    emit();
    inflight?.abort();
    void (running ?? Promise.resolve()).finally(() => void flush());
  });
  window.addEventListener('offline', emit);
  window.addEventListener('storage', (e) => {
    if (e.key?.startsWith(ITEM)) emit();
  });
}
