import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../../reference/index.ts';
import { provinceRoundFor, ministryRoundFor } from './deadline-rounds.ts';
import {
  checkRoundAssignment,
  checkRoundClose,
  eligibleRounds,
  roundLabel,
  statutoryRounds,
  validateRound,
  type EvaluationRound,
} from './rounds.ts';

const province = (over: Partial<EvaluationRound> = {}): EvaluationRound => ({
  id: 'r1',
  level: 'province',
  provinceCode: '12',
  year: 2026,
  number: 1,
  cutoff: '2026-04-30',
  finishBy: '2026-06-29',
  ...over,
});
const round2 = province({ id: 'r2', number: 2, cutoff: '2026-10-30', finishBy: '2026-12-29' });
const dossier = (
  submittedOn: string | null,
  over: Partial<{ level: 'province' | 'central'; provinceCode: string | null }> = {},
) => ({ level: 'province' as const, provinceCode: '12', submittedOn, ...over });

describe('Art. 5: statutory rounds', () => {
  it('Art. 5.1: province round 1 takes dossiers forwarded before 30/4 and ends by 29/6; round 2 before 30/10, by 29/12', () => {
    expect(statutoryRounds('province', 2026)).toEqual([
      { number: 1, cutoff: '2026-04-30', finishBy: '2026-06-29' },
      { number: 2, cutoff: '2026-10-30', finishBy: '2026-12-29' },
    ]);
  });

  it('Art. 5.2: Ministry round 1 before 30/7 → by 29/9; round 2 of the same programme year: before 30/1 → by 29/3 of the next', () => {
    expect(statutoryRounds('central', 2026)).toEqual([
      { number: 1, cutoff: '2026-07-30', finishBy: '2026-09-29' },
      { number: 2, cutoff: '2027-01-30', finishBy: '2027-03-29' },
    ]);
  });

  it('Art. 5 property: statutoryRounds agrees with deadline-rounds.ts for every submission date', () => {
    const day = fc.integer({ min: toEpochDay('2026-05-22'), max: toEpochDay('2040-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, (d) => {
        const p = provinceRoundFor(d);
        expect(statutoryRounds('province', p.year).find((r) => r.number === p.round)).toEqual({
          number: p.round,
          cutoff: p.submittedBefore,
          finishBy: p.lastDay,
        });
        const m = ministryRoundFor(d);
        expect(statutoryRounds('central', m.year).find((r) => r.number === m.round)).toEqual({
          number: m.round,
          cutoff: m.submittedBefore,
          finishBy: m.lastDay,
        });
      }),
    );
  });
});

describe('Art. 5: validating a planned round', () => {
  it('Art. 5.1: the statutory rounds as the article sets them are valid; a later cut-off is generous and allowed', () => {
    expect(validateRound(province())).toEqual([]);
    expect(validateRound(round2)).toEqual([]);
    expect(validateRound(province({ cutoff: '2026-05-15' }))).toEqual([]);
  });

  it('Art. 5.1: round 1 may not shut out dossiers forwarded before 30/4, nor end after 29/6', () => {
    expect(validateRound(province({ cutoff: '2026-04-15' })).map((i) => i.code)).toEqual(['too_early']);
    const late = validateRound(province({ finishBy: '2026-06-30' }));
    expect(late.map((i) => i.code)).toEqual(['too_late']);
    expect(late[0]!.message.vi).toContain('29/06/2026');
  });

  it("Art. 5.1 ¶2: an extra round needs the decision issuing the council's rules and a plan", () => {
    expect(
      validateRound(province({ number: 3, cutoff: '2026-08-01', finishBy: '2026-09-15' })).map((i) => i.code),
    ).toEqual(['required']);
    const extra = province({
      number: 3,
      cutoff: '2026-08-01',
      finishBy: '2026-09-15',
      extra: { councilRulesDecision: '', planReference: ' ' },
    });
    expect(validateRound(extra).map((i) => i.field)).toEqual(['extra.councilRulesDecision', 'extra.planReference']);
    expect(
      validateRound({ ...extra, extra: { councilRulesDecision: '123/QĐ-UBND', planReference: '45/KH-UBND' } }),
    ).toEqual([]);
  });

  it('Art. 5: dates and levels must make sense', () => {
    expect(validateRound(province({ finishBy: '2026-04-01', cutoff: '2026-04-30' })).map((i) => i.code)).toContain(
      'before_cutoff',
    );
    expect(validateRound(province({ provinceCode: null })).map((i) => i.code)).toContain('required');
    expect(
      validateRound({
        ...province(),
        level: 'central',
        provinceCode: '12',
        cutoff: '2026-07-30',
        finishBy: '2026-09-29',
      }).map((i) => i.field),
    ).toEqual(['provinceCode']);
    expect(validateRound(province({ cutoff: '2026-02-30' })).map((i) => i.code)).toEqual(['invalid_date']);
    expect(validateRound(province({ number: 0 })).map((i) => i.code)).toContain('invalid');
  });
});

describe('Art. 5: assigning a dossier to a round', () => {
  it('Art. 5.1: a dossier forwarded before the cut-off may join; on the cut-off day it may not ("trước ngày" is strict)', () => {
    expect(checkRoundAssignment(dossier('2026-04-29'), province(), '2026-05-02')).toEqual({ ok: true, warnings: [] });
    const r = checkRoundAssignment(dossier('2026-04-30'), province(), '2026-05-02');
    expect(r).toMatchObject({ ok: false, code: 'after_cutoff' });
    if (!r.ok) expect(r.message.vi).toContain('30/04/2026');
  });

  it("Art. 5.1: no assignment to a finished round, another province's, another level's, or before forwarding", () => {
    expect(checkRoundAssignment(dossier('2026-04-01'), province(), '2026-06-30')).toMatchObject({
      ok: false,
      code: 'round_finished',
    });
    expect(checkRoundAssignment(dossier('2026-04-01', { provinceCode: '01' }), province(), '2026-05-01')).toMatchObject(
      { ok: false, code: 'wrong_province' },
    );
    expect(
      checkRoundAssignment(dossier('2026-04-01', { level: 'central', provinceCode: null }), province(), '2026-05-01'),
    ).toMatchObject({ ok: false, code: 'wrong_level' });
    expect(checkRoundAssignment(dossier(null), province(), '2026-05-01')).toMatchObject({
      ok: false,
      code: 'not_forwarded',
    });
  });

  it('Art. 5.1: a later round than the one the dossier is entitled to is allowed with a warning', () => {
    const r = checkRoundAssignment(dossier('2026-03-01'), round2, '2026-07-01');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]!.vi).toContain('29/06/2026');
    }
  });

  it("Art. 5.1 ¶2: an extra round takes dossiers only when declared in the council's rules and plan", () => {
    const undeclared = province({ id: 'x', number: 3, cutoff: '2026-08-01', finishBy: '2026-09-15' });
    expect(checkRoundAssignment(dossier('2026-07-01'), undeclared, '2026-07-15')).toMatchObject({
      ok: false,
      code: 'extra_round_undeclared',
    });
    expect(
      checkRoundAssignment(
        dossier('2026-07-01'),
        { ...undeclared, extra: { councilRulesDecision: '', planReference: 'KH' } },
        '2026-07-15',
      ),
    ).toMatchObject({ ok: false, code: 'extra_round_undeclared' });
    const declared = { ...undeclared, extra: { councilRulesDecision: '123/QĐ-UBND', planReference: '45/KH-UBND' } };
    expect(checkRoundAssignment(dossier('2026-07-01'), declared, '2026-07-15')).toEqual({ ok: true, warnings: [] });
  });

  it("Art. 5.2: a central round uses the province's proposal date", () => {
    const central: EvaluationRound = {
      id: 'c1',
      level: 'central',
      provinceCode: null,
      year: 2026,
      number: 1,
      cutoff: '2026-07-30',
      finishBy: '2026-09-29',
    };
    expect(
      checkRoundAssignment({ level: 'central', provinceCode: '12', submittedOn: '2026-07-10' }, central, '2026-08-01')
        .ok,
    ).toBe(true);
    expect(
      checkRoundAssignment({ level: 'central', provinceCode: '12', submittedOn: '2026-07-30' }, central, '2026-08-01'),
    ).toMatchObject({ ok: false, code: 'after_cutoff' });
  });

  it('eligibleRounds lists the rounds open to a dossier, soonest first', () => {
    const extra = province({
      id: 'x',
      number: 3,
      cutoff: '2026-08-01',
      finishBy: '2026-09-15',
      extra: { councilRulesDecision: '1/QĐ', planReference: 'KH' },
    });
    expect(eligibleRounds(dossier('2026-04-01'), [round2, extra, province()], '2026-05-01').map((r) => r.id)).toEqual([
      'r1',
      'x',
      'r2',
    ]);
    expect(eligibleRounds(dossier('2026-07-15'), [round2, extra, province()], '2026-07-20').map((r) => r.id)).toEqual([
      'x',
      'r2',
    ]);
    expect(eligibleRounds(dossier('2026-11-01'), [round2, extra, province()], '2026-11-02')).toEqual([]);
  });

  it('labels: "Đợt 01 năm 2026 cấp tỉnh", extra rounds marked', () => {
    expect(roundLabel(province()).vi).toBe('Đợt 01 năm 2026 cấp tỉnh');
    expect(roundLabel({ level: 'central', number: 2, year: 2026, extra: null }).en).toBe('National round 2 of 2026');
    expect(roundLabel({ ...province(), extra: { councilRulesDecision: 'a', planReference: 'b' } }).vi).toContain(
      '(bổ sung)',
    );
  });
});

describe('closing a round (Art. 5.1, 5.2: a round ends with every dossier decided)', () => {
  const d = (id: string, state: string) => ({ id, state, label: `Hồ sơ ${id}` });

  it('Art. 4.1.a, 7.3.e, 7.3.g: a provincial round closes once each dossier has a notice, a certificate, a refusal, a withdrawal or went to the Ministry', () => {
    expect(
      checkRoundClose(round2, [
        d('a', 'province_certified'),
        d('b', 'result_notice'),
        d('c', 'withdrawn'),
        d('e', 'rejected'),
        d('f', 'sent_to_ministry'),
      ]),
    ).toEqual({ ok: true });
    expect(checkRoundClose(round2, [])).toEqual({ ok: true });
  });

  it('Art. 7.3.c–d: a dossier still under review, scoring or awaiting the decision keeps the round open, listed by name', () => {
    const r = checkRoundClose(round2, [
      d('a', 'province_certified'),
      d('b', 'council_scoring'),
      d('c', 'council_closed'),
      d('e', 'advisory_supplement'),
    ]);
    expect(r).toMatchObject({ ok: false, code: 'dossiers_open' });
    if (r.ok) return;
    expect(r.open.map((x) => x.id)).toEqual(['b', 'c', 'e']);
    expect(r.message.vi).toContain('còn 3 hồ sơ chưa có kết quả (Hồ sơ b; Hồ sơ c; Hồ sơ e)');
  });

  it("Art. 5.2, 7.4.e, 7.4.g: a national round waits for the Ministry's result on each dossier", () => {
    const central = province({ level: 'central', provinceCode: null });
    expect(checkRoundClose(central, [d('a', 'ministry_council')])).toMatchObject({ ok: false, code: 'dossiers_open' });
    expect(checkRoundClose(central, [d('a', 'ministry_certified'), d('b', 'ministry_not_5_star')])).toEqual({
      ok: true,
    });
  });

  it('Art. 5.1: a closed round is not closed twice and takes no more dossiers', () => {
    expect(checkRoundClose({ ...round2, closed: true }, [])).toMatchObject({ ok: false, code: 'round_closed' });
    expect(checkRoundAssignment(dossier('2026-09-10'), { ...round2, closed: true }, '2026-09-20')).toMatchObject({
      ok: false,
      code: 'round_closed',
    });
    expect(checkRoundAssignment(dossier('2026-09-10'), round2, '2026-09-20')).toMatchObject({ ok: true });
  });
});
