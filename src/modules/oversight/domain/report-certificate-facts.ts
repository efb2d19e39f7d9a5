// A certificate as a report sees it on a past day. The status is the certificates module's own lifecycle (Art. 4.3,
// 7.6, 8, 12: lifecycleOfRow, IN_FORCE), never re-derived here; what changes for a past day is only which events were
// known then: a revocation decided later, a newer certificate issued later, a re-evaluation filed or ended later did
// not exist yet. Pure: the day and the re-evaluation come in.
import { IN_FORCE, lifecycleOfRow, type CertificateLifecycle, type LifecycleEvents } from '../../certificates/index.ts';
import type { ReevaluationOfCertificate } from '../../evaluation/index.ts';
import { addDays, type IsoDate } from '../../reference/index.ts';

export interface CertificateFact {
  id: string;
  number: string;
  provinceCode: string;
  communeCode: string;
  star: number;
  points: number | null;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  /** The register's event marker (certificates.status): 'revoked' once a revocation is recorded. */
  status: string;
  revokedOn: IsoDate | null;
  supersededBy: string | null;
  /** The day the certificate that replaced it was issued. */
  supersededOn: IsoDate | null;
  productId: string;
  productName: string;
  setNo: number;
  producerName: string;
  legalType: string;
  /** The kind of dossier that earned it: first, upgrade, reevaluation. */
  dossierKind: string;
  decisionNumber: string | null;
  decisionSignedOn: IsoDate | null;
  decisionLevel: string | null;
  revocationNumber: string | null;
  revocationGround: string | null;
  /** The latest re-evaluation filed on it (evaluation's reevaluationsOf). */
  reevaluation: ReevaluationOfCertificate | null;
}

/** The events of the certificate as they stood on `asOf`: later ones had not happened yet. */
export function eventsKnownOn(c: CertificateFact, asOf: IsoDate): LifecycleEvents {
  const r = c.reevaluation;
  const reevaluation =
    r && r.filedOn && r.filedOn <= asOf
      ? r.endedOn && r.endedOn > asOf
        ? { ...r, open: true, endedOn: null }
        : r
      : null;
  return {
    revokedOn: c.status === 'revoked' && c.revokedOn && c.revokedOn <= asOf ? c.revokedOn : null,
    supersededBy: c.supersededBy && c.supersededOn && c.supersededOn <= asOf ? c.supersededBy : null,
    reevaluation,
  };
}

// A report asks the same certificate's status on the same day several times (totals, lists): computed once.
const memo = new WeakMap<CertificateFact, Map<string, CertificateLifecycle>>();

/** The lifecycle on `day` as known on `asOf` (day ≤ asOf). */
export function lifecycleOn(c: CertificateFact, day: IsoDate, asOf: IsoDate = day): CertificateLifecycle {
  const key = `${day}|${asOf}`;
  let byDay = memo.get(c);
  if (!byDay) memo.set(c, (byDay = new Map()));
  let l = byDay.get(key);
  if (!l) byDay.set(key, (l = compute(c, day, asOf)));
  return l;
}

function compute(c: CertificateFact, day: IsoDate, asOf: IsoDate): CertificateLifecycle {
  return lifecycleOfRow(
    {
      id: c.id,
      number: c.number,
      star: c.star,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      status: c.status,
      revokedOn: c.revokedOn,
      supersededBy: c.supersededBy,
    },
    eventsKnownOn(c, asOf),
    day,
  );
}

/** In force on `day` (the public register's VALID): valid, in its window, being re-evaluated, extended. */
export const inForceOn = (c: CertificateFact, day: IsoDate, asOf: IsoDate = day): boolean =>
  c.issuedOn <= day && IN_FORCE.includes(lifecycleOn(c, day, asOf).status);

/** Art. 12.3: an extension keeps a certificate in force at most 180 days past its expiry. */
const MAX_EXTENSION_DAYS = 180;

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export const issuedIn = (c: CertificateFact, p: Period): boolean => c.issuedOn >= p.from && c.issuedOn <= p.to;

/** Revoked in the period (Art. 8: from the decision's day). */
export const revokedIn = (c: CertificateFact, p: Period, asOf: IsoDate): boolean => {
  const on = eventsKnownOn(c, asOf).revokedOn;
  return !!on && on >= p.from && on <= p.to;
};

/**
 * Expired in the period (Art. 4.3, 12.3): at the period's end the lifecycle says expired, and its first day out of
 * force (the day after its last valid day, an Art. 12.3 extension included) falls in the period. A certificate
 * replaced or revoked before its term ran out did not expire.
 */
export function expiredIn(c: CertificateFact, p: Period, asOf: IsoDate): boolean {
  if (c.issuedOn > p.to) return false;
  // Its last valid day is the expiry or at most 180 days later (Art. 12.3): out of the period on either side, no need
  // to ask the lifecycle.
  // (A month of margin: the lifecycle counts a 26/2026 certificate's 36 months itself.)
  if (c.expiresOn > addDays(p.to, 31) || addDays(c.expiresOn, MAX_EXTENSION_DAYS + 31) < p.from) return false;
  const l = lifecycleOn(c, p.to, asOf);
  if (l.status !== 'expired') return false;
  const firstDayOut = addDays(l.validUntil, 1);
  return firstDayOut >= p.from && firstDayOut <= p.to;
}
