import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startRegistryTestServer, binhLuProducer, type RegistryTestServer } from './registry-test-kit.ts';

let s: RegistryTestServer;
beforeAll(async () => {
  s = await startRegistryTestServer();
});
afterAll(async () => s?.close());

const auditOf = async (id: string) =>
  (
    await s.db.pool.query(
      `select action, actor_name, province_code, from_state, to_state, before, after from audit_log where entity_id = $1 order by id`,
      [id],
    )
  ).rows;

describe('registering a producer', () => {
  let htxId: string;

  it('a commune officer registers a producer of its commune; the audit row holds the presented record', async () => {
    const r = await s.call('binhlu_officer', 'POST', '/api/producers', binhLuProducer());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      provinceCode: '12',
      communeCode: '03390',
      legalType: 'htx',
      name: 'HTX Miến dong Bình Lư',
      registrationNo: '6201000123',
      registrationDate: '2019-04-15',
      representative: { name: 'Lò Thị Hoa', sex: 'nu', ethnicity: 'Thái', disability: false },
      qualifiesFor32: true,
      status: 'active',
    });
    expect(r.body).not.toHaveProperty('nameKey');
    expect(r.body).not.toHaveProperty('createdBy');
    htxId = r.body.id;
    const audit = await auditOf(htxId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'producer.create',
      actor_name: 'binhlu_officer',
      province_code: '12',
      to_state: 'active',
      before: null,
    });
    // The answer adds the unit names; the audit row keeps the record itself (names derive from the codes).
    const { provinceName, communeName, ...record } = r.body;
    expect({ provinceName, communeName }).toEqual({ provinceName: 'Tỉnh Lai Châu', communeName: 'Xã Bình Lư' });
    expect(audit[0].after).toEqual(record);
  });

  it('the same registration number in the province is refused (409) with the existing producer, even in another commune', async () => {
    const r = await s.call(
      'laichau_office',
      'POST',
      '/api/producers',
      binhLuProducer({ communeCode: '03408', name: 'Cơ sở khác', registrationNo: ' 6201 000123 ' }),
    );
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'duplicate_registration_no',
      existing: { id: htxId, name: 'HTX Miến dong Bình Lư' },
    });
    expect(r.body.error.message.vi).toContain('HTX Miến dong Bình Lư');
    // confirmDuplicate does not override a registration number.
    const again = await s.call(
      'laichau_office',
      'POST',
      '/api/producers',
      binhLuProducer({ communeCode: '03408', name: 'Cơ sở khác', confirmDuplicate: true }),
    );
    expect(again.status).toBe(409);
  });

  it('the same normalised name in the same commune is a possible duplicate: 409 unless confirmed', async () => {
    const body = binhLuProducer({ name: 'Hợp tác xã miến dong Bình Lư', registrationNo: null, taxCode: null });
    const r = await s.call('binhlu_officer', 'POST', '/api/producers', body);
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'possible_duplicate_name',
      existing: { id: htxId, name: 'HTX Miến dong Bình Lư' },
    });
    const confirmed = await s.call('binhlu_officer', 'POST', '/api/producers', { ...body, confirmDuplicate: true });
    expect(confirmed.status).toBe(201);
    // The same name in another commune is another producer.
    const elsewhere = await s.call('laichau_office', 'POST', '/api/producers', { ...body, communeCode: '03408' });
    expect(elsewhere.status).toBe(201);
    const count = await s.db.pool.query(`select count(*)::int n from producers where name_key = 'mien dong binh lu'`);
    expect(count.rows[0].n).toBe(3);
  });

  it('bad input is a 400 naming each field with a reason in Vietnamese and English, never a 500', async () => {
    const r = await s.call(
      'binhlu_officer',
      'POST',
      '/api/producers',
      binhLuProducer({
        communeCode: '3390',
        legalType: 'cong_ty',
        taxCode: '123',
        registrationDate: '2019-02-30',
        email: 'x',
        extra: 1,
        representative: { sex: 'female' },
      }),
    );
    expect(r.status).toBe(400);
    const fields = r.body.error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.communeCode',
        'body.legalType',
        'body.taxCode',
        'body.registrationDate',
        'body.email',
        'body.representative.sex',
      ]),
    );
    for (const i of r.body.error.issues) expect(i.message.vi && i.message.en).toBeTruthy();
    expect((await s.call('binhlu_officer', 'POST', '/api/producers', 'not json')).status).toBe(400);
    expect((await s.call('binhlu_officer', 'GET', '/api/producers/not-a-uuid')).status).toBe(400);
  });

  it('a commune that does not exist, a province code, and a future registration date are 400s', async () => {
    const unknown = await s.call(
      'sysadmin',
      'POST',
      '/api/producers',
      binhLuProducer({ communeCode: '99999', registrationNo: null }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toMatchObject({ field: 'body.communeCode', code: 'unknown' });
    const future = await s.call(
      'sysadmin',
      'POST',
      '/api/producers',
      binhLuProducer({ registrationNo: null, name: 'Tương lai', registrationDate: '2099-01-01' }),
    );
    expect(future.body.error.issues[0]).toMatchObject({ field: 'body.registrationDate', code: 'in_future' });
  });

  it('qualifiesFor32 follows the representative: a Kinh man does not qualify, a Kinh man with a disability does', async () => {
    const man = await s.call(
      'sysadmin',
      'POST',
      '/api/producers',
      binhLuProducer({
        name: 'Công ty TNHH Chè Tân Phong',
        communeCode: '03408',
        legalType: 'dnnvv',
        registrationNo: '6200999888',
        representative: { name: 'Nguyễn Văn An', sex: 'nam', ethnicity: 'Kinh', disability: false },
      }),
    );
    expect(man.body.qualifiesFor32).toBe(false);
    const changed = await s.call('sysadmin', 'PATCH', `/api/producers/${man.body.id}`, {
      representative: { disability: true },
    });
    expect(changed.body.representative).toEqual({
      name: 'Nguyễn Văn An',
      sex: 'nam',
      ethnicity: 'Kinh',
      disability: true,
    });
    expect(changed.body.qualifiesFor32).toBe(true);
  });
});

describe('changing a producer', () => {
  let id: string;
  beforeAll(async () => {
    const r = await s.call(
      'tanphong_officer',
      'POST',
      '/api/producers',
      binhLuProducer({
        communeCode: '03408',
        name: 'Tổ hợp tác dệt thổ cẩm Tân Phong',
        legalType: 'tht',
        registrationNo: 'THT-0042',
        representative: { name: 'Tẩn Thị Mẩy', sex: 'nu', ethnicity: 'Dao' },
      }),
    );
    id = r.body.id;
  });

  it('records before and after in the audit log, and the status change for staff', async () => {
    const r = await s.call('tanphong_officer', 'PATCH', `/api/producers/${id}`, {
      phone: '0912 345 678',
      status: 'inactive',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ phone: '0912 345 678', status: 'inactive' });
    const [, update] = await auditOf(id);
    expect(update).toMatchObject({ action: 'producer.update', from_state: 'active', to_state: 'inactive' });
    expect(update.before.phone).toBe('0213 3876 123');
    expect(update.after.phone).toBe('0912 345 678');
    await s.call('tanphong_officer', 'PATCH', `/api/producers/${id}`, { status: 'active' });
  });

  it('an emptied optional field becomes null; unknown fields are refused', async () => {
    const r = await s.call('tanphong_officer', 'PATCH', `/api/producers/${id}`, { website: '', address: null });
    expect(r.body).toMatchObject({ website: null, address: null });
    const typo = await s.call('tanphong_officer', 'PATCH', `/api/producers/${id}`, { adress: 'x' });
    expect(typo.status).toBe(400);
    expect(typo.body.error.issues[0].code).toBe('unrecognized_keys');
  });

  it('a registration number taken by another producer is refused on change too', async () => {
    const r = await s.call('laichau_office', 'PATCH', `/api/producers/${id}`, { registrationNo: '6201000123' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('duplicate_registration_no');
  });

  it('a commune officer cannot move a producer out of its commune; the province office can, and the products follow', async () => {
    const p = await s.call('tanphong_officer', 'POST', '/api/products', {
      producerId: id,
      name: 'Khăn thổ cẩm',
      setNo: 22,
    });
    expect(p.status).toBe(201);
    const out = await s.call('tanphong_officer', 'PATCH', `/api/producers/${id}`, { communeCode: '03390' });
    expect(out.status).toBe(403);
    const moved = await s.call('laichau_office', 'PATCH', `/api/producers/${id}`, { communeCode: '03390' });
    expect(moved.status).toBe(200);
    expect(moved.body.communeCode).toBe('03390');
    const product = await s.call('laichau_office', 'GET', `/api/products/${p.body.id}`);
    expect(product.body.communeCode).toBe('03390');
    expect((await s.call('tanphong_officer', 'GET', `/api/producers/${id}`)).status).toBe(404);
  });

  it('Art. 2.3: a producer with food products cannot become a hiệp hội (tourism only)', async () => {
    const r = await s.call('laichau_office', 'PATCH', `/api/producers/${id}`, { legalType: 'hiep_hoi' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'body.legalType', code: 'not_allowed_for_products' });
  });
});

describe('a producer account', () => {
  it('creates its own producer once, in its own commune, and is linked to it', async () => {
    const elsewhere = await s.call(
      'binhlu_producer',
      'POST',
      '/api/producers',
      binhLuProducer({
        communeCode: '03408',
        name: 'Trang trại Lò Văn Sơn',
        legalType: 'trang_trai',
        registrationNo: null,
      }),
    );
    expect(elsewhere.status).toBe(403);
    const r = await s.call(
      'binhlu_producer',
      'POST',
      '/api/producers',
      binhLuProducer({ name: 'Trang trại Lò Văn Sơn', legalType: 'trang_trai', registrationNo: null }),
    );
    expect(r.status).toBe(201);
    const link = await s.db.pool.query(`select producer_id from users where id = $1`, [s.ids.binhlu_producer]);
    expect(link.rows[0].producer_id).toBe(r.body.id);
    expect((await auditOf(s.ids.binhlu_producer)).map((a) => [a.action, a.after])).toEqual([
      ['producer.link-account', { producerId: r.body.id }],
    ]);
    const twice = await s.call(
      'binhlu_producer',
      'POST',
      '/api/producers',
      binhLuProducer({ name: 'Trang trại thứ hai', legalType: 'trang_trai', registrationNo: null }),
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('producer_profile_exists');
    // It sees only its own producer, edits it, but may not deactivate it.
    const list = await s.call('binhlu_producer', 'GET', '/api/producers');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([r.body.id]);
    expect(
      (await s.call('binhlu_producer', 'PATCH', `/api/producers/${r.body.id}`, { phone: '0987 654 321' })).status,
    ).toBe(200);
    expect(
      (await s.call('binhlu_producer', 'PATCH', `/api/producers/${r.body.id}`, { status: 'inactive' })).status,
    ).toBe(403);
  });

  it('an unlinked producer account sees an empty registry', async () => {
    const r = await s.call('binhlu_producer2', 'GET', '/api/producers');
    expect(r.body).toEqual({ items: [], total: 0 });
    expect((await s.call('binhlu_producer2', 'GET', '/api/products')).body.total).toBe(0);
  });

  it('staff link and unlink producer accounts of the producer’s commune, audited', async () => {
    const htx = (await s.call('binhlu_officer', 'GET', '/api/producers?q=HTX%20Mien%20dong&communeCode=03390')).body
      .items[0];
    const other = await s.call('binhlu_officer', 'POST', `/api/producers/${htx.id}/accounts`, {
      userId: s.ids.tanphong_producer,
    });
    // Tân Phong's account lies outside the Bình Lư officer's area: answered as unknown.
    expect(other.body.error.issues[0]).toMatchObject({ field: 'body.userId', code: 'unknown' });
    const wrongCommune = await s.call('laichau_office', 'POST', `/api/producers/${htx.id}/accounts`, {
      userId: s.ids.tanphong_producer,
    });
    expect(wrongCommune.body.error.issues[0]).toMatchObject({ field: 'body.userId', code: 'other_commune' });
    const notProducer = await s.call('laichau_office', 'POST', `/api/producers/${htx.id}/accounts`, {
      userId: s.ids.binhlu_officer,
    });
    expect(notProducer.body.error.issues[0]).toMatchObject({ field: 'body.userId', code: 'not_producer' });
    const taken = await s.call('binhlu_officer', 'POST', `/api/producers/${htx.id}/accounts`, {
      userId: s.ids.binhlu_producer,
    });
    expect(taken.status).toBe(409);

    const ok = await s.call('binhlu_officer', 'POST', `/api/producers/${htx.id}/accounts`, {
      userId: s.ids.binhlu_producer2,
    });
    expect(ok).toMatchObject({ status: 200, body: { userId: s.ids.binhlu_producer2, producerId: htx.id } });
    expect(
      (await s.call('binhlu_officer', 'POST', `/api/producers/${htx.id}/accounts`, { userId: s.ids.binhlu_producer2 }))
        .status,
    ).toBe(200); // idempotent
    expect(
      (await s.call('binhlu_producer2', 'GET', '/api/producers')).body.items.map((p: { id: string }) => p.id),
    ).toEqual([htx.id]);
    const audit = await auditOf(s.ids.binhlu_producer2);
    expect(audit.map((a) => [a.action, a.after])).toEqual([['producer.link-account', { producerId: htx.id }]]);

    const undo = await s.call(
      'binhlu_officer',
      'DELETE',
      `/api/producers/${htx.id}/accounts/${s.ids.binhlu_producer2}`,
    );
    expect(undo.body).toEqual({ userId: s.ids.binhlu_producer2, producerId: null });
    expect((await s.call('binhlu_producer2', 'GET', '/api/producers')).body.total).toBe(0);
    const notLinked = await s.call(
      'binhlu_officer',
      'DELETE',
      `/api/producers/${htx.id}/accounts/${s.ids.binhlu_producer2}`,
    );
    expect(notLinked.body.error.issues[0]).toMatchObject({ field: 'params.userId', code: 'not_linked' });
  });
});

describe('listing producers', () => {
  it('searches without diacritics: "mien dong binh lu" finds "Miến dong Bình Lư", and by registration number', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/producers?q=mien%20dong%20binh%20lu&communeCode=03390');
    expect(r.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Hợp tác xã miến dong Bình Lư',
      'HTX Miến dong Bình Lư',
    ]);
    const byNo = await s.call('laichau_office', 'GET', '/api/producers?q=6201000123');
    expect(byNo.body.items.map((p: { name: string }) => p.name)).toEqual(['HTX Miến dong Bình Lư']);
    const upper = await s.call('laichau_office', 'GET', `/api/producers?q=${encodeURIComponent('MIẾN DONG')}`);
    expect(upper.body.total).toBe(3);
    // LIKE wildcards typed by the user are plain characters.
    expect((await s.call('laichau_office', 'GET', '/api/producers?q=%25')).body.total).toBe(0);
    expect((await s.call('laichau_office', 'GET', '/api/producers?q=_')).body.total).toBe(0);
  });

  it('filters by commune, legal type, status and product set; pages with a total; sorts as Vietnamese', async () => {
    const all = await s.call('laichau_office', 'GET', '/api/producers?limit=500');
    const names: string[] = all.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const page = await s.call('laichau_office', 'GET', '/api/producers?limit=2&offset=1');
    expect(page.body.total).toBe(all.body.total);
    expect(page.body.items.map((p: { name: string }) => p.name)).toEqual(names.slice(1, 3));
    const htx = await s.call('laichau_office', 'GET', '/api/producers?legalType=htx&communeCode=03390');
    expect(
      htx.body.items.every(
        (p: { legalType: string; communeCode: string }) => p.legalType === 'htx' && p.communeCode === '03390',
      ),
    ).toBe(true);
    const set22 = await s.call('laichau_office', 'GET', '/api/producers?setNo=22');
    expect(set22.body.items.map((p: { name: string }) => p.name)).toEqual(['Tổ hợp tác dệt thổ cẩm Tân Phong']);
    const inactive = await s.call('laichau_office', 'GET', '/api/producers?status=inactive');
    expect(inactive.body.total).toBe(0);
    const bad = await s.call('laichau_office', 'GET', '/api/producers?limit=0&setNo=27&hasCode=maybe');
    expect(bad.status).toBe(400);
  });

  it('every row of a page, and a single producer, carries its commune and province names (one lookup per page)', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/producers?limit=500');
    const names = new Map(
      r.body.items.map((p: { communeCode: string; communeName: string }) => [p.communeCode, p.communeName]),
    );
    expect(Object.fromEntries(names)).toEqual({ '03390': 'Xã Bình Lư', '03408': 'Phường Tân Phong' });
    expect(r.body.items.every((p: { provinceName: string }) => p.provinceName === 'Tỉnh Lai Châu')).toBe(true);
    const one = await s.call('laichau_office', 'GET', `/api/producers/${r.body.items[0].id}`);
    expect(one.body).toMatchObject({ provinceName: 'Tỉnh Lai Châu', communeName: names.get(one.body.communeCode) });
    const products = await s.call('laichau_office', 'GET', '/api/products?limit=500');
    expect(products.body.items.length).toBeGreaterThan(0);
    expect(
      products.body.items.every(
        (p: { communeCode: string; communeName: string }) => p.communeName === names.get(p.communeCode),
      ),
    ).toBe(true);
  });

  it('the ICU order puts Đ after D and Ô after O, unlike a byte sort', async () => {
    for (const name of ['Đồng Tâm chè', 'Dao đỏ thảo dược', 'Ông Sáu trà', 'Ong mật Sìn Hồ']) {
      await s.call(
        'sysadmin',
        'POST',
        '/api/producers',
        binhLuProducer({ name, registrationNo: null, communeCode: '03408' }),
      );
    }
    const r = await s.call('sysadmin', 'GET', '/api/producers?communeCode=03408&limit=500');
    const names: string[] = r.body.items.map((p: { name: string }) => p.name);
    expect(names.indexOf('Dao đỏ thảo dược')).toBeLessThan(names.indexOf('Đồng Tâm chè'));
    expect(names.indexOf('Ong mật Sìn Hồ')).toBeLessThan(names.indexOf('Ông Sáu trà'));
  });
});
