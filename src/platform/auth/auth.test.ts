import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { LOGIN_LIMITS } from './login.ts';
import { hashPassword } from './passwords.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ listen: false, oneTimeAdmin: true });
});
afterAll(async () => s?.close());

async function login(username: string, password: string, ip = '10.1.1.1') {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
  const cookie = res.cookies.find((c) => c.name === 'ocop_session');
  return { status: res.statusCode, body: res.json(), cookie, header: res.headers['set-cookie'] };
}

describe('log-in and sessions', () => {
  it('the first admin logs in with the one-time password and must change it before anything else', async () => {
    const r = await login(s.adminUsername, s.adminPassword);
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: true });
    expect(String(r.header)).toMatch(/HttpOnly/i);
    expect(String(r.header)).toMatch(/SameSite=Lax/i);
    const cookies = { ocop_session: r.cookie!.value };

    const me = await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies });
    expect(me.json().user.username).toBe('admin');

    const short = await s.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      cookies,
      payload: { currentPassword: s.adminPassword, newPassword: 'ngan' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.issues[0]).toMatchObject({ field: 'body.newPassword', code: 'too_short' });

    const wrong = await s.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      cookies,
      payload: { currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-dai' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0].field).toBe('body.currentPassword');

    const ok = await s.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      cookies,
      payload: { currentPassword: s.adminPassword, newPassword: 'mat-khau-moi-dai' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.mustChangePassword).toBe(false);

    // The one-time password no longer works; the new one does.
    expect((await login('admin', s.adminPassword, '10.1.1.2')).status).toBe(401);
    expect((await login('ADMIN', 'mat-khau-moi-dai', '10.1.1.2')).status).toBe(200);

    const audit = await s.db.pool.query(`select action from audit_log where entity_type = 'user' order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['user.bootstrap', 'user.change-password']);
  });

  it('logout ends the session', async () => {
    const r = await login('admin', 'mat-khau-moi-dai', '10.1.1.3');
    const cookies = { ocop_session: r.cookie!.value };
    expect((await s.app.inject({ method: 'POST', url: '/api/auth/logout', cookies })).statusCode).toBe(204);
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(401);
  });

  it('a forged or unknown session token is a 401', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { ocop_session: 'forged' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toEqual({ vi: 'Vui lòng đăng nhập', en: 'Please log in' });
  });

  it(`rate-limits log-in per username and address: after ${LOGIN_LIMITS.perUserAndAddress} failures from one address, even the right password from there gets 429`, async () => {
    await s.db.pool.query(
      `insert into users (username, display_name, password_hash, role, unit_code, province_code)
      values ('canbo.xa', 'Cán bộ xã', $1, 'commune_officer', '03408', '12')`,
      [await hashPassword('mat-khau-can-bo')],
    );
    expect((await login('canbo.xa', 'mat-khau-can-bo', '10.2.1.1')).status).toBe(200);
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) {
      expect((await login('canbo.xa', `wrong-${i}`, '10.2.0.9')).status).toBe(401);
    }
    const blocked = await login('canbo.xa', 'mat-khau-can-bo', '10.2.0.9');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message.vi).toMatch(/thử lại sau 1 phút/);
  });

  it('bad input to log-in is a 400 naming the field, never a 500', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.username', 'body.password']));
    const junk = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(junk.statusCode).toBe(400);
  });
});
