import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, fromEpochDay, loadCalendar, toEpochDay } from '../../reference/index.ts';
import { CERTIFICATE_STATE_LABELS, certificateStatus, expiryOf, type CertificateFacts } from './certificate.ts';
import { REVOCATION_GROUNDS, planRevocation, revocationAuthority } from '../../certificates/domain/revocation.ts';

const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  number: '015/GCN-OCOP-12-2026',
  star: 4,
  issuedOn: '2026-06-15',
  ...over,
});

describe('Art. 4.3, 12.1: validity', () => {
  it('Art. 4.3: 36 months from the decision date — issued 15/6/2026, valid through 15/6/2029', () => {
    expect(expiryOf(cert())).toEqual({ expiresOn: '2029-06-15', assumed: false });
    const s = certificateStatus(cert(), '2026-07-01');
    expect(s).toMatchObject({
      state: 'valid',
      expiresOn: '2029-06-15',
      window: { opensOn: '2028-12-17', closesOn: '2029-02-15', phase: 'not_yet' },
    });
    expect(s.message.vi).toContain('17/12/2028');
  });

  it('Art. 12.1: a certificate issued before 22/5/2026 keeps the term of its decision', () => {
    expect(expiryOf({ issuedOn: '2024-03-01', expiresOnPerDecision: '2027-02-28' })).toEqual({
      expiresOn: '2027-02-28',
      assumed: false,
    });
    expect(expiryOf({ issuedOn: '2024-03-01' })).toEqual({ expiresOn: '2027-03-01', assumed: true });
    // From 22/5/2026 the decision's own date cannot shorten or lengthen the 36 months.
    expect(expiryOf({ issuedOn: '2026-05-22', expiresOnPerDecision: '2027-01-01' })).toEqual({
      expiresOn: '2029-05-22',
      assumed: false,
    });
  });
});

describe('Art. 7.6.a: the re-evaluation window shown to the producer', () => {
  it('Art. 7.6.a: expiring from 180 to 120 days before expiry, both days inclusive', () => {
    expect(certificateStatus(cert(), '2028-12-16').state).toBe('valid');
    expect(certificateStatus(cert(), '2028-12-17')).toMatchObject({ state: 'expiring', window: { phase: 'open' } });
    expect(certificateStatus(cert(), '2029-02-15')).toMatchObject({ state: 'expiring', window: { phase: 'open' } });
    const after = certificateStatus(cert(), '2029-02-16');
    expect(after).toMatchObject({ state: 'valid', window: { phase: 'closed' } });
    // Issued after 22/5/2026: Art. 7.6.a whole, no Art. 12.3 to point to.
    expect(after.message.vi).toContain('điểm a khoản 6 Điều 7');
    expect(after.message.vi).not.toContain('khoản 3 Điều 12');
  });

  it('Art. 12.3: after the window, only a certificate of the transition is pointed to the late filing of Art. 12.3', () => {
    const old = cert({ issuedOn: '2023-09-01', expiresOnPerDecision: '2026-09-01' }); // window 5/3 – 4/5/2026
    expect(certificateStatus(old, '2026-06-01').message.vi).toContain('khoản 3 Điều 12');
  });

  it('Art. 4.3: expired the day after the last valid day; daysLeft counts to it', () => {
    expect(certificateStatus(cert(), '2029-06-15')).toMatchObject({ state: 'valid', daysLeft: 0 });
    expect(certificateStatus(cert(), '2029-06-16')).toMatchObject({ state: 'expired', daysLeft: -1 });
    expect(certificateStatus(cert(), '2026-06-14').state).toBe('expired'); // not yet in force: not valid
  });

  it('Art. 8: revoked from the revocation day on, whatever the term', () => {
    const c = cert({ revokedOn: '2027-01-10' });
    expect(certificateStatus(c, '2027-01-09').state).toBe('valid');
    expect(certificateStatus(c, '2027-01-10').state).toBe('revoked');
    expect(certificateStatus(c, '2028-12-20').state).toBe('revoked');
  });

  it('Art. 12.3: a late re-evaluation keeps a certificate of the transition in force until the result, at most 180 days past expiry', () => {
    const old = { issuedOn: '2023-09-01', expiresOnPerDecision: '2026-09-01' }; // window 5/3 – 4/5/2026, before 22/5/2026
    const pending = cert({ ...old, lateReevaluation: { filedOn: '2026-06-15', resultOn: null } });
    expect(certificateStatus(pending, '2026-12-01')).toMatchObject({ state: 'valid', extendedUntil: '2027-02-28' });
    expect(certificateStatus(pending, '2027-03-01').state).toBe('expired');
    const decided = cert({ ...old, lateReevaluation: { filedOn: '2026-06-15', resultOn: '2026-10-01' } });
    expect(certificateStatus(decided, '2026-10-01').state).toBe('valid');
    expect(certificateStatus(decided, '2026-10-02').state).toBe('expired');
    // Filed inside the window: nothing to extend.
    expect(
      certificateStatus(cert({ ...old, lateReevaluation: { filedOn: '2026-04-01', resultOn: null } }), '2026-09-02')
        .state,
    ).toBe('expired');
  });

  it('Art. 7.6.a, 12.3: a certificate issued from 22/5/2026 is never extended past expiry, even with a late filing on record', () => {
    const late = cert({ lateReevaluation: { filedOn: '2029-03-01', resultOn: null } }); // expires 15/6/2029
    expect(certificateStatus(late, '2029-06-15')).toMatchObject({ state: 'valid', extendedUntil: null });
    expect(certificateStatus(late, '2029-06-16').state).toBe('expired');
  });

  it('property: exactly one state per day, and "expiring" only inside the window', () => {
    const day = fc.integer({ min: toEpochDay('2026-06-01'), max: toEpochDay('2029-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, (d) => {
        const s = certificateStatus(cert(), d);
        expect(Object.keys(CERTIFICATE_STATE_LABELS)).toContain(s.state);
        expect(s.state === 'expiring').toBe(d >= s.window.opensOn && d <= s.window.closesOn);
        expect(s.state === 'expired').toBe(d > s.expiresOn || d < '2026-06-15');
      }),
    );
  });
});

describe('Art. 8: revocation', () => {
  it("Art. 8.1: six grounds, points a–e in the article's order, only point đ triggered by the commune", () => {
    expect(REVOCATION_GROUNDS.map((g) => g.article)).toEqual([
      'Art. 8.1.a',
      'Art. 8.1.b',
      'Art. 8.1.c',
      'Art. 8.1.d',
      'Art. 8.1.đ',
      'Art. 8.1.e',
    ]);
    expect(REVOCATION_GROUNDS.filter((g) => g.trigger === 'commune_confirmation').map((g) => g.code)).toEqual([
      'production_stopped',
    ]);
    for (const g of REVOCATION_GROUNDS) expect(g.label.vi && g.label.en).toBeTruthy();
  });

  it('Art. 8.2: the province chair revokes 3★/4★, the Minister 5★', () => {
    expect(revocationAuthority(3)).toMatchObject({
      decidedBy: 'province_chair',
      preparedBy: 'province_office',
      article: 'Art. 8.2.a',
    });
    expect(revocationAuthority(4).decidedBy).toBe('province_chair');
    expect(revocationAuthority(5)).toMatchObject({
      decidedBy: 'minister',
      preparedBy: 'ministry_office',
      article: 'Art. 8.2.b',
    });
  });

  it('Art. 8.4: within 15 days of the conclusion; a Sunday last day moves to Monday with the calendar', () => {
    const basis = { trigger: 'authority_conclusion' as const, date: '2026-08-01', reference: '12/KL-SNNMT' };
    const plain = planRevocation(cert(), { ground: 'mark_misuse', basis });
    expect(plain).toMatchObject({
      ok: true,
      dueOn: '2026-08-16',
      article: 'Art. 8.4',
      authority: { decidedBy: 'province_chair' },
    });
    expect(planRevocation(cert(), { ground: 'mark_misuse', basis }, loadCalendar())).toMatchObject({
      ok: true,
      dueOn: '2026-08-17',
    });
    const five = planRevocation(cert({ star: 5 }), { ground: 'false_dossier', basis });
    expect(five.ok && five.authority.decidedBy).toBe('minister');
    if (five.ok) expect(five.message.vi).toContain('Bộ trưởng');
  });

  it("Art. 8.4: production stopped needs the commune's confirmation; the other grounds an authority's conclusion", () => {
    const commune = { trigger: 'commune_confirmation' as const, date: '2026-08-01', reference: '5/XN-UBND' };
    expect(planRevocation(cert(), { ground: 'production_stopped', basis: commune }).ok).toBe(true);
    expect(
      planRevocation(cert(), { ground: 'production_stopped', basis: { ...commune, trigger: 'authority_conclusion' } }),
    ).toMatchObject({ ok: false, code: 'wrong_trigger' });
    expect(planRevocation(cert(), { ground: 'law_violation', basis: commune })).toMatchObject({
      ok: false,
      code: 'wrong_trigger',
    });
  });

  it('Art. 8: refuses an unknown ground, a basis without reference, a certificate already revoked or no longer in force', () => {
    const basis = { trigger: 'authority_conclusion' as const, date: '2026-08-01', reference: '12/KL' };
    expect(planRevocation(cert(), { ground: 'nope' as never, basis })).toMatchObject({
      ok: false,
      code: 'unknown_ground',
    });
    expect(planRevocation(cert(), { ground: 'criteria_not_met', basis: { ...basis, reference: ' ' } })).toMatchObject({
      ok: false,
      code: 'missing_reference',
    });
    expect(planRevocation(cert({ revokedOn: '2026-07-01' }), { ground: 'criteria_not_met', basis })).toMatchObject({
      ok: false,
      code: 'already_revoked',
    });
    expect(
      planRevocation(cert(), { ground: 'criteria_not_met', basis: { ...basis, date: addDays('2029-06-15', 1) } }),
    ).toMatchObject({ ok: false, code: 'not_in_force' });
  });
});
