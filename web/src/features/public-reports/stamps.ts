// QR stamp sheets on the client: the API's shapes (types only, from the server's response schemas) and its calls.
// Who may print or read them comes from the server (GET /api/me/permissions: stamps.print, stamps.read).
import type { Stamp, StampSheet } from '../../../../src/modules/public/routes/staff-routes.ts';
import { apiRequest as request, download, queryString } from '../../shared/api.ts';

export type { Stamp, StampSheet };
export const STAMPS_ROUTE = '/stamps';

/** The stamps page, with a certificate chosen for printing. */
export const stampsPath = (certificateId: string): string =>
  `${STAMPS_ROUTE}?certificate=${encodeURIComponent(certificateId)}`;

export const stampKeys = {
  all: ['stamps'] as const,
  sheets: ['stamps', 'sheets'] as const,
  sheet: (prefix: string) => ['stamps', 'sheets', prefix] as const,
  flagged: ['stamps', 'flagged'] as const,
};

export const stampApi = {
  /** The sheet's PDF, downloaded (its serials are recorded by the server). */
  print: (certificateId: string, count: number) =>
    download('/api/stamp-sheets', 'tem-qr-ocop.pdf', { certificateId, count }),
  sheets: (certificateId?: string) =>
    request<{ items: StampSheet[] }>('GET', `/api/stamp-sheets${queryString({ certificateId })}`),
  sheet: (prefix: string) =>
    request<{ items: Stamp[] }>('GET', `/api/stamp-sheets/${encodeURIComponent(prefix)}/stamps`),
  flagged: () => request<{ items: Stamp[] }>('GET', '/api/stamps/flagged'),
};
