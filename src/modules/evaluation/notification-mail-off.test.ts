// With OCOP_SMTP_URL unset (the default) e-mail is off: steps notify in the app only, nothing is queued and the
// pgboss schema is not even created.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { createPeople } from '../../testing/people.ts';
import { fileDossier, registerBinhLuProduct, PEOPLE, type EvaluationTestServer } from './evaluation-test-kit.ts';

let server: TestServer;
let s: EvaluationTestServer;

beforeAll(async () => {
  server = await startTestServer({ listen: false });
  const people = await createPeople(server.app, server.db, {
    binhlu_producer: PEOPLE.binhlu_producer,
    binhlu_officer: PEOPLE.binhlu_officer,
  });
  await server.db.pool.query(`update users set email = username || '@example.vn'`);
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
afterAll(async () => server?.close());

describe('e-mail notifications with OCOP_SMTP_URL unset', () => {
  it('a filed dossier notifies the commune officer in the app, and queues no e-mail (no pgboss schema)', async () => {
    const { productId } = await registerBinhLuProduct(s);
    const id = await fileDossier(s, productId);
    const inApp = await server.db.pool.query(
      `select u.username, n.link from notifications n join users u on u.id = n.user_id where n.kind = 'dossier.submit'`,
    );
    expect(inApp.rows).toEqual([{ username: 'binhlu_officer', link: `/dossiers/${id}` }]);
    expect(server.jobs.mail).toBeNull();
    const schema = await server.db.pool.query(`select to_regclass('pgboss.job') as job`);
    expect(schema.rows[0].job).toBeNull();
  });
});
