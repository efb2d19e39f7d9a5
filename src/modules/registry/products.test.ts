import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startRegistryTestServer, binhLuProducer, type RegistryTestServer } from './registry-test-kit.ts';

let s: RegistryTestServer;
let htx: string; // HTX Miến dong Bình Lư (03390)
let hoi: string; // a tourism association in Tân Phong (03408)
beforeAll(async () => {
  s = await startRegistryTestServer();
  htx = (await s.call('binhlu_officer', 'POST', '/api/producers', binhLuProducer())).body.id;
  hoi = (
    await s.call(
      'tanphong_officer',
      'POST',
      '/api/producers',
      binhLuProducer({
        communeCode: '03408',
        legalType: 'hiep_hoi',
        name: 'Hiệp hội du lịch cộng đồng Tân Phong',
        registrationNo: null,
      }),
    )
  ).body.id;
});
afterAll(async () => s?.close());

const product = (over: Record<string, unknown> = {}) => ({
  producerId: htx,
  name: 'Miến dong Bình Lư',
  setNo: 6,
  specification: 'Túi 500 g',
  ...over,
});

describe('registering products', () => {
  it('a commune officer registers a product; it is listed by the producer’s commune and audited', async () => {
    const r = await s.call('binhlu_officer', 'POST', '/api/products', product());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      provinceCode: '12',
      communeCode: '03390',
      producerId: htx,
      producerName: 'HTX Miến dong Bình Lư',
      producerLegalType: 'htx',
      name: 'Miến dong Bình Lư',
      setNo: 6,
      specification: 'Túi 500 g',
      productCode: null,
      codeSeq: null,
      codeYear: null,
      status: 'active',
    });
    const audit = await s.db.pool.query(`select action, to_state, after from audit_log where entity_id = $1`, [
      r.body.id,
    ]);
    // The answer adds the unit names to the record the audit row keeps.
    const { provinceName, communeName, ...record } = r.body;
    expect({ provinceName, communeName }).toEqual({ provinceName: 'Tỉnh Lai Châu', communeName: 'Xã Bình Lư' });
    expect(audit.rows).toEqual([{ action: 'product.create', to_state: 'active', after: record }]);
  });

  it('Art. 2.3: a hiệp hội registers tourism services (set 26) but not food (400 on setNo)', async () => {
    const food = await s.call(
      'tanphong_officer',
      'POST',
      '/api/products',
      product({ producerId: hoi, name: 'Chè Shan tuyết', setNo: 11 }),
    );
    expect(food.status).toBe(400);
    expect(food.body.error.issues[0]).toMatchObject({ field: 'body.setNo', code: 'not_allowed_for_legal_type' });
    const tour = await s.call(
      'tanphong_officer',
      'POST',
      '/api/products',
      product({ producerId: hoi, name: 'Điểm du lịch cộng đồng bản Sin Suối Hồ', setNo: 26 }),
    );
    expect(tour.status).toBe(201);
    const change = await s.call('tanphong_officer', 'PATCH', `/api/products/${tour.body.id}`, { setNo: 12 });
    expect(change.body.error.issues[0]).toMatchObject({ field: 'body.setNo', code: 'not_allowed_for_legal_type' });
  });

  it('refuses set 0 or 27, an unknown producer and a producer outside the actor’s area, naming the field', async () => {
    const set27 = await s.call('binhlu_officer', 'POST', '/api/products', product({ setNo: 27 }));
    expect(set27.body.error.issues[0]).toMatchObject({ field: 'body.setNo', code: 'too_big' });
    const unknown = await s.call(
      'binhlu_officer',
      'POST',
      '/api/products',
      product({ producerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.body.error.issues[0]).toMatchObject({ field: 'body.producerId', code: 'unknown' });
    const outside = await s.call('binhlu_officer', 'POST', '/api/products', product({ producerId: hoi, setNo: 26 }));
    expect(outside.status).toBe(400);
    expect(outside.body.error.issues[0]).toMatchObject({ field: 'body.producerId', code: 'unknown' });
  });

  it('no product is added to an inactive producer (409)', async () => {
    const p = (
      await s.call(
        'binhlu_officer',
        'POST',
        '/api/producers',
        binhLuProducer({ name: 'Cơ sở tạm nghỉ', registrationNo: null, legalType: 'ho_kinh_doanh' }),
      )
    ).body.id;
    await s.call('binhlu_officer', 'PATCH', `/api/producers/${p}`, { status: 'inactive' });
    const r = await s.call('binhlu_officer', 'POST', '/api/products', product({ producerId: p }));
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('producer_inactive');
  });

  it('changes are audited with before and after; the producer cannot be changed through a product', async () => {
    const id = (await s.call('binhlu_officer', 'POST', '/api/products', product({ name: 'Bánh đa miến', setNo: 6 })))
      .body.id;
    const r = await s.call('binhlu_officer', 'PATCH', `/api/products/${id}`, {
      specification: 'Gói 1 kg',
      status: 'inactive',
    });
    expect(r.body).toMatchObject({ specification: 'Gói 1 kg', status: 'inactive' });
    const audit = await s.db.pool.query(
      `select from_state, to_state, before->>'specification' b, after->>'specification' a from audit_log where entity_id = $1 and action = 'product.update'`,
      [id],
    );
    expect(audit.rows).toEqual([{ from_state: 'active', to_state: 'inactive', b: 'Túi 500 g', a: 'Gói 1 kg' }]);
    const move = await s.call('binhlu_officer', 'PATCH', `/api/products/${id}`, { producerId: hoi });
    expect(move.status).toBe(400);
  });
});

describe('product codes (Appendix II: T-X-STT-YYYY)', () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    first = (await s.call('binhlu_officer', 'POST', '/api/products', product({ name: 'Miến dong loại đặc biệt' }))).body
      .id;
    second = (await s.call('binhlu_officer', 'POST', '/api/products', product({ name: 'Rượu ngô Bình Lư', setNo: 14 })))
      .body.id;
  });

  it('the province office issues 12-03390-001-2026, then 002; asking again returns the same code', async () => {
    const a = await s.call('laichau_office', 'POST', `/api/products/${first}/code`, { year: 2026 });
    expect(a).toMatchObject({
      status: 200,
      body: { productId: first, productCode: '12-03390-001-2026', seq: 1, year: 2026, allocated: true },
    });
    const b = await s.call('laichau_office', 'POST', `/api/products/${second}/code`, { year: 2026 });
    expect(b.body.productCode).toBe('12-03390-002-2026');
    const again = await s.call('laichau_office', 'POST', `/api/products/${first}/code`, { year: 2026 });
    expect(again.body).toMatchObject({ productCode: '12-03390-001-2026', allocated: false });
    const shown = await s.call('binhlu_officer', 'GET', `/api/products/${first}`);
    expect(shown.body).toMatchObject({ productCode: '12-03390-001-2026', codeSeq: 1, codeYear: 2026 });
    const audit = await s.db.pool.query(
      `select actor_name, before, after from audit_log where entity_id = $1 and action = 'product.code'`,
      [first],
    );
    expect(audit.rows).toEqual([
      {
        actor_name: 'laichau_office',
        before: { productCode: null },
        after: { productCode: '12-03390-001-2026', seq: 1, year: 2026 },
      },
    ]);
  });

  it('a re-evaluation year keeps the product’s STT; an earlier year is refused', async () => {
    const later = await s.call('laichau_office', 'POST', `/api/products/${first}/code`, { year: 2029 });
    expect(later.body).toMatchObject({ productCode: '12-03390-001-2029', seq: 1, allocated: true });
    const earlier = await s.call('laichau_office', 'POST', `/api/products/${first}/code`, { year: 2026 });
    expect(earlier.status).toBe(409);
    expect(earlier.body.error.code).toBe('code_year_older');
  });

  it('only the province office (or admin) issues codes; a bad year is a 400; an inactive product gets none', async () => {
    expect((await s.call('binhlu_officer', 'POST', `/api/products/${second}/code`, { year: 2026 })).status).toBe(403);
    expect((await s.call('dienbien_office', 'POST', `/api/products/${second}/code`, { year: 2026 })).status).toBe(404);
    const bad = await s.call('laichau_office', 'POST', `/api/products/${second}/code`, { year: 26 });
    expect(bad.body.error.issues[0]).toMatchObject({ field: 'body.year', code: 'too_small' });
    const missing = await s.call('laichau_office', 'POST', `/api/products/${second}/code`, {});
    expect(missing.body.error.issues[0]).toMatchObject({ field: 'body.year' });
    const off = (await s.call('binhlu_officer', 'POST', '/api/products', product({ name: 'Sản phẩm đã ngừng' }))).body
      .id;
    await s.call('binhlu_officer', 'PATCH', `/api/products/${off}`, { status: 'inactive' });
    const r = await s.call('sysadmin', 'POST', `/api/products/${off}/code`, { year: 2026 });
    expect(r.status).toBe(409);
  });

  it('codes are searchable and filterable', async () => {
    const byCode = await s.call('laichau_office', 'GET', '/api/products?q=12-03390-002');
    expect(byCode.body.items.map((p: { name: string }) => p.name)).toEqual(['Rượu ngô Bình Lư']);
    const coded = await s.call('laichau_office', 'GET', '/api/products?hasCode=true');
    expect(coded.body.items.map((p: { productCode: string }) => p.productCode).sort()).toEqual([
      '12-03390-001-2029',
      '12-03390-002-2026',
    ]);
    const uncoded = await s.call('laichau_office', 'GET', '/api/products?hasCode=false');
    expect(uncoded.body.items.every((p: { productCode: string | null }) => p.productCode === null)).toBe(true);
    expect(coded.body.total + uncoded.body.total).toBe(
      (await s.call('laichau_office', 'GET', '/api/products')).body.total,
    );
  });
});

describe('listing products', () => {
  it('"mien dong binh lu" finds products named "Miến dong Bình Lư" and products of producers with that name', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/products?q=mien%20dong%20binh%20lu&limit=500');
    const names: string[] = r.body.items.map((p: { name: string }) => p.name);
    expect(names).toContain('Miến dong Bình Lư');
    expect(names).toContain('Rượu ngô Bình Lư'); // its producer is HTX Miến dong Bình Lư
    expect(names).not.toContain('Điểm du lịch cộng đồng bản Sin Suối Hồ');
  });

  it('filters by set, producer, legal type, commune and status, and sorts by name as Vietnamese', async () => {
    const set14 = await s.call('laichau_office', 'GET', '/api/products?setNo=14');
    expect(set14.body.items.map((p: { name: string }) => p.name)).toEqual(['Rượu ngô Bình Lư']);
    const ofHoi = await s.call('laichau_office', 'GET', `/api/products?producerId=${hoi}`);
    expect(ofHoi.body.total).toBe(1);
    const assoc = await s.call('laichau_office', 'GET', '/api/products?legalType=hiep_hoi');
    expect(assoc.body.items.map((p: { producerId: string }) => p.producerId)).toEqual([hoi]);
    const tanPhong = await s.call('laichau_office', 'GET', '/api/products?communeCode=03408');
    expect(tanPhong.body.total).toBe(1);
    const inactive = await s.call('laichau_office', 'GET', '/api/products?status=inactive');
    expect(inactive.body.total).toBe(2);
    const all = await s.call('laichau_office', 'GET', '/api/products?limit=500');
    const names: string[] = all.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const paged = await s.call('laichau_office', 'GET', '/api/products?limit=2&offset=2');
    expect(paged.body.items.map((p: { name: string }) => p.name)).toEqual(names.slice(2, 4));
  });

  it('the OpenAPI document still renders with the registry routes', async () => {
    const r = await s.call(null, 'GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/producers', '/api/products/{id}/code']));
  });
});
