// GET /api/me/permissions lists the evaluation and certificate use cases a role reaches, straight from the tables the
// server enforces, so the web app shows "Nhập kết quả cũ" and the decisions tab without a role list of its own.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { myPermissions } from './commands/my-permissions.ts';

const actor = (role: Role, provinceCode: string | null, unitCode: string | null): Actor => ({
  id: '00000000-0000-0000-0000-000000000001',
  username: role,
  displayName: role,
  role,
  unitSet: 2025,
  unitCode,
  provinceCode,
  mustChangePassword: false,
});

describe('myPermissions: evaluation and certificate permissions come from their tables', () => {
  it('the provincial office records past results and reads decisions and certificates (evaluation/policy.ts)', () => {
    const p = myPermissions(actor('province_office', '12', '12')).permissions;
    expect(p).toEqual(expect.arrayContaining(['history.record', 'decisions.read', 'certificates.read']));
  });

  it('a producer reads its certificates but neither records past results nor reads decisions', () => {
    const p = myPermissions(actor('producer', '12', '12001')).permissions;
    expect(p).toContain('certificates.read');
    expect(p).not.toContain('history.record');
    expect(p).not.toContain('decisions.read');
  });

  it('Art. 8.2–8.3: the offices revoke and read the revocation queue; the province sets its reminders; a producer none (certificates/policy.ts)', () => {
    const office = myPermissions(actor('province_office', '12', '12')).permissions;
    expect(office).toEqual(
      expect.arrayContaining([
        'certificates.revoke',
        'revocations.read',
        'revocations.manage',
        'certificates.reminders',
      ]),
    );
    const ministry = myPermissions(actor('ministry_office', null, null)).permissions;
    expect(ministry).toEqual(expect.arrayContaining(['certificates.revoke', 'revocations.read']));
    expect(ministry).not.toContain('certificates.reminders');
    const producer = myPermissions(actor('producer', '12', '12001')).permissions;
    for (const p of ['certificates.revoke', 'revocations.read', 'revocations.propose', 'certificates.reminders'])
      expect(producer).not.toContain(p);
    expect(myPermissions(actor('commune_officer', '12', '03390')).permissions).toContain('revocations.propose');
  });
});

describe('myPermissions: where work starts and at which level (evaluation/policy.ts EVALUATION_HOME, roundLevelOf)', () => {
  it('a producer starts on its own dossiers and acts for its own producer only (registry actsForOwnProducer)', () => {
    const p = myPermissions(actor('producer', '12', '12001'));
    expect(p).toMatchObject({ home: 'my-dossiers', roundLevel: 'province', ownProducerOnly: true });
  });

  it('a council member starts on the scoring list, the chair on the work queues, the offices on their dashboard', () => {
    expect(myPermissions(actor('province_council_member', '12', '12')).home).toBe('scoring');
    expect(myPermissions(actor('central_council_member', null, null)).home).toBe('scoring');
    expect(myPermissions(actor('province_council_chair', '12', '12')).home).toBe('queues');
    expect(myPermissions(actor('commune_officer', '12', '12001'))).toMatchObject({
      home: 'dashboard',
      ownProducerOnly: false,
    });
  });

  it("Art. 5.2: the Ministry's side works on national rounds, the provinces on their own (Art. 5.1)", () => {
    expect(myPermissions(actor('ministry_office', null, null)).roundLevel).toBe('central');
    expect(myPermissions(actor('central_council_member', null, null)).roundLevel).toBe('central');
    expect(myPermissions(actor('province_office', '12', '12')).roundLevel).toBe('province');
  });
});
