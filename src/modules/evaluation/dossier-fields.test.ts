// What the dossier presenters tell the web app so it keeps no copy of the server's rules: which forms the viewer may
// edit now and whether evidence may be added (the save and upload use cases' own rule, domain/form-editing.ts), and,
// in lists, each dossier's councils and — for a council member — where the scoring stands, from one query per page.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  fileDossier,
  filledForm03,
  FOUR_STAR,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  startEvaluationTestServer,
  type EvaluationTestServer,
  type Who,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let id = '';
let councilId = '';

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-08-28');
  id = await fileDossier(s, (await registerBinhLuProduct(s)).productId);
});
afterAll(async () => s?.close());

const detail = async (who: Who) => (await s.call(who, 'GET', `/api/dossiers/${id}`)).body;

/** What the server answers when `who` writes `form` now: refused by role or state (403/409), else it reads the body (400). */
async function writable(who: Who, form: '01' | '02' | '03'): Promise<boolean> {
  const r = await s.call(who, 'PUT', `/api/dossiers/${id}/forms/${form}`, { bad: true });
  if (r.status === 400) return true;
  expect([403, 409], `${who} ${form}: ${r.status}`).toContain(r.status);
  return false;
}

describe("editableForms and mayUploadEvidence follow the server's own rule (Art. 7.2, 7.3.a)", () => {
  it('Art. 7.2: after receipt only the commune writes Form 03; every PUT agrees with editableForms', async () => {
    pinToday('2026-08-31');
    await act(s, 'binhlu_officer', id, 'receive');
    const expected: [Who, string[]][] = [
      ['binhlu_officer', ['03']],
      ['binhlu_producer', []],
      ['laichau_office', []],
      ['m1', []],
    ];
    for (const [who, forms] of expected) {
      const d = await detail(who);
      expect(d.editableForms, who).toEqual(forms);
      expect(d.mayUploadEvidence, who).toBe(false);
      for (const f of ['01', '02', '03'] as const)
        expect(await writable(who, f), `${who} ${f}`).toBe(forms.includes(f));
    }
  });

  it('Art. 7.3.a: the province asking for completion reopens Forms 01–02 and evidence to the producer side, Form 03 to the commune', async () => {
    expect((await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03())).status).toBe(200);
    pinToday('2026-09-10');
    await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '25/UBND-KT' });
    pinToday('2026-09-14');
    await act(s, 'laichau_office', id, 'request_supplement', { reason: 'Thiếu phiếu kiểm nghiệm' });
    const producer = await detail('binhlu_producer');
    const commune = await detail('binhlu_officer');
    expect(producer).toMatchObject({
      state: 'province_incomplete',
      editableForms: ['01', '02'],
      mayUploadEvidence: true,
    });
    expect(commune).toMatchObject({ editableForms: ['01', '02', '03'], mayUploadEvidence: true });
    expect(await detail('laichau_office')).toMatchObject({ editableForms: [], mayUploadEvidence: false });
    for (const f of ['01', '02', '03'] as const) {
      expect(await writable('binhlu_producer', f)).toBe(producer.editableForms.includes(f));
      expect(await writable('binhlu_officer', f)).toBe(commune.editableForms.includes(f));
    }
  });
});

describe('dossier lists carry the councils and, for a council member, the scoring progress (no call per dossier)', () => {
  it('before a council: councilId null, no scoring', async () => {
    pinToday('2026-09-16');
    await act(s, 'binhlu_producer', id, 'submit_supplement');
    pinToday('2026-09-17');
    await act(s, 'laichau_office', id, 'accept');
    const item = (await s.call('laichau_office', 'GET', '/api/dossiers')).body.items[0];
    expect(item).toMatchObject({ id, councilId: null, centralCouncilId: null, scoring: null });
  });

  it("while the council scores: each member sees its own card's status and how many submitted; others see no scoring", async () => {
    pinToday('2026-09-18');
    const round = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    const c = await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round.body.id));
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    councilId = c.body.id;
    pinToday('2026-09-21');
    await act(s, 'laichau_office', id, 'assign_round', { roundId: round.body.id });
    await act(s, 'laichau_office', id, 'start_review');
    pinToday('2026-09-25');
    expect(
      (
        await s.call('advisory', 'POST', `/api/dossiers/${id}/advisory-report`, {
          content: 'Hồ sơ đầy đủ.',
          reference: 'BC-05/TTV',
        })
      ).status,
    ).toBe(201);
    await act(s, 'advisory', id, 'submit_advisory_report');
    pinToday('2026-10-01');
    await score(s, 'm1', councilId, id, FOUR_STAR);
    expect(
      (await s.call('m2', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, { answers: { '1.1': 1 } }))
        .status,
    ).toBe(200);

    const item = async (who: Who) => (await s.call(who, 'GET', `/api/dossiers?roundId=${round.body.id}`)).body.items[0];
    const progress = { councilId, scorer: true, memberCount: 7, submittedCount: 1 };
    expect(await item('m1')).toMatchObject({ id, councilId, scoring: { ...progress, own: 'submitted', ownTotal: 75 } });
    expect(await item('m2')).toMatchObject({ scoring: { ...progress, own: 'draft', ownTotal: null } });
    expect(await item('m3')).toMatchObject({ scoring: { ...progress, own: 'none', ownTotal: null } });
    // The chair of this council does not score (chairScores false): progress only.
    expect(await item('chair')).toMatchObject({
      scoring: { councilId, scorer: false, own: null, memberCount: 7, submittedCount: 1 },
    });
    // Not on the council: no scoring in the list.
    expect(await item('other_chair')).toMatchObject({ councilId, scoring: null });
    expect(await item('laichau_office')).toMatchObject({ councilId, scoring: null });
    // The same figures the per-dossier scorecards endpoint gives.
    const cards = (await s.call('m1', 'GET', `/api/councils/${councilId}/dossiers/${id}/scorecards`)).body;
    expect([cards.submittedCount, cards.memberCount]).toEqual([1, 7]);
  });
});
