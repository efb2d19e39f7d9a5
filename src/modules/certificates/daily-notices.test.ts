// The daily job (issue 9): on fixed days it sends the notices of Art. 7.6.a (the window opens 180 days before expiry,
// closes 120 days before), 30 days before expiry and on expiry (Art. 4.3) to the producer, its commune and the
// province — each once, however often it runs — plus the province's own reminders.
import { NO_JOBS } from '../../platform/command-context.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { certify } from './certificates-test-kit.ts';
import { runCertificateDaily } from './commands/run-certificate-daily.ts';

let s: EvaluationTestServer;
let cert = '';
// Issued 12/10/2026, valid through 12/10/2029 (Art. 4.3): window 15/4/2029 – 14/6/2029 (Art. 7.6.a).
const DAYS = {
  opens: '2029-04-15',
  closes: '2029-06-14',
  thirty: '2029-09-12',
  expiry: '2029-10-12',
  out: '2029-10-13',
};

const kindsSent = async () =>
  (
    await s.db.pool.query(`select kind, recipients from certificate_notices where certificate_id = $1 order by id`, [
      cert,
    ])
  ).rows;
const inbox = async (who: 'binhlu_producer' | 'binhlu_officer' | 'laichau_office' | 'dienbien_office') =>
  (await s.call(who, 'GET', '/api/notifications?limit=100')).body.items.filter((n: { kind: string }) =>
    n.kind.startsWith('certificate.'),
  );

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  const p = (await registerBinhLuProduct(s)).productId;
  cert = await certify(s, {
    product: p,
    number: '001/GCN-OCOP-12-2026',
    star: 4,
    on: '2026-10-12',
    until: '2029-10-12',
  });
});
afterAll(async () => s?.close());

describe('runCertificateDaily', () => {
  it('sends nothing while the certificate is far from expiry', async () => {
    expect((await runCertificateDaily(s.db.db, '2026-11-23', NO_JOBS)).notices).toEqual([]);
    expect((await runCertificateDaily(s.db.db, '2029-04-14', NO_JOBS)).notices).toEqual([]);
  });

  it('Art. 7.6.a: the window opens 180 days before expiry — one notice to the producer, its commune and the province, once', async () => {
    const first = await runCertificateDaily(s.db.db, DAYS.opens, NO_JOBS);
    expect(first.notices.map((n) => n.kind)).toEqual(['window_opens']);
    expect(first.notices[0]!.recipients).toBe(3);
    expect((await runCertificateDaily(s.db.db, DAYS.opens, NO_JOBS)).notices).toEqual([]);
    expect((await runCertificateDaily(s.db.db, '2029-05-01', NO_JOBS)).notices).toEqual([]);
    for (const who of ['binhlu_producer', 'binhlu_officer', 'laichau_office'] as const) {
      const n = await inbox(who);
      expect(n.map((x: { kind: string }) => x.kind)).toEqual(['certificate.window_opens']);
      expect(n[0].title.vi).toContain('15/04/2029');
      expect(n[0].link).toBe(`/certificates/${cert}`);
    }
    expect(await inbox('dienbien_office')).toEqual([]);
  });

  it('Art. 7.6.a: the last day of the window, 120 days before expiry — once', async () => {
    expect((await runCertificateDaily(s.db.db, DAYS.closes, NO_JOBS)).notices.map((n) => n.kind)).toEqual([
      'window_closing',
    ]);
    expect((await runCertificateDaily(s.db.db, DAYS.closes, NO_JOBS)).notices).toEqual([]);
    expect((await runCertificateDaily(s.db.db, '2029-06-15', NO_JOBS)).notices).toEqual([]);
  });

  it('the province adds its own reminder (60 days before expiry), sent once on its day', async () => {
    const put = await s.call('laichau_office', 'PUT', '/api/certificate-reminders', { daysBefore: [60, 60] });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ provinceCode: '12', daysBefore: [60] });
    expect((await s.call('binhlu_officer', 'PUT', '/api/certificate-reminders', { daysBefore: [60] })).status).toBe(
      403,
    );
    const bad = await s.call('laichau_office', 'PUT', '/api/certificate-reminders', { daysBefore: [0] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('daysBefore');
    expect((await runCertificateDaily(s.db.db, '2029-08-13', NO_JOBS)).notices.map((n) => n.kind)).toEqual([
      'reminder_60',
    ]);
    expect((await runCertificateDaily(s.db.db, '2029-08-14', NO_JOBS)).notices).toEqual([]);
  });

  it('Art. 4.3: 30 days before expiry — once, even when the job runs twice', async () => {
    expect((await runCertificateDaily(s.db.db, DAYS.thirty, NO_JOBS)).notices.map((n) => n.kind)).toEqual([
      'expiry_30',
    ]);
    expect((await runCertificateDaily(s.db.db, DAYS.thirty, NO_JOBS)).notices).toEqual([]);
    expect((await runCertificateDaily(s.db.db, DAYS.expiry, NO_JOBS)).notices).toEqual([]);
  });

  it('Art. 4.3: on expiry the certificate turns expired (status marker, audit) and the notice goes once', async () => {
    const out = await runCertificateDaily(s.db.db, DAYS.out, NO_JOBS);
    expect(out.notices.map((n) => n.kind)).toEqual(['expired']);
    expect(out.markedExpired).toBe(1);
    const again = await runCertificateDaily(s.db.db, DAYS.out, NO_JOBS);
    expect(again).toMatchObject({ notices: [], markedExpired: 0 });
    expect((await runCertificateDaily(s.db.db, '2029-10-20', NO_JOBS)).notices).toEqual([]);
    expect((await s.db.pool.query(`select status from certificates where id = $1`, [cert])).rows[0].status).toBe(
      'expired',
    );
    const audit = await s.db.pool.query(
      `select action from audit_log where entity_id = $1 and action = 'certificate.expire'`,
      [cert],
    );
    expect(audit.rowCount).toBe(1);
    expect((await kindsSent()).map((r) => r.kind)).toEqual([
      'window_opens',
      'window_closing',
      'reminder_60',
      'expiry_30',
      'expired',
    ]);
    expect((await inbox('binhlu_producer')).length).toBe(5);
  });

  it('a job that missed the day catches up while the notice still makes sense, and only once', async () => {
    const q = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
    const other = await certify(s, {
      product: q,
      number: '002/GCN-OCOP-12-2026',
      star: 3,
      on: '2026-11-02',
      until: '2029-11-02',
    });
    // Window opened 6/5/2029; the job first runs on 20/5/2029: the opening notice still goes, once.
    const r = await runCertificateDaily(s.db.db, '2029-05-20', NO_JOBS);
    expect(r.notices.filter((n) => n.certificateId === other).map((n) => n.kind)).toEqual(['window_opens']);
    expect((await runCertificateDaily(s.db.db, '2029-05-21', NO_JOBS)).notices).toEqual([]);
  });
});
