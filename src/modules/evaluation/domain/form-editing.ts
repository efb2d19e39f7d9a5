// Which of the dossier's forms (Appendix III) may be written in which state, by which side. The one rule both the
// save use case (commands/save-form.ts) and the dossier's presenter (editableForms) read, so the web app never
// keeps its own copy. Pure.
import type { DossierState } from './dossier-lifecycle-model.ts';

export type FormNo = '01' | '02' | '03';
export const FORM_NOS: readonly FormNo[] = ['01', '02', '03'];

/** The producer side completes Forms 01–02 and its evidence while drafting or when asked to complete or supplement
 *  (Art. 7.2.a, 7.3.a, 7.3.c). */
export const PRODUCER_EDITABLE: readonly DossierState[] = [
  'draft',
  'commune_returned',
  'province_incomplete',
  'advisory_supplement',
];
/** The commune writes Form 03 after receipt, and again when the province asks for completion (Art. 7.2, 7.3.a). */
export const COMMUNE_EDITABLE: readonly DossierState[] = ['commune_received', 'province_incomplete'];

/** Who writes a form: Forms 01–02 are the producer side's (the producer, or the commune entering a paper filing),
 *  Form 03 the commune's. */
export const formSide = (form: FormNo): 'producer' | 'commune' => (form === '03' ? 'commune' : 'producer');

/** Whether the form is open for writing in this state (whoever the writer). */
export function formOpenIn(form: FormNo, state: DossierState): boolean {
  return (formSide(form) === 'commune' ? COMMUNE_EDITABLE : PRODUCER_EDITABLE).includes(state);
}

/** The forms open in a state for a writer allowed to write the given sides. */
export function editableForms(state: DossierState, sides: { producer: boolean; commune: boolean }): FormNo[] {
  return FORM_NOS.filter((f) => sides[formSide(f)] && formOpenIn(f, state));
}
