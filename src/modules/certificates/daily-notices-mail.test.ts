// The daily notices by e-mail (OCOP_SMTP_URL set): the window-opening notice of Art. 7.6.a reaches the producer's and
// the commune's addresses once, printing the product, the certificate's number and its status, with a link to the
// certificate; a second run of the job sends nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { createPeople, type People } from '../../testing/people.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../platform/mail/smtp-catcher.ts';
import { PEOPLE, registerBinhLuProduct, type EvaluationTestServer } from '../evaluation/evaluation-test-kit.ts';
import { certify } from './certificates-test-kit.ts';
import { runCertificateDaily } from './commands/run-certificate-daily.ts';

const PUBLIC_URL = 'https://ocop.laichau.example.vn';
const WHO = { binhlu_producer: PEOPLE.binhlu_producer, binhlu_officer: PEOPLE.binhlu_officer };

let smtp: SmtpCatcher;
let server: TestServer;
let people: People<keyof typeof WHO>;
let cert = '';

beforeAll(async () => {
  smtp = await startSmtpCatcher({});
  server = await startTestServer({
    listen: false,
    env: { OCOP_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, OCOP_PUBLIC_URL: PUBLIC_URL },
    mail: { pollingIntervalSeconds: 0.5, retry: { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false } },
  });
  people = await createPeople(server.app, server.db, WHO);
  await server.db.pool.query(`update users set email = 'hanh@htx.example.vn' where username = 'binhlu_producer'`);
  await server.db.pool.query(`update users set email = 'khanh@binhlu.example.vn' where username = 'binhlu_officer'`);
  const s = { ...people, db: server.db } as unknown as EvaluationTestServer;
  const { productId } = await registerBinhLuProduct(s);
  cert = await certify(s, {
    product: productId,
    number: '001/GCN-OCOP-12-2026',
    star: 4,
    on: '2026-10-12',
    until: '2029-10-12',
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('daily notices by e-mail', () => {
  it('Art. 7.6.a: the window opens — one e-mail each to the producer and the commune, with the certificate, once', async () => {
    await runCertificateDaily(server.db.db, '2029-04-15', server.jobs);
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['hanh@htx.example.vn', 'khanh@binhlu.example.vn']);
    const text = mails[0]!.text;
    expect(text).toContain('Số giấy chứng nhận: 001/GCN-OCOP-12-2026');
    expect(text).toContain('Rau cải mèo Bình Lư');
    expect(text).toContain('Trong thời hạn nộp hồ sơ đánh giá lại');
    expect(text).toContain(`${PUBLIC_URL}/certificates/${cert}`);
    await runCertificateDaily(server.db.db, '2029-04-15', server.jobs);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(smtp.mails.length).toBe(2);
  });
});
