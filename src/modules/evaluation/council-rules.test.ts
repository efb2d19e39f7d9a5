// GET /api/council-rules: the settable council policies and the councils' seats, served so the web app need not
// import server code (one description: the same descriptors the server checks a body against).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startEvaluationTestServer, type EvaluationTestServer } from './evaluation-test-kit.ts';
import { COUNCIL_POLICY_DESCRIPTORS } from './domain/council-policies.ts';
import { COUNCIL_COMPOSITION } from './domain/council-composition.ts';
import { SEAT_ROLES } from './commands/council-input.ts';

let s: EvaluationTestServer;
beforeAll(async () => {
  s = await startEvaluationTestServer();
});
afterAll(async () => s?.close());

describe('GET /api/council-rules', () => {
  it('lists every council policy with its values, the scoring ones marked, and both councils’ seats', async () => {
    const r = await s.call('binhlu_producer', 'GET', '/api/council-rules');
    expect(r.status).toBe(200);
    expect(r.body.policies.map((p: { key: string }) => p.key)).toEqual(COUNCIL_POLICY_DESCRIPTORS.map((d) => d.key));
    expect(r.body.policies.filter((p: { scoring: boolean }) => !p.scoring).map((p: { key: string }) => p.key)).toEqual([
      'fiveStarForwarding',
    ]);
    expect(r.body.policies.find((p: { key: string }) => p.key === 'spreadThreshold').range).toEqual({
      min: expect.any(Number),
      max: expect.any(Number),
    });
    expect(r.body.composition).toEqual(JSON.parse(JSON.stringify(COUNCIL_COMPOSITION)));
    expect(r.body.composition.province.chair.normal.kind).toBe('province_leadership');
  });

  it('Art. 7.3.b, 7.4.b: names whose accounts may take each seat, as the council commands check them', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/council-rules');
    expect(r.body.seatRoles).toEqual(JSON.parse(JSON.stringify(SEAT_ROLES)));
    expect(r.body.seatRoles.province).toEqual({
      chair: ['province_council_chair'],
      member: ['province_council_member'],
      advisory: ['advisory_member'],
    });
    expect(r.body.seatRoles.central.chair).toEqual(['central_council_member']);
  });

  it('needs a signed-in user', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/council-rules' });
    expect(res.statusCode).toBe(401);
  });
});
