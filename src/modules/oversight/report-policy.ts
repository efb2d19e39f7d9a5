// Who may produce the standard reports (Excel and PDF sent upward). The scope of each report (its unit) is checked
// against the user's unit by the oversight commands (scopeCovers). GET /api/me/permissions lists this table.
import { definePermissions } from '../../platform/auth/policy.ts';

export const reportPolicy = definePermissions({
  /** Produce the standard reports of one's own unit (a commune, a province; national for the Ministry). */
  'reports.read': ['province_office', 'commune_officer', 'ministry_office', 'admin'],
});
