// The certificate lifecycle, derived from dates and events (Art. 4.3, 7.6, 8, 12): each status on hand-computed days.
import { describe, expect, it } from 'vitest';
import { certificateLifecycle, LIFECYCLE_LABELS, LIFECYCLE_STATUSES } from './lifecycle.ts';

const NEW = { number: '001/GCN-OCOP-12-2026', star: 4 as const, issuedOn: '2026-10-12' };
// A 148-era certificate (issued before 22/5/2026, term by its decision, Art. 12.1) whose window opened on 4/4/2026.
const OLD = {
  number: '12/GCN-UBND-2023',
  star: 3 as const,
  issuedOn: '2023-10-01',
  expiresOnPerDecision: '2026-10-01',
};
const at =
  (facts: Parameters<typeof certificateLifecycle>[0], events: Parameters<typeof certificateLifecycle>[1]) =>
  (today: string) =>
    certificateLifecycle(facts, events, today);

describe('certificateLifecycle', () => {
  it('Art. 4.3: valid 36 months from the decision, through 12/10/2029; expired the day after', () => {
    const on = at(NEW, {});
    expect(on('2026-11-23')).toMatchObject({ status: 'valid', expiresOn: '2029-10-12', validUntil: '2029-10-12' });
    expect(on('2029-10-12')).toMatchObject({ status: 'valid', daysLeft: 0 });
    expect(on('2029-10-13')).toMatchObject({ status: 'expired', daysLeft: -1, article: 'Art. 4.3' });
  });

  it('Art. 7.6.a: in the re-evaluation window from 180 to 120 days before expiry, both days included', () => {
    const on = at(NEW, {});
    expect(on('2029-04-14').status).toBe('valid');
    expect(on('2029-04-15')).toMatchObject({
      status: 'reevaluation_window',
      article: 'Art. 7.6.a',
      window: { opensOn: '2029-04-15', closesOn: '2029-06-14', phase: 'open' },
    });
    expect(on('2029-06-14').status).toBe('reevaluation_window');
    expect(on('2029-06-15')).toMatchObject({ status: 'valid', window: { phase: 'closed' } });
  });

  it('Art. 7.6: being re-evaluated while a filed re-evaluation dossier is open; back to the dates once it ended', () => {
    const open = { open: true, filedOn: '2029-05-02', late: false, endedOn: null };
    expect(at(NEW, { reevaluation: open })('2029-05-10')).toMatchObject({ status: 'under_reevaluation' });
    expect(at(NEW, { reevaluation: open })('2029-10-13').status).toBe('expired');
    const ended = { ...open, open: false, endedOn: '2029-06-01' };
    expect(at(NEW, { reevaluation: ended })('2029-06-02').status).toBe('reevaluation_window');
  });

  it('Art. 8: revoked from the day of the revocation decision, whatever the dates say', () => {
    const on = at(NEW, { revokedOn: '2027-03-01' });
    expect(on('2027-02-28').status).toBe('valid');
    expect(on('2027-03-01')).toMatchObject({ status: 'revoked', revokedOn: '2027-03-01', article: 'Art. 8' });
    expect(on('2030-01-01').status).toBe('revoked');
  });

  it('Art. 7.5, 7.6: superseded once a newer certificate replaced it (upgrade, re-evaluation)', () => {
    expect(at(NEW, { supersededBy: 'x' })('2027-01-01').status).toBe('superseded');
  });

  it('Art. 12.3: a late re-evaluation of a transitional certificate extends it until the result, at most 180 days', () => {
    const pending = { open: true, filedOn: '2026-08-01', late: true, endedOn: null };
    const on = at(OLD, { reevaluation: pending });
    expect(on('2026-09-01').status).toBe('under_reevaluation');
    expect(on('2026-12-01')).toMatchObject({ status: 'extended', validUntil: '2027-03-30', article: 'Art. 12.3' });
    expect(on('2027-03-30').status).toBe('extended');
    expect(on('2027-03-31').status).toBe('expired');
    const decided = at(OLD, { reevaluation: { ...pending, open: false, endedOn: '2026-11-15' } });
    expect(decided('2026-11-15')).toMatchObject({ status: 'extended', validUntil: '2026-11-15' });
    expect(decided('2026-11-16').status).toBe('expired');
  });

  it('Art. 12.3 only within the transition: a certificate issued from 22/5/2026 is not extended by a late filing', () => {
    const late = { open: true, filedOn: '2029-08-01', late: true, endedOn: null };
    expect(at(NEW, { reevaluation: late })('2029-10-13').status).toBe('expired');
  });

  it('Art. 12.1: a 1048/148-era certificate keeps the term of its decision and joins the same lifecycle', () => {
    const past = {
      number: '05/GCN-UBND-2020',
      star: 3 as const,
      issuedOn: '2020-05-10',
      expiresOnPerDecision: '2023-05-10',
    };
    expect(certificateLifecycle(past, {}, '2022-01-01').status).toBe('valid');
    expect(certificateLifecycle(past, {}, '2026-11-23')).toMatchObject({ status: 'expired', expiresOn: '2023-05-10' });
    expect(certificateLifecycle(OLD, {}, '2026-05-01').status).toBe('reevaluation_window');
  });

  it('every status has a Vietnamese and an English label', () => {
    for (const s of LIFECYCLE_STATUSES) {
      expect(LIFECYCLE_LABELS[s].vi.length).toBeGreaterThan(3);
      expect(LIFECYCLE_LABELS[s].en.length).toBeGreaterThan(3);
    }
  });
});
