// E-mail notifications with SMTP configured (issue 3): a real SMTP server on the loopback interface, the real app,
// real lifecycle steps through HTTP. Each e-mail is queued in the step's transaction (pg-boss) and sent by the worker.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { createPeople, type People } from '../../testing/people.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../platform/mail/smtp-catcher.ts';
import { insertNotifications } from '../../platform/notifications/notification-store.ts';
import { act, fileDossier, registerBinhLuProduct, PEOPLE, type EvaluationTestServer } from './evaluation-test-kit.ts';

const PUBLIC_URL = 'https://ocop.laichau.example.vn';
const WHO = {
  binhlu_producer: PEOPLE.binhlu_producer,
  binhlu_officer: PEOPLE.binhlu_officer,
  binhlu_deputy: PEOPLE.binhlu_officer,
  tanphong_officer: PEOPLE.tanphong_officer,
};
type W = keyof typeof WHO;

let smtp: SmtpCatcher;
let server: TestServer;
let people: People<W>;
let s: EvaluationTestServer;
const logs: string[] = [];
let dossierId = '';

const jobs = async () =>
  Number(
    (await server.db.pool.query(`select count(*) from pgboss.job where name = 'notification-email'`)).rows[0].count,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Long enough for the worker (polling every 0.5 s) to have sent anything that was queued. */
const settle = () => sleep(1_500);

beforeAll(async () => {
  smtp = await startSmtpCatcher({ refuse: (to) => to.startsWith('bounce@') });
  server = await startTestServer({
    listen: false,
    env: {
      OCOP_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      OCOP_PUBLIC_URL: PUBLIC_URL,
      OCOP_MAIL_FROM: '"OCOP Lai Châu" <ocop@laichau.example.vn>',
    },
    mail: {
      pollingIntervalSeconds: 0.5,
      retry: { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false },
      log: (l) => logs.push(l),
    },
  });
  people = await createPeople(server.app, server.db, WHO);
  // binhlu_deputy, a second officer of the commune, has no e-mail address.
  await server.db.pool.query(
    `update users set email = 'hanh@htx-binhlu.example.vn' where username = 'binhlu_producer'`,
  );
  await server.db.pool.query(`update users set email = 'khanh@binhlu.example.vn' where username = 'binhlu_officer'`);
  await server.db.pool.query(`update users set email = 'tp@tanphong.example.vn' where username = 'tanphong_officer'`);
  const unused = () => Promise.reject(new Error('not used here'));
  s = {
    app: server.app,
    db: server.db,
    ...people,
    upload: unused,
    raw: unused,
    close: unused,
  } as unknown as EvaluationTestServer;
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('e-mail notifications (OCOP_SMTP_URL set)', () => {
  it('a producer files a dossier: the commune officer with an address gets one e-mail, in Vietnamese then English, linking to the dossier', async () => {
    const { productId } = await registerBinhLuProduct(s);
    dossierId = await fileDossier(s, productId);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['khanh@binhlu.example.vn']);
    expect(mail!.headers.from).toMatch(/^"?OCOP Lai Châu"? <ocop@laichau\.example\.vn>$/);
    expect(mail!.subject).toBe('[OCOP Hub] Nộp hồ sơ: Rau cải mèo Bình Lư / File the dossier: Rau cải mèo Bình Lư');
    expect(mail!.text.startsWith('Kính gửi binhlu_officer,')).toBe(true);
    expect(mail!.text).toContain(`Xem trên OCOP Hub: ${PUBLIC_URL}/dossiers/${dossierId}`);
    expect(mail!.html).toContain(`<a href="${PUBLIC_URL}/dossiers/${dossierId}">Xem trên OCOP Hub</a>`);
    await settle();
    expect(smtp.mails).toHaveLength(1);
  });

  it('the officer without an address is notified in the app only', async () => {
    const inApp = await server.db.pool.query(
      `select u.username from notifications n join users u on u.id = n.user_id where n.kind = 'dossier.submit' order by u.username`,
    );
    expect(inApp.rows.map((r) => r.username)).toEqual(['binhlu_deputy', 'binhlu_officer']);
    expect(await jobs()).toBe(1);
    expect(smtp.mails.flatMap((m) => m.to)).not.toContain(expect.stringContaining('deputy'));
  });

  it('refused steps send nothing; the accepted receipt e-mails the producer', async () => {
    expect(
      (await people.call('tanphong_officer', 'POST', `/api/dossiers/${dossierId}/actions/receive`, {})).status,
    ).toBe(404);
    expect(
      (
        await people.call('binhlu_officer', 'POST', `/api/dossiers/${dossierId}/actions/return_to_producer`, {
          reason: 'Thiếu Mẫu số 02',
        })
      ).status,
    ).toBe(409);
    await settle();
    expect(smtp.mails).toHaveLength(1);
    expect(await jobs()).toBe(1);

    await act(s, 'binhlu_officer', dossierId, 'receive');
    const [, mail] = await smtp.waitFor(2);
    expect(mail!.to).toEqual(['hanh@htx-binhlu.example.vn']);
    expect(mail!.subject).toContain('Tiếp nhận hồ sơ, cấp phiếu tiếp nhận: Rau cải mèo Bình Lư');
    expect(mail!.text).toMatch(/- Số phiếu tiếp nhận: 01\/PĐK-12-03390-\d{4}/);
  });

  it('a notification whose transaction rolls back queues and sends nothing', async () => {
    const before = await jobs();
    await expect(
      server.db.db.transaction(async (tx) => {
        await insertNotifications(tx, server.jobs, [
          {
            userId: people.ids.binhlu_producer,
            provinceCode: '12',
            kind: 'test.rollback',
            title: { vi: 'Thử', en: 'Test' },
            link: null,
          },
        ]);
        throw new Error('the step is refused after notifying');
      }),
    ).rejects.toThrow('the step is refused after notifying');
    await settle();
    expect(await jobs()).toBe(before);
    expect(smtp.mails).toHaveLength(2);
  });

  it('a refused address is retried, then logged as a permanent failure; the server keeps serving and sending', async () => {
    await server.db.pool.query(`update users set email = 'bounce@binhlu.example.vn' where username = 'binhlu_deputy'`);
    await server.db.db.transaction(async (tx) => {
      await insertNotifications(tx, server.jobs, [
        {
          userId: people.ids.binhlu_deputy,
          provinceCode: '12',
          kind: 'test.bounce',
          title: { vi: 'Thử', en: 'Test' },
          link: null,
        },
      ]);
    });
    for (let i = 0; i < 40 && !logs.some((l) => l.includes('failed for good')); i++) await sleep(250);
    expect(logs.find((l) => l.includes('attempt 1 failed, will retry'))).toMatch(
      /notification-email .* attempt 1 failed, will retry: .*550/,
    );
    expect(logs.find((l) => l.includes('failed for good'))).toMatch(/failed for good after 2 attempt\(s\)/);
    const failed = await server.db.pool.query(
      `select state, retry_count from pgboss.job where name = 'notification-email' and data->>'notificationId' = (select id::text from notifications where kind = 'test.bounce')`,
    );
    expect(failed.rows).toEqual([{ state: 'failed', retry_count: 1 }]);

    expect((await people.call('binhlu_officer', 'GET', '/api/notifications')).status).toBe(200);
    await server.db.db.transaction(async (tx) => {
      await insertNotifications(tx, server.jobs, [
        {
          userId: people.ids.binhlu_producer,
          provinceCode: '12',
          kind: 'test.after',
          title: { vi: 'Sau lỗi', en: 'After the failure' },
          link: '/dossiers/x',
        },
      ]);
    });
    const [, , mail] = await smtp.waitFor(3);
    expect(mail!.subject).toBe('[OCOP Hub] Sau lỗi / After the failure');
  });

  it('delivers a burst of 100 e-mails (one per notification) to the local SMTP server', async () => {
    const start = smtp.mails.length;
    const t0 = performance.now();
    await server.db.db.transaction(async (tx) => {
      await insertNotifications(
        tx,
        server.jobs,
        Array.from({ length: 100 }, (_, i) => ({
          userId: people.ids.binhlu_producer,
          provinceCode: '12',
          kind: 'test.burst',
          title: { vi: `Thông báo số ${i + 1}`, en: `Notice ${i + 1}` },
          link: `/dossiers/${i + 1}`,
        })),
      );
    });
    const all = await smtp.waitFor(start + 100, 60_000);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`[bench] 100 e-mails delivered to the local SMTP server in ${seconds.toFixed(2)} s`);
    const subjects = new Set(all.slice(start).map((m) => m.subject));
    expect(subjects.size).toBe(100);
    expect(subjects).toContain('[OCOP Hub] Thông báo số 100 / Notice 100');
  });
});
