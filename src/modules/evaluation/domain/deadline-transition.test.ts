import { describe, it, expect } from 'vitest';
import { loadCalendar } from '../../reference/domain/calendar.ts';
import { getRuleSet } from '../../reference/domain/rule-sets.ts';
import { transitionForCertificate, transitionForLateReevaluation, transitionForPendingDossier } from './deadline-transition.ts';

const cal = loadCalendar();

describe('Art. 12.1: certificates issued before 22/5/2026', () => {
  it('Art. 12.1: a certificate issued before 22/5/2026 stays valid to the end of the term in its decision', () => {
    const t = transitionForCertificate('2024-03-01', '2027-03-01');
    expect(t).toMatchObject({ transitional: true, expiresOn: '2027-03-01', article: 'Art. 12.1' });
    expect(t.message.vi).toContain('tiếp tục có giá trị đến hết ngày 01/03/2027');
  });

  it('Art. 12.1: without the decision\'s term the expiry is left unknown (null), never recomputed', () => {
    const t = transitionForCertificate('2026-05-21');
    expect(t).toMatchObject({ transitional: true, expiresOn: null });
    expect(t.message.en).toContain('to the end of the term in its recognition decision');
  });

  it('Art. 4.3 from 22/5/2026 (Art. 11.1): a certificate issued that day gets 36 months', () => {
    expect(transitionForCertificate('2026-05-22')).toMatchObject({ transitional: false, expiresOn: '2029-05-22', article: 'Art. 4.3' });
  });
});

describe('Art. 12.2: dossiers filed before 22/5/2026 and not yet evaluated', () => {
  it('Art. 12.2.a: first evaluation or upgrade continues under the 2021–2025 rules, finished within 60 days: by 21/7/2026', () => {
    for (const kind of ['first', 'upgrade'] as const) {
      const t = transitionForPendingDossier('2026-05-10', kind);
      expect(t).toMatchObject({ transitional: true, ruleSet: '148-2023', dueOn: '2026-07-21', days: 60, article: 'Art. 12.2.a' });
    }
    expect(getRuleSet('148-2023')).toBeDefined();
    expect(transitionForPendingDossier('2026-05-10', 'upgrade').message.vi).toContain('Hồ sơ đánh giá nâng hạng');
  });

  it('Art. 12.2.b: a re-evaluation must finish within 30 days: 21/6/2026, a Sunday, so Monday 22/6 with a calendar', () => {
    expect(transitionForPendingDossier('2026-05-21', 'reevaluation')).toMatchObject({ dueOn: '2026-06-21', days: 30, article: 'Art. 12.2.b' });
    const t = transitionForPendingDossier('2026-05-21', 'reevaluation', cal);
    expect(t).toMatchObject({ dueOn: '2026-06-22', nominalDueOn: '2026-06-21', rolledOver: true });
  });

  it('Art. 12.2: a dossier filed on or after 22/5/2026 follows Decision 26/2026', () => {
    expect(transitionForPendingDossier('2026-05-22', 'first')).toMatchObject({ transitional: false, ruleSet: '26-2026' });
  });
});

describe('Art. 12.3: late re-evaluation keeps the certificate valid until the result, at most 180 days past expiry', () => {
  // expires 31/8/2026: the Art. 7.6.a window was 4/3 – 3/5/2026, closed before the Decision came into force
  it('Art. 12.3: no result yet → valid provisionally to expiry + 180 days (31/8/2026 → 27/2/2027)', () => {
    const t = transitionForLateReevaluation('2026-08-31', '2026-06-01');
    expect(t).toMatchObject({ applies: true, capOn: '2027-02-27', validUntil: '2027-02-27', provisional: true, windowClosedBeforeInForce: true, article: 'Art. 12.3' });
    expect(t.message.vi).toContain('không quá ngày 27/02/2027');
  });

  it('Art. 12.3: a result within the 180 days ends the extension that day; a later one is capped; an early one changes nothing', () => {
    expect(transitionForLateReevaluation('2026-08-31', '2026-06-01', '2026-10-10')).toMatchObject({ validUntil: '2026-10-10', provisional: false });
    expect(transitionForLateReevaluation('2026-08-31', '2026-06-01', '2027-05-01')).toMatchObject({ validUntil: '2027-02-27' });
    expect(transitionForLateReevaluation('2026-08-31', '2026-06-01', '2026-07-01')).toMatchObject({ validUntil: '2026-08-31' });
  });

  it('Art. 12.3: applies only to a late filing made while the certificate is still valid', () => {
    expect(transitionForLateReevaluation('2026-08-31', '2026-04-01')).toMatchObject({ applies: false, reason: 'filed-in-time-or-early' });
    expect(transitionForLateReevaluation('2026-08-31', '2026-09-01')).toMatchObject({ applies: false, reason: 'filed-after-expiry' });
    expect(transitionForLateReevaluation('2026-08-31', '2026-08-31').applies).toBe(true);
  });

  it('Art. 12.3: a window closing after 22/5/2026 is flagged as not the transitional case', () => {
    expect(transitionForLateReevaluation('2027-12-31', '2027-10-01')).toMatchObject({ applies: true, windowClosedBeforeInForce: false });
  });
});
