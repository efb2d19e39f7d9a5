// The stored facts are read through their versioned schema: every shape the rules write reads back unchanged, a
// stored JSON that does not match is an error (not a silent cast), and an unknown version is refused.
import { describe, expect, it } from 'vitest';
import { CENTRAL_OUTCOMES, draftOf, PROVINCE_OUTCOMES } from './dossier-lifecycle-fixtures.ts';
import { parseDossierFacts, StoredFactsError } from './dossier-facts.ts';
import { DOSSIER_KINDS, type Dossier } from './dossier-lifecycle.ts';

const stored = (d: Dossier) => JSON.parse(JSON.stringify(d)) as unknown;

describe('stored dossier facts, version 1', () => {
  it('what the rules write reads back as it was: every kind, every outcome, a base certificate', () => {
    for (const kind of DOSSIER_KINDS) {
      const d = draftOf(kind);
      expect(parseDossierFacts(stored(d))).toEqual(d);
      for (const outcome of [...Object.values(PROVINCE_OUTCOMES), ...Object.values(CENTRAL_OUTCOMES)]) {
        const withOutcome = { ...d, outcome, decision: { number: '12/QĐ-UBND', date: '2026-09-30' } };
        expect(parseDossierFacts(stored(withOutcome))).toEqual(withOutcome);
      }
    }
  });

  it('keeps keys it does not know (reading and writing back loses nothing)', () => {
    const d = { ...(stored(draftOf('first')!) as object), note: 'kept' };
    expect(parseDossierFacts(d)).toMatchObject({ note: 'kept' });
  });

  it('refuses a stored JSON that does not match, and an unknown version', () => {
    expect(() => parseDossierFacts({ ...(stored(draftOf('first')) as object), state: 'nowhere' })).toThrow(
      StoredFactsError,
    );
    expect(() => parseDossierFacts({ ...(stored(draftOf('first')) as object), factsVersion: 9 })).toThrow(
      /unknown version 9/,
    );
  });
});
