// One photo per product (issue 9: the public register shows "name, photo, producer…"): who may edit the product sets
// or replaces it (registry scope), bounded in type and size; signed-in readers get it from the API, anybody from the
// public register once the product is certified — a small image cached for long under a versioned address.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startRegistryTestServer, binhLuProducer, type RegistryTestServer } from './registry-test-kit.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhwGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let s: RegistryTestServer;
let productId = '';
const photo = (who: Parameters<RegistryTestServer['upload']>[0], bytes: Buffer, name = 'anh.png') =>
  s.upload(who, `/api/products/${productId}/photo`, {}, { name, bytes, mime: 'image/png' });
const anonymous = (url: string, headers: Record<string, string> = {}) => s.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  s = await startRegistryTestServer();
  const producer = (await s.call('binhlu_officer', 'POST', '/api/producers', binhLuProducer())).body.id;
  productId = (
    await s.call('binhlu_officer', 'POST', '/api/products', {
      producerId: producer,
      name: 'Miến dong Bình Lư',
      setNo: 6,
      specification: 'Túi 500 g',
    })
  ).body.id;
});
afterAll(async () => s?.close());

describe('a product photo', () => {
  it('is refused when it is not a JPEG, PNG or WebP, or larger than 2 MB (400 naming body.file)', async () => {
    const pdf = await photo('binhlu_officer', PDF, 'nhan.pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.issues).toEqual([
      expect.objectContaining({
        field: 'body.file',
        code: 'not_an_image',
        message: expect.objectContaining({ vi: expect.stringContaining('JPEG') }),
      }),
    ]);
    const big = await photo('binhlu_officer', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(big.status).toBe(400);
    expect(big.body.error.issues[0]).toMatchObject({ field: 'body.file', code: 'too_big' });
    expect((await s.call('laichau_office', 'GET', `/api/products/${productId}`)).body.photo).toBeNull();
  });

  it('is set by whoever may edit the product in its scope, and nobody else', async () => {
    expect((await photo('tanphong_officer', PNG)).status).toBe(404);
    expect((await photo('council_member', PNG)).status).toBe(403);
    const r = await photo('binhlu_officer', PNG);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.photo.url).toMatch(new RegExp(`^/api/products/${productId}/photo\\?v=\\d+$`));
    const audit = await s.db.pool.query(`select action, after from audit_log where entity_id = $1 and action = $2`, [
      productId,
      'product.photo',
    ]);
    expect(audit.rows).toEqual([
      { action: 'product.photo', after: expect.objectContaining({ photoMime: 'image/png' }) },
    ]);
    // Readers of the product (the province office) get the image; others of another province do not.
    const got = await s.call('laichau_office', 'GET', r.body.photo.url);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.raw, PNG)).toBe(0);
    expect((await s.call('dienbien_office', 'GET', r.body.photo.url)).status).toBe(404);
  });

  it('is public only once the product is in the register: a versioned, long-cached image on /tra-cuu', async () => {
    expect((await anonymous(`/tra-cuu/anh/${productId}`)).statusCode).toBe(404);
    await s.db.pool.query(
      `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on)
       values ('12', $1, '091/GCN-OCOP-12-2026', 4, 75, current_date - 30, current_date + 1000)`,
      [productId],
    );
    const item = (await anonymous('/api/public/register?q=mien%20dong')).json().items[0];
    expect(item.photoUrl).toMatch(new RegExp(`^/tra-cuu/anh/${productId}\\?v=\\d+$`));
    const img = await anonymous(item.photoUrl);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await anonymous(item.photoUrl, { 'if-none-match': String(img.headers.etag) })).statusCode).toBe(304);
    expect((await anonymous('/tra-cuu?q=mien%20dong')).body).toContain(`src="${item.photoUrl}"`);
    expect((await anonymous(`/tra-cuu/san-pham/${productId}`)).body).toContain('data-testid="product-photo"');

    // Replaced: a new address, so no cache serves the old image.
    await new Promise((r) => setTimeout(r, 5));
    expect((await photo('binhlu_officer', JPEG, 'moi.jpg')).status).toBe(200);
    // The search answer kept in memory is dropped when the photo changes (announced as a certificate change).
    const url = async () => (await anonymous('/api/public/register?q=mien%20dong')).json().items[0].photoUrl as string;
    await expect.poll(url).not.toBe(item.photoUrl);
    const again = { photoUrl: await url() };
    expect((await anonymous(again.photoUrl)).headers['content-type']).toBe('image/jpeg');
  });
});
