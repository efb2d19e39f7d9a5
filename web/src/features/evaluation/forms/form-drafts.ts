// What the dossier's forms share besides their look: who may edit, the kept draft, when a form opens afresh, and
// the registry's records that prefill a new one.
import { useEffect, useState } from 'react';
import { api } from '../../../shared/api.ts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../shared/queries.ts';
import { evalApi, type Dossier, type FormDraft, type FormNo } from '../evaluation.ts';
import * as outbox from '../../../shared/outbox.ts';
import { useOutbox } from '../../../shared/outbox.ts';
import { translate, useT, type MessageKey } from '../../../i18n/index.tsx';
import type { LocalText, Producer, Product } from '../../../types.ts';
import { type FieldSpec } from '../../../components/FormFields.tsx';

export type Data = Record<string, unknown>;

/** Whether the viewer may edit the form now: the server says so (dossier.editableForms, its save rule). */
export const mayEdit = (d: Dossier, form: FormNo) => d.editableForms.includes(form);

/** The pause after typing before the change is kept (localStorage); sending waits a little longer (outbox.ts). */
const KEEP_DELAY_MS = 300;

/** The form's draft on the server, read once when the form opens (null when it cannot be read, e.g. offline). */
export const useRemoteDraft = (id: string, form: FormNo) =>
  useQuery({
    queryKey: [...keys.dossier(id), 'form', form, 'draft'],
    queryFn: () => evalApi.formDraft(id, form).catch(() => null),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/**
 * The form's unfinished draft: each change is kept on this device at once and sent to the server's draft by the
 * outbox (shared/outbox.ts) — offline, it waits and goes when the connection returns. The form opens from the change
 * still waiting here, else from the server's draft, else (the caller) from the stored form or the registry. A change
 * typed on an older server version comes back as a conflict for the user to settle (keep mine / take the server's).
 */
export function useFormDraft<T>(
  formNo: FormNo,
  dossier: Dossier,
  editable: boolean,
  remote: FormDraft | null | undefined,
) {
  const { t } = useT();
  const key = `dossier:${dossier.id}:form${formNo}`;
  const [opening] = useState(() => {
    const server = outbox.known(key, remote);
    const waiting = editable ? outbox.get(key) : null;
    const kept = (waiting ? waiting.value : server.data) as T | null;
    return { kept: editable ? kept : null, base: server.version };
  });
  const [restored, setRestored] = useState(opening.kept !== null);
  const state = useOutbox();
  const item = state.items.find(([k]) => k === key)?.[1];
  const [pen] = useState(() =>
    penFor<T>(key, {
      url: evalApi.formDraftUrl(dossier.id, formNo),
      label: {
        vi: translate('vi', 'off.formLabel', { form: formNo, product: dossier.productName ?? '' }),
        en: translate('en', 'off.formLabel', { form: formNo, product: dossier.productName ?? '' }),
      },
      base: opening.base,
    }),
  );
  // Hidden, closed or left inside the app: what waits for its pause is kept at once.
  useEffect(() => {
    const onVisibility = () => document.visibilityState === 'hidden' && pen.now();
    window.addEventListener('pagehide', pen.now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', pen.now);
      document.removeEventListener('visibilitychange', onVisibility);
      pen.now();
    };
  }, [pen]);
  return {
    kept: opening.kept,
    restored,
    /** What waits here for this form (with its conflict or refusal), if anything. */
    item,
    online: state.online,
    changed(value: T) {
      if (editable) pen.change(value);
    },
    /** Keeps what waits and sends it now: true when the server has it. */
    async saveNow(): Promise<boolean> {
      pen.now();
      await outbox.flush();
      return !outbox.get(key);
    },
    /** The server stored the form whole (its draft is spent), or the user threw the draft away. */
    stored() {
      pen.cancel();
      // The server spent its draft (a new version, no data) — known here at once, so the form reopening on the stored
      // copy does not find the old draft; the server's answer then sets the exact version.
      const k = outbox.known(key, remote);
      outbox.remember(key, { version: k.version > 0 ? k.version + 1 : 0, data: null, updatedAt: null });
      outbox.drop(key);
      setRestored(false);
      void evalApi
        .formDraft(dossier.id, formNo)
        .then((d) => outbox.remember(key, d))
        .catch(() => undefined);
    },
    /** Throws the draft away on the server too (sent as an empty draft). */
    discard() {
      pen.cancel();
      pen.keep(null);
      setRestored(false);
    },
    /** The user's choice on a conflict; `theirs` reopens the form on the server's copy (the caller refills). */
    resolve(choice: 'mine' | 'theirs') {
      outbox.resolve(key, choice);
    },
    label: t('off.formLabel', { form: formNo, product: dossier.productName ?? '' }),
  };
}
export type FormDrafts = ReturnType<typeof useFormDraft>;

/** Keeps a form's changes in the outbox, each after a short pause (or at once: `now`). */
function penFor<T>(key: string, to: { url: string; label: LocalText; base: number }) {
  let last: { value: T; timer: number } | null = null;
  const keep = (value: T | null) => outbox.put(key, { ...to, value: value as Record<string, unknown> | null });
  const cancel = () => {
    if (last) window.clearTimeout(last.timer);
    last = null;
  };
  const now = () => {
    if (!last) return;
    const { value } = last;
    cancel();
    keep(value);
  };
  return {
    keep,
    cancel,
    now,
    change(value: T) {
      cancel();
      last = { value, timer: window.setTimeout(now, KEEP_DELAY_MS) };
    },
  };
}

const readings = new WeakMap<object, number>();
let lastReading = 0;
/** A number per stored copy read (the cache keeps a copy's identity while its content stays the same). */
function readingOf(stored: object | null | undefined): number {
  if (!stored) return 0;
  if (!readings.has(stored)) readings.set(stored, ++lastReading);
  return readings.get(stored)!;
}

/**
 * A form opens once what fills it has arrived, and opens again — its state started afresh from the kept draft, the
 * stored form or the registry — when the server's copy changes (after a save) or the user discards the draft.
 */
export function useFormOpening(stored: { data?: object | null }) {
  const [discards, setDiscards] = useState(0);
  return { key: `${readingOf(stored.data)}:${discards}`, refill: () => setDiscards((n) => n + 1) };
}

/** The dossier's producer and product in the registry (null where they cannot be read), to prefill a new form. */
export function useRegistry(d: Dossier) {
  return useQuery({
    queryKey: [...keys.producers, d.producerId, 'with-product', d.productId],
    queryFn: () =>
      Promise.all([api.producer(d.producerId).catch(() => null), api.product(d.productId).catch(() => null)]).then(
        ([producer, product]) => ({ producer, product }) as { producer: Producer | null; product: Product | null },
      ),
  });
}

export const names = (specs: readonly FieldSpec[]) => new Set(specs.map((s) => s.name));

/** A field's label by its name, for the list of what is missing on saving a form whole. */
export function labeller(specs: readonly FieldSpec[], t: (k: MessageKey) => string) {
  const byName = new Map(specs.map((f) => [f.name, f.label]));
  return (name: string) => {
    const key = byName.get(name);
    return key ? t(key) : undefined;
  };
}
