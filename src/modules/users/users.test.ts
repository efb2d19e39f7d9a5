import { describe, it, expect } from 'vitest';
import { usersTestServer, type Who } from './users-test-kit.ts';

const kit = usersTestServer();
const { call } = kit;

describe('user administration', () => {
  it('an admin creates a commune officer with a one-time password that must be changed', async () => {
    const r = await call('sysadmin', 'POST', '/api/users', {
      username: 'canbo.tanphong2',
      displayName: 'Lò Thị Mai',
      role: 'commune_officer',
      unitCode: '03408',
    });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({
      role: 'commune_officer',
      unitCode: '03408',
      provinceCode: '12',
      mustChangePassword: true,
      status: 'active',
    });
    expect(r.body.oneTimePassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    const audit = await kit.s.db.pool.query(`select action, to_state from audit_log where entity_id = $1`, [
      r.body.user.id,
    ]);
    expect(audit.rows).toEqual([{ action: 'user.create', to_state: 'active' }]);
  });

  it('refuses a role at the wrong level, an unknown unit and a taken username, naming the field (400)', async () => {
    const wrongLevel = await call('sysadmin', 'POST', '/api/users', {
      username: 'xx1',
      displayName: 'X',
      role: 'commune_officer',
      unitCode: '12',
    });
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.error.issues[0]).toMatchObject({ field: 'body.unitCode', code: 'wrong_level' });
    const unknown = await call('sysadmin', 'POST', '/api/users', {
      username: 'xx2',
      displayName: 'X',
      role: 'province_office',
      unitCode: '99',
    });
    expect(unknown.body.error.issues[0]).toMatchObject({ field: 'body.unitCode', code: 'unknown' });
    const taken = await call('sysadmin', 'POST', '/api/users', {
      username: 'ADMIN',
      displayName: 'X',
      role: 'ministry_office',
      unitCode: null,
    });
    expect(taken.body.error.issues[0]).toMatchObject({ field: 'body.username', code: 'taken' });
    const count = await kit.s.db.pool.query(`select count(*)::int n from users where username in ('xx1','xx2')`);
    expect(count.rows[0].n).toBe(0);
  });

  it('a province office manages users of its own province only, and cannot grant national roles', async () => {
    const inside = await call('laichau_office', 'POST', '/api/users', {
      username: 'tv.laichau',
      displayName: 'Tổ tư vấn',
      role: 'advisory_member',
      unitCode: '12',
    });
    expect(inside.status).toBe(201);
    const outside = await call('laichau_office', 'POST', '/api/users', {
      username: 'tv.dienbien',
      displayName: 'X',
      role: 'advisory_member',
      unitCode: '11',
    });
    expect(outside.status).toBe(403);
    const national = await call('laichau_office', 'POST', '/api/users', {
      username: 'bo.nn',
      displayName: 'X',
      role: 'ministry_office',
      unitCode: null,
    });
    expect(national.status).toBe(403);
    const otherProvinceUser = await call('laichau_office', 'PATCH', `/api/users/${kit.people.ids.dienbien_office}`, {
      displayName: 'đổi',
    });
    expect(otherProvinceUser.status).toBe(404);
    const list = await call('laichau_office', 'GET', '/api/users?limit=500');
    expect(list.body.items.every((u: { provinceCode: string }) => u.provinceCode === '12')).toBe(true);
  });

  it('Art. 7.3.b: a council member carries the agency they represent; it is set, listed and changed like a phone', async () => {
    const created = await call('laichau_office', 'POST', '/api/users', {
      username: 'hd.congthuong',
      displayName: 'Vàng A Sính',
      agency: ' Sở Công Thương ',
      role: 'province_council_member',
      unitCode: '12',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user.agency).toBe('Sở Công Thương');
    const list = await call('laichau_office', 'GET', '/api/users?role=province_council_member&limit=500');
    expect(list.body.items.find((u: { username: string }) => u.username === 'hd.congthuong').agency).toBe(
      'Sở Công Thương',
    );
    const moved = await call('laichau_office', 'PATCH', `/api/users/${created.body.user.id}`, { agency: 'Sở Y tế' });
    expect(moved.body.agency).toBe('Sở Y tế');
    const cleared = await call('laichau_office', 'PATCH', `/api/users/${created.body.user.id}`, { agency: null });
    expect(cleared.body.agency).toBeNull();
  });

  it("Art. 7.2: the office cannot reset a council chair's password and take the seat; the admin can, logged, and the chair is told", async () => {
    const chair = await call('sysadmin', 'POST', '/api/users', {
      username: 'chu.tich.hd',
      displayName: 'Chủ tịch Hội đồng',
      role: 'province_council_chair',
      unitCode: '12',
    });
    const id = chair.body.user.id as string;
    const hashOf = async () =>
      (await kit.s.db.pool.query(`select password_hash from users where id = $1`, [id])).rows[0].password_hash;
    const before = await hashOf();
    const byOffice = await call('laichau_office', 'POST', `/api/users/${id}/reset-password`);
    expect(byOffice.status).toBe(403);
    expect(byOffice.body.error.code).toBe('seat_reset_admin_only');
    expect(byOffice.body).not.toHaveProperty('oneTimePassword');
    expect(await hashOf()).toBe(before);

    const byAdmin = await call('sysadmin', 'POST', `/api/users/${id}/reset-password`);
    expect(byAdmin.status).toBe(200);
    expect(await hashOf()).not.toBe(before);
    const logged = await kit.s.db.pool.query(
      `select after->>'seatHolder' seat from audit_log where entity_id = $1 and action = 'user.reset-password'`,
      [id],
    );
    expect(logged.rows).toEqual([{ seat: 'true' }]);
    const told = await kit.s.db.pool.query(`select kind, title->>'vi' vi from notifications where user_id = $1`, [id]);
    expect(told.rows).toHaveLength(1);
    expect(told.rows[0].kind).toBe('user.password-reset');
    expect(told.rows[0].vi).toMatch(/đã được .* đặt lại/);
  });

  it("a commune officer's password reset by the office is still shown to the office, and the officer is told", async () => {
    const officer = await call('laichau_office', 'POST', '/api/users', {
      username: 'canbo.quen.mk',
      displayName: 'Cán bộ quên mật khẩu',
      role: 'commune_officer',
      unitCode: '03408',
    });
    const id = officer.body.user.id as string;
    const r = await call('laichau_office', 'POST', `/api/users/${id}/reset-password`);
    expect(r.status).toBe(200);
    expect(r.body.oneTimePassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    const told = await kit.s.db.pool.query(
      `select 1 from notifications where user_id = $1 and kind = 'user.password-reset'`,
      [id],
    );
    expect(told.rowCount).toBe(1);
  });

  it('disabling a user ends their sessions, and the change is audited with before/after', async () => {
    const r = await call('sysadmin', 'PATCH', `/api/users/${kit.people.ids.council_member}`, { status: 'disabled' });
    expect(r.status).toBe(200);
    expect((await call('council_member', 'GET', '/api/auth/me')).status).toBe(401);
    const audit = await kit.s.db.pool.query(
      `select from_state, to_state, before->>'status' b, after->>'status' a from audit_log where entity_id = $1 and action = 'user.update'`,
      [kit.people.ids.council_member],
    );
    expect(audit.rows).toEqual([{ from_state: 'active', to_state: 'disabled', b: 'active', a: 'disabled' }]);
  });

  it('a producer self-registers (pending), cannot log in until the commune approves, then can', async () => {
    const reg = await call(null, 'POST', '/api/auth/register', {
      username: 'htx.binhlu',
      password: 'mien-dong-binh-lu',
      displayName: 'HTX Miến dong Bình Lư',
      communeCode: '03390',
    });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ status: 'pending', role: 'producer', unitCode: '03390', provinceCode: '12' });
    const early = await kit.s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'htx.binhlu', password: 'mien-dong-binh-lu' },
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().error.code).toBe('account_pending');

    // Another commune's officer does not even see it; the right commune's officer approves it.
    expect(
      (await call('tanphong_officer', 'POST', `/api/users/${reg.body.user.id}/approve`, { approve: true })).status,
    ).toBe(404);
    const pending = await call('binhlu_officer', 'GET', '/api/users?status=pending');
    expect(pending.body.items.map((u: { username: string }) => u.username)).toEqual(['htx.binhlu']);
    const ok = await call('binhlu_officer', 'POST', `/api/users/${reg.body.user.id}/approve`, { approve: true });
    expect(ok.body.status).toBe('active');
    const again = await call('binhlu_officer', 'POST', `/api/users/${reg.body.user.id}/approve`, { approve: true });
    expect(again.status).toBe(409);
    const later = await kit.s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'htx.binhlu', password: 'mien-dong-binh-lu' },
    });
    expect(later.statusCode).toBe(200);
  });
});

describe('access matrix: role × route × inside/outside scope', () => {
  // [who, method, url builder, expected status]: every route of this module, for every kind of user.
  const target = () => kit.people.ids.tanphong_officer!; // a Lai Châu commune user
  const matrix: [Who | null, 'GET' | 'POST' | 'PATCH', () => string, unknown, number][] = [
    [null, 'GET', () => '/api/users', undefined, 401],
    ['sysadmin', 'GET', () => '/api/users', undefined, 200],
    ['laichau_office', 'GET', () => '/api/users', undefined, 200],
    ['tanphong_officer', 'GET', () => '/api/users', undefined, 200],
    ['ministry', 'GET', () => '/api/users', undefined, 200], // national and provincial accounts, read-only
    [null, 'GET', () => '/api/me/permissions', undefined, 401],
    ['ministry', 'GET', () => '/api/me/permissions', undefined, 200],
    ['tanphong_officer', 'GET', () => '/api/me/permissions', undefined, 200],
    [null, 'GET', () => `/api/users/${target()}/producer-candidates`, undefined, 401],
    ['ministry', 'GET', () => `/api/users/${target()}/producer-candidates`, undefined, 403],
    ['dienbien_office', 'GET', () => `/api/users/${target()}/producer-candidates`, undefined, 404],
    ['laichau_office', 'GET', () => `/api/users/${target()}/producer-candidates`, undefined, 409], // not a producer account
    ['council_member', 'GET', () => '/api/users', undefined, 401], // disabled above
    [null, 'PATCH', () => `/api/users/${target()}`, { displayName: 'A' }, 401],
    ['sysadmin', 'PATCH', () => `/api/users/${target()}`, { displayName: 'A' }, 200],
    ['laichau_office', 'PATCH', () => `/api/users/${target()}`, { displayName: 'B' }, 200],
    ['dienbien_office', 'PATCH', () => `/api/users/${target()}`, { displayName: 'C' }, 404],
    ['tanphong_officer', 'PATCH', () => `/api/users/${target()}`, { displayName: 'D' }, 403],
    ['ministry', 'PATCH', () => `/api/users/${target()}`, { displayName: 'E' }, 403],
    [null, 'POST', () => `/api/users/${target()}/reset-password`, undefined, 401],
    ['laichau_office', 'POST', () => `/api/users/${target()}/reset-password`, undefined, 200],
    ['dienbien_office', 'POST', () => `/api/users/${target()}/reset-password`, undefined, 404],
    ['binhlu_officer', 'POST', () => `/api/users/${target()}/reset-password`, undefined, 403],
    ['laichau_office', 'PATCH', () => `/api/users/${kit.people.ids.sysadmin}`, { displayName: 'X' }, 404],
  ];
  it.each(matrix.map((m, i) => [i, ...m] as const))('#%i %s %s', async (_i, who, method, url, payload, expected) => {
    expect((await call(who, method, url(), payload)).status).toBe(expected);
  });
});
