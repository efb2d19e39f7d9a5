// Who may do what where in the evaluation procedure: the main routes, for every kind of user, on a record inside and
// outside the user's area (Lai Châu 12: Bình Lư 03390, Tân Phong 03408; Điện Biên 11: 03127). Outside the area a
// record is "not found" (404); a role that may not act is refused (403); the state machine decides the rest.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  fileDossier,
  filledForm01,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
  type Who,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
const rec = {
  filed: '',
  draft: '',
  dienBien: '',
  product: '',
  product2: '',
  dienBienProduct: '',
  round: '',
  certificate: '',
  council: '',
};

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-07');
  rec.product = (await registerBinhLuProduct(s)).productId;
  rec.product2 = (await registerBinhLuProduct(s, 'Măng khô Bình Lư')).productId;
  rec.filed = await fileDossier(s, rec.product);
  rec.draft = (
    await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: rec.product2, kind: 'first' })
  ).body.id;
  const producer = await s.call('sysadmin', 'POST', '/api/producers', {
    communeCode: '03127',
    legalType: 'htx',
    name: 'HTX Gạo Điện Biên',
    registrationNo: '5601000001',
    address: 'Điện Biên Phủ',
    phone: '0215 000 111',
  });
  rec.dienBienProduct = (
    await s.call('sysadmin', 'POST', '/api/products', { producerId: producer.body.id, name: 'Gạo Séng Cù', setNo: 1 })
  ).body.id;
  rec.dienBien = (
    await s.call('dienbien_officer', 'POST', '/api/dossiers', { productId: rec.dienBienProduct, kind: 'first' })
  ).body.id;
  // A 4★ certificate of the Bình Lư product, recorded from paper.
  rec.certificate = (
    await s.db.pool.query(
      `insert into certificates (province_code, product_id, number, star, issued_on, expires_on) values ('12', $1, '009/GCN-OCOP-12-2026', 4, '2026-06-01', '2029-06-01') returning id`,
      [rec.product],
    )
  ).rows[0].id;
});
afterAll(async () => s?.close());

type M = 'GET' | 'POST' | 'PUT';
const in_ = () => `/api/dossiers/${rec.filed}`;
const out = () => `/api/dossiers/${rec.dienBien}`;
const draft = () => `/api/dossiers/${rec.draft}`;
const create = (product: keyof typeof rec) => () => ({ productId: rec[product], kind: 'first' });
let n = 0;
const council = (roundId = '00000000-0000-4000-8000-000000000000') => provinceCouncilBody(s, roundId);
const laichauRound = () => rec.round;
const councilEdit = () => {
  const { roundId: _r, ...body } = council(rec.round);
  return { ...body, decisionNo: '1235/QĐ-UBND', decisionDate: '2026-09-02' };
};
const decision = () => ({ kind: 'recognition', number: `${100 + ++n}/QĐ-UBND`, date: '2026-09-01' });
const historical = () => ({
  productId: rec.dienBienProduct,
  kind: 'first',
  filedOn: '2024-05-10',
  decidedOn: '2024-09-12',
  level: 'district',
  points: 62,
  star: 3,
  decisionNumber: '356/QĐ-UBND',
  certificateNumber: `${++n}/GCN-OCOP-11-2024`,
});

const matrix: [Who | null, M, () => string, (() => unknown) | undefined, number][] = [
  // GET /api/dossiers/:id
  [null, 'GET', in_, undefined, 401],
  ['sysadmin', 'GET', in_, undefined, 200],
  ['ministry', 'GET', in_, undefined, 404], // not sent to the Ministry
  ['c1', 'GET', in_, undefined, 404],
  ['laichau_office', 'GET', in_, undefined, 200],
  ['laichau_office', 'GET', out, undefined, 404],
  ['dienbien_office', 'GET', in_, undefined, 404],
  ['dienbien_office', 'GET', out, undefined, 200],
  ['chair', 'GET', in_, undefined, 200],
  ['m1', 'GET', in_, undefined, 200],
  ['advisory', 'GET', in_, undefined, 200],
  ['binhlu_officer', 'GET', in_, undefined, 200],
  ['tanphong_officer', 'GET', in_, undefined, 404],
  ['dienbien_officer', 'GET', out, undefined, 200],
  ['dienbien_officer', 'GET', in_, undefined, 404],
  ['binhlu_producer', 'GET', in_, undefined, 200],
  ['binhlu_producer', 'GET', out, undefined, 404],
  ['tanphong_producer', 'GET', in_, undefined, 404],
  // GET /api/dossiers/:id/timeline and /evidence
  [null, 'GET', () => `${in_()}/timeline`, undefined, 401],
  ['binhlu_officer', 'GET', () => `${in_()}/timeline`, undefined, 200],
  ['tanphong_officer', 'GET', () => `${in_()}/timeline`, undefined, 404],
  ['binhlu_producer', 'GET', () => `${in_()}/evidence`, undefined, 200],
  ['tanphong_producer', 'GET', () => `${in_()}/evidence`, undefined, 404],
  ['dienbien_office', 'GET', () => `${in_()}/forms/01`, undefined, 404],
  ['laichau_office', 'GET', () => `${in_()}/forms/01`, undefined, 200],
  // POST /api/dossiers (a product outside the area is answered as unknown: 400)
  [null, 'POST', () => '/api/dossiers', create('product2'), 401],
  ['sysadmin', 'POST', () => '/api/dossiers', create('dienBienProduct'), 403],
  ['ministry', 'POST', () => '/api/dossiers', create('dienBienProduct'), 403],
  ['laichau_office', 'POST', () => '/api/dossiers', create('dienBienProduct'), 403],
  ['chair', 'POST', () => '/api/dossiers', create('dienBienProduct'), 403],
  ['m1', 'POST', () => '/api/dossiers', create('dienBienProduct'), 403],
  ['advisory', 'POST', () => '/api/dossiers', create('dienBienProduct'), 403],
  ['tanphong_officer', 'POST', () => '/api/dossiers', create('product2'), 400],
  ['tanphong_producer', 'POST', () => '/api/dossiers', create('product2'), 400],
  ['dienbien_officer', 'POST', () => '/api/dossiers', create('product2'), 400],
  ['binhlu_officer', 'POST', () => '/api/dossiers', create('dienBienProduct'), 400],
  ['binhlu_producer', 'POST', () => '/api/dossiers', create('product2'), 409], // open draft already
  // PUT /api/dossiers/:id/forms/01 (producer side) and /03 (commune)
  [null, 'PUT', () => `${draft()}/forms/01`, filledForm01, 401],
  ['binhlu_producer', 'PUT', () => `${draft()}/forms/01`, filledForm01, 200],
  ['binhlu_officer', 'PUT', () => `${draft()}/forms/01`, filledForm01, 200],
  ['tanphong_officer', 'PUT', () => `${draft()}/forms/01`, filledForm01, 404],
  ['tanphong_producer', 'PUT', () => `${draft()}/forms/01`, filledForm01, 404],
  ['laichau_office', 'PUT', () => `${draft()}/forms/01`, filledForm01, 403],
  ['m1', 'PUT', () => `${draft()}/forms/01`, filledForm01, 403],
  ['binhlu_producer', 'PUT', () => `${in_()}/forms/01`, filledForm01, 409], // filed: frozen
  ['binhlu_producer', 'PUT', () => `${draft()}/forms/03`, () => ({}), 403],
  ['tanphong_officer', 'PUT', () => `${draft()}/forms/03`, () => ({}), 404],
  ['binhlu_officer', 'PUT', () => `${draft()}/forms/03`, () => ({}), 409], // the commune writes it after receipt
  // POST /api/dossiers/:id/actions/receive (the commune of the dossier, on a filed dossier)
  [null, 'POST', () => `${in_()}/actions/receive`, () => ({}), 401],
  ['sysadmin', 'POST', () => `${in_()}/actions/receive`, () => ({}), 403],
  ['ministry', 'POST', () => `${in_()}/actions/receive`, () => ({}), 404],
  ['laichau_office', 'POST', () => `${in_()}/actions/receive`, () => ({}), 403],
  ['dienbien_office', 'POST', () => `${in_()}/actions/receive`, () => ({}), 404],
  ['chair', 'POST', () => `${in_()}/actions/receive`, () => ({}), 403],
  ['binhlu_producer', 'POST', () => `${in_()}/actions/receive`, () => ({}), 403],
  ['tanphong_officer', 'POST', () => `${in_()}/actions/receive`, () => ({}), 404],
  ['dienbien_officer', 'POST', () => `${in_()}/actions/receive`, () => ({}), 404],
  ['binhlu_officer', 'POST', () => `${draft()}/actions/receive`, () => ({}), 409], // not filed yet
  ['binhlu_officer', 'POST', () => `${in_()}/actions/receive`, () => ({}), 200],
  ['binhlu_officer', 'POST', () => `${in_()}/actions/receive`, () => ({}), 409], // received already
  // POST /api/dossiers/:id/actions/withdraw (the producer only)
  ['binhlu_officer', 'POST', () => `${out()}/actions/withdraw`, () => ({}), 404],
  ['dienbien_officer', 'POST', () => `${out()}/actions/withdraw`, () => ({}), 403],
  // POST /api/dossiers/:id/advisory-report
  ['binhlu_officer', 'POST', () => `${in_()}/advisory-report`, () => ({ content: 'x' }), 403],
  ['m1', 'POST', () => `${in_()}/advisory-report`, () => ({ content: 'x' }), 403],
  ['advisory', 'POST', () => `${in_()}/advisory-report`, () => ({ content: 'x' }), 409], // not under review
  ['dienbien_office', 'POST', () => `${in_()}/advisory-report`, () => ({ content: 'x' }), 404],
  // POST /api/rounds, GET /api/rounds
  [null, 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 401],
  ['binhlu_officer', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 403],
  ['chair', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 403],
  ['m1', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 403],
  ['ministry', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 403],
  ['laichau_office', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 201],
  ['laichau_office', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 409],
  ['dienbien_office', 'POST', () => '/api/rounds', () => ({ level: 'province', year: 2026, number: 2 }), 201],
  ['ministry', 'POST', () => '/api/rounds', () => ({ level: 'central', year: 2026, number: 2 }), 201],
  ['binhlu_producer', 'GET', () => '/api/rounds', undefined, 403],
  ['binhlu_officer', 'GET', () => '/api/rounds', undefined, 403],
  ['m1', 'GET', () => '/api/rounds', undefined, 200],
  // POST /api/councils (a round outside the area is answered as unknown: 400)
  ['binhlu_officer', 'POST', () => '/api/councils', () => council(), 403],
  ['chair', 'POST', () => '/api/councils', () => council(), 403],
  ['m1', 'POST', () => '/api/councils', () => council(), 403],
  ['laichau_office', 'POST', () => '/api/councils', () => council(), 400], // no such round
  ['dienbien_office', 'POST', () => '/api/councils', () => council(laichauRound()), 400], // another province's round
  [
    'laichau_office',
    'POST',
    () => '/api/councils',
    () => ({ ...council(laichauRound()), decisionDate: '2026-09-01' }),
    201,
  ],
  // PUT /api/councils/:id (amend before any scorecard) and POST /api/rounds/:id/close: the office of the province
  [null, 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 401],
  ['binhlu_officer', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 403],
  ['chair', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 403],
  ['m1', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 403],
  ['advisory', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 403],
  ['dienbien_office', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 404],
  ['ministry', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 404],
  ['laichau_office', 'PUT', () => `/api/councils/${rec.council}`, () => councilEdit(), 200],
  [null, 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 401],
  ['chair', 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 403],
  ['binhlu_officer', 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 403],
  ['dienbien_office', 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 404],
  ['ministry', 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 404],
  ['laichau_office', 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 200],
  ['laichau_office', 'POST', () => `/api/rounds/${rec.round}/close`, undefined, 409], // already closed
  // POST /api/decisions
  [null, 'POST', () => '/api/decisions', decision, 401],
  ['binhlu_officer', 'POST', () => '/api/decisions', decision, 403],
  ['chair', 'POST', () => '/api/decisions', decision, 403],
  ['m1', 'POST', () => '/api/decisions', decision, 403],
  ['binhlu_producer', 'POST', () => '/api/decisions', decision, 403],
  ['laichau_office', 'POST', () => '/api/decisions', decision, 201],
  ['ministry', 'POST', () => '/api/decisions', () => ({ ...decision(), number: '77/QĐ-BNNMT' }), 201],
  // Reading results and notifications: everyone logged in (rows are scoped)
  [null, 'GET', () => '/api/certificates', undefined, 401],
  ['binhlu_producer', 'GET', () => '/api/certificates', undefined, 200],
  ['c1', 'GET', () => '/api/certificates', undefined, 200],
  // GET /api/certificates/:id and its PDF: the producer's own accounts, staff covering its commune or province, the Ministry
  [null, 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 401],
  ['binhlu_producer', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 200],
  ['tanphong_producer', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 404],
  ['binhlu_officer', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 200],
  ['tanphong_officer', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 404],
  ['laichau_office', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 200],
  ['dienbien_office', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 404],
  ['m1', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 200],
  ['ministry', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 200],
  ['sysadmin', 'GET', () => `/api/certificates/${rec.certificate}`, undefined, 200],
  [null, 'GET', () => `/api/certificates/${rec.certificate}/pdf`, undefined, 401],
  ['tanphong_producer', 'GET', () => `/api/certificates/${rec.certificate}/pdf`, undefined, 404],
  ['dienbien_office', 'GET', () => `/api/certificates/${rec.certificate}/pdf`, undefined, 404],
  ['binhlu_producer', 'GET', () => `/api/certificates/${rec.certificate}/pdf`, undefined, 200],
  [null, 'GET', () => '/api/notifications', undefined, 401],
  ['tanphong_producer', 'GET', () => '/api/notifications', undefined, 200],
  ['binhlu_producer', 'GET', () => '/api/decisions', undefined, 403],
  ['binhlu_officer', 'GET', () => '/api/decisions', undefined, 200],
  // Historical results: the province office (own province) and the admin record; a product elsewhere is unknown (400).
  [null, 'POST', () => '/api/historical-results', historical, 401],
  ['binhlu_officer', 'POST', () => '/api/historical-results', historical, 403],
  ['binhlu_producer', 'POST', () => '/api/historical-results', historical, 403],
  ['chair', 'POST', () => '/api/historical-results', historical, 403],
  ['ministry', 'POST', () => '/api/historical-results', historical, 403],
  ['laichau_office', 'POST', () => '/api/historical-results', historical, 400],
  ['binhlu_officer', 'GET', () => '/api/historical-results', undefined, 403],
  ['laichau_office', 'GET', () => '/api/historical-results', undefined, 200],
  ['tanphong_producer', 'GET', () => '/api/historical-results/template.xlsx', undefined, 403],
];

describe('access matrix: role × route × inside/outside scope', () => {
  it.each(matrix.map((m, i) => [i, ...m] as const))('#%i %s %s', async (_i, who, method, url, payload, expected) => {
    const r = await s.call(who, method, url(), payload?.());
    expect(r.status, JSON.stringify(r.body)).toBe(expected);
    if (r.status === 201 && url() === '/api/rounds' && r.body.provinceCode === '12') rec.round = r.body.id;
    if (r.status === 201 && url() === '/api/councils') rec.council = r.body.id;
  });

  it('refused writes left the dossiers as they were: only the allowed steps are in the audit log', async () => {
    const rows = await s.db.pool.query(
      `select entity_id, action, actor_name from audit_log where entity_type = 'dossier' and entity_id = any($1) and action not in ('dossier.create') order by id`,
      [[rec.filed, rec.draft, rec.dienBien]],
    );
    expect(
      rows.rows.map(
        (r) =>
          `${r.entity_id === rec.filed ? 'filed' : r.entity_id === rec.draft ? 'draft' : 'dienBien'} ${r.action} ${r.actor_name}`,
      ),
    ).toEqual([
      'filed dossier.form01 binhlu_producer',
      'filed dossier.form02 binhlu_producer',
      'filed dossier.submit binhlu_producer',
      'draft dossier.form01 binhlu_producer',
      'draft dossier.form01 binhlu_officer',
      'filed dossier.receive binhlu_officer',
    ]);
    const counter = await s.db.pool.query(`select commune_code, last_seq from receipt_counters`);
    expect(counter.rows).toEqual([{ commune_code: '03390', last_seq: 1 }]);
  });

  it('lists are scoped in the query: each user sees only its area', async () => {
    const seen = async (who: Who) =>
      (await s.call(who, 'GET', '/api/dossiers')).body.items.map((d: { id: string }) => d.id).sort();
    expect(await seen('laichau_office')).toEqual([rec.filed, rec.draft].sort());
    expect(await seen('dienbien_office')).toEqual([rec.dienBien]);
    expect(await seen('binhlu_producer')).toEqual([rec.filed, rec.draft].sort());
    expect(await seen('tanphong_officer')).toEqual([]);
    expect(await seen('ministry')).toEqual([]);
    expect(await seen('sysadmin')).toHaveLength(3);
    // A filter cannot widen the area.
    expect((await s.call('laichau_office', 'GET', '/api/dossiers?provinceCode=11')).body.total).toBe(0);
    expect((await s.call('binhlu_officer', 'GET', '/api/dossiers?communeCode=03127')).body.total).toBe(0);
    const rounds = async (who: Who) =>
      (await s.call(who, 'GET', '/api/rounds')).body.map((r: { provinceCode: string | null }) => r.provinceCode);
    expect(await rounds('laichau_office')).toEqual(['12']);
    expect(await rounds('ministry')).toEqual([null]);
    const decisions = async (who: Who) => (await s.call(who, 'GET', '/api/decisions')).body.total;
    expect(await decisions('laichau_office')).toBe(2); // a recognition and the decision establishing the council
    expect(await decisions('dienbien_office')).toBe(0);
    expect(await decisions('ministry')).toBe(1);
  });
});
