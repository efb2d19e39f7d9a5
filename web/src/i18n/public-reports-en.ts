// English strings of the consumer reports page (same keys as public-reports-vi.ts).
import type { publicReportsVi } from './public-reports-vi.ts';

export const publicReportsEn: Record<keyof typeof publicReportsVi, string> = {
  'nav.publicReports': 'Reports',
  'pr.title': 'Consumer reports',
  'pr.lead':
    'Reports sent from the public register about the province’s OCOP products. Close a report with a note, or turn it into a proposal to revoke the certificate (Art. 8.3).',
  'pr.filter.open': 'Open',
  'pr.filter.all': 'All',
  'pr.createdAt': 'Sent',
  'pr.kind': 'Problem',
  'pr.message': 'Report',
  'pr.product': 'View product',
  'pr.state': 'State',
  'pr.state.open': 'Open',
  'pr.state.closed': 'Closed',
  'pr.state.proposed': 'Revocation proposed',
  'pr.close': 'Close report',
  'pr.propose': 'Propose revocation',
  'pr.confirm': 'Confirm',
  'pr.closeHint': 'Note what was done (at least 3 characters).',
  'pr.proposeHint': 'Summarise the grounds for revoking the certificate (at least 10 characters).',
  'pr.closed': 'Report closed',
  'pr.proposed': 'Revocation proposal created',
};
