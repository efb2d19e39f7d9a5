// Members of one council autosave their draft scorecards at the same moment (a pause in typing on the scoring screen):
// a draft save holds the dossier FOR SHARE, so drafts of different members never wait for each other, while a step on
// the dossier (FOR UPDATE: a submission, closing the scoring) still waits for the drafts in flight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorOf } from '../../platform/auth/actor.ts';
import { users } from '../../platform/schema.ts';
import { saveScorecard } from './commands/save-scorecard.ts';
import {
  act,
  forwardedDossier,
  FOUR_STAR,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let councilId = '';
let dossierId = '';
const card = () => `/api/councils/${councilId}/dossiers/${dossierId}/scorecard`;

/** Resolves to the promise's value, or to 'still waiting' after `ms`. */
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);

beforeAll(async () => {
  s = await startEvaluationTestServer();
  dossierId = await forwardedDossier(s, 'Chè Shan tuyết Sìn Hồ');
  pinToday('2026-09-18');
  await act(s, 'laichau_office', dossierId, 'accept');
  const round = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 }))
    .body.id;
  councilId = (await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round))).body.id;
  pinToday('2026-09-21');
  await act(s, 'laichau_office', dossierId, 'assign_round', { roundId: round });
  await act(s, 'laichau_office', dossierId, 'start_review');
  await act(s, 'laichau_office', dossierId, 'submit_advisory_report', { advisoryReport: { reference: 'BC-09/TTV' } });
});
afterAll(async () => s?.close());

describe('draft scorecards saved at once by the members of one council', () => {
  it('seven members autosave at the same moment: every save succeeds, one draft each', async () => {
    const results = await Promise.all(
      MEMBERS.map((m, i) => s.call(m, 'PUT', card(), { answers: { '1.1': FOUR_STAR['1.1'], '1.2': i % 2 } })),
    );
    expect(results.map((r) => r.status)).toEqual(MEMBERS.map(() => 200));
    expect(results.every((r) => r.body.submittedAt === null)).toBe(true);
    const rows = await s.db.pool.query(
      `select count(*)::int n, count(distinct member_id)::int members from scorecards
       where council_id = $1 and dossier_id = $2 and submitted_at is null`,
      [councilId, dossierId],
    );
    expect(rows.rows[0]).toEqual({ n: 7, members: 7 });
  });

  it('a draft save never waits for another member’s draft save still in flight; a step on the dossier does', async () => {
    const [m1] = await s.db.db.select().from(users).where(eq(users.username, 'm1'));
    // m1's draft save, its transaction left open: the locks it took are held until the outer transaction ends.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let saved!: () => void;
    const inFlight = new Promise<void>((r) => (saved = r));
    const m1Save = s.db.db.transaction(async (tx) => {
      await saveScorecard(tx, actorOf(m1!), councilId, dossierId, { answers: { '1.1': FOUR_STAR['1.1'] } });
      saved();
      await held;
    });
    await inFlight;
    try {
      // Another member's autosave goes through while m1's is in flight (it waited on the dossier row before).
      const m2 = await within(s.call('m2', 'PUT', card(), { answers: { '1.1': FOUR_STAR['1.1'] } }), 5_000);
      expect(m2 === 'still waiting' ? m2 : m2.status).toBe(200);
      // The stronger lock a step takes (FOR UPDATE) cannot be had while a draft is in flight: it waits for it.
      const client = await s.db.pool.connect();
      try {
        await expect(
          client.query('select id from dossiers where id = $1 for update nowait', [dossierId]),
        ).rejects.toMatchObject({ code: '55P03' });
      } finally {
        client.release();
      }
    } finally {
      release();
      await m1Save;
    }
  });

  it('once the scoring is closed, a draft save is refused (409 scoring_closed)', async () => {
    for (const m of MEMBERS) {
      const r = await s.call(m, 'POST', `${card()}/submit`, { answers: FOUR_STAR });
      expect(r.status).toBe(200);
    }
    await act(s, 'chair', dossierId, 'close_scoring');
    const late = await s.call('m3', 'PUT', card(), { answers: { '1.1': FOUR_STAR['1.1'] } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('scoring_closed');
  });
});
