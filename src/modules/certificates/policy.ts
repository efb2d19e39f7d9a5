// Who may read certificates: every signed-in role, each within its scope (commands/read-certificates.ts checks the
// record: the producer's own products, a commune's, a province's, nationally the Ministry's side).
import { definePermissions } from '../../platform/auth/policy.ts';
import { ROLES } from '../../platform/auth/roles.ts';
import { notFound } from '../../platform/errors.ts';

export const certificatePolicy = definePermissions({ 'certificates.read': ROLES });

export const certificateNotFound = () => notFound({ vi: 'giấy chứng nhận', en: 'Certificate' });
