import { describe, it, expect } from 'vitest';
import { listedRoles, assignableRoles } from './role-scope.ts';

describe('which accounts a user list shows', () => {
  it('the Ministry office sees national and provincial roles, not commune officers or producers', () => {
    expect(listedRoles('ministry_office', 'national').sort()).toEqual([
      'admin',
      'advisory_member',
      'central_council_member',
      'ministry_office',
      'province_council_chair',
      'province_council_member',
      'province_office',
    ]);
  });

  it('a national admin sees every role; province and commune users no national-only role', () => {
    expect(listedRoles('admin', 'national')).toHaveLength(9);
    for (const [role, level] of [
      ['province_office', 'province'],
      ['commune_officer', 'commune'],
    ] as const) {
      const roles = listedRoles(role, level);
      expect(roles).not.toContain('ministry_office');
      expect(roles).not.toContain('central_council_member');
      expect(roles).toEqual(expect.arrayContaining(['producer', 'commune_officer', 'admin']));
    }
  });

  it('a province office grants no national role and no admin; a national admin grants all', () => {
    expect(assignableRoles('province_office', 'province')).not.toContain('admin');
    expect(assignableRoles('province_office', 'province')).not.toContain('ministry_office');
    expect(assignableRoles('admin', 'national')).toHaveLength(9);
  });
});
