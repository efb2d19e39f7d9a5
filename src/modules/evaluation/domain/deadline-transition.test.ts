import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, fromEpochDay, loadCalendar, toEpochDay, getRuleSet } from '../../reference/index.ts';
import { DEADLINES_26_2026 } from './deadline-rules.ts';
import {
  lateReevaluationScope,
  reevaluationFilingVerdict,
  transitionForCertificate,
  transitionForLateReevaluation,
  transitionForPendingDossier,
} from './deadline-transition.ts';

const cal = loadCalendar();

describe('Art. 12.1: certificates issued before 22/5/2026', () => {
  it('Art. 12.1: a certificate issued before 22/5/2026 stays valid to the end of the term in its decision', () => {
    const t = transitionForCertificate('2024-03-01', '2027-03-01');
    expect(t).toMatchObject({ transitional: true, expiresOn: '2027-03-01', article: 'Art. 12.1' });
    expect(t.message.vi).toContain('tiếp tục có giá trị đến hết ngày 01/03/2027');
  });

  it("Art. 12.1: without the decision's term the expiry is left unknown (null), never recomputed", () => {
    const t = transitionForCertificate('2026-05-21');
    expect(t).toMatchObject({ transitional: true, expiresOn: null });
    expect(t.message.en).toContain('to the end of the term in its recognition decision');
  });

  it('Art. 4.3 from 22/5/2026 (Art. 11.1): a certificate issued that day gets 36 months', () => {
    expect(transitionForCertificate('2026-05-22')).toMatchObject({
      transitional: false,
      expiresOn: '2029-05-22',
      article: 'Art. 4.3',
    });
  });
});

describe('Art. 12.2: dossiers filed before 22/5/2026 and not yet evaluated', () => {
  it('Art. 12.2.a: first evaluation or upgrade continues under the 2021–2025 rules, finished within 60 days: by 21/7/2026', () => {
    for (const kind of ['first', 'upgrade'] as const) {
      const t = transitionForPendingDossier('2026-05-10', kind);
      expect(t).toMatchObject({
        transitional: true,
        ruleSet: '148-2023',
        dueOn: '2026-07-21',
        days: 60,
        article: 'Art. 12.2.a',
      });
    }
    expect(getRuleSet('148-2023')).toBeDefined();
    expect(transitionForPendingDossier('2026-05-10', 'upgrade').message.vi).toContain('Hồ sơ đánh giá nâng hạng');
  });

  it('Art. 12.2.b: a re-evaluation must finish within 30 days: 21/6/2026, a Sunday, so Monday 22/6 with a calendar', () => {
    expect(transitionForPendingDossier('2026-05-21', 'reevaluation')).toMatchObject({
      dueOn: '2026-06-21',
      days: 30,
      article: 'Art. 12.2.b',
    });
    const t = transitionForPendingDossier('2026-05-21', 'reevaluation', cal);
    expect(t).toMatchObject({ dueOn: '2026-06-22', nominalDueOn: '2026-06-21', rolledOver: true });
  });

  it('Art. 12.2: a dossier filed on or after 22/5/2026 follows Decision 26/2026', () => {
    expect(transitionForPendingDossier('2026-05-22', 'first')).toMatchObject({
      transitional: false,
      ruleSet: '26-2026',
    });
  });
});

describe('Art. 12.3: late re-evaluation keeps the certificate valid until the result, at most 180 days past expiry', () => {
  // Issued before 22/5/2026, expires 31/8/2026: the Art. 7.6.a window was 4/3 – 3/5/2026, all before the Decision.
  const aug = { issuedOn: '2023-08-31', expiresOn: '2026-08-31' };
  it('Art. 12.3: no result yet → valid provisionally to expiry + 180 days (31/8/2026 → 27/2/2027)', () => {
    const t = transitionForLateReevaluation(aug, '2026-06-01');
    expect(t).toMatchObject({
      applies: true,
      capOn: '2027-02-27',
      validUntil: '2027-02-27',
      provisional: true,
      windowClosedBeforeInForce: true,
      article: 'Art. 12.3',
    });
    expect(t.message.vi).toContain('không quá ngày 27/02/2027');
  });

  it('Art. 12.3: a result within the 180 days ends the extension that day; a later one is capped; an early one changes nothing', () => {
    expect(transitionForLateReevaluation(aug, '2026-06-01', '2026-10-10')).toMatchObject({
      validUntil: '2026-10-10',
      provisional: false,
    });
    expect(transitionForLateReevaluation(aug, '2026-06-01', '2027-05-01')).toMatchObject({ validUntil: '2027-02-27' });
    expect(transitionForLateReevaluation(aug, '2026-06-01', '2026-07-01')).toMatchObject({ validUntil: '2026-08-31' });
  });

  it('Art. 12.3: applies only to a late filing made while the certificate is still valid', () => {
    expect(transitionForLateReevaluation(aug, '2026-04-01')).toMatchObject({
      applies: false,
      reason: 'filed-in-time-or-early',
    });
    expect(transitionForLateReevaluation(aug, '2026-09-01')).toMatchObject({
      applies: false,
      reason: 'filed-after-expiry',
    });
    expect(transitionForLateReevaluation(aug, '2026-08-31').applies).toBe(true);
  });
});

describe('Art. 12.3 confined to the transition (Art. 12.1 certificates whose Art. 7.6.a window opened before 22/5/2026)', () => {
  it('Art. 12.3, 7.6.a: a certificate issued 2023-09-01, expiring 2026-09-01 (window opened 2026-03-05) filed late still gets the extension', () => {
    const cert = { issuedOn: '2023-09-01', expiresOn: '2026-09-01' };
    expect(lateReevaluationScope(cert)).toMatchObject({
      inScope: true,
      window: { opensOn: '2026-03-05', closesOn: '2026-05-04' },
    });
    expect(transitionForLateReevaluation(cert, '2026-06-15')).toMatchObject({
      applies: true,
      capOn: '2027-02-28',
      validUntil: '2027-02-28',
    });
    expect(reevaluationFilingVerdict(cert, '2026-06-15')).toMatchObject({
      ok: true,
      late: true,
      extendedUntil: '2027-02-28',
      article: 'Art. 12.3',
    });
  });

  it('Art. 12.3: a window that opened before 22/5/2026 and closed after it is still the transition (expiry 1/10/2026, window 4/4 – 3/6/2026)', () => {
    const cert = { issuedOn: '2023-10-01', expiresOn: '2026-10-01' };
    expect(transitionForLateReevaluation(cert, '2026-06-10')).toMatchObject({
      applies: true,
      windowClosedBeforeInForce: false,
      capOn: '2027-03-30',
    });
  });

  it('Art. 7.6.a, 12.3: the 2029 example — expiring 31/1/2030, filed 1/12/2029 — is refused and not extended', () => {
    const cert = { issuedOn: '2027-01-31', expiresOn: '2030-01-31' };
    const t = transitionForLateReevaluation(cert, '2029-12-01');
    expect(t).toMatchObject({ applies: false, reason: 'issued-from-in-force' });
    const v = reevaluationFilingVerdict(cert, '2029-12-01');
    expect(v).toMatchObject({
      ok: false,
      code: 'reevaluation_too_late',
      window: { opensOn: '2029-08-04', closesOn: '2029-10-03', expiresOn: '2030-01-31' },
    });
    if (v.ok) return;
    expect(v.message.vi).toContain('điểm a khoản 6 Điều 7');
    expect(v.message.vi).toContain('Không áp dụng khoản 3 Điều 12');
    expect(v.message.vi).toContain('cấp ngày 31/01/2027');
    expect(v.message.en).toContain('Art. 7.6.a');
    expect(v.message.en).toContain('Art. 12.3 does not apply');
  });

  it('Art. 12.3: a certificate issued on or after 22/5/2026 never gets the extension, whatever its term or filing day', () => {
    const days = fc.integer({ min: toEpochDay('2026-05-22'), max: toEpochDay('2031-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 121, max: 400 }),
        fc.integer({ min: 0, max: 119 }),
        (issuedOn, term, beforeExpiry) => {
          const expiresOn = addDays(issuedOn, term);
          const filedOn = addDays(expiresOn, -beforeExpiry);
          expect(transitionForLateReevaluation({ issuedOn, expiresOn }, filedOn)).toMatchObject({
            applies: false,
            reason: 'issued-from-in-force',
          });
          expect(reevaluationFilingVerdict({ issuedOn, expiresOn }, filedOn)).toMatchObject({
            ok: false,
            code: 'reevaluation_too_late',
          });
        },
      ),
    );
  });

  it('Art. 12.3 boundary: issued 21/5/2026 is the transition, issued 22/5/2026 is not (same term)', () => {
    expect(
      transitionForLateReevaluation({ issuedOn: '2026-05-21', expiresOn: '2026-10-01' }, '2026-06-10').applies,
    ).toBe(true);
    expect(
      transitionForLateReevaluation({ issuedOn: '2026-05-22', expiresOn: '2026-10-01' }, '2026-06-10'),
    ).toMatchObject({ applies: false, reason: 'issued-from-in-force' });
  });

  it('Art. 12.3 boundary: a window opening 21/5/2026 (expiry 17/11/2026) is the transition; opening 22/5/2026 (expiry 18/11/2026) is not', () => {
    const last = { issuedOn: '2023-11-17', expiresOn: '2026-11-17' };
    expect(lateReevaluationScope(last)).toMatchObject({ inScope: true, edgeOn: '2026-05-21' });
    expect(reevaluationFilingVerdict(last, '2026-07-21')).toMatchObject({
      ok: true,
      late: true,
      extendedUntil: '2027-05-16',
    });
    const first = { issuedOn: '2023-11-18', expiresOn: '2026-11-18' };
    expect(lateReevaluationScope(first)).toMatchObject({
      inScope: false,
      outsideBecause: 'window',
      edgeOn: '2026-05-22',
    });
    const v = reevaluationFilingVerdict(first, '2026-07-22');
    expect(v).toMatchObject({ ok: false, code: 'reevaluation_too_late' });
    if (!v.ok) expect(v.message.vi).toContain('bắt đầu ngày 22/05/2026');
    // Its own window is whole: 22/5 – 21/7/2026.
    expect(reevaluationFilingVerdict(first, '2026-07-21')).toEqual({ ok: true, late: false });
  });

  it('Art. 7.6.a, 12.3: filing-day boundaries — window, last day of the window, the day after, expiry, the day after expiry', () => {
    const cert = { issuedOn: '2023-09-01', expiresOn: '2026-09-01' };
    expect(reevaluationFilingVerdict(cert, '2026-05-21')).toEqual({ ok: true, late: false }); // before 22/5/2026: Art. 12.2
    expect(reevaluationFilingVerdict(cert, '2026-05-22')).toMatchObject({ ok: true, late: true });
    expect(reevaluationFilingVerdict(cert, '2026-09-01')).toMatchObject({ ok: true, late: true });
    expect(reevaluationFilingVerdict(cert, '2026-09-02')).toMatchObject({ ok: false, code: 'certificate_expired' });
    const later = { issuedOn: '2026-06-01', expiresOn: '2029-06-01' };
    expect(reevaluationFilingVerdict(later, '2028-12-02')).toMatchObject({ ok: false, code: 'reevaluation_too_early' });
    expect(reevaluationFilingVerdict(later, '2029-02-01')).toEqual({ ok: true, late: false });
    expect(reevaluationFilingVerdict(later, '2029-02-02')).toMatchObject({ ok: false, code: 'reevaluation_too_late' });
    expect(reevaluationFilingVerdict(later, '2029-06-01')).toMatchObject({ ok: false, code: 'reevaluation_too_late' });
    expect(reevaluationFilingVerdict(later, '2029-06-02')).toMatchObject({ ok: false, code: 'certificate_expired' });
  });

  it('Art. 12.3: the scope is data — the stricter reading (window closed before 22/5/2026, expiry before 19/9/2026) is one edge away', () => {
    const base = DEADLINES_26_2026.transition.lateReevaluation;
    const strict = {
      ...DEADLINES_26_2026,
      transition: {
        ...DEADLINES_26_2026.transition,
        lateReevaluation: { ...base, scope: { ...base.scope, windowEdge: 'closesOn' as const } },
      },
    };
    expect(lateReevaluationScope({ issuedOn: '2023-09-18', expiresOn: '2026-09-18' }, strict).inScope).toBe(true);
    expect(lateReevaluationScope({ issuedOn: '2023-09-19', expiresOn: '2026-09-19' }, strict).inScope).toBe(false);
    expect(lateReevaluationScope({ issuedOn: '2023-09-19', expiresOn: '2026-09-19' }).inScope).toBe(true);
    const v = reevaluationFilingVerdict({ issuedOn: '2023-10-01', expiresOn: '2026-10-01' }, '2026-06-10', strict);
    expect(v).toMatchObject({ ok: false, code: 'reevaluation_too_late' });
    if (!v.ok) expect(v.message.en).toContain('closed on 2026-06-03');
  });
});
