// The OCOP cycle over HTTP (seed 001 §III.2.1), against the real database: a producer's idea reviewed by the commune
// then the province, each step audited; an accepted idea becoming a registry product; its business plan (file in the
// evidence store) reviewed and implemented; the pipeline placing each product at its derived stage, in scope; the
// survey feeding the pipeline and the plan targets; the partners' directory and the commune's responsible officer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileDossier,
  PDF_BYTES,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { certify } from '../certificates/certificates-test-kit.ts';

let s: EvaluationTestServer;
let producerId = '';
let ideaId = '';
let productId = '';
let planId = '';

const IDEA = {
  name: 'Trà hoa vàng Bình Lư',
  setNo: 1,
  description: 'Trà hoa vàng sấy lạnh, đóng túi lọc',
  rawMaterials: 'Hoa vàng trồng dưới tán rừng bản Nà Đông',
  market: 'Khách du lịch, cửa hàng OCOP',
};

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-03-02');
  producerId = (await registerBinhLuProduct(s)).producerId;
});
afterAll(async () => s?.close());

const stageOf = async (who: 'binhlu_officer' | 'laichau_office', key: string) => {
  const res = await s.call(who, 'GET', '/api/cycle/pipeline');
  return res.body.items.find((i: { key: string }) => i.key === key)?.stage;
};

describe('product ideas (seed 001 §III.2.1.2): the commune reviews, then the province', () => {
  it('the producer registers its own idea; it waits for the commune', async () => {
    const res = await s.call('binhlu_producer', 'POST', '/api/cycle/ideas', IDEA);
    expect(res.status).toBe(201);
    ideaId = res.body.id;
    expect(res.body).toMatchObject({
      state: 'submitted',
      producerId,
      communeCode: '03390',
      registeredOn: '2026-03-02',
    });
    expect(res.body.availableActions).toEqual([]);
    expect(await stageOf('binhlu_officer', `idea:${ideaId}`)).toBe('idea');
  });

  it('wrong role or wrong commune is 403: the province cannot act first, another commune not at all', async () => {
    expect(
      (await s.call('laichau_office', 'POST', `/api/cycle/ideas/${ideaId}/actions/commune_forward`, {})).status,
    ).toBe(403);
    expect(
      (await s.call('tanphong_officer', 'POST', `/api/cycle/ideas/${ideaId}/actions/commune_forward`, {})).status,
    ).toBe(403);
    expect((await s.call('tanphong_officer', 'GET', `/api/cycle/ideas/${ideaId}`)).status).toBe(403);
    expect((await s.call('tanphong_producer', 'GET', `/api/cycle/ideas/${ideaId}`)).status).toBe(403);
    expect(
      (await s.call('binhlu_producer', 'POST', `/api/cycle/ideas/${ideaId}/actions/commune_forward`, {})).status,
    ).toBe(403);
  });

  it('a return without advice is a 400 naming body.advice; the province accepting too early is a 409', async () => {
    const res = await s.call('binhlu_officer', 'POST', `/api/cycle/ideas/${ideaId}/actions/commune_return`, {});
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].field).toBe('body.advice');
    expect(res.body.error.issues[0].message.vi).toMatch(/ý kiến/);
    expect(
      (await s.call('laichau_office', 'POST', `/api/cycle/ideas/${ideaId}/actions/province_accept`, {})).status,
    ).toBe(409);
  });

  it('returned with advice, sent again, forwarded, accepted by the province: dates and audit recorded', async () => {
    const back = await s.call('binhlu_officer', 'POST', `/api/cycle/ideas/${ideaId}/actions/commune_return`, {
      advice: 'Bổ sung vùng nguyên liệu và số hộ tham gia',
    });
    expect(back.body).toMatchObject({
      state: 'returned_by_commune',
      communeAdvice: 'Bổ sung vùng nguyên liệu và số hộ tham gia',
    });
    const own = await s.call('binhlu_producer', 'GET', `/api/cycle/ideas/${ideaId}`);
    expect(own.body.availableActions.map((a: { code: string }) => a.code)).toEqual(['resubmit']);
    await s.call('binhlu_producer', 'POST', `/api/cycle/ideas/${ideaId}/actions/resubmit`, {});
    pinToday('2026-03-10');
    const fwd = await s.call('binhlu_officer', 'POST', `/api/cycle/ideas/${ideaId}/actions/commune_forward`, {});
    expect(fwd.body).toMatchObject({ state: 'forwarded', communeReviewedOn: '2026-03-10', communeAdvice: null });
    const ok = await s.call('laichau_office', 'POST', `/api/cycle/ideas/${ideaId}/actions/province_accept`, {});
    expect(ok.body).toMatchObject({ state: 'accepted', provinceReviewedOn: '2026-03-10', mayMakeProduct: true });
    const audit = await s.db.pool.query(`select action from audit_log where entity_id = $1 order by id`, [ideaId]);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'idea.register',
      'idea.commune_return',
      'idea.resubmit',
      'idea.commune_forward',
      'idea.province_accept',
    ]);
    expect(await stageOf('laichau_office', `idea:${ideaId}`)).toBe('idea_accepted');
  });

  it('the accepted idea becomes a registry product, keeping the link', async () => {
    const res = await s.call('binhlu_producer', 'POST', `/api/cycle/ideas/${ideaId}/product`, {});
    expect(res.status).toBe(201);
    productId = res.body.productId;
    const product = await s.db.pool.query(`select name, producer_id, set_no from products where id = $1`, [productId]);
    expect(product.rows[0]).toEqual({ name: IDEA.name, producer_id: producerId, set_no: 1 });
    expect((await s.call('binhlu_producer', 'POST', `/api/cycle/ideas/${ideaId}/product`, {})).status).toBe(409);
  });

  it('bad input is a 400 naming the field, nothing written', async () => {
    const before = await s.db.pool.query(`select count(*)::int as n from cycle_ideas`);
    const noOne = await s.call('binhlu_officer', 'POST', '/api/cycle/ideas', IDEA);
    expect(noOne.body.error.issues[0].field).toBe('body.producerId');
    expect(noOne.body.error.issues[0].message.en).toMatch(/producer/);
    const set = await s.call('binhlu_producer', 'POST', '/api/cycle/ideas', { ...IDEA, setNo: 27 });
    expect(set.body.error.issues[0].field).toBe('body.setNo');
    const commune = await s.call('binhlu_officer', 'POST', '/api/cycle/ideas', {
      ...IDEA,
      household: { name: 'Hộ Lò Thị Hoa', communeCode: '99999' },
    });
    expect(commune.body.error.issues[0].field).toBe('body.household.communeCode');
    // A commune officer registers for a household of another commune: 403.
    const other = await s.call('binhlu_officer', 'POST', '/api/cycle/ideas', {
      ...IDEA,
      household: { name: 'Hộ Lò Thị Hoa', communeCode: '03408' },
    });
    expect(other.status).toBe(403);
    const after = await s.db.pool.query(`select count(*)::int as n from cycle_ideas`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe('business plan (seed 001 §III.2.1.3–2.1.4): reviewed, then implemented with support', () => {
  it('the producer submits the plan of its accepted idea and uploads its file', async () => {
    const res = await s.call('binhlu_producer', 'POST', '/api/cycle/business-plans', {
      ideaId,
      title: 'Phương án sản xuất kinh doanh trà hoa vàng 2026–2028',
    });
    expect(res.status).toBe(201);
    planId = res.body.id;
    expect(res.body).toMatchObject({ state: 'submitted', productId, mayUpload: true });
    const up = await s.upload(
      'binhlu_producer',
      `/api/cycle/business-plans/${planId}/file`,
      {},
      { name: 'phuong-an.pdf', bytes: PDF_BYTES },
    );
    expect(up.status).toBe(200);
    expect(up.body.file).toEqual({ name: 'phuong-an.pdf', mime: 'application/pdf' });
    const bad = await s.upload(
      'binhlu_producer',
      `/api/cycle/business-plans/${planId}/file`,
      {},
      { name: 'x.txt', bytes: Buffer.from('hello') },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe('body.file');
    const file = await s.raw('laichau_office', `/api/cycle/business-plans/${planId}/file`);
    expect(file.status).toBe(200);
    expect(file.body.equals(PDF_BYTES)).toBe(true);
    expect(await stageOf('binhlu_officer', `idea:${ideaId}`)).toBe('business_plan');
  });

  it('support cannot be recorded before approval; the commune then the province approve', async () => {
    const support = { type: 'training', givenOn: '2026-04-02', provider: 'Trung tâm Khuyến nông tỉnh' };
    expect(
      (await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${planId}/supports`, support)).status,
    ).toBe(409);
    await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${planId}/actions/commune_forward`, {});
    const ok = await s.call(
      'laichau_office',
      'POST',
      `/api/cycle/business-plans/${planId}/actions/province_accept`,
      {},
    );
    expect(ok.body.state).toBe('accepted');
    expect(await stageOf('binhlu_officer', `idea:${ideaId}`)).toBe('implementing');
    const rec = await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${planId}/supports`, support);
    expect(rec.status).toBe(201);
    const prob = await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${planId}/problems`, {
      notedOn: '2026-05-10',
      text: 'Thiếu máy sấy lạnh',
    });
    expect(prob.body.supports).toHaveLength(1);
    expect(prob.body.problems[0].text).toBe('Thiếu máy sấy lạnh');
    const badType = await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${planId}/supports`, {
      ...support,
      type: 'gift',
    });
    expect(badType.body.error.issues[0].field).toBe('body.type');
    expect(
      (await s.call('binhlu_producer', 'POST', `/api/cycle/business-plans/${planId}/supports`, support)).status,
    ).toBe(403);
  });

  it('§2.1.5: a filed dossier moves the product to "dossier filed" on the pipeline', async () => {
    pinToday('2026-06-01');
    await fileDossier(s, productId);
    expect(await stageOf('laichau_office', `idea:${ideaId}`)).toBe('dossier_filed');
  });
});

describe('survey, partners, responsible officer; the pipeline in scope and the plan targets', () => {
  it('the commune surveys its candidates; a row becomes an idea; the pipeline counts both', async () => {
    const res = await s.call('binhlu_officer', 'POST', '/api/cycle/surveys', {
      communeCode: '03390',
      year: 2026,
      surveyedOn: '2026-02-15',
      rows: [
        { productName: 'Mật ong bạc hà', householdName: 'Hộ Vàng A Dính', potential: 'high' },
        { productName: 'Gạo Séng Cù', producerId, setNo: 1, potential: 'medium' },
      ],
    });
    expect(res.status).toBe(201);
    const again = await s.call('binhlu_officer', 'POST', '/api/cycle/surveys', {
      communeCode: '03390',
      year: 2026,
      surveyedOn: '2026-02-15',
      rows: [],
    });
    expect(again.status).toBe(409);
    expect(
      (
        await s.call('tanphong_officer', 'POST', '/api/cycle/surveys', {
          communeCode: '03390',
          year: 2025,
          surveyedOn: '2025-02-15',
          rows: [],
        })
      ).status,
    ).toBe(403);
    const list = await s.call('binhlu_officer', 'GET', '/api/cycle/surveys?year=2026');
    const rowId = list.body.items[0].rows[0].id;
    const idea = await s.call('binhlu_officer', 'POST', '/api/cycle/ideas', {
      name: 'Mật ong bạc hà',
      setNo: 1,
      household: { name: 'Hộ Vàng A Dính', communeCode: '03390' },
      surveyRowId: rowId,
    });
    expect(idea.status).toBe(201);
    const pipe = await s.call('binhlu_officer', 'GET', '/api/cycle/pipeline');
    const n = (stage: string) => pipe.body.counts.find((c: { stage: string }) => c.stage === stage).n;
    expect([n('surveyed'), n('idea'), n('dossier_filed')]).toEqual([1, 1, 1]);
  });

  it('the province names the commune officer and keeps the partners; a distributor promotes certified products', async () => {
    const users = await s.db.pool.query(
      `select id from users where username in ('binhlu_officer', 'tanphong_officer') order by username`,
    );
    const [binhlu, tanphong] = users.rows.map((r) => r.id);
    expect(
      (await s.call('laichau_office', 'PUT', '/api/cycle/commune-officers/03390', { userId: tanphong })).status,
    ).toBe(400);
    expect(
      (await s.call('binhlu_officer', 'PUT', '/api/cycle/commune-officers/03390', { userId: binhlu })).status,
    ).toBe(403);
    expect(
      (await s.call('laichau_office', 'PUT', '/api/cycle/commune-officers/03390', { userId: binhlu })).status,
    ).toBe(200);
    const p = await s.call('laichau_office', 'POST', '/api/cycle/partners', {
      provinceCode: '12',
      kind: 'qr_stamps',
      name: 'Công ty Tem điện tử Lai Châu',
    });
    expect(p.status).toBe(201);
    expect(
      (await s.call('dienbien_office', 'POST', '/api/cycle/partners', { provinceCode: '12', kind: 'legal', name: 'X' }))
        .status,
    ).toBe(403);
    await s.call('laichau_office', 'POST', `/api/cycle/partners/${p.body.id}/producers`, {
      producerId,
      service: 'Tem QR',
    });
    const dir = await s.call('binhlu_officer', 'GET', '/api/cycle/partners');
    expect(dir.body.items[0].producers[0]).toMatchObject({ id: producerId, service: 'Tem QR' });
    const pipe = await s.call('laichau_office', 'GET', '/api/cycle/pipeline');
    expect(pipe.body.communes.find((c: { code: string }) => c.code === '03390').officer.name).toBeTruthy();
    // §2.1.5–2.1.6: certified (a certificate in force), then trade promotion once a distributor serves the producer.
    await certify(s, { product: productId, number: 'THV/2026', star: 3, on: '2026-05-20', until: '2029-05-20' });
    expect(await stageOf('laichau_office', `idea:${ideaId}`)).toBe('certified');
    const d = await s.call('laichau_office', 'POST', '/api/cycle/partners', {
      provinceCode: '12',
      kind: 'distributor',
      name: 'Điểm bán sản phẩm OCOP Lai Châu',
    });
    await s.call('laichau_office', 'POST', `/api/cycle/partners/${d.body.id}/producers`, { producerId });
    expect(await stageOf('laichau_office', `idea:${ideaId}`)).toBe('promoted');
    expect((await s.call('binhlu_producer', 'GET', '/api/cycle/pipeline')).status).toBe(403);
    expect((await s.call('dienbien_office', 'GET', '/api/cycle/pipeline')).body.items).toEqual([]);
  });

  it('plan targets: products surveyed and ideas registered are counted by their dates, a past day included', async () => {
    const plan = await s.call('binhlu_officer', 'POST', '/api/plans', {
      unitSet: 2025,
      unitCode: '03390',
      year: 2026,
      title: 'Kế hoạch OCOP xã Bình Lư 2026',
      targets: [
        { kind: 'products_surveyed', target: 5 },
        { kind: 'ideas_registered', target: 2 },
      ],
    });
    expect(plan.status).toBe(201);
    expect(plan.body.targets.map((t: { actual: number }) => t.actual)).toEqual([2, 2]);
    const feb = await s.call('binhlu_officer', 'GET', `/api/plans/${plan.body.id}?asOf=2026-02-28`);
    expect(feb.body.targets.map((t: { actual: number }) => t.actual)).toEqual([2, 0]);
    const jan = await s.call('binhlu_officer', 'GET', `/api/plans/${plan.body.id}?asOf=2026-01-31`);
    expect(jan.body.targets.map((t: { actual: number }) => t.actual)).toEqual([0, 0]);
  });
});

describe('the lists behind the web screens: business plans and the communes’ officers', () => {
  it('business plans in the reader’s area, with names and the actions open to the reader; a producer its own', async () => {
    const mine = await s.call('binhlu_officer', 'GET', '/api/cycle/business-plans');
    expect(mine.status).toBe(200);
    expect(mine.body.items.find((p: { id: string }) => p.id === planId)).toMatchObject({
      productName: 'Trà hoa vàng Bình Lư',
      producerName: expect.any(String),
      communeName: expect.stringMatching(/Bình Lư/),
      state: 'accepted',
      mayRecordImplementation: true,
    });
    expect((await s.call('tanphong_officer', 'GET', '/api/cycle/business-plans')).body.items).toEqual([]);
    expect((await s.call('tanphong_producer', 'GET', '/api/cycle/business-plans')).body.items).toEqual([]);
    const own = await s.call('binhlu_producer', 'GET', '/api/cycle/business-plans');
    expect(own.body.items.map((p: { id: string }) => p.id)).toContain(planId);
  });

  it('every commune of the province with its officer; the province office may name one from the commune’s officers', async () => {
    const all = await s.call('laichau_office', 'GET', '/api/cycle/commune-officers');
    expect(all.status).toBe(200);
    expect(all.body.mayAssign).toBe(true);
    expect(all.body.items.length).toBeGreaterThan(30); // Lai Châu's 38 communes and wards
    const binhlu = all.body.items.find((c: { code: string }) => c.code === '03390');
    expect(binhlu.officer).toMatchObject({ name: expect.any(String), assignedOn: expect.any(String) });
    expect(binhlu.candidates.map((c: { userId: string }) => c.userId)).toContain(binhlu.officer.userId);
    const own = await s.call('binhlu_officer', 'GET', '/api/cycle/commune-officers');
    expect(own.body).toMatchObject({ mayAssign: false });
    expect(own.body.items.map((c: { code: string }) => c.code)).toEqual(['03390']);
    expect(own.body.items[0].candidates).toEqual([]);
    expect((await s.call('binhlu_producer', 'GET', '/api/cycle/commune-officers')).status).toBe(403);
  });
});

describe('the pipeline as of a past day (?asOf=), from recorded dates only', () => {
  const NAME = 'Rượu ngô men lá Bình Lư';
  let id = '';
  let plan = '';
  const stageOn = async (who: 'binhlu_officer' | 'laichau_office', asOf: string) => {
    const res = await s.call(who, 'GET', `/api/cycle/pipeline?asOf=${asOf}`);
    expect(res.status).toBe(200);
    expect(res.body.on).toBe(asOf);
    return res.body.items.find((i: { key: string }) => i.key === `idea:${id}`)?.stage ?? null;
  };

  it('an idea and a plan sent back and again: each past day shows the stage it had then', async () => {
    pinToday('2026-07-01');
    id = (await s.call('binhlu_producer', 'POST', '/api/cycle/ideas', { name: NAME, setNo: 1 })).body.id;
    pinToday('2026-07-05');
    await s.call('binhlu_officer', 'POST', `/api/cycle/ideas/${id}/actions/commune_forward`, {});
    pinToday('2026-07-10');
    await s.call('laichau_office', 'POST', `/api/cycle/ideas/${id}/actions/province_accept`, {});
    await s.call('binhlu_producer', 'POST', `/api/cycle/ideas/${id}/product`, {});
    pinToday('2026-07-15');
    plan = (await s.call('binhlu_producer', 'POST', '/api/cycle/business-plans', { ideaId: id, title: 'PA' })).body.id;
    pinToday('2026-07-20');
    await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${plan}/actions/commune_return`, {
      advice: 'Bổ sung thị trường',
    });
    pinToday('2026-07-25');
    const again = await s.call('binhlu_producer', 'POST', `/api/cycle/business-plans/${plan}/actions/resubmit`, {});
    expect(again.body.submittedOn).toBe('2026-07-25');
    pinToday('2026-07-28');
    await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${plan}/actions/commune_forward`, {});
    pinToday('2026-08-05');
    await s.call('laichau_office', 'POST', `/api/cycle/business-plans/${plan}/actions/province_accept`, {});
    pinToday('2026-09-01');
    const expected: [string, string | null][] = [
      ['2026-06-30', null],
      ['2026-07-01', 'idea'],
      ['2026-07-09', 'idea'],
      ['2026-07-10', 'idea_accepted'],
      ['2026-07-15', 'business_plan'],
      ['2026-07-22', 'business_plan'], // returned, not yet sent again: the plan was in the cycle since 15/7
      ['2026-08-04', 'business_plan'],
      ['2026-08-05', 'implementing'],
      ['2026-09-01', 'implementing'],
    ];
    for (const [day, stage] of expected) expect(await stageOn('binhlu_officer', day), day).toBe(stage);
  });

  it('the province rolls up its communes on the same day; the answer does not change with later work', async () => {
    const before = await s.call('laichau_office', 'GET', '/api/cycle/pipeline?asOf=2026-07-22');
    const commune = before.body.communes.find((c: { code: string }) => c.code === '03390');
    const n = (counts: { stage: string; n: number }[], stage: string) => counts.find((c) => c.stage === stage)!.n;
    expect(n(commune.counts, 'business_plan')).toBeGreaterThanOrEqual(1);
    for (const stage of ['idea', 'business_plan', 'implementing'])
      expect(n(before.body.counts, stage)).toBe(
        before.body.communes.reduce((sum: number, c: { counts: [] }) => sum + n(c.counts, stage), 0),
      );
    await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${plan}/supports`, {
      type: 'consulting',
      givenOn: '2026-08-20',
      provider: 'Trung tâm Khuyến nông tỉnh',
    });
    const after = await s.call('laichau_office', 'GET', '/api/cycle/pipeline?asOf=2026-07-22');
    expect(after.body).toEqual(before.body);
  });

  it('a day after today or not a date is a 400 naming querystring.asOf', async () => {
    for (const bad of ['2026-09-02', '2026-02-30', 'hôm qua']) {
      const res = await s.call('laichau_office', 'GET', `/api/cycle/pipeline?asOf=${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.issues[0].field).toBe('querystring.asOf');
    }
  });
});
