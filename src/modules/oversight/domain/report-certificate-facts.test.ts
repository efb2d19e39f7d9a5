// A certificate as a report sees it on a past day: the certificates module's lifecycle with only the events known
// then (Art. 4.3, 7.5, 7.6, 8, 12.3).
import { describe, expect, it } from 'vitest';
import {
  eventsKnownOn,
  expiredIn,
  inForceOn,
  lifecycleOn,
  revokedIn,
  type CertificateFact,
} from './report-certificate-facts.ts';

const cert = (o: Partial<CertificateFact> = {}): CertificateFact => ({
  id: 'c1',
  number: '1/GCN',
  provinceCode: '12',
  communeCode: '03390',
  star: 4,
  points: 75,
  issuedOn: '2025-01-10',
  expiresOn: '2028-01-10',
  status: 'valid',
  revokedOn: null,
  supersededBy: null,
  supersededOn: null,
  productId: 'p1',
  productName: 'Miến dong',
  setNo: 1,
  producerName: 'HTX',
  legalType: 'htx',
  dossierKind: 'first',
  decisionNumber: null,
  decisionSignedOn: null,
  decisionLevel: null,
  revocationNumber: null,
  revocationGround: null,
  reevaluation: null,
  ...o,
});

describe('a certificate on a past day', () => {
  it('Art. 8: revoked on 15/10/2026 — in force on 1/10, revoked on 20/10; counted revoked only in a period holding that day', () => {
    const c = cert({ status: 'revoked', revokedOn: '2026-10-15' });
    expect(inForceOn(c, '2026-10-01')).toBe(true);
    expect(lifecycleOn(c, '2026-10-20').status).toBe('revoked');
    expect(revokedIn(c, { from: '2026-01-01', to: '2026-10-01' }, '2026-10-01')).toBe(false);
    expect(revokedIn(c, { from: '2026-01-01', to: '2026-12-01' }, '2026-12-01')).toBe(true);
  });

  it('Art. 7.5: replaced by an upgrade on 15/9/2026 — in force before, replaced after', () => {
    const c = cert({ supersededBy: 'c2', supersededOn: '2026-09-15' });
    expect(eventsKnownOn(c, '2026-09-01').supersededBy).toBeNull();
    expect(inForceOn(c, '2026-09-01')).toBe(true);
    expect(lifecycleOn(c, '2026-09-20').status).toBe('superseded');
  });

  it('Art. 4.3: expired after 1/3/2026 — expired in 2026, not in 2025; a replaced certificate does not expire', () => {
    const c = cert({ issuedOn: '2023-03-01', expiresOn: '2026-03-01' });
    expect(expiredIn(c, { from: '2026-01-01', to: '2026-12-31' }, '2026-12-31')).toBe(true);
    expect(expiredIn(c, { from: '2026-03-02', to: '2026-03-02' }, '2026-12-31')).toBe(true);
    expect(expiredIn(c, { from: '2026-01-01', to: '2026-03-01' }, '2026-12-31')).toBe(false);
    expect(
      expiredIn(
        { ...c, supersededBy: 'x', supersededOn: '2026-02-01' },
        { from: '2026-01-01', to: '2026-12-31' },
        '2026-12-31',
      ),
    ).toBe(false);
  });

  it('Art. 7.6: a re-evaluation filed on 10/11/2026 is open on 20/11 as known then, though it ended on 25/11', () => {
    const c = cert({
      reevaluation: {
        dossierId: 'd',
        state: 'result_notice',
        open: false,
        filedOn: '2026-11-10',
        late: false,
        endedOn: '2026-11-25',
      },
    });
    expect(eventsKnownOn(c, '2026-11-20').reevaluation).toMatchObject({ open: true, endedOn: null });
    expect(eventsKnownOn(c, '2026-11-01').reevaluation).toBeNull();
  });

  it('a certificate not yet issued on the day is not in force', () => {
    expect(inForceOn(cert({ issuedOn: '2026-12-01', expiresOn: '2029-12-01' }), '2026-11-30')).toBe(false);
  });
});
