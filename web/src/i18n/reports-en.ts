// English strings of "Báo cáo" (the standard reports). Same keys as reports-vi.ts.
import type { reportsVi } from './reports-vi.ts';

export const reportsEn: Record<keyof typeof reportsVi, string> = {
  'nav.reports': 'Reports',
  'rep.title': 'Standard reports',
  'rep.lead':
    'Produce the reports sent upward as Excel or PDF, for a unit and as of any day: a past day is rebuilt from dates and events (registration, issue, expiry, revocation, decision dates).',
  'rep.unit': 'Unit',
  'rep.national': 'Whole country',
  'rep.wholeProvince': 'Whole province',
  'rep.province': 'Province',
  'rep.commune': 'Commune (empty: whole province)',
  'rep.asOf': 'Figures as of',
  'rep.asOfHint': 'Empty: today',
  'rep.year': 'Year',
  'rep.from': 'From',
  'rep.to': 'To',
  'rep.excel': 'Download Excel',
  'rep.pdf': 'Download PDF',
  'rep.none': 'Your account produces no reports.',
  'rep.downloaded': 'Report downloaded',
};
