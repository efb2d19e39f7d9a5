// The certificate lifecycle on the client: the API's shapes (types only, from the server's response schemas), the
// calls of revocation (Art. 8) and the province's reminders, the pages' paths, and the colour of each status.
import type { z } from 'zod';
import type * as rs from '../../../../src/modules/certificates/routes/revocation-schemas.ts';
import type { LifecycleStatus } from '../../../../src/modules/certificates/domain/lifecycle.ts';
import type { RevocationBody } from '../../../../src/modules/certificates/commands/revoke-certificate.ts';
import type { RevocationProposalInput } from '../../../../src/modules/certificates/commands/propose-revocation.ts';
import { apiRequest as request, queryString } from '../../shared/api.ts';

export type { LifecycleStatus, RevocationBody };
export type RevocationGrounds = z.output<typeof rs.groundsOut>;
export type RevocationProposal = z.output<typeof rs.proposalOut>;
export type RevocationResult = z.output<typeof rs.revocationOut>;
export type ReminderSettings = z.output<typeof rs.remindersOut>;
export type ProposalBody = Pick<RevocationProposalInput, 'ground' | 'summary' | 'basis'>;

export const CERT_ROUTES = {
  revocations: '/revocations',
  reminders: '/certificate-reminders',
} as const;

/** The lifecycle statuses in the order the filters list them, each with its tag colour. */
export const LIFECYCLE_COLORS: Record<LifecycleStatus, string> = {
  valid: 'green',
  reevaluation_window: 'gold',
  under_reevaluation: 'cyan',
  extended: 'purple',
  expired: 'default',
  revoked: 'red',
  superseded: 'blue',
};
export const LIFECYCLE_ORDER = Object.keys(LIFECYCLE_COLORS) as LifecycleStatus[];

const enc = encodeURIComponent;

export const certApi = {
  grounds: () => request<RevocationGrounds>('GET', '/api/revocation-grounds'),
  proposals: (f: { state?: string; certificateId?: string; limit?: number; offset?: number } = {}) =>
    request<{ items: RevocationProposal[]; total: number }>('GET', `/api/revocation-proposals${queryString(f)}`),
  dismiss: (id: string, note: string) =>
    request<RevocationProposal>('POST', `/api/revocation-proposals/${enc(id)}/dismiss`, { note }),
  /** A proposal from the staff side (Art. 8.3.a): the commune's report, an office's record of a conclusion. */
  propose: (certificateId: string, body: ProposalBody) =>
    request<RevocationProposal>('POST', `/api/certificates/${enc(certificateId)}/revocation-proposals`, body),
  revoke: (certificateId: string, body: RevocationBody) =>
    request<RevocationResult>('POST', `/api/certificates/${enc(certificateId)}/revocation`, body),
  reminders: () => request<ReminderSettings>('GET', '/api/certificate-reminders'),
  saveReminders: (daysBefore: number[]) =>
    request<ReminderSettings>('PUT', '/api/certificate-reminders', { daysBefore }),
};
