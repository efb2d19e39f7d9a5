import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../../testing/test-server.ts';
import { allCriteria } from '../domain/catalogue.ts';
import { getProductSet } from '../data/catalogue.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ listen: false });
});
afterAll(async () => s?.close());

const set1 = getProductSet('26-2026', 1)!;
/** Every criterion of set 1 answered with its best option (or yes). */
const best = Object.fromEntries(
  allCriteria(set1).map(({ criterion: c }) => [
    c.code,
    c.kind === 'yesno' ? true : c.options.reduce((bi, o, i, all) => (o.points > all[bi]!.points ? i : bi), 0),
  ]),
);

const post = async (url: string, payload: unknown) => {
  const res = await s.app.inject({ method: 'POST', url, payload: payload as never });
  return { status: res.statusCode, body: res.json() };
};

describe('scoring API (public)', () => {
  it('scores a perfect set-1 scorecard: 100 points, A40/B25/C35, 5★, certifiable, no quick wins', async () => {
    const { status, body } = await post('/api/scoring/evaluate', { ruleSet: '26-2026', setNo: 1, answers: best });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total: 100,
      parts: { A: 40, B: 25, C: 35 },
      band: 5,
      star: 5,
      certifiable: true,
      blocking: [],
      quickWins: null,
    });
  });

  it('Appendix II marks: 85 points but 1.5 below its ****-option caps the star at 3★ and says so', async () => {
    // 1.5 option 1 (1 point) is below the 4★ minimum (option 2, "****"); lower other answers to land in the 4★ band.
    const answers = { ...best, '1.5': 1, '4.3': 0, '5.1': 1, '6.2': 3, '8': 2 };
    const { body } = await post('/api/scoring/evaluate', { ruleSet: '26-2026', setNo: 1, answers });
    expect(body.band).toBe(4);
    expect(body.star).toBe(3);
    expect(body.blocking).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterion: '1.5', star: 4, requiredPoints: 2, actualPoints: 1 }),
      ]),
    );
    expect(body.quickWins.targetStar).toBe(4);
    expect(body.quickWins.changes.map((c: { criterion: string }) => c.criterion)).toContain('1.5');
  });

  it('bad scorecards are a 400 naming each field in Vietnamese and English, never a 500', async () => {
    const { ['1.1']: _drop, ...missing } = best;
    const r = await post('/api/scoring/evaluate', {
      ruleSet: '26-2026',
      setNo: 1,
      answers: { ...missing, '2.4': 3, '9.9': 0 },
    });
    expect(r.status).toBe(400);
    const fields = r.body.error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.answers.1.1', 'body.answers.2.4', 'body.answers.9.9']));
    for (const i of r.body.error.issues) expect(i.message.vi && i.message.en).toBeTruthy();
    expect(
      (await post('/api/scoring/evaluate', { ruleSet: '26-2026', setNo: 27, answers: {} })).body.error.issues[0].field,
    ).toBe('body.setNo');
    expect((await post('/api/scoring/evaluate', { ruleSet: '1048-2019', setNo: 1, answers: {} })).status).toBe(400);
    expect((await post('/api/scoring/evaluate', { setNo: 1, answers: { '1.1': 'a' } })).status).toBe(400);
  });

  it('Appendix II set 1 "Hồ sơ bị loại khi: Giả mạo hồ sơ": a ticked knock-out makes the result "loại" whatever the points, quoting the sheet', async () => {
    const { body } = await post('/api/scoring/evaluate', {
      ruleSet: '26-2026',
      setNo: 1,
      answers: best,
      knockouts: { 'forged-dossier': true },
    });
    expect(body).toMatchObject({ outcome: 'excluded', disqualified: true, star: null, certifiable: false });
    expect(body.knockouts).toEqual([
      expect.objectContaining({ id: 'forged-dossier', kind: 'exclusion', text: 'Giả mạo hồ sơ', line: 586 }),
    ]);
  });

  it('Appendix II set 16 §6: bottled water with foreign matter (6.1 "Có tạp chất" = 0) scores 97 yet gets no star: "dừng đánh giá"', async () => {
    const sheet = (await s.app.inject({ method: 'GET', url: '/api/criteria/26-2026/sets/16' })).json();
    const answers: Record<string, number | boolean> = {};
    for (const p of sheet.parts)
      for (const s of p.sections)
        for (const c of s.criteria) {
          answers[c.code] =
            c.kind === 'yesno'
              ? true
              : c.options.reduce(
                  (b: number, o: { points: number }, i: number) => (o.points > c.options[b].points ? i : b),
                  0,
                );
        }
    answers['6.1'] = 0; // "Có tạp chất", 0 of 3 points
    const { status, body } = await post('/api/scoring/evaluate', { ruleSet: '26-2026', setNo: 16, answers });
    expect(status).toBe(200);
    expect([body.total, body.band, body.star, body.certifiable, body.outcome]).toEqual([97, 5, null, false, 'stopped']);
    expect(body.knockouts).toEqual([
      expect.objectContaining({
        id: 'sensory-zero',
        kind: 'stop',
        criterion: '6.4',
        text: 'Ghi chú: Nếu được 0 điểm tại một trong các chỉ tiêu trên, sẽ không đánh giá các bước tiếp theo.',
      }),
    ]);
  });

  it('a council policy passed to evaluate is checked (400 naming the field) and echoed in the result', async () => {
    const bad = await post('/api/scoring/evaluate', {
      ruleSet: '26-2026',
      setNo: 1,
      answers: best,
      policy: { outOfScopeMarks: 'sometimes' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe('body.policy.outOfScopeMarks');
    const ok = await post('/api/scoring/evaluate', {
      ruleSet: '26-2026',
      setNo: 1,
      answers: best,
      policy: { outOfScopeMarks: 'not-binding' },
    });
    expect(ok.body.policy).toEqual({
      marksAcrossMembers: 'majority',
      knockoutsAcrossMembers: 'any-member',
      spreadThreshold: 10,
      outOfScopeMarks: 'not-binding',
    });
  });

  it('the sheet lists its knock-outs and applicability: GET /api/criteria/26-2026/sets/:n', async () => {
    const s21 = (await s.app.inject({ method: 'GET', url: '/api/criteria/26-2026/sets/21' })).json();
    expect(s21.knockouts.map((k: { id: string }) => k.id)).toEqual([
      'forged-dossier',
      'registration-dossier',
      'ip-infringement',
    ]);
    const c7 = s21.parts[2].sections.find((s: { code: string }) => s.code === '7').criteria[0];
    expect(c7.applicability).toMatchObject({
      id: 'quality-declaration-required',
      line: 4136,
      otherwise: 'mark-not-binding',
    });
    const s16 = (await s.app.inject({ method: 'GET', url: '/api/criteria/26-2026/sets/16' })).json();
    expect(s16.knockouts.find((k: { id: string }) => k.id === 'sensory-zero')).toMatchObject({
      decidedBy: 'zero-points',
      criteria: ['6.1', '6.2', '6.3', '6.4'],
    });
  });

  it('aggregates council scorecards: mean, spread flag over 10 points, star from the consensus', async () => {
    const low = { ...best, '4.1': 0, '4.3': 0, '5.1': 0, '5.3': 0, '8': 0, '9': 0 };
    const { status, body } = await post('/api/scoring/aggregate', {
      ruleSet: '26-2026',
      setNo: 1,
      scorecards: [best, best, low],
    });
    expect(status).toBe(200);
    expect(body.members.map((m: { total: number }) => m.total)).toEqual([100, 100, expect.any(Number)]);
    expect(body.spreadFlag).toBe(true);
    expect(body.mean).toBeCloseTo((200 + body.members[2].total) / 3, 1);
    const fine = await post('/api/scoring/aggregate', {
      ruleSet: '26-2026',
      setNo: 1,
      scorecards: [{ answers: best }, best],
    });
    expect(fine.body).toMatchObject({ mean: 100, spreadFlag: false, star: 5 });
    const bad = await post('/api/scoring/aggregate', {
      ruleSet: '26-2026',
      setNo: 1,
      scorecards: [best, { '1.1': 9 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.some((i: { field: string }) => i.field.startsWith('body.scorecards.1'))).toBe(true);
  });
});

describe('scoring API rate limit', () => {
  it('answers 429 with a bilingual message past the per-minute limit per address', async () => {
    const limited = await startTestServer({ listen: false, env: { OCOP_PUBLIC_RATE_LIMIT: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/scoring/evaluate',
          payload: { ruleSet: '26-2026', setNo: 1, answers: best },
          remoteAddress: '10.9.9.9',
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.message.vi).toMatch(/Quá nhiều/);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/scoring/evaluate',
        payload: { ruleSet: '26-2026', setNo: 1, answers: best },
        remoteAddress: '10.9.9.10',
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
