// Issue 13's findings, each reproduced first: forged client addresses, lock-outs anyone could cause, racing log-in
// checks, NUL bytes and bare multipart as 500s, cross-site writes, missing security headers, no idle timeout, and LIKE
// wildcards in searches.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { logInternalError } from './http-guards.ts';
import { multipartRequest } from '../testing/multipart.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { hashPassword } from './auth/passwords.ts';
import { LOGIN_LIMITS } from './auth/login.ts';

let s: TestServer;
let admin: Record<string, string>;

const login = (username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress, headers });

async function addUser(username: string, password: string) {
  await s.db.pool.query(
    `insert into users (username, display_name, password_hash, role, unit_code, province_code)
     values ($1, 'Cán bộ ' || $1, $2, 'commune_officer', '03408', '12')`,
    [username, await hashPassword(password)],
  );
}

const userId = async (username: string): Promise<string> =>
  (await s.db.pool.query(`select id from users where username = $1`, [username])).rows[0].id;

const attempts = async (username: string) =>
  (await s.db.pool.query(`select ip, success from login_attempts where username = $1 order by id`, [username])).rows;

beforeAll(async () => {
  s = await startTestServer({ listen: false });
  const r = await login(s.adminUsername, s.adminPassword, '10.9.0.1');
  admin = { ocop_session: r.cookies.find((c) => c.name === 'ocop_session')!.value };
});
afterAll(async () => s?.close());

describe('client addresses and the log-in throttle (issue 13, finding 2)', () => {
  it('a forged X-Forwarded-For is ignored: the socket address is the client unless OCOP_TRUST_PROXY names the proxy', async () => {
    await addUser('gia.mao', 'mat-khau-gia-mao');
    await login('gia.mao', 'sai', '10.3.0.1', { 'x-forwarded-for': '9.9.9.9' });
    expect((await attempts('gia.mao')).map((a) => a.ip)).toEqual(['10.3.0.1']);

    const proxied = await startTestServer({ listen: false, env: { OCOP_TRUST_PROXY: '10.3.0.1' } });
    try {
      await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'qua.proxy', password: 'sai' },
        remoteAddress: '10.3.0.1',
        headers: { 'x-forwarded-for': '9.9.9.9' },
      });
      const rows = await proxied.db.pool.query(`select ip from login_attempts where username = 'qua.proxy'`);
      expect(rows.rows.map((r) => r.ip)).toEqual(['9.9.9.9']);
    } finally {
      await proxied.close();
    }
  });

  it('wrong passwords from other addresses never lock the user out of their own address', async () => {
    await addUser('nan.nhan', 'mat-khau-nan-nhan');
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) {
      expect((await login('nan.nhan', `sai-${i}`, `10.4.0.${i}`)).statusCode).toBe(401);
    }
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) {
      expect((await login('nan.nhan', `sai-${i}`, '10.4.1.1')).statusCode).toBe(401);
    }
    expect((await login('nan.nhan', 'mat-khau-nan-nhan', '10.4.1.1')).statusCode).toBe(429);
    expect((await login('nan.nhan', 'mat-khau-nan-nhan', '10.4.9.9')).statusCode).toBe(200);
  });

  it('the wait doubles after each further failure from the same address', async () => {
    await addUser('cho.lau', 'mat-khau-cho-lau');
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) await login('cho.lau', 'sai', '10.5.0.1');
    const first = await login('cho.lau', 'mat-khau-cho-lau', '10.5.0.1');
    expect(first.json().error.message.vi).toMatch(/sau 1 phút/);
    // One minute later the next try is checked; a wrong one makes the wait two minutes.
    await s.db.pool.query(`update login_attempts set at = at - interval '61 seconds' where username = 'cho.lau'`);
    expect((await login('cho.lau', 'sai', '10.5.0.1')).statusCode).toBe(401);
    const second = await login('cho.lau', 'mat-khau-cho-lau', '10.5.0.1');
    expect(second.statusCode).toBe(429);
    expect(second.json().error.message.vi).toMatch(/sau 2 phút/);
    expect(second.json().error.message.en).toMatch(/in 2 minutes/);
  });

  it('50 parallel wrong passwords from one address: only the allowed number are checked', async () => {
    await addUser('song.song', 'mat-khau-song-song');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login('song.song', `sai-${i}`, '10.6.0.1').then((r) => r.statusCode)),
    );
    expect(results.filter((c) => c === 401)).toHaveLength(LOGIN_LIMITS.perUserAndAddress);
    expect(results.filter((c) => c === 429)).toHaveLength(50 - LOGIN_LIMITS.perUserAndAddress);
    expect(await attempts('song.song')).toHaveLength(LOGIN_LIMITS.perUserAndAddress);
  });
});

describe('text PostgreSQL cannot store, and bare multipart (finding 4)', () => {
  it('a NUL byte in a search, a username or a name is a 400 naming the field, on public routes too', async () => {
    const search = await s.app.inject({ method: 'GET', url: '/api/users?q=a%00b', cookies: admin });
    expect(search.statusCode).toBe(400);
    expect(search.json().error.issues[0]).toMatchObject({ field: 'query.q', code: 'nul_character' });

    const pub = await s.app.inject({ method: 'GET', url: '/api/public/register?q=%00' });
    expect(pub.statusCode).toBe(400);
    expect(pub.json().error.issues[0].field).toBe('query.q');

    const user = await login('ad\u0000min', 'x', '10.7.0.1');
    expect(user.statusCode).toBe(400);
    expect(user.json().error.issues[0].field).toBe('body.username');

    const name = await s.app.inject({
      method: 'POST',
      url: '/api/users',
      cookies: admin,
      payload: { username: 'co.nul', displayName: 'Tên\u0000lạ', role: 'province_officer', unitCode: '12' },
    });
    expect(name.statusCode).toBe(400);
    expect(name.json().error.issues[0].field).toBe('body.displayName');
    expect((await s.db.pool.query(`select 1 from users where username = 'co.nul'`)).rowCount).toBe(0);
  });

  it('multipart/form-data without a boundary is a 400 naming the body', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/products/00000000-0000-4000-8000-000000000000/photo',
      cookies: admin,
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'abc',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].field).toBe('body');

    const nulName = multipartRequest({}, { name: 'anh\u0000.png', bytes: Buffer.from('x') });
    const named = await s.app.inject({
      method: 'POST',
      url: '/api/products/00000000-0000-4000-8000-000000000000/photo',
      cookies: admin,
      ...nulName,
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().error.issues[0]).toMatchObject({ field: 'body.file', code: 'nul_character' });
  });
});

describe('cross-site writes (finding 5)', () => {
  it('a cookie-carrying write from another site is refused and changes nothing', async () => {
    const id = await userId('gia.mao');
    const before = (await s.db.pool.query(`select password_hash from users where id = $1`, [id])).rows[0];
    for (const headers of [
      { origin: 'https://ke-gian.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ]) {
      const res = await s.app.inject({
        method: 'POST',
        url: `/api/users/${id}/reset-password`,
        cookies: admin,
        headers,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('cross_site_request');
    }
    expect((await s.db.pool.query(`select password_hash from users where id = $1`, [id])).rows[0]).toEqual(before);
    const sameSite = await s.app.inject({
      method: 'POST',
      url: `/api/users/${id}/reset-password`,
      cookies: admin,
      headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameSite.statusCode).toBe(200);
  });

  it('a text/plain body (sent cross-site without a preflight) is refused, even on a route that reads no body', async () => {
    const id = await userId('gia.mao');
    const before = (await s.db.pool.query(`select password_hash from users where id = $1`, [id])).rows[0];
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/users/${id}/reset-password`,
      cookies: admin,
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0]).toMatchObject({ field: 'content-type', code: 'unsupported_media_type' });
    expect((await s.db.pool.query(`select password_hash from users where id = $1`, [id])).rows[0]).toEqual(before);
  });
});

describe('every 500 is logged with its request id (finding 4)', () => {
  it('even with request logging off, one JSON line on stderr names the request', () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      logInternalError({ id: 'req-42', method: 'POST', url: '/api/x?q=secret' } as FastifyRequest, new Error('boom'));
    } finally {
      spy.mockRestore();
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', reqId: 'req-42', url: '/api/x', msg: 'boom' });
  });
});

describe('headers and sessions (finding 6)', () => {
  it('pages and the API carry CSP with frame-ancestors none, nosniff and a referrer policy', async () => {
    for (const url of ['/tra-cuu', '/api/public/ping']) {
      const res = await s.app.inject({ method: 'GET', url });
      expect(String(res.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
      expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'self'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('a session unused for longer than the idle timeout ends, though its absolute lifetime has not', async () => {
    await addUser('nghi.lau', 'mat-khau-nghi-lau');
    const r = await login('nghi.lau', 'mat-khau-nghi-lau', '10.10.0.1');
    const cookies = { ocop_session: r.cookies.find((c) => c.name === 'ocop_session')!.value };
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(200);
    await s.db.pool.query(
      `update sessions set last_seen_at = now() - interval '61 minutes'
       where user_id = (select id from users where username = 'nghi.lau')`,
    );
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(401);
  });
});

describe('small ones (finding 8)', () => {
  it('% and _ in a search are characters, not wildcards', async () => {
    const all = await s.app.inject({ method: 'GET', url: '/api/users?q=_', cookies: admin });
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toEqual([]);
    const units = await s.app.inject({ method: 'GET', url: '/api/admin-units?q=%25' });
    expect(units.json().items ?? units.json()).toHaveLength(0);
  });
});
