// What the dossier's forms share besides their look: who may edit, the kept draft, when a form opens afresh, and
// the registry's records that prefill a new one.
import { useState } from 'react';
import { api } from '../../../shared/api.ts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../shared/queries.ts';
import { type Dossier, type FormNo } from '../evaluation.ts';
import { draft } from '../../../shared/drafts.ts';
import { useAutosave } from '../../../shared/useAutosave.ts';
import type { Producer, Product } from '../../../types.ts';
import { type FieldSpec } from '../../../components/FormFields.tsx';

export type Data = Record<string, unknown>;

/** Whether the viewer may edit the form now: the server says so (dossier.editableForms, its save rule). */
export const mayEdit = (d: Dossier, form: FormNo) => d.editableForms.includes(form);

const DRAFT_DELAY_MS = 300;

/**
 * The form's unsent draft in localStorage (keyed by dossier, form and version): written shortly after each change and
 * at once when the page is hidden or left, offered back (`kept`) when the form opens after a reload and the draft is
 * newer than the server's copy, dropped once the server stores the form.
 */
export function useFormDraft<T>(formNo: FormNo, dossier: Dossier, editable: boolean) {
  const [store] = useState(() => draft<T>('dossier', dossier.id, `form${formNo}`, dossier.version));
  const [kept] = useState(() => (editable ? store.read(dossier.updatedAt) : null));
  const [restored, setRestored] = useState(kept !== null);
  const autosave = useAutosave<T>({ draft: store, delayMs: DRAFT_DELAY_MS });
  return {
    kept,
    restored,
    changed(value: T) {
      if (editable) autosave.change(value);
    },
    /** The server stored the form, or the user threw the draft away: the draft is no longer needed. */
    stored() {
      autosave.discard();
      setRestored(false);
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
