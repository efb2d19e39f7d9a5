import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  daysBetween,
  fromEpochDay,
  loadCalendar,
  toEpochDay,
  loadRuleSets,
  getRuleSet,
  governsFilingOn,
  ruleSetsApplicable,
  type RuleSet,
} from '../../reference/index.ts';
import {
  certifyingLevel,
  firstEvaluatingLevel,
  levelsFor,
  nextLevel,
  procedureOn,
  rulesForDossier,
} from './rule-set-for-dossier.ts';

const RULE_SETS = loadRuleSets();

const rs = (code: string): RuleSet => getRuleSet(code)!;
const R26 = rs('26-2026');
const R148 = rs('148-2023');
const R1048 = rs('1048-2019');

describe('Art. 4.1, 7.2–7.4 (26/2026): levels', () => {
  it('Art. 4.1: commune receives, province certifies 3★/4★ and forwards ≥ 90, Ministry certifies 5★', () => {
    expect(levelsFor(R26, '2026-06-01').map((l) => [l.level, l.certifiesStars, l.forwardsAtPoints])).toEqual([
      ['commune', [], null],
      ['province', [3, 4], 90],
      ['central', [5], null],
    ]);
    expect([1, 2, 3, 4, 5].map((s) => certifyingLevel(R26, '2026-06-01', s))).toEqual([
      null,
      null,
      'province',
      'province',
      'central',
    ]);
    expect(firstEvaluatingLevel(R26, '2026-06-01')).toBe('province');
  });

  it('Art. 7.3.e: ≥ 90 goes from the province to the centre; the commune and the centre forward nothing by points', () => {
    expect(nextLevel(R26, '2026-06-01', 'province', 90)).toBe('central');
    expect(nextLevel(R26, '2026-06-01', 'province', 89.99)).toBeNull();
    expect(nextLevel(R26, '2026-06-01', 'central', 100)).toBeNull();
    expect(nextLevel(R26, '2026-06-01', 'commune', 100)).toBeNull();
    expect(nextLevel(R26, '2026-06-01', 'district', 100)).toBeNull(); // no district any more
  });
});

describe('148/QĐ-TTg (2023) and its 1489/QĐ-TTg amendment (6/7/2025)', () => {
  it('148: the district certifies 3★ and forwards ≥ 70 to the province (4★); ≥ 90 to the centre (5★)', () => {
    const d = '2024-05-01';
    expect(levelsFor(R148, d).map((l) => l.level)).toEqual(['district', 'province', 'central']);
    expect([3, 4, 5].map((s) => certifyingLevel(R148, d, s))).toEqual(['district', 'province', 'central']);
    expect(nextLevel(R148, d, 'district', 70)).toBe('province');
    expect(nextLevel(R148, d, 'district', 69)).toBeNull();
    expect(nextLevel(R148, d, 'province', 90)).toBe('central');
    expect(firstEvaluatingLevel(R148, d)).toBe('district');
    expect(procedureOn(R148, d)).toBe('qd148');
  });

  it('1489: from 6/7/2025 no district; the commune pre-assesses and the province certifies 3★ and 4★', () => {
    expect(levelsFor(R148, '2025-07-05').map((l) => l.level)).toEqual(['district', 'province', 'central']);
    const d = '2025-07-06';
    expect(levelsFor(R148, d).map((l) => [l.level, l.certifiesStars])).toEqual([
      ['commune', []],
      ['province', [3, 4]],
      ['central', [5]],
    ]);
    expect(certifyingLevel(R148, d, 3)).toBe('province');
    expect(certifyingLevel(R148, '2025-07-05', 3)).toBe('district');
    expect(procedureOn(R148, d)).toBe('qd148-1489');
    expect(firstEvaluatingLevel(R148, d)).toBe('province');
  });

  it('1048/QĐ-TTg (2019): the district forwards ≥ 50 without certifying; the province certifies 3★/4★', () => {
    const d = '2021-03-01';
    expect(certifyingLevel(R1048, d, 3)).toBe('province');
    expect(certifyingLevel(R1048, d, 5)).toBe('central');
    expect(nextLevel(R1048, d, 'district', 50)).toBe('province');
    expect(nextLevel(R1048, d, 'district', 49)).toBeNull();
    expect(procedureOn(R1048, d)).toBe('qd1048');
  });
});

describe('Art. 11–12: which rules govern a dossier', () => {
  it('Art. 11.1: filed from 22/5/2026 → Decision 26/2026, not transitional', () => {
    const r = rulesForDossier({ kind: 'first', submittedOn: '2026-05-22' }, { pendingOn: '2026-06-01' });
    expect(r).toMatchObject({ procedure: 'qd26', transitional: false, finishBy: null });
    expect(r.ruleSet.code).toBe('26-2026');
  });

  it('Art. 12.2.a: a first/upgrade dossier filed before 22/5/2026, pending then, finishes under 148 + 1489 by 21/7/2026', () => {
    const r = rulesForDossier({ kind: 'upgrade', submittedOn: '2026-04-10' }, { pendingOn: '2026-05-22' });
    expect(r).toMatchObject({
      procedure: 'qd148-1489',
      transitional: true,
      finishBy: '2026-07-21',
      article: 'Art. 12.2.a',
    });
    expect(r.ruleSet.code).toBe('148-2023');
  });

  it('Art. 12.2.b: a pending re-evaluation finishes within 30 days — 21/6/2026, a Sunday, rolls to 22/6 with the calendar', () => {
    expect(
      rulesForDossier({ kind: 'reevaluation', submittedOn: '2026-03-01' }, { pendingOn: '2026-05-25' }),
    ).toMatchObject({ transitional: true, finishBy: '2026-06-21', article: 'Art. 12.2.b' });
    expect(
      rulesForDossier(
        { kind: 'reevaluation', submittedOn: '2026-03-01' },
        { pendingOn: '2026-05-25', calendar: loadCalendar() },
      ).finishBy,
    ).toBe('2026-06-22');
  });

  it('Art. 11.2, 12.2.a: a first evaluation filed 2026-05-20 is decided under 148 (+1489) within 60 days, while 148 is still in force', () => {
    const r = rulesForDossier(
      { kind: 'first', submittedOn: '2026-05-20' },
      { pendingOn: '2026-06-01', calendar: loadCalendar() },
    );
    expect(r).toMatchObject({
      procedure: 'qd148-1489',
      transitional: true,
      finishBy: '2026-07-21',
      article: 'Art. 12.2.a',
    });
    expect(r.ruleSet.code).toBe('148-2023');
    expect(daysBetween('2026-05-22', r.finishBy!)).toBeLessThanOrEqual(60);
    expect(ruleSetsApplicable(r.finishBy!, RULE_SETS).map((x) => x.code)).toContain('148-2023');
  });

  it('Art. 11.2, 12.2: every transitional deadline falls while 148 is still in force (through 2026-07-21)', () => {
    const filed = fc.integer({ min: toEpochDay('2019-08-21'), max: toEpochDay('2026-05-21') }).map(fromEpochDay);
    const kind = fc.constantFrom('first' as const, 'upgrade' as const, 'reevaluation' as const);
    fc.assert(
      fc.property(filed, kind, fc.boolean(), (submittedOn, k, withCalendar) => {
        const r = rulesForDossier(
          { kind: k, submittedOn },
          { pendingOn: '2026-05-22', calendar: withCalendar ? loadCalendar() : undefined },
        );
        expect(r.ruleSet.code).toBe('148-2023');
        expect(r.finishBy! <= R148.effectiveTo!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('historical records (no pendingOn, or decided before 22/5/2026) keep the rules of their filing day', () => {
    expect(rulesForDossier({ kind: 'first', submittedOn: '2024-09-01' })).toMatchObject({
      procedure: 'qd148',
      transitional: false,
    });
    expect(rulesForDossier({ kind: 'first', submittedOn: '2025-09-01' }, { pendingOn: '2025-10-01' })).toMatchObject({
      procedure: 'qd148-1489',
      transitional: false,
    });
    expect(rulesForDossier({ kind: 'first', submittedOn: '2020-09-01' }).procedure).toBe('qd1048');
    expect(rulesForDossier({ kind: 'first', submittedOn: '2023-02-24' }).ruleSet.code).toBe('148-2023');
    expect(rulesForDossier({ kind: 'first', submittedOn: '2023-02-23' }).ruleSet.code).toBe('1048-2019');
  });

  it('Art. 12.2: a 1048-era dossier still pending on 22/5/2026 is taken up under the 2021–2025 rules (148 + 1489)', () => {
    const r = rulesForDossier({ kind: 'first', submittedOn: '2022-12-01' }, { pendingOn: '2026-06-01' });
    expect(r).toMatchObject({ transitional: true, procedure: 'qd148-1489', finishBy: '2026-07-21' });
    expect(r.ruleSet.code).toBe('148-2023');
  });

  it('refuses a filing before any OCOP rule set', () => {
    expect(() => rulesForDossier({ kind: 'first', submittedOn: '2018-01-01' })).toThrow(RangeError);
  });

  it('property: every day from 2019-08-21 has exactly one rule set, and the procedure matches its era', () => {
    const day = fc.integer({ min: toEpochDay('2019-08-21'), max: toEpochDay('2035-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, (d) => {
        const r = rulesForDossier({ kind: 'first', submittedOn: d });
        // One rule set takes the filings of each day; 148 stays in force after 22/5/2026 only for Art. 12.2 dossiers (Art. 11.2).
        expect(RULE_SETS.filter((x) => governsFilingOn(x, d, RULE_SETS))).toHaveLength(1);
        const expected =
          d >= '2026-05-22' ? 'qd26' : d >= '2025-07-06' ? 'qd148-1489' : d >= '2023-02-24' ? 'qd148' : 'qd1048';
        expect(r.procedure).toBe(expected);
        // Someone certifies every certifiable star, never 1★/2★.
        expect(certifyingLevel(r.ruleSet, d, 2)).toBeNull();
        for (const s of [3, 4, 5]) expect(certifyingLevel(r.ruleSet, d, s)).not.toBeNull();
      }),
    );
  });
});
