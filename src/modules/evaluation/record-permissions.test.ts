// `may` on rounds, councils and scorecards: what the signed-in user may do on that record, from the rules the commands
// enforce (Art. 5.1: the province's office plans and closes its rounds; Art. 7.3.b: it records the council the chair
// forms; the chair steers the session; members score). The web app shows steps from these, never from role names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  fileDossier,
  filledForm03,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
  type Who,
} from './evaluation-test-kit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { roundMay as pureRoundMay } from './record-permissions.ts';

let s: EvaluationTestServer;
let roundId = '';
let councilId = '';
let dossierId = '';

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-01');
  dossierId = await fileDossier(s, (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId);
  pinToday('2026-09-03');
  await act(s, 'binhlu_officer', dossierId, 'receive');
  await s.call('binhlu_officer', 'PUT', `/api/dossiers/${dossierId}/forms/03`, filledForm03());
  pinToday('2026-09-10');
  await act(s, 'binhlu_officer', dossierId, 'forward', { letterNumber: '31/UBND-KT' });
  pinToday('2026-09-17');
  await act(s, 'laichau_office', dossierId, 'accept');
  pinToday('2026-09-18');
  roundId = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 })).body
    .id;
  councilId = (await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, roundId))).body.id;
  pinToday('2026-09-21');
  await act(s, 'laichau_office', dossierId, 'assign_round', { roundId });
  await act(s, 'laichau_office', dossierId, 'start_review');
}, 120_000);
afterAll(async () => s?.close());

const roundMay = async (who: Who) => {
  const r = await s.call(who, 'GET', `/api/rounds/${roundId}`);
  return r.status === 200 ? r.body.may : r.status;
};
const councilMay = async (who: Who) => {
  const r = await s.call(who, 'GET', `/api/councils/${councilId}`);
  return r.status === 200 ? r.body.may : r.status;
};

describe('may on a round (Art. 5.1: the province office plans and closes its rounds)', () => {
  it('the province office may close the open round and record its council; the answers of create and list agree', async () => {
    expect(await roundMay('laichau_office')).toEqual({ close: true, recordCouncil: true });
    const list = await s.call('laichau_office', 'GET', '/api/rounds');
    expect(list.body.find((r: { id: string }) => r.id === roundId).may).toEqual({ close: true, recordCouncil: true });
  });

  it('the chair and a member read the round but may do nothing on it', async () => {
    expect(await roundMay('chair')).toEqual({ close: false, recordCouncil: false });
    expect(await roundMay('m1')).toEqual({ close: false, recordCouncil: false });
  });

  it("another province's office does not see it at all (404), nor does the Ministry's office (national rounds only)", async () => {
    expect(await roundMay('dienbien_office')).toBe(404);
    expect(await roundMay('ministry')).toBe(404);
  });
});

describe('may on a council (Art. 7.3.b: the office records it; the chair steers; members score)', () => {
  it('the office may amend it and steer its sessions, but neither chairs nor scores', async () => {
    expect(await councilMay('laichau_office')).toEqual({ amend: true, chair: false, score: false, steer: true });
  });

  it('the chair chairs and steers; scores only when the council says so (chairScores is off here)', async () => {
    expect(await councilMay('chair')).toEqual({ amend: false, chair: true, score: false, steer: true });
  });

  it('a member scores and does nothing else; a chair who is not seated on it has no part in it', async () => {
    expect(await councilMay('m1')).toEqual({ amend: false, chair: false, score: true, steer: false });
    expect(await councilMay('other_chair')).toEqual({ amend: false, chair: false, score: false, steer: false });
  });

  it("another province's office does not see it (404)", async () => {
    expect(await councilMay('dienbien_office')).toBe(404);
  });

  it('the scorecards of a dossier carry the same may for the reader', async () => {
    const path = `/api/councils/${councilId}/dossiers/${dossierId}/scorecards`;
    expect((await s.call('m1', 'GET', path)).body.may).toEqual({
      amend: false,
      chair: false,
      score: true,
      steer: false,
    });
    expect((await s.call('chair', 'GET', path)).body.may).toMatchObject({ chair: true, steer: true, score: false });
    expect((await s.call('laichau_office', 'GET', path)).body.may).toMatchObject({ amend: true, steer: true });
  });

  it('Art. 5.1: closing stays offered while a dossier is open; the server then refuses and names it (409)', async () => {
    const closed = await s.call('laichau_office', 'POST', `/api/rounds/${roundId}/close`);
    expect(closed.status).toBe(409);
    expect(await roundMay('laichau_office')).toEqual({ close: true, recordCouncil: true });
  });
});

describe('may on a closed round, or in the wrong province (pure)', () => {
  const office = (provinceCode: string | null, role: Role = 'province_office'): Actor => ({
    id: 'u',
    username: 'u',
    displayName: 'u',
    role,
    unitSet: 2025,
    unitCode: provinceCode,
    provinceCode,
    mustChangePassword: false,
  });
  it('a closed round takes no council and cannot be closed again', () => {
    expect(pureRoundMay(office('12'), { level: 'province', provinceCode: '12', status: 'closed' })).toEqual({
      close: false,
      recordCouncil: false,
    });
  });
  it("another province's office, and the Ministry's office on a provincial round (Art. 5.2: national rounds only)", () => {
    const round = { level: 'province', provinceCode: '12', status: 'open' };
    expect(pureRoundMay(office('11'), round)).toEqual({ close: false, recordCouncil: false });
    expect(pureRoundMay(office(null, 'ministry_office'), round)).toEqual({ close: false, recordCouncil: false });
    const national = { level: 'central', provinceCode: null, status: 'open' };
    expect(pureRoundMay(office(null, 'ministry_office'), national)).toEqual({ close: true, recordCouncil: true });
  });
});
