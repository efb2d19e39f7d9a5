// Role names in the catalogue, one key per role of the server (src/platform/auth/roles.ts); the type checks every role.
import type { MessageKey } from '../../i18n/index.tsx';
import type { Role } from '../../types.ts';

export const ROLE_KEYS: Record<Role, MessageKey> = {
  admin: 'role.admin',
  province_office: 'role.province_office',
  province_council_chair: 'role.province_council_chair',
  province_council_member: 'role.province_council_member',
  advisory_member: 'role.advisory_member',
  commune_officer: 'role.commune_officer',
  ministry_office: 'role.ministry_office',
  central_council_member: 'role.central_council_member',
  producer: 'role.producer',
};

/** The catalogue name of a role given as text (the API sends roles as strings). */
export const roleKey = (role: string): MessageKey | undefined =>
  role in ROLE_KEYS ? ROLE_KEYS[role as Role] : undefined;
