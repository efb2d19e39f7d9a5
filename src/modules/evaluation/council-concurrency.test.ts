// Recording a council twice at the same moment (a double click on "Tạo Hội đồng", two office staff): the round is
// locked, so the second request waits and is refused as a duplicate (one council per round, Art. 7.3.b) instead of
// failing on the database's unique index with a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  provinceCouncilBody,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let roundId = '';

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-18');
  roundId = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 })).body
    .id;
});
afterAll(async () => s?.close());

describe('one council per round under concurrent requests (Art. 7.3.b)', () => {
  it('two simultaneous POST /api/councils for a round: one 201, one 409 council_exists, one council and one audit row', async () => {
    const body = provinceCouncilBody(s, roundId);
    const [a, b] = await Promise.all([
      s.call('laichau_office', 'POST', '/api/councils', body),
      s.call('laichau_office', 'POST', '/api/councils', body),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((a.status === 409 ? a : b).body.error.code).toBe('council_exists');
    expect((await s.call('laichau_office', 'GET', `/api/councils?roundId=${roundId}`)).body).toHaveLength(1);
    const audits = await s.db.pool.query(`select count(*)::int as n from audit_log where action = 'council.create'`);
    expect(audits.rows[0].n).toBe(1);
  });
});
