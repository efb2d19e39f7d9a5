// checkCatalogueIntegrity on deliberately broken copies of set 1: each rule must actually fire, and a DataNote on
// the same criterion (or line) must turn a finding into a documented one.
import { describe, expect, it } from 'vitest';
import { findCriterion, findSection } from './domain/catalogue.ts';
import { getCatalogue } from './data/catalogue.ts';
import { checkCatalogueIntegrity, type IssueRule } from './domain/integrity.ts';
import type { Catalogue, ProductSet } from './domain/types.ts';

const pristine = getCatalogue('26-2026')!;

/** A mutable copy of the catalogue with set 1 altered by `edit`. */
function broken(edit: (set: ProductSet) => void): Catalogue {
  const copy = structuredClone(pristine) as Catalogue;
  edit(copy.sets[0]!);
  return copy;
}
const rules = (c: Catalogue): IssueRule[] => checkCatalogueIntegrity(c).map((i) => i.rule);

describe('checkCatalogueIntegrity', () => {
  it('is silent on errors for the real catalogue', () => {
    expect(checkCatalogueIntegrity(pristine).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('flags an option above its criterion, which also breaks the best option', () => {
    const c = broken((s) => (findCriterion(s, '1.5')!.options[3]!.points = 4));
    expect(rules(c)).toEqual(expect.arrayContaining(['option-exceeds', 'best-option']));
  });

  it('flags a best option below the criterion', () => {
    expect(rules(broken((s) => (findCriterion(s, '1.5')!.options[3]!.points = 2)))).toContain('best-option');
  });

  it('flags criteria not summing to their section, sections to their part, parts to 100', () => {
    const c = broken((s) => (findCriterion(s, '1.1')!.maxPoints = 4));
    expect(rules(c)).toContain('criterion-sum');
    expect(rules(broken((s) => (findSection(s, '1')!.maxPoints = 17)))).toContain('section-sum');
    expect(rules(broken((s) => (s.parts[0]!.maxPoints = 35)))).toEqual(
      expect.arrayContaining(['part-points', 'total']),
    );
  });

  it('flags a star inversion, a repeated star and a star on a 0-point option', () => {
    const inverted = broken((s) => {
      const o = findCriterion(s, '1.5')!.options;
      [o[2]!.minStar, o[3]!.minStar] = [5, 4];
    });
    expect(rules(inverted)).toContain('star-order');
    expect(rules(broken((s) => (findCriterion(s, '1.5')!.options[2]!.minStar = 5)))).toContain('star-order');
    expect(rules(broken((s) => (findCriterion(s, '1.5')!.options[0]!.minStar = 3)))).toContain('star-order');
  });

  it('flags duplicate codes, wrong kinds, bad cases and dangling conditions', () => {
    expect(rules(broken((s) => (findCriterion(s, '1.2')!.code = '1.1')))).toContain('code');
    expect(rules(broken((s) => (findCriterion(s, '2.4')!.kind = 'choice')))).toContain('kind');
    expect(rules(broken((s) => (findCriterion(s, '1.2')!.branches = [{ no: 1, title: 'x' }])))).toContain('branches');
    expect(rules(broken((s) => (findCriterion(s, '5.2')!.appliesWhen!.criterion = '5.9')))).toContain('applies-when');
    expect(rules(broken((s) => (findSection(s, '7')!.criteria[0]!.code = '7.1')))).toContain('direct-section');
  });

  it('flags sets that are missing or out of order', () => {
    const c = structuredClone(pristine) as Catalogue;
    c.sets.pop();
    expect(rules(c)).toContain('set-numbering');
  });

  it('marks a finding documented when the set has a DataNote on that criterion', () => {
    const c = broken((s) => {
      findCriterion(s, '1.5')!.options[3]!.points = 4;
      s.notes.push({ line: 616, code: '1.5', issue: 'test', choice: 'test' });
    });
    const found = checkCatalogueIntegrity(c).filter((i) => i.setNo === 1);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.documented)).toBe(true);
  });
});
