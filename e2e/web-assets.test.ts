// The staff app's files as a slow link receives them: today's web build served pre-compressed (brotli, else gzip, from
// the `.br` / `.gz` copies the build writes), its hashed files under /assets cached for a year as immutable, and the
// entry page checked on every visit (no-cache), so a new build reaches everyone at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';

let server: TestServer;
const dist = join(process.cwd(), 'web', 'dist');
let entryScript = '';

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer({ listen: false });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  entryScript = /<script type="module"[^>]* src="([^"]+)"/.exec(html)![1]!;
}, 300_000);

afterAll(async () => {
  await server?.close();
});

const get = (url: string, encoding?: string) =>
  server.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('web build: compressed, hashed assets cached for good, the entry page always checked', () => {
  it('the entry script goes as brotli to a browser that accepts it, immutable for a year', async () => {
    expect(entryScript).toMatch(/^\/assets\/.+\.js$/);
    const res = await get(entryScript, 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    const plain = readFileSync(join(dist, entryScript));
    expect(res.rawPayload.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(res.rawPayload).equals(plain)).toBe(true);
  });

  it('gzip when brotli is not accepted, the plain file when nothing is', async () => {
    const gz = await get(entryScript, 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(readFileSync(join(dist, entryScript)))).toBe(true);
    const plain = await get(entryScript);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('every script and style of the build has its .br and .gz copies', () => {
    const assets = readdirSync(join(dist, 'assets'));
    const big = assets.filter((f) => /\.(js|css)$/.test(f) && readFileSync(join(dist, 'assets', f)).length >= 1024);
    expect(big.length).toBeGreaterThan(3);
    for (const f of big) expect([assets.includes(`${f}.br`), assets.includes(`${f}.gz`)], f).toEqual([true, true]);
  });

  it('the entry page — at / and at a page address of the app — is not immutable: no-cache', async () => {
    for (const url of ['/', '/dossiers/00000000-0000-0000-0000-000000000000?tab=02', '/self-assessment']) {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(String(res.headers['cache-control'])).not.toMatch(/immutable/);
    }
  });

  it('an asset that does not exist is a 404, not the entry page', async () => {
    const res = await get('/assets/nothing-12345678.js', 'br');
    expect(res.statusCode).toBe(404);
  });

  it('the public pages (register search, verify) are light: server-rendered, no script of the staff app', async () => {
    for (const url of ['/tra-cuu', '/verify', '/verify/OCOP-0000']) {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.body, url).not.toMatch(/<script|\/assets\//);
    }
  });
});
