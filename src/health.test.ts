// GET /healthz answers monitors in JSON ({ status, db }), never with the app's page; unknown top-level addresses,
// staff-looking or public, get the 404 page, not the home page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ listen: false });
});
afterAll(async () => s.close());

describe('health and unknown addresses', () => {
  it('GET /healthz is JSON with the status and the database', async () => {
    const r = await s.app.inject({ method: 'GET', url: '/healthz' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    expect(r.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('unknown top-level addresses are a 404 page, not the staff app', async () => {
    for (const url of ['/khong-co', '/admin', '/product', '/ho-so?x=1', '/healthz/x']) {
      const r = await s.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type'], url).toContain('text/html');
      expect(r.body, url).toContain('Không tìm thấy trang');
      expect(r.body, url).not.toContain('id="root"');
    }
  });
});
