import { definePermissions } from '../../platform/auth/policy.ts';

export const userPolicy = definePermissions({
  'users.manage': ['admin', 'province_office'],
  'users.approve-producer': ['admin', 'province_office', 'commune_officer'],
  'users.list': ['admin', 'province_office', 'commune_officer'],
});
