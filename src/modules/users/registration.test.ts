// A producer's self-registration from the commune's side: log-in answers for pending, rejected and locked accounts,
// approval that links the account to the producer the registry already holds, unit names in the user list, the
// permissions the web app reads, and the registration rate limit. Lai Châu (12): Bình Lư 03390, Tân Phong 03408.
import { describe, it, expect, beforeAll } from 'vitest';
import { LOGIN_LIMITS } from '../../platform/auth/login.ts';
import { startTestServer } from '../../testing/test-server.ts';
import { usersTestServer } from './users-test-kit.ts';

const kit = usersTestServer();
const { call } = kit;
let ip = 0;
const login = async (username: string, password: string, remoteAddress = `10.9.0.${++ip}`) => {
  const res = await kit.s.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
  return { status: res.statusCode, body: res.json() };
};
const register = async (username: string, displayName: string, communeCode = '03390') => {
  const r = await call(null, 'POST', '/api/auth/register', {
    username,
    password: 'mat-khau-chu-the',
    displayName,
    communeCode,
  });
  expect(r.status).toBe(201);
  return r.body.user.id as string;
};

describe('log-in of an account that may not work yet', () => {
  it('a pending registration with the right password gets 403 "awaiting approval by the commune"', async () => {
    await register('cho.duyet', 'Hộ Lò Văn Chờ');
    const r = await login('cho.duyet', 'mat-khau-chu-the');
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({
      code: 'account_pending',
      message: { vi: 'Tài khoản đang chờ UBND xã duyệt', en: 'Your account is awaiting approval by the commune' },
    });
  });

  it('a rejected registration gets the reason the commune officer gave; refusing needs a reason', async () => {
    const id = await register('bi.tu.choi', 'Hộ Lò Văn Từ');
    const noReason = await call('binhlu_officer', 'POST', `/api/users/${id}/approve`, { approve: false, reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0]).toMatchObject({ field: 'body.reason', code: 'required' });
    expect((await kit.s.db.pool.query(`select status from users where id = $1`, [id])).rows[0].status).toBe('pending');
    const reason = 'Hộ không có cơ sở sản xuất trên địa bàn xã';
    expect((await call('binhlu_officer', 'POST', `/api/users/${id}/approve`, { approve: false, reason })).status).toBe(
      200,
    );
    const r = await login('bi.tu.choi', 'mat-khau-chu-the');
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('account_rejected');
    expect(r.body.error.reason).toBe(reason);
    expect(r.body.error.message.vi).toContain(reason);
    expect(r.body.error.message.en).toContain(reason);
  });

  it('a locked staff account with the right password gets 403 "Tài khoản đã bị khoá"', async () => {
    expect(
      (await call('sysadmin', 'PATCH', `/api/users/${kit.people.ids.council_member}`, { status: 'disabled' })).status,
    ).toBe(200);
    const r = await login('council_member', 'mat-khau-thu-nghiem');
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 'account_disabled', message: { vi: 'Tài khoản đã bị khoá' } });
  });

  it('a wrong password says only "wrong username or password", for pending, rejected, locked and unknown alike', async () => {
    const answers = await Promise.all(
      ['cho.duyet', 'bi.tu.choi', 'council_member', 'khong.ton.tai'].map((u) => login(u, 'sai-mat-khau')),
    );
    for (const r of answers) {
      expect(r.status).toBe(401);
      expect(r.body.error).toEqual({
        code: 'invalid_credentials',
        message: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
      });
    }
  });

  it(`the throttle still counts: after ${LOGIN_LIMITS.perUserAndAddress} failures from one address even a pending account's right password gets 429`, async () => {
    await register('thu.nhieu.lan', 'Hộ Thử Nhiều');
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++)
      expect((await login('thu.nhieu.lan', `sai-${i}`, '10.9.1.1')).status).toBe(401);
    expect((await login('thu.nhieu.lan', 'mat-khau-chu-the', '10.9.1.1')).status).toBe(429);
  });
});

describe('approving a registration links the account to the producer already registered', () => {
  let existing = '';
  let other = '';
  beforeAll(async () => {
    const producer = (name: string, registrationNo: string, communeCode = '03390') =>
      call('laichau_office', 'POST', '/api/producers', {
        communeCode,
        legalType: 'htx',
        name,
        registrationNo,
      });
    existing = (await producer('Hợp tác xã Miến dong Bình Lư', '6201000123')).body.id;
    other = (await producer('HTX Chè Tân Phong', '6201000999', '03408')).body.id;
  });

  it("the candidates are the duplicate check's matches: same normalised name in the commune, or the registration number", async () => {
    const id = await register('htx.miendong', 'HTX MIẾN DONG BÌNH LƯ.');
    const byName = await call('binhlu_officer', 'GET', `/api/users/${id}/producer-candidates`);
    expect(byName.status).toBe(200);
    expect(byName.body.items.map((p: { id: string; match: string }) => [p.id, p.match])).toEqual([[existing, 'name']]);
    expect(byName.body.items[0]).toMatchObject({ communeName: 'Xã Bình Lư', provinceName: 'Tỉnh Lai Châu' });
    const byNo = await call(
      'laichau_office',
      'GET',
      `/api/users/${id}/producer-candidates?registrationNo=${encodeURIComponent('6201 000999')}`,
    );
    expect(byNo.body.items.map((p: { id: string; match: string }) => [p.id, p.match])).toEqual([
      [other, 'registration_no'],
      [existing, 'name'],
    ]);
    // Another commune's officer does not see the account at all.
    expect((await call('tanphong_officer', 'GET', `/api/users/${id}/producer-candidates`)).status).toBe(404);
    expect((await call('council_member', 'GET', `/api/users/${id}/producer-candidates`)).status).toBe(401); // locked above
    expect((await call('ministry', 'GET', `/api/users/${id}/producer-candidates`)).status).toBe(403);
  });

  it("a producer outside the account's commune or the approver's area is refused, and nothing is written", async () => {
    const id = await register('htx.miendong2', 'HTX Miến dong Bình Lư');
    const otherCommune = await call('laichau_office', 'POST', `/api/users/${id}/approve`, {
      approve: true,
      producerId: other,
    });
    expect(otherCommune.status).toBe(400);
    expect(otherCommune.body.error.issues[0]).toMatchObject({ field: 'body.producerId', code: 'other_commune' });
    const outsideArea = await call('tanphong_officer', 'POST', `/api/users/${id}/approve`, {
      approve: true,
      producerId: existing,
    });
    expect(outsideArea.status).toBe(404);
    const withReject = await call('binhlu_officer', 'POST', `/api/users/${id}/approve`, {
      approve: false,
      reason: 'x',
      producerId: existing,
    });
    expect(withReject.body.error.issues[0]).toMatchObject({ field: 'body.producerId', code: 'not_with_reject' });
    const row = await kit.s.db.pool.query(`select status, producer_id from users where id = $1`, [id]);
    expect(row.rows[0]).toEqual({ status: 'pending', producer_id: null });
    const audit = await kit.s.db.pool.query(
      `select count(*)::int n from audit_log where entity_id = $1 and action <> 'user.register'`,
      [id],
    );
    expect(audit.rows[0].n).toBe(0);
  });

  it('the commune approves with the existing producer: the account is active, linked, and both steps are audited', async () => {
    const id = await register('htx.miendong3', 'Hợp tác xã Miến dong Bình Lư');
    const r = await call('binhlu_officer', 'POST', `/api/users/${id}/approve`, { approve: true, producerId: existing });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('active');
    expect((await kit.s.db.pool.query(`select producer_id from users where id = $1`, [id])).rows[0].producer_id).toBe(
      existing,
    );
    const audit = await kit.s.db.pool.query(
      `select action, after->>'producerId' p from audit_log where entity_id = $1 and action <> 'user.register' order by id`,
      [id],
    );
    expect(audit.rows).toEqual([
      { action: 'user.approve', p: null },
      { action: 'producer.link-account', p: existing },
    ]);
    // The producer now logs in and sees that producer as its own.
    const session = await kit.s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'htx.miendong3', password: 'mat-khau-chu-the' },
      remoteAddress: '10.9.9.9',
    });
    const cookie = session.cookies.find((c) => c.name === 'ocop_session')!.value;
    const own = await kit.s.app.inject({ method: 'GET', url: '/api/producers', cookies: { ocop_session: cookie } });
    expect(own.json().items.map((p: { id: string }) => p.id)).toEqual([existing]);
  });
});

describe('user lists carry unit names; the Ministry office lists national and provincial accounts', () => {
  it('each user comes with the names of its commune and province (2025 units)', async () => {
    const r = await call('laichau_office', 'GET', '/api/users?q=binhlu_officer');
    expect(r.body.items[0]).toMatchObject({
      unitCode: '03390',
      unitName: 'Xã Bình Lư',
      provinceCode: '12',
      provinceName: 'Tỉnh Lai Châu',
    });
    const national = await call('sysadmin', 'GET', '/api/users?q=ministry');
    expect(national.body.items[0]).toMatchObject({ unitCode: null, unitName: null, provinceName: null });
  });

  it("the Ministry sees national roles and the provinces' roles, not commune officers or producers, and changes nobody", async () => {
    const r = await call('ministry', 'GET', '/api/users?limit=500');
    expect(r.status).toBe(200);
    const roles = new Set(r.body.items.map((u: { role: string }) => u.role));
    expect(roles).toEqual(new Set(['admin', 'province_office', 'ministry_office', 'province_council_member']));
    expect(r.body.items.some((u: { provinceCode: string | null }) => u.provinceCode === '11')).toBe(true);
    expect((await call('ministry', 'GET', '/api/users?role=producer')).body.total).toBe(0);
    expect(
      (await call('ministry', 'PATCH', `/api/users/${kit.people.ids.laichau_office}`, { displayName: 'X' })).status,
    ).toBe(403);
  });
});

describe("GET /api/me/permissions: what the signed-in user may do, from the server's tables", () => {
  it('a commune officer: registry edits, approvals, its work queues with labels, no roles to grant', async () => {
    const r = await call('binhlu_officer', 'GET', '/api/me/permissions');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ role: 'commune_officer', scopeLevel: 'commune', grantableRoles: [] });
    expect(r.body.permissions).toEqual(
      expect.arrayContaining(['producers.create', 'producers.link-account', 'users.approve-producer', 'users.list']),
    );
    expect(r.body.permissions).not.toContain('users.manage');
    expect(r.body.permissions).not.toContain('products.assign-code');
    expect(r.body.queues.map((q: { id: string }) => q.id)).toEqual([
      'to_receive',
      'to_confirm',
      'to_supplement',
      'paper_filings',
      'overdue',
    ]);
    expect(r.body.queues[0].label).toEqual({ vi: 'Hồ sơ chờ xã tiếp nhận', en: "Awaiting the commune's receipt" });
  });

  it('a province office grants the roles of its province and below, each with its unit levels', async () => {
    const r = await call('laichau_office', 'GET', '/api/me/permissions');
    const roles = r.body.grantableRoles.map((g: { role: string }) => g.role);
    expect(roles).toContain('commune_officer');
    expect(roles).not.toContain('ministry_office');
    expect(roles).not.toContain('admin');
    expect(r.body.grantableRoles.find((g: { role: string }) => g.role === 'commune_officer').levels).toEqual([
      'commune',
    ]);
    expect(r.body.permissions).toEqual(expect.arrayContaining(['users.manage', 'products.assign-code']));
  });

  it('the Ministry lists users read-only; anonymous is a 401', async () => {
    const r = await call('ministry', 'GET', '/api/me/permissions');
    expect(r.body.permissions).toContain('users.list');
    expect(r.body.permissions).not.toContain('users.manage');
    expect(r.body.scopeLevel).toBe('national');
    expect(r.body.listedRoles).not.toContain('producer');
    expect(r.body.listedRoles).toEqual(expect.arrayContaining(['ministry_office', 'province_office']));
    expect((await call(null, 'GET', '/api/me/permissions')).status).toBe(401);
  });
});

describe('self-registration rate limit (OCOP_REGISTER_RATE_LIMIT per hour per address)', () => {
  it('with a limit of 2, the third registration from one address in the hour is a 429; another address goes on', async () => {
    const low = await startTestServer({ listen: false, env: { OCOP_REGISTER_RATE_LIMIT: '2' } });
    try {
      const reg = (n: number, remoteAddress: string) =>
        low.app.inject({
          method: 'POST',
          url: '/api/auth/register',
          remoteAddress,
          payload: {
            username: `ho.so.${n}`,
            password: 'mat-khau-chu-the',
            displayName: `Hộ số ${n}`,
            communeCode: '03390',
          },
        });
      expect((await reg(1, '10.7.0.1')).statusCode).toBe(201);
      expect((await reg(2, '10.7.0.1')).statusCode).toBe(201);
      const third = await reg(3, '10.7.0.1');
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('rate_limited');
      expect((await reg(4, '10.7.0.2')).statusCode).toBe(201);
      const n = await low.db.pool.query(`select count(*)::int n from users where username like 'ho.so.%'`);
      expect(n.rows[0].n).toBe(3);
    } finally {
      await low.close();
    }
  });

  it('a limit that is not a whole number above 0 stops the start with a clear message', async () => {
    const { loadConfig } = await import('../../config.ts');
    expect(loadConfig({}).registerRateLimitPerHour).toBe(10);
    expect(() => loadConfig({ OCOP_REGISTER_RATE_LIMIT: 'nhiều' })).toThrow(/OCOP_REGISTER_RATE_LIMIT/);
  });
});
