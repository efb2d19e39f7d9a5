import { describe, it, expect } from 'vitest';
import { DOSSIER_STATES } from './dossier-lifecycle-model.ts';
import { editableForms, formOpenIn } from './form-editing.ts';

const both = { producer: true, commune: true };

describe('which forms are open for writing (Appendix III; Art. 7.2, 7.3.a, 7.3.c)', () => {
  it('Art. 7.2.a, 7.3.a, 7.3.c: Forms 01–02 while drafting, returned by the commune, incomplete or asked to supplement', () => {
    const open = DOSSIER_STATES.filter((s) => formOpenIn('01', s));
    expect(open).toEqual(['draft', 'commune_returned', 'province_incomplete', 'advisory_supplement']);
    expect(DOSSIER_STATES.filter((s) => formOpenIn('02', s))).toEqual(open);
  });

  it('Art. 7.2, 7.3.a: Form 03 after the commune received the dossier, and when the province asks for completion', () => {
    expect(DOSSIER_STATES.filter((s) => formOpenIn('03', s))).toEqual(['commune_received', 'province_incomplete']);
  });

  it('Art. 7.3.a: the province asking for completion reopens all three forms for a writer of both sides', () => {
    expect(editableForms('province_incomplete', both)).toEqual(['01', '02', '03']);
    expect(editableForms('province_incomplete', { producer: true, commune: false })).toEqual(['01', '02']);
    expect(editableForms('commune_received', { producer: true, commune: false })).toEqual([]);
    expect(editableForms('commune_received', both)).toEqual(['03']);
  });

  it('Art. 7.3, 7.4: nothing is written once the dossier is with the province council, the Ministry or finished', () => {
    for (const s of ['in_round', 'council_scoring', 'ministry_council', 'province_certified', 'withdrawn'] as const) {
      expect(editableForms(s, both)).toEqual([]);
    }
  });
});
