import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ScoreInput } from '../../criteria/index.ts';
import { BANDS, choice, sheet } from '../../criteria/domain/scoring-fixtures.ts';
import { getRuleSet } from '../../reference/index.ts';
import { ROLES, type Role } from '../../../platform/auth/roles.ts';
import {
  COUNCIL_COMPOSITION,
  aggregateDossier,
  canCloseSession,
  canSeeScorecard,
  classifyOutcome,
  councilMode,
  dossierScoring,
  scorecardVisibility,
  validateAdvisoryTeam,
  validateCouncil,
  type ProposedCouncil,
  type SessionDossier,
} from './council.ts';

const PROVINCE_SEATS = [
  'dept_agriculture_environment',
  'dept_industry_trade',
  'dept_health',
  'dept_science_technology',
  'dept_culture_sports_tourism',
  'ocop_office',
  'agriculture_specialised_unit',
];
const provinceCouncil = (over: Partial<ProposedCouncil> = {}): ProposedCouncil => ({
  level: 'province',
  chair: { personId: 'chair', seat: 'province_leadership' },
  members: PROVINCE_SEATS.map((seat, i) => ({ personId: `m${i}`, seat })),
  ...over,
});

describe('Art. 7.3.b / 7.4.b: council composition', () => {
  it('Art. 7.3.b: a council with the province leader as chair and every required department is valid; invited seats are optional', () => {
    expect(validateCouncil(provinceCouncil())).toEqual([]);
    expect(
      validateCouncil(
        provinceCouncil({
          members: [
            ...provinceCouncil().members,
            { personId: 'x', seat: 'expert' },
            { personId: 'y', seat: 'association' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('Art. 7.3.b: reports each missing required seat by name', () => {
    const issues = validateCouncil(
      provinceCouncil({ members: [{ personId: 'm0', seat: 'dept_agriculture_environment' }] }),
    );
    expect(issues.map((i) => i.seat)).toEqual(PROVINCE_SEATS.slice(1));
    expect(issues.every((i) => i.code === 'missing_seat')).toBe(true);
    expect(issues.find((i) => i.seat === 'dept_health')!.message.vi).toContain('Sở Y tế');
  });

  it('Art. 7.3.b: Sở An toàn thực phẩm is required only where the province has one ("nếu có")', () => {
    expect(validateCouncil(provinceCouncil({ hasFoodSafetyDepartment: false }))).toEqual([]);
    expect(validateCouncil(provinceCouncil({ hasFoodSafetyDepartment: true })).map((i) => i.seat)).toEqual([
      'dept_food_safety',
    ]);
  });

  it('Art. 7.3.b: a department head may chair by delegation, which must be recorded; no other chair', () => {
    expect(
      validateCouncil(
        provinceCouncil({ chair: { personId: 'c', seat: 'province_department_head', delegation: '12/QĐ-UBND' } }),
      ),
    ).toEqual([]);
    expect(
      validateCouncil(provinceCouncil({ chair: { personId: 'c', seat: 'province_department_head' } })).map(
        (i) => i.code,
      ),
    ).toEqual(['missing_delegation']);
    expect(
      validateCouncil(provinceCouncil({ chair: { personId: 'c', seat: 'dept_health' } })).map((i) => i.code),
    ).toEqual(['chair_seat']);
  });

  it('Art. 7.3.b: unknown seats and one person in two seats are reported', () => {
    const p = provinceCouncil();
    expect(
      validateCouncil({ ...p, members: [...p.members, { personId: 'z', seat: 'ministry_health' }] }).map((i) => i.code),
    ).toEqual(['unknown_seat']);
    expect(
      validateCouncil({ ...p, members: [...p.members, { personId: 'chair', seat: 'expert' }] }).map((i) => i.code),
    ).toEqual(['duplicate_person']);
  });

  it('Art. 7.4.b: the central council: Ministry leader, four ministries, the OCOP office, a specialised agency', () => {
    const seats = COUNCIL_COMPOSITION.central.seats.filter((s) => s.need === 'required').map((s) => s.kind);
    expect(seats).toEqual([
      'ministry_industry_trade',
      'ministry_health',
      'ministry_science_technology',
      'ministry_culture_sports_tourism',
      'ocop_office',
      'ministry_specialised_agency',
    ]);
    const ok: ProposedCouncil = {
      level: 'central',
      chair: { personId: 'c', seat: 'ministry_leadership' },
      members: seats.map((seat, i) => ({ personId: `m${i}`, seat })),
    };
    expect(validateCouncil(ok)).toEqual([]);
    expect(
      validateCouncil({ ...ok, chair: { personId: 'c', seat: 'province_leadership' } }).map((i) => i.code),
    ).toEqual(['chair_seat']);
  });

  it('Art. 7.3.c: an advisory team needs members, a leader among them, no duplicates', () => {
    expect(validateAdvisoryTeam({ leaderId: 'a', memberIds: ['a', 'b'] })).toEqual([]);
    expect(validateAdvisoryTeam({ leaderId: null, memberIds: [] })).toHaveLength(2);
    expect(validateAdvisoryTeam({ leaderId: 'x', memberIds: ['a'] })).toHaveLength(1);
    expect(validateAdvisoryTeam({ leaderId: 'a', memberIds: ['a', 'a'] })).toHaveLength(1);
  });
});

describe('Art. 7.3.d: who sees which scorecards', () => {
  const session = { memberIds: ['m1', 'm2', 'm3'], submitted: ['m2', 'm3'], closed: false };

  it("a member sees only their own card until they submit, then the others' submitted cards", () => {
    expect(scorecardVisibility(session, { role: 'province_council_member', memberId: 'm1' })).toEqual({
      own: true,
      others: 'none',
    });
    expect(canSeeScorecard(session, { role: 'province_council_member', memberId: 'm1' }, 'm2')).toBe(false);
    expect(canSeeScorecard(session, { role: 'province_council_member', memberId: 'm1' }, 'm1')).toBe(true);
    expect(scorecardVisibility(session, { role: 'province_council_member', memberId: 'm2' })).toEqual({
      own: true,
      others: 'all',
    });
    expect(canSeeScorecard(session, { role: 'province_council_member', memberId: 'm2' }, 'm3')).toBe(true);
    // A draft stays its owner's alone.
    expect(canSeeScorecard(session, { role: 'province_council_member', memberId: 'm2' }, 'm1')).toBe(false);
  });

  it('the chair and the office see submission status only until close', () => {
    expect(scorecardVisibility(session, { role: 'province_council_chair' })).toEqual({ own: false, others: 'status' });
    expect(scorecardVisibility(session, { role: 'province_office' })).toEqual({ own: false, others: 'status' });
    expect(canSeeScorecard(session, { role: 'province_council_chair' }, 'm2')).toBe(false);
    // A chair who also scores is a member for their own card.
    expect(
      scorecardVisibility(
        { ...session, memberIds: [...session.memberIds, 'chair'] },
        { role: 'province_council_chair', memberId: 'chair' },
      ),
    ).toEqual({ own: true, others: 'status' });
  });

  it('Art. 7.3.d: once every member has submitted, the chair and the office see every card before the chair concludes', () => {
    const allIn = { ...session, submitted: ['m1', 'm2', 'm3'] };
    expect(scorecardVisibility(allIn, { role: 'province_council_chair' })).toEqual({ own: false, others: 'all' });
    expect(scorecardVisibility(allIn, { role: 'province_office' })).toEqual({ own: false, others: 'all' });
    expect(canSeeScorecard(allIn, { role: 'province_council_chair' }, 'm2')).toBe(true);
    // Not the producer, the commune or the advisory team: they learn the result from the notice (Art. 7.3.g).
    for (const role of ['producer', 'commune_officer', 'advisory_member'] as Role[])
      expect(scorecardVisibility(allIn, { role }).others).toBe('none');
  });

  it('after close, council roles and offices see all; producer, commune, advisory and strangers see none', () => {
    const closed = { ...session, closed: true };
    for (const role of [
      'province_council_chair',
      'province_council_member',
      'central_council_member',
      'province_office',
      'ministry_office',
    ] as Role[]) {
      expect(scorecardVisibility(closed, { role, memberId: 'm1' }).others).toBe('all');
    }
    for (const role of ['producer', 'commune_officer', 'advisory_member', 'admin'] as Role[]) {
      expect(scorecardVisibility(closed, { role }).others).toBe('none');
    }
  });

  it("property: before close no one reads another member's card without having submitted their own, and the chair and the office only once every card is in", () => {
    const arb = fc.record({
      submitted: fc.subarray(['m1', 'm2', 'm3']),
      role: fc.constantFrom(...ROLES),
      viewer: fc.constantFrom('m1', 'm2', 'm3', null),
      owner: fc.constantFrom('m1', 'm2', 'm3'),
    });
    fc.assert(
      fc.property(arb, ({ submitted, role, viewer, owner }) => {
        const s = { memberIds: ['m1', 'm2', 'm3'], submitted, closed: false };
        if (viewer !== owner && canSeeScorecard(s, { role, memberId: viewer }, owner)) {
          expect(submitted.includes(owner)).toBe(true);
          if (['province_council_chair', 'province_office', 'ministry_office'].includes(role))
            expect(submitted).toHaveLength(3);
          else {
            expect(viewer !== null && submitted.includes(viewer)).toBe(true);
            expect(['province_council_member', 'central_council_member']).toContain(role);
          }
        }
      }),
    );
  });
});

// 1.1 scores its index (0–60), 4.1 carries a *** mark, 7 scores its index (0–39): any total with the 3★ mark met.
const range = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);
const LINEAR = sheet({ A: [choice('1.1', range(60))], B: [choice('4.1', [0, '1*3'])], C: [choice('7', range(39))] });
const linear = (total: number): ScoreInput => ({
  answers: { '1.1': Math.min(total - 1, 60), '4.1': 1, '7': Math.max(total - 61, 0) },
});
const members = ['m1', 'm2', 'm3'];
const dossierWith = (totals: number[], kind: SessionDossier['kind'] = 'first'): SessionDossier => ({
  dossierId: 'd1',
  kind,
  scorecards: Object.fromEntries(totals.map((t, i) => [members[i]!, linear(t)])),
});

describe('Art. 7.3.d, 7.6.d: the scoring session', () => {
  it('Art. 7.6.d: a re-evaluation is decided in writing unless opinions diverge or the content is complex; others meet', () => {
    expect(councilMode('first')).toBe('meeting');
    expect(councilMode('upgrade', { divergent: false })).toBe('meeting');
    expect(councilMode('reevaluation')).toBe('written');
    expect(councilMode('reevaluation', { divergent: true })).toBe('meeting');
    expect(councilMode('reevaluation', { complex: true })).toBe('meeting');
  });

  it('Art. 7.3.d: aggregation waits for every member', () => {
    const d = dossierWith([60, 62]);
    expect(dossierScoring(members, d)).toEqual({ status: 'awaiting', missing: ['m3'] });
    expect(aggregateDossier(LINEAR, BANDS, members, d)).toMatchObject({ ok: false, missing: ['m3'] });
  });

  it('Art. 3.3, 7.3.d: all submitted, spread within 10 points → the mean ranks and the session may close', () => {
    const r = aggregateDossier(LINEAR, BANDS, members, dossierWith([60, 65, 70]));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect([r.result.mean, r.result.star, r.result.spreadFlag, r.next]).toEqual([65, 3, false, 'ready_to_close']);
  });

  it('Art. 7.3.d: a spread above 10 points flags the dossier for discussion (council_rescoring); a re-evaluation now meets (7.6.d)', () => {
    const r = aggregateDossier(LINEAR, BANDS, members, dossierWith([60, 65, 71], 'reevaluation'));
    expect(r.ok && [r.result.spreadFlag, r.next, r.mode]).toEqual([true, 'council_rescoring', 'meeting']);
    const custom = aggregateDossier(LINEAR, BANDS, members, dossierWith([60, 65, 71]), { spreadThreshold: 15 });
    expect(custom.ok && custom.next).toBe('ready_to_close');
  });

  it('Art. 7.3.d: the chair closes only when every dossier is aggregated without an unresolved flag, or the flag is accepted with a reason', () => {
    const agreed: SessionDossier = {
      ...dossierWith([60, 62, 64]),
      dossierId: 'a',
      aggregate: { mean: 62, spreadFlag: false, star: 3, disqualified: false },
    };
    const flagged: SessionDossier = {
      ...dossierWith([50, 62, 75]),
      dossierId: 'f',
      aggregate: { mean: 62.33, spreadFlag: true, star: 3, disqualified: false },
    };
    const waiting: SessionDossier = { ...dossierWith([60]), dossierId: 'w' };
    const notAggregated: SessionDossier = { ...dossierWith([60, 61, 62]), dossierId: 'n' };
    expect(dossierScoring(members, flagged)).toEqual({ status: 'flagged', nextState: 'council_rescoring' });
    expect(canCloseSession(members, [agreed])).toEqual({ ok: true });
    const blocked = canCloseSession(members, [agreed, flagged, waiting, notAggregated]);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok)
      expect(blocked.blocking).toEqual([
        { dossierId: 'f', status: 'flagged' },
        { dossierId: 'w', status: 'awaiting' },
        { dossierId: 'n', status: 'to_aggregate' },
      ]);
    const accepted = { ...flagged, flagAccepted: { reason: 'Đã thảo luận, giữ nguyên kết quả', on: '2026-06-20' } };
    expect(dossierScoring(members, accepted).status).toBe('flag_accepted');
    expect(canCloseSession(members, [agreed, accepted])).toEqual({ ok: true });
    expect(dossierScoring(members, { ...flagged, flagAccepted: { reason: '  ', on: '2026-06-20' } }).status).toBe(
      'flagged',
    );
  });
});

describe('Art. 4.1, 7.3.e, 7.4.g: what a council result leads to', () => {
  const at = (level: 'province' | 'central') => ({ level });

  it('Art. 4.1.a: 1★/2★ → a result notice, no certificate', () => {
    expect(classifyOutcome({ total: 20, star: 1, disqualified: false }, at('province'))).toEqual({
      kind: 'result_notice',
      level: 'province',
      star: 1,
    });
    expect(classifyOutcome({ total: 45, star: 2, disqualified: false }, at('province')).kind).toBe('result_notice');
    // 3★ band but a 3★ mark unmet ranks 2★ (engine star): still a notice.
    expect(classifyOutcome({ total: 60, star: 2, disqualified: false }, at('province')).kind).toBe('result_notice');
  });

  it('Art. 7.3.e: 3★/4★ → the province certifies', () => {
    expect(classifyOutcome({ total: 55, star: 3, disqualified: false }, at('province'))).toEqual({
      kind: 'certify',
      level: 'province',
      star: 3,
      by: 'province',
    });
    expect(classifyOutcome({ total: 75, star: 4, disqualified: false }, at('province'))).toMatchObject({
      kind: 'certify',
      star: 4,
    });
  });

  it('Art. 7.3.e "sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)": a mean ≥ 90 is sent to the Ministry, marks met or not (default council policy)', () => {
    expect(classifyOutcome({ total: 91, star: 5, disqualified: false }, at('province'))).toEqual({
      kind: 'forward',
      level: 'province',
      star: 5,
      to: 'central',
    });
    expect(classifyOutcome({ total: 93, star: 4, disqualified: false }, at('province'))).toEqual({
      kind: 'forward',
      level: 'province',
      star: 4,
      to: 'central',
    });
    expect(classifyOutcome({ total: 89.99, star: 4, disqualified: false }, at('province'))).toMatchObject({
      kind: 'certify',
      star: 4,
      by: 'province',
    });
  });

  it('council policy fiveStarForwarding "points-and-marks" (ours, not Art. 7.3.e): ≥ 90 with the 5★ marks unmet ranks 4★ and is certified by the province', () => {
    const strict = { ...at('province'), policy: { fiveStarForwarding: 'points-and-marks' as const } };
    expect(classifyOutcome({ total: 91, star: 5, disqualified: false }, strict)).toEqual({
      kind: 'forward',
      level: 'province',
      star: 5,
      to: 'central',
    });
    expect(classifyOutcome({ total: 93, star: 4, disqualified: false }, strict)).toMatchObject({
      kind: 'certify',
      star: 4,
      by: 'province',
    });
  });

  it('Art. 7.4.e, 7.4.g: at the Ministry 5★ is certified; below, the province may certify 3★/4★; 1★/2★ get a notice', () => {
    expect(classifyOutcome({ total: 92, star: 5, disqualified: false }, at('central'))).toEqual({
      kind: 'certify',
      level: 'central',
      star: 5,
      by: 'central',
    });
    expect(classifyOutcome({ total: 85, star: 4, disqualified: false }, at('central'))).toEqual({
      kind: 'return',
      level: 'central',
      star: 4,
      to: 'province',
    });
    expect(classifyOutcome({ total: 40, star: 2, disqualified: false }, at('central')).kind).toBe('result_notice');
  });

  it('Appendix II "Hồ sơ bị loại khi …": a disqualified dossier is rejected at any level', () => {
    expect(
      classifyOutcome(
        { total: 80, star: null, disqualified: true, disqualifiedReasons: ['Giả mạo hồ sơ'] },
        at('province'),
      ),
    ).toEqual({ kind: 'rejected', level: 'province', star: null, reasons: ['Giả mạo hồ sơ'] });
    expect(classifyOutcome({ total: 95, star: null, disqualified: true }, at('central')).kind).toBe('rejected');
  });

  it('148/QĐ-TTg: the district certifies 3★ and forwards ≥ 70 (4★) to the province; a 3★ at the province goes back to the district', () => {
    const r148 = getRuleSet('148-2023')!;
    const d = '2024-05-01';
    expect(
      classifyOutcome({ total: 60, star: 3, disqualified: false }, { level: 'district', ruleSet: r148, date: d }),
    ).toMatchObject({ kind: 'certify', by: 'district' });
    expect(
      classifyOutcome({ total: 75, star: 4, disqualified: false }, { level: 'district', ruleSet: r148, date: d }),
    ).toMatchObject({ kind: 'forward', to: 'province' });
    expect(
      classifyOutcome({ total: 65, star: 3, disqualified: false }, { level: 'province', ruleSet: r148, date: d }),
    ).toMatchObject({ kind: 'return', to: 'district' });
    expect(
      classifyOutcome(
        { total: 65, star: 3, disqualified: false },
        { level: 'province', ruleSet: r148, date: '2025-08-01' },
      ),
    ).toMatchObject({ kind: 'certify', by: 'province' });
    expect(() =>
      classifyOutcome(
        { total: 65, star: 3, disqualified: false },
        { level: 'district', ruleSet: r148, date: '2025-08-01' },
      ),
    ).toThrow(RangeError);
  });

  it('1048/QĐ-TTg: the district forwards ≥ 50 to the province without certifying', () => {
    const r1048 = getRuleSet('1048-2019')!;
    expect(
      classifyOutcome(
        { total: 55, star: 3, disqualified: false },
        { level: 'district', ruleSet: r1048, date: '2021-01-01' },
      ),
    ).toMatchObject({ kind: 'forward', to: 'province' });
    expect(
      classifyOutcome(
        { total: 45, star: 2, disqualified: false },
        { level: 'district', ruleSet: r1048, date: '2021-01-01' },
      ).kind,
    ).toBe('result_notice');
  });

  it("property (26/2026): every consistent result maps to exactly the article's outcome", () => {
    const band = (t: number) => (t >= 90 ? 5 : t >= 70 ? 4 : t >= 50 ? 3 : t >= 30 ? 2 : 1);
    const arb = fc.record({
      total: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
      cap: fc.integer({ min: 1, max: 5 }),
      level: fc.constantFrom('province' as const, 'central' as const),
    });
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom('points' as const, 'points-and-marks' as const),
        ({ total, cap, level }, fiveStarForwarding) => {
          const star = Math.min(band(total), Math.max(cap, 2)) as 1 | 2 | 3 | 4 | 5; // marks only cap from 3★ upwards
          const o = classifyOutcome({ total, star, disqualified: false }, { level, policy: { fiveStarForwarding } });
          const forward = level === 'province' && (fiveStarForwarding === 'points' ? total >= 90 : star === 5);
          if (forward) expect(o.kind).toBe('forward');
          else if (star <= 2) expect(o.kind).toBe('result_notice');
          else if (level === 'province') expect(o.kind).toBe('certify');
          else expect(o.kind).toBe(star === 5 ? 'certify' : 'return');
        },
      ),
    );
  });
});
