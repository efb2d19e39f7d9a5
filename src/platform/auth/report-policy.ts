// Who may produce the standard reports (the oversight module's reports: Excel and PDF sent upward). The table lives
// here, below every module, and not in src/modules/oversight/: GET /api/me/permissions (module `me`, rank 8) lists
// it, and `me` may not import oversight (rank 9) — the arrows point one way. Oversight enforces it; me only reads it.
// The scope of each report (its unit) is checked against the user's unit by the oversight commands (scopeCovers).
import { definePermissions } from './policy.ts';

export const reportPolicy = definePermissions({
  /** Produce the standard reports of one's own unit (a commune, a province; national for the Ministry). */
  'reports.read': ['province_office', 'commune_officer', 'ministry_office', 'admin'],
});
