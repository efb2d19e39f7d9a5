import { definePermissions } from '../../platform/auth/policy.ts';

export const userPolicy = definePermissions({
  'users.manage': ['admin', 'province_office'],
  'users.approve-producer': ['admin', 'province_office', 'commune_officer'],
  // The Ministry office lists national and provincial accounts (read-only) to pick central council members.
  'users.list': ['admin', 'province_office', 'commune_officer', 'ministry_office'],
});
