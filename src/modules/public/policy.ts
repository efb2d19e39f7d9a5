// Who handles what the public sends in: the province OCOP office reads its province's consumer reports and flagged
// stamps, closes reports or turns them into revocation proposals (Art. 8.3), prints stamp sheets and rotates its
// signing key; the Ministry's office does the same nationally (5★ certificates are its own, Art. 4.1.b).
import { definePermissions } from '../../platform/auth/policy.ts';
import { notFound } from '../../platform/errors.ts';

const OFFICES = ['admin', 'province_office', 'ministry_office'] as const;

export const publicPolicy = definePermissions({
  'publicReports.read': OFFICES,
  'publicReports.handle': OFFICES,
  'stamps.print': OFFICES,
  'stamps.read': OFFICES,
  'signingKeys.rotate': OFFICES,
});

export const reportNotFound = () => notFound({ vi: 'phản ánh', en: 'Report' });
