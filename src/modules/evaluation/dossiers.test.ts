// The dossier and the commune step over HTTP (Art. 6–7.2, 7.3.a): opening, forms, evidence, filing, receipt,
// return, Form 03 and forwarding, the province's completion request, lists and queues, PDFs, timeline, refusals.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  filledForm01,
  filledForm02,
  filledForm03,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  PDF_BYTES,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';
import { communeDeadline } from './domain/deadlines.ts';
import { loadCalendar } from '../reference/index.ts';

let s: EvaluationTestServer;
let productId = '';
let id = '';

const audits = async (dossierId: string) =>
  (
    await s.db.pool.query(
      `select action, from_state, to_state, reason, actor_name from audit_log where entity_type = 'dossier' and entity_id = $1 order by id`,
      [dossierId],
    )
  ).rows;
const notificationsOf = async (who: string) =>
  (
    await s.db.pool.query(
      `select n.kind from notifications n join users u on u.id = n.user_id where u.username = $1 order by n.id`,
      [who],
    )
  ).rows.map((r) => r.kind as string);

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-08-28');
  ({ productId } = await registerBinhLuProduct(s));
});
afterAll(async () => s?.close());

describe('a producer opens and files a dossier (Art. 6.1, 7.1)', () => {
  it('opens a draft for its product, with the rule set of the filing day', async () => {
    const r = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    id = r.body.id;
    expect(r.body).toMatchObject({
      state: 'draft',
      kind: 'first',
      ruleSet: '26-2026',
      setNo: 1,
      provinceCode: '12',
      communeCode: '03390',
      productName: 'Rau cải mèo Bình Lư',
      producerName: 'Hợp tác xã Nông sản sạch Bình Lư',
      year: 2026,
      version: 1,
      forms: { form01: false, form02: false, form03: false },
    });
    expect(r.body.availableActions.map((a: { action: string }) => a.action)).toEqual(['submit', 'withdraw']);
  });

  it('refuses a second open dossier for the same product (409 with the existing one)', async () => {
    const r = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'dossier_open', existing: { id } });
  });

  it('refuses an upgrade of a product with no certificate (Art. 6.1)', async () => {
    const other = await registerBinhLuProduct(s, 'Măng khô Bình Lư');
    const r = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: other.productId, kind: 'upgrade' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('missing_certificate');
  });

  it('filing without Forms 01 and 02 is refused by the domain with its message (409)', async () => {
    const r = await s.call('binhlu_producer', 'POST', `/api/dossiers/${id}/actions/submit`, {});
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('missing_forms');
    expect(r.body.error.message.vi).toContain('Mẫu số 01');
  });

  it('Form 01 is validated whole: a bad form is a 400 naming each field', async () => {
    const bad = {
      ...filledForm01(),
      producer: { ...filledForm01().producer, phone: 'abc' },
      attachments: { samples: 2 },
    };
    const r = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, bad);
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { field: string }) => i.field)).toContain('form01.producer.phone');
    const kind = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, filledForm01('upgrade'));
    expect(kind.status).toBe(400);
    expect(kind.body.error.issues[0].field).toBe('form01.evaluationKind');
  });

  it('saves Form 01 (samples) and Form 02, whose answers the engine scores as the self-assessment', async () => {
    const f1 = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, filledForm01());
    expect(f1.status, JSON.stringify(f1.body)).toBe(200);
    expect(f1.body.facts).toMatchObject({ forms: { form01: true, form02: false }, samples: 5 });
    const f2 = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, filledForm02());
    expect(f2.status, JSON.stringify(f2.body)).toBe(200);
    expect(f2.body.selfAssessment).toMatchObject({ total: 75, band: 4, star: 4, certifiable: true });
    expect(f2.body.version).toBe(3);
    const bad = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, filledForm02({ '1.1': 7 }));
    expect(bad.status).toBe(400);
    expect(
      bad.body.error.issues.some((i: { field: string }) => i.field.startsWith('form02.selfAssessment.answers')),
    ).toBe(true);
    const data = await s.call('binhlu_officer', 'GET', `/api/dossiers/${id}/forms/02`);
    expect(data.body.selfAssessment.answers['5.1']).toBe(4);
  });

  it('uploads one evidence PDF (multipart), sniffed and stored by content, and streams it back with its type', async () => {
    const up = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      { criterionCode: '1.2', note: 'Giấy chứng nhận VietGAP' },
      { name: 'vietgap.pdf', bytes: PDF_BYTES, mime: 'application/pdf' },
    );
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({
      criterionCode: '1.2',
      name: 'vietgap.pdf',
      mime: 'application/pdf',
      size: PDF_BYTES.length,
    });
    const file = await s.raw('binhlu_officer', `/api/dossiers/${id}/evidence/${up.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body.equals(PDF_BYTES)).toBe(true);
    expect((await s.raw('tanphong_officer', `/api/dossiers/${id}/evidence/${up.body.id}`)).status).toBe(404);
    const stored = await s.db.pool.query('select mime, size from stored_files');
    expect(stored.rows).toEqual([{ mime: 'application/pdf', size: PDF_BYTES.length }]);
    // The same bytes again are one stored file.
    expect(
      (await s.upload('binhlu_producer', `/api/dossiers/${id}/evidence`, {}, { name: 'copy.pdf', bytes: PDF_BYTES }))
        .status,
    ).toBe(201);
    expect((await s.db.pool.query('select count(*)::int n from stored_files')).rows[0].n).toBe(1);
  });

  it('refuses a file that is neither PDF nor image, an unknown criterion, and a request without a file', async () => {
    const exe = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      {},
      { name: 'x.pdf', bytes: Buffer.from('MZ not a pdf') },
    );
    expect(exe.status).toBe(400);
    expect(exe.body.error.issues[0]).toMatchObject({ field: 'body.file', code: 'unsupported_type' });
    const crit = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      { criterionCode: '99.9' },
      { name: 'a.pdf', bytes: PDF_BYTES },
    );
    expect(crit.status).toBe(400);
    expect(crit.body.error.issues[0].field).toBe('body.criterionCode');
    const none = await s.upload('binhlu_producer', `/api/dossiers/${id}/evidence`, { note: 'x' });
    expect(none.status).toBe(400);
    expect(
      (await s.upload('tanphong_officer', `/api/dossiers/${id}/evidence`, {}, { name: 'a.pdf', bytes: PDF_BYTES }))
        .status,
    ).toBe(404);
  });

  it('takes a scan of several megabytes (past the JSON body limit) and refuses one above 20 MB', async () => {
    const scan = Buffer.concat([PDF_BYTES, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const ok = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      { note: 'Bản quét' },
      { name: 'ban-quet.pdf', bytes: scan },
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.size).toBe(scan.length);
    const huge = Buffer.concat([PDF_BYTES, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    const tooBig = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      {},
      { name: 'lon.pdf', bytes: huge },
    );
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.issues[0]).toMatchObject({ field: 'body.file', code: 'too_big' });
    const list = await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/evidence`);
    expect(list.body.map((e: { name: string }) => e.name)).toEqual(['vietgap.pdf', 'copy.pdf', 'ban-quet.pdf']);
  });

  it('a producer cannot backdate its filing; filing freezes a snapshot and notifies the commune', async () => {
    const back = await s.call('binhlu_producer', 'POST', `/api/dossiers/${id}/actions/submit`, { on: '2026-08-20' });
    expect(back.status).toBe(400);
    expect(back.body.error.issues[0].field).toBe('body.on');
    const r = await act(s, 'binhlu_producer', id, 'submit');
    expect(r.body.dossier).toMatchObject({ state: 'submitted', submittedOn: '2026-08-28' });
    expect(r.body.effects).toContainEqual(expect.objectContaining({ type: 'notify', to: ['commune'], recipients: 1 }));
    expect(await notificationsOf('binhlu_officer')).toEqual(['dossier.submit']);
    expect(await notificationsOf('tanphong_officer')).toEqual([]);
    const snap = await s.db.pool.query('select seq, state, snapshot from dossier_snapshots where dossier_id = $1', [
      id,
    ]);
    expect(snap.rows).toHaveLength(1);
    expect(snap.rows[0].snapshot.evidence).toHaveLength(3);
    expect(snap.rows[0].snapshot.form02.selfAssessment.answers['5.1']).toBe(4);
    // Filed: the forms are frozen until the dossier comes back.
    const edit = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, filledForm01());
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('form_locked');
  });
});

describe('the commune receives, returns, assesses and forwards (Art. 7.2)', () => {
  it('a producer may not receive (403 with the article); another commune does not see the dossier (404)', async () => {
    const r = await s.call('binhlu_producer', 'POST', `/api/dossiers/${id}/actions/receive`, {});
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('wrong_role');
    expect(r.body.error.message.en).toContain('Art. 7.2');
    expect((await s.call('tanphong_officer', 'POST', `/api/dossiers/${id}/actions/receive`, {})).status).toBe(404);
    expect((await s.call('dienbien_office', 'GET', `/api/dossiers/${id}`)).status).toBe(404);
  });

  it('receipt 01/PĐK-12-03390-2026, due 15 working days later, and the product code of the commune list', async () => {
    pinToday('2026-08-31');
    const r = await act(s, 'binhlu_officer', id, 'receive');
    const due = communeDeadline('2026-08-31', loadCalendar()).dueOn;
    expect(due).toBe('2026-09-23'); // 2 and 1/9 are National Day holidays
    expect(r.body.dossier).toMatchObject({
      state: 'commune_received',
      receiptNo: '01/PĐK-12-03390-2026',
      receivedOn: '2026-08-31',
      communeDueOn: due,
    });
    expect(r.body.dossier.deadlines).toEqual([
      expect.objectContaining({ kind: 'commune_review', dueOn: due, article: 'Art. 7.2' }),
    ]);
    expect(r.body.effects).toContainEqual(
      expect.objectContaining({ type: 'deadline_started', deadline: 'commune_review', dueOn: due }),
    );
    const product = await s.call('binhlu_officer', 'GET', `/api/products/${productId}`);
    expect(product.body.productCode).toMatch(/^12-03390-\d{3}-2026$/);
    const form = await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/forms/01`);
    expect(form.body.communeReceipt).toMatchObject({
      number: '01/PĐK-12-03390-2026',
      receivedOn: '2026-08-31',
      receiverName: 'binhlu_officer',
    });
    expect(await notificationsOf('binhlu_producer')).toEqual(['dossier.receive']);
  });

  it('returning needs a reason (400 naming it); the producer completes and files again; the receipt number stays', async () => {
    const none = await s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/return_to_producer`, {});
    expect(none.status).toBe(400);
    expect(none.body.error).toMatchObject({ code: 'missing_reason', issues: [{ field: 'body.reason' }] });
    const wrong = await s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/return_to_producer`, {
      reason: 'x',
      roundId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0]).toMatchObject({ field: 'body.roundId', code: 'not_for_action' });
    await act(s, 'binhlu_officer', id, 'return_to_producer', { reason: 'Bổ sung giấy chứng nhận an toàn thực phẩm' });
    const f1 = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, {
      ...filledForm01(),
      attachments: { samples: 6 },
    });
    expect(f1.status).toBe(200);
    expect(f1.body.facts.samples).toBe(6);
    expect((await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/forms/01`)).body.communeReceipt.number).toBe(
      '01/PĐK-12-03390-2026',
    );
    pinToday('2026-09-01');
    await act(s, 'binhlu_producer', id, 'resubmit');
    pinToday('2026-09-03');
    const again = await act(s, 'binhlu_officer', id, 'receive');
    expect(again.body.dossier.receiptNo).toBe('01/PĐK-12-03390-2026');
    expect(again.body.dossier.communeDueOn).toBe(communeDeadline('2026-09-03', loadCalendar()).dueOn);
    const counter = await s.db.pool.query('select last_seq from receipt_counters where commune_code = $1', ['03390']);
    expect(counter.rows[0].last_seq).toBe(1);
  });

  it('forwarding needs the commune report (Form 03); from Form 03 and the letter it goes to the province', async () => {
    const none = await s.call('binhlu_officer', 'POST', `/api/dossiers/${id}/actions/forward`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('missing_commune_report');
    expect((await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03())).status).toBe(403);
    const f3 = await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03());
    expect(f3.status, JSON.stringify(f3.body)).toBe(200);
    pinToday('2026-09-10');
    const r = await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '25/UBND-KT' });
    expect(r.body.dossier).toMatchObject({ state: 'forwarded', forwardedOn: '2026-09-10', communeDueOn: null });
    expect(await notificationsOf('laichau_office')).toEqual(['dossier.forward']);
    expect(await notificationsOf('dienbien_office')).toEqual([]);
  });
});

describe('the province checks and asks for completion once (Art. 7.3.a)', () => {
  it('asks for completion; the producer supplements (a new snapshot); the office accepts', async () => {
    pinToday('2026-09-14');
    await act(s, 'laichau_office', id, 'request_supplement', { reason: 'Thiếu phiếu kiểm nghiệm' });
    expect((await notificationsOf('binhlu_producer')).at(-1)).toBe('dossier.request_supplement');
    const up = await s.upload(
      'binhlu_producer',
      `/api/dossiers/${id}/evidence`,
      { note: 'Phiếu kiểm nghiệm' },
      { name: 'kiem-nghiem.pdf', bytes: Buffer.concat([PDF_BYTES, Buffer.from('% 2')]) },
    );
    expect(up.status).toBe(201);
    pinToday('2026-09-16');
    await act(s, 'binhlu_producer', id, 'submit_supplement');
    pinToday('2026-09-17');
    const r = await act(s, 'laichau_office', id, 'accept');
    expect(r.body.dossier).toMatchObject({
      state: 'province_accepted',
      acceptedOn: '2026-09-17',
      completeOn: '2026-09-17',
    });
    const snaps = await s.db.pool.query('select seq, state from dossier_snapshots where dossier_id = $1 order by seq', [
      id,
    ]);
    expect(snaps.rows).toEqual([
      { seq: 1, state: 'submitted' },
      { seq: 2, state: 'submitted' },
      { seq: 3, state: 'forwarded' },
    ]);
  });

  it('audits every step with from/to state and reason', async () => {
    const rows = await audits(id);
    const steps = rows.filter((r) => r.from_state !== r.to_state || r.action === 'dossier.create');
    expect(steps.map((r) => [r.action, r.from_state, r.to_state])).toEqual([
      ['dossier.create', null, 'draft'],
      ['dossier.submit', 'draft', 'submitted'],
      ['dossier.receive', 'submitted', 'commune_received'],
      ['dossier.return_to_producer', 'commune_received', 'commune_returned'],
      ['dossier.resubmit', 'commune_returned', 'submitted'],
      ['dossier.receive', 'submitted', 'commune_received'],
      ['dossier.forward', 'commune_received', 'forwarded'],
      ['dossier.request_supplement', 'forwarded', 'province_incomplete'],
      ['dossier.submit_supplement', 'province_incomplete', 'forwarded'],
      ['dossier.accept', 'forwarded', 'province_accepted'],
    ]);
    expect(rows.find((r) => r.action === 'dossier.return_to_producer')!.reason).toBe(
      'Bổ sung giấy chứng nhận an toàn thực phẩm',
    );
  });

  it('the timeline lists the steps with labels and links the filings to their snapshots', async () => {
    const r = await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/timeline`);
    expect(r.status).toBe(200);
    const filed = r.body.entries.filter((e: { snapshotSeq: number | null }) => e.snapshotSeq !== null);
    expect(filed.map((e: { action: string; snapshotSeq: number }) => [e.action, e.snapshotSeq])).toEqual([
      ['submit', 1],
      ['resubmit', 2],
      ['submit_supplement', 3],
    ]);
    expect(r.body.entries.find((e: { action: string }) => e.action === 'receive').label.vi).toContain('Tiếp nhận');
    expect(r.body.snapshots).toHaveLength(3);
  });

  it('the timeline names who took each step by their name, not their username', async () => {
    await s.db.pool.query(`update users set display_name = 'Lò Thị Xã' where username = 'binhlu_officer'`);
    const r = await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/timeline`);
    expect(r.body.entries.find((e: { action: string }) => e.action === 'receive').actor).toBe('Lò Thị Xã');
    await s.db.pool.query(`update users set display_name = username where username = 'binhlu_officer'`);
  });
});

describe('lists, queues, search, Excel and PDFs', () => {
  it('queues follow the role: the office sees it "to assign", the commune no longer has it to confirm', async () => {
    const office = await s.call('laichau_office', 'GET', '/api/dossiers?queue=to_assign');
    expect(office.body.items.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await s.call('laichau_office', 'GET', '/api/dossiers?queue=to_check')).body.total).toBe(0);
    expect((await s.call('binhlu_officer', 'GET', '/api/dossiers?queue=to_confirm')).body.total).toBe(0);
    const bad = await s.call('binhlu_officer', 'GET', '/api/dossiers?queue=to_assign');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe('query.queue');
  });

  it('search ignores diacritics and case, on product or producer name; filters combine; scope cuts', async () => {
    for (const q of ['cai meo', 'RAU CẢI', 'nong san sach']) {
      const r = await s.call(
        'laichau_office',
        'GET',
        `/api/dossiers?q=${encodeURIComponent(q)}&kind=first&year=2026&communeCode=03390`,
      );
      expect(r.body.total, q).toBe(1);
    }
    expect((await s.call('laichau_office', 'GET', '/api/dossiers?q=che%20shan')).body.total).toBe(0);
    expect((await s.call('laichau_office', 'GET', '/api/dossiers?state=draft')).body.total).toBe(0);
    expect((await s.call('dienbien_office', 'GET', '/api/dossiers')).body.total).toBe(0);
    expect((await s.call('tanphong_officer', 'GET', '/api/dossiers')).body.total).toBe(0);
    expect((await s.call('tanphong_producer', 'GET', '/api/dossiers')).body.total).toBe(0);
    // Not sent to the Ministry: the Ministry does not see it.
    expect((await s.call('ministry', 'GET', '/api/dossiers')).body.total).toBe(0);
    expect((await s.call('ministry', 'GET', `/api/dossiers/${id}`)).status).toBe(404);
    expect((await s.call('sysadmin', 'GET', '/api/dossiers')).body.total).toBe(1);
  });

  it('exports the filtered list as Excel', async () => {
    const r = await s.raw('laichau_office', '/api/dossiers?format=xlsx');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('prints Forms 01, 02 and 03 as PDF; a form not written yet is a 404', async () => {
    for (const f of ['01', '02', '03']) {
      const r = await s.raw('laichau_office', `/api/dossiers/${id}/forms/${f}.pdf`);
      expect(r.status, f).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const draft = await s.call('binhlu_producer', 'POST', '/api/dossiers', {
      productId: (await registerBinhLuProduct(s, 'Chè búp Bình Lư')).productId,
      kind: 'first',
    });
    expect((await s.raw('binhlu_producer', `/api/dossiers/${draft.body.id}/forms/03.pdf`)).status).toBe(404);
  });
});

describe('dates of acts', () => {
  it('staff may record a paper act on an earlier day, never in the future nor before the previous act', async () => {
    const p = await registerBinhLuProduct(s, 'Mật ong Bình Lư');
    const d = await s.call('binhlu_officer', 'POST', '/api/dossiers', { productId: p.productId, kind: 'first' });
    expect(d.status).toBe(201);
    await s.call('binhlu_officer', 'PUT', `/api/dossiers/${d.body.id}/forms/01`, filledForm01());
    await s.call('binhlu_officer', 'PUT', `/api/dossiers/${d.body.id}/forms/02`, filledForm02());
    const future = await s.call('binhlu_officer', 'POST', `/api/dossiers/${d.body.id}/actions/submit`, {
      on: '2026-12-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0]).toMatchObject({ field: 'body.on', code: 'in_future' });
    await act(s, 'binhlu_officer', d.body.id, 'submit', { on: '2026-09-15' });
    const early = await s.call('binhlu_officer', 'POST', `/api/dossiers/${d.body.id}/actions/receive`, {
      on: '2026-09-14',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('date_out_of_order');
    const ok = await act(s, 'binhlu_officer', d.body.id, 'receive', { on: '2026-09-15' });
    expect(ok.body.dossier.receiptNo).toBe('02/PĐK-12-03390-2026');
    // The commune queue lists it among what awaits its assessment.
    const q = await s.call('binhlu_officer', 'GET', '/api/dossiers?queue=to_confirm');
    expect(q.body.items.map((x: { id: string }) => x.id)).toEqual([d.body.id]);
  });
});
