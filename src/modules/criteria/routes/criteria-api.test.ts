import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../../testing/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ listen: false });
});
afterAll(async () => s?.close());

const get = async (url: string) => {
  const res = await s.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
};

describe('criteria API (public, no login)', () => {
  it('lists the 26 product sets of Decision 26/2026 with their Appendix I classification', async () => {
    const { status, body } = await get('/api/criteria/26-2026/sets');
    expect(status).toBe(200);
    expect(body).toHaveLength(26);
    expect(body[0]).toEqual({
      setNo: 1,
      name: 'Rau, củ, quả, hạt tươi',
      sector: 'Thực phẩm',
      group: 'Thực phẩm tươi sống',
      subgroup: 'Rau, củ, quả, hạt tươi',
      ministries: ['Bộ Nông nghiệp và Môi trường'],
    });
    expect(body[25].name).toBe('Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch');
  });

  it('returns set 1’s sheet in the documented shape: parts → sections → criteria → options with marks', async () => {
    const { body } = await get('/api/criteria/26-2026/sets/1');
    expect(body.parts.map((p: { code: string; maxPoints: number }) => [p.code, p.maxPoints])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
    const s1 = body.parts[0].sections[0];
    expect(s1).toMatchObject({ code: '1', maxPoints: 18 });
    const c15 = s1.criteria.find((c: { code: string }) => c.code === '1.5');
    expect(c15.options.map((o: { points: number; minStar: number | null }) => [o.points, o.minStar])).toEqual([
      [0, null],
      [1, null],
      [2, 4],
      [3, 5],
    ]);
    const c24 = body.parts[0].sections[1].criteria.find((c: { code: string }) => c.code === '2.4');
    expect(c24).toMatchObject({ kind: 'yesno', maxPoints: 1, options: [] });
    const nutrition = body.parts[2].sections.find((x: { code: string }) => x.code === '7');
    expect(nutrition.direct).toBe(true);
    expect(nutrition.criteria[0].code).toBe('7');
  });

  it('404 with a bilingual message for an unknown set or rule set', async () => {
    const r = await get('/api/criteria/26-2026/sets/27');
    expect(r.status).toBe(404);
    expect(r.body.error.message.vi).toMatch(/Không tìm thấy/);
    expect((await get('/api/criteria/148-2023/sets')).status).toBe(404);
    expect((await get('/api/criteria/26-2026/sets/abc')).status).toBe(400);
  });

  it('publishes an OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/criteria/{ruleSet}/sets/{setNo}', '/api/scoring/evaluate']),
    );
  });
});
