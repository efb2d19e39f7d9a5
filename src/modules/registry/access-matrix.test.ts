// Who may do what where in the registry: every route, for every kind of user, on a record inside and outside
// the user's area (Lai Châu 12: Bình Lư 03390, Tân Phong 03408; Điện Biên 11: Điện Biên Phủ 03127).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startRegistryTestServer, binhLuProducer, type RegistryTestServer, type Who } from './registry-test-kit.ts';

let s: RegistryTestServer;
const rec = { binhLu: '', tanPhong: '', dienBien: '', binhLuProduct: '', tanPhongProduct: '', dienBienProduct: '' };

beforeAll(async () => {
  s = await startRegistryTestServer();
  // Bình Lư's producer account registers its own producer (and is linked to it).
  rec.binhLu = (await s.call('binhlu_producer', 'POST', '/api/producers', binhLuProducer())).body.id;
  rec.tanPhong = (
    await s.call(
      'sysadmin',
      'POST',
      '/api/producers',
      binhLuProducer({
        communeCode: '03408',
        name: 'Công ty TNHH Chè Tân Phong',
        legalType: 'dnnvv',
        registrationNo: '6200111222',
      }),
    )
  ).body.id;
  rec.dienBien = (
    await s.call(
      'sysadmin',
      'POST',
      '/api/producers',
      binhLuProducer({ communeCode: '03127', name: 'HTX Gạo Điện Biên', registrationNo: '5601000001' }),
    )
  ).body.id;
  const product = async (producerId: string, name: string) =>
    (await s.call('sysadmin', 'POST', '/api/products', { producerId, name, setNo: 6 })).body.id as string;
  rec.binhLuProduct = await product(rec.binhLu, 'Miến dong Bình Lư');
  rec.tanPhongProduct = await product(rec.tanPhong, 'Chè Shan tuyết Tân Phong');
  rec.dienBienProduct = await product(rec.dienBien, 'Gạo Séng Cù');
});
afterAll(async () => s?.close());

describe('lists show each user its own area only', () => {
  const visible: [Who, string[]][] = [
    ['sysadmin', ['HTX Miến dong Bình Lư', 'Công ty TNHH Chè Tân Phong', 'HTX Gạo Điện Biên']],
    ['ministry', ['HTX Miến dong Bình Lư', 'Công ty TNHH Chè Tân Phong', 'HTX Gạo Điện Biên']],
    ['laichau_office', ['HTX Miến dong Bình Lư', 'Công ty TNHH Chè Tân Phong']],
    ['council_member', ['HTX Miến dong Bình Lư', 'Công ty TNHH Chè Tân Phong']],
    ['advisory', ['HTX Miến dong Bình Lư', 'Công ty TNHH Chè Tân Phong']],
    ['dienbien_office', ['HTX Gạo Điện Biên']],
    ['binhlu_officer', ['HTX Miến dong Bình Lư']],
    ['tanphong_officer', ['Công ty TNHH Chè Tân Phong']],
    ['binhlu_producer', ['HTX Miến dong Bình Lư']],
    ['tanphong_producer', []], // not linked to any producer yet
  ];
  it.each(visible)('%s sees %j', async (who, names) => {
    const producers = await s.call(who, 'GET', '/api/producers');
    expect(producers.body.items.map((p: { name: string }) => p.name).sort()).toEqual([...names].sort());
    expect(producers.body.total).toBe(names.length);
    const products = await s.call(who, 'GET', '/api/products');
    expect(products.body.items.map((p: { producerName: string }) => p.producerName).sort()).toEqual([...names].sort());
  });

  it('a filter cannot widen the area: Lai Châu’s office asking for Điện Biên gets nothing', async () => {
    expect((await s.call('laichau_office', 'GET', '/api/producers?provinceCode=11')).body.total).toBe(0);
    expect((await s.call('binhlu_officer', 'GET', '/api/products?communeCode=03408')).body.total).toBe(0);
  });
});

describe('access matrix: role × route × inside/outside scope', () => {
  type M = 'GET' | 'POST' | 'PATCH' | 'DELETE';
  let n = 0;
  // A new producer in a commune, unique per row so duplicate checks stay out of the way.
  const newProducer = (communeCode: string) => () =>
    binhLuProducer({ communeCode, name: `Cơ sở thử ${++n}`, registrationNo: null });
  const producerIn = () => `/api/producers/${rec.binhLu}`;
  const producerOut = () => `/api/producers/${rec.dienBien}`;
  const productIn = () => `/api/products/${rec.binhLuProduct}`;
  const productOut = () => `/api/products/${rec.dienBienProduct}`;
  const newProduct = (producer: keyof typeof rec) => () => ({
    producerId: rec[producer],
    name: `Sản phẩm thử ${++n}`,
    setNo: 6,
  });

  const matrix: [Who | null, M, () => string, (() => unknown) | undefined, number][] = [
    // GET /api/producers (the list: everyone logged in; rows are scoped, see above)
    [null, 'GET', () => '/api/producers', undefined, 401],
    ['council_member', 'GET', () => '/api/producers', undefined, 200],
    // GET /api/producers/:id
    [null, 'GET', producerIn, undefined, 401],
    ['sysadmin', 'GET', producerIn, undefined, 200],
    ['ministry', 'GET', producerIn, undefined, 200],
    ['laichau_office', 'GET', producerIn, undefined, 200],
    ['laichau_office', 'GET', producerOut, undefined, 404],
    ['dienbien_office', 'GET', producerIn, undefined, 404],
    ['dienbien_office', 'GET', producerOut, undefined, 200],
    ['council_member', 'GET', producerIn, undefined, 200],
    ['council_member', 'GET', producerOut, undefined, 404],
    ['advisory', 'GET', producerIn, undefined, 200],
    ['binhlu_officer', 'GET', producerIn, undefined, 200],
    ['tanphong_officer', 'GET', producerIn, undefined, 404],
    ['binhlu_producer', 'GET', producerIn, undefined, 200],
    ['binhlu_producer', 'GET', () => `/api/producers/${rec.tanPhong}`, undefined, 404],
    ['tanphong_producer', 'GET', producerIn, undefined, 404],
    // POST /api/producers
    [null, 'POST', () => '/api/producers', newProducer('03390'), 401],
    ['sysadmin', 'POST', () => '/api/producers', newProducer('03127'), 201],
    ['ministry', 'POST', () => '/api/producers', newProducer('03390'), 403],
    ['laichau_office', 'POST', () => '/api/producers', newProducer('03390'), 201],
    ['laichau_office', 'POST', () => '/api/producers', newProducer('03127'), 403],
    ['dienbien_office', 'POST', () => '/api/producers', newProducer('03127'), 201],
    ['dienbien_office', 'POST', () => '/api/producers', newProducer('03390'), 403],
    ['council_member', 'POST', () => '/api/producers', newProducer('03390'), 403],
    ['advisory', 'POST', () => '/api/producers', newProducer('03390'), 403],
    ['binhlu_officer', 'POST', () => '/api/producers', newProducer('03390'), 201],
    ['binhlu_officer', 'POST', () => '/api/producers', newProducer('03408'), 403],
    ['binhlu_producer', 'POST', () => '/api/producers', newProducer('03390'), 409], // has its profile already
    ['tanphong_producer', 'POST', () => '/api/producers', newProducer('03390'), 403], // not its commune
    // PATCH /api/producers/:id
    [null, 'PATCH', producerIn, () => ({ phone: '0213 000 001' }), 401],
    ['sysadmin', 'PATCH', producerIn, () => ({ phone: '0213 000 002' }), 200],
    ['ministry', 'PATCH', producerIn, () => ({ phone: '0213 000 003' }), 403],
    ['laichau_office', 'PATCH', producerIn, () => ({ phone: '0213 000 004' }), 200],
    ['laichau_office', 'PATCH', producerOut, () => ({ phone: '0213 000 005' }), 404],
    ['dienbien_office', 'PATCH', producerIn, () => ({ phone: '0213 000 006' }), 404],
    ['council_member', 'PATCH', producerIn, () => ({ phone: '0213 000 007' }), 403],
    ['advisory', 'PATCH', producerIn, () => ({ phone: '0213 000 008' }), 403],
    ['binhlu_officer', 'PATCH', producerIn, () => ({ phone: '0213 000 009' }), 200],
    ['tanphong_officer', 'PATCH', producerIn, () => ({ phone: '0213 000 010' }), 404],
    ['binhlu_producer', 'PATCH', producerIn, () => ({ phone: '0213 000 011' }), 200],
    ['tanphong_producer', 'PATCH', producerIn, () => ({ phone: '0213 000 012' }), 404],
    // POST /api/producers/:id/accounts (link a producer account) and DELETE (unlink)
    [null, 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 401],
    ['ministry', 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 403],
    ['council_member', 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 403],
    ['binhlu_producer', 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 403],
    ['dienbien_office', 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 404],
    ['tanphong_officer', 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 404],
    ['binhlu_officer', 'POST', () => `${producerIn()}/accounts`, () => ({ userId: s.ids.binhlu_producer2 }), 200],
    ['tanphong_officer', 'DELETE', () => `${producerIn()}/accounts/${s.ids.binhlu_producer2}`, undefined, 404],
    ['laichau_office', 'DELETE', () => `${producerIn()}/accounts/${s.ids.binhlu_producer2}`, undefined, 200],
    // GET /api/products and /api/products/:id
    [null, 'GET', () => '/api/products', undefined, 401],
    ['advisory', 'GET', () => '/api/products', undefined, 200],
    [null, 'GET', productIn, undefined, 401],
    ['sysadmin', 'GET', productIn, undefined, 200],
    ['ministry', 'GET', productOut, undefined, 200],
    ['laichau_office', 'GET', productIn, undefined, 200],
    ['laichau_office', 'GET', productOut, undefined, 404],
    ['dienbien_office', 'GET', productIn, undefined, 404],
    ['council_member', 'GET', productIn, undefined, 200],
    ['advisory', 'GET', productOut, undefined, 404],
    ['binhlu_officer', 'GET', productIn, undefined, 200],
    ['tanphong_officer', 'GET', productIn, undefined, 404],
    ['tanphong_officer', 'GET', () => `/api/products/${rec.tanPhongProduct}`, undefined, 200],
    ['binhlu_producer', 'GET', productIn, undefined, 200],
    ['binhlu_producer', 'GET', () => `/api/products/${rec.tanPhongProduct}`, undefined, 404],
    ['tanphong_producer', 'GET', () => `/api/products/${rec.tanPhongProduct}`, undefined, 404],
    // POST /api/products (a body reference outside the area is answered as an unknown producer: 400)
    [null, 'POST', () => '/api/products', newProduct('binhLu'), 401],
    ['sysadmin', 'POST', () => '/api/products', newProduct('dienBien'), 201],
    ['ministry', 'POST', () => '/api/products', newProduct('binhLu'), 403],
    ['laichau_office', 'POST', () => '/api/products', newProduct('binhLu'), 201],
    ['laichau_office', 'POST', () => '/api/products', newProduct('dienBien'), 400],
    ['dienbien_office', 'POST', () => '/api/products', newProduct('binhLu'), 400],
    ['council_member', 'POST', () => '/api/products', newProduct('binhLu'), 403],
    ['advisory', 'POST', () => '/api/products', newProduct('binhLu'), 403],
    ['binhlu_officer', 'POST', () => '/api/products', newProduct('binhLu'), 201],
    ['binhlu_officer', 'POST', () => '/api/products', newProduct('tanPhong'), 400],
    ['binhlu_producer', 'POST', () => '/api/products', newProduct('binhLu'), 201],
    ['binhlu_producer', 'POST', () => '/api/products', newProduct('tanPhong'), 400],
    ['tanphong_producer', 'POST', () => '/api/products', newProduct('tanPhong'), 400], // not linked to it
    // PATCH /api/products/:id
    [null, 'PATCH', productIn, () => ({ specification: 'a' }), 401],
    ['sysadmin', 'PATCH', productIn, () => ({ specification: 'b' }), 200],
    ['ministry', 'PATCH', productIn, () => ({ specification: 'c' }), 403],
    ['laichau_office', 'PATCH', productIn, () => ({ specification: 'd' }), 200],
    ['laichau_office', 'PATCH', productOut, () => ({ specification: 'e' }), 404],
    ['dienbien_office', 'PATCH', productIn, () => ({ specification: 'f' }), 404],
    ['council_member', 'PATCH', productIn, () => ({ specification: 'g' }), 403],
    ['advisory', 'PATCH', productIn, () => ({ specification: 'h' }), 403],
    ['binhlu_officer', 'PATCH', productIn, () => ({ specification: 'i' }), 200],
    ['tanphong_officer', 'PATCH', productIn, () => ({ specification: 'j' }), 404],
    ['binhlu_producer', 'PATCH', productIn, () => ({ specification: 'k' }), 200],
    ['tanphong_producer', 'PATCH', productIn, () => ({ specification: 'l' }), 404],
    // POST /api/products/:id/code (the provincial office issues codes)
    [null, 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 401],
    ['ministry', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 403],
    ['council_member', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 403],
    ['advisory', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 403],
    ['binhlu_officer', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 403],
    ['binhlu_producer', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 403],
    ['dienbien_office', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 404],
    ['laichau_office', 'POST', () => `${productOut()}/code`, () => ({ year: 2026 }), 404],
    ['laichau_office', 'POST', () => `${productIn()}/code`, () => ({ year: 2026 }), 200],
    ['sysadmin', 'POST', () => `${productOut()}/code`, () => ({ year: 2026 }), 200],
  ];
  it.each(matrix.map((m, i) => [i, ...m] as const))('#%i %s %s', async (_i, who, method, url, payload, expected) => {
    const r = await s.call(who, method, url(), payload?.());
    expect(r.status, JSON.stringify(r.body)).toBe(expected);
  });

  it('every refused write left the records as they were (only the allowed writes are in the audit log)', async () => {
    const rows = await s.db.pool.query(
      `select actor_name, count(*)::int n from audit_log where entity_id = $1 and action = 'producer.update' group by 1 order by 1`,
      [rec.binhLu],
    );
    expect(rows.rows).toEqual([
      { actor_name: 'binhlu_officer', n: 1 },
      { actor_name: 'binhlu_producer', n: 1 },
      { actor_name: 'laichau_office', n: 1 },
      { actor_name: 'sysadmin', n: 1 },
    ]);
    const phone = await s.call('sysadmin', 'GET', `/api/producers/${rec.binhLu}`);
    expect(phone.body.phone).toBe('0213 000 011');
  });
});
