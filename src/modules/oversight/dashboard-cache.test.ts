// The dashboard's figures are kept until the data changes (commands/dashboard-cache.ts): asked again with nothing
// written, the same answer comes from memory; after any write — through a command or a bare SQL statement, as an
// import or another process would — the next answer already counts it. Real PostgreSQL, no mocks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';

let s: EvaluationTestServer;
let statements = 0;

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  await registerBinhLuProduct(s, 'Miến dong Bình Lư');
  // Counts the statements the server sends, to see an answer served from memory.
  const query = s.db.pool.query.bind(s.db.pool) as (...a: unknown[]) => unknown;
  (s.db.pool as unknown as { query: unknown }).query = (...a: unknown[]) => {
    statements++;
    return query(...a);
  };
});
afterAll(async () => s?.close());

const products = async () => {
  const r = await s.call('laichau_office', 'GET', '/api/dashboard');
  expect(r.status).toBe(200);
  return r.body.products.total as number;
};

describe('the dashboard kept until the data changes', () => {
  it('asked twice with nothing written: the second answer reads only the data version and the reader’s units', async () => {
    expect(await products()).toBe(1);
    statements = 0;
    expect(await products()).toBe(1);
    const second = statements;
    // The six grouped queries of the register are not run again (the session, the version, the units and plans are).
    statements = 0;
    await s.call('laichau_office', 'GET', '/api/dashboard?asOf=2026-11-01'); // another day: read in full
    expect(statements).toBeGreaterThanOrEqual(second + 6);
  });

  it('a product registered through the API, then one changed by bare SQL: each counted at once', async () => {
    expect(await products()).toBe(1);
    await registerBinhLuProduct(s, 'Rau cải mèo Bình Lư');
    expect(await products()).toBe(2);
    await s.db.pool.query(`delete from products where name = 'Rau cải mèo Bình Lư'`);
    expect(await products()).toBe(1);
  });
});
