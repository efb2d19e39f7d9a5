// mayBeOverdueSql (the dashboard's pre-filter) never leaves out a dossier overdueDeadlines finds overdue: dossiers in
// every state and kind, each with one of the deadlines it can miss (Art. 7.2, 7.6.g, 5.1, 5.2, 12) past, future or
// unset, are read back with the SQL condition and judged by the domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { registerBinhLuProduct, startEvaluationTestServer, type EvaluationTestServer } from './evaluation-test-kit.ts';
import { DOSSIER_STATES, overdueDeadlines, type OverdueFacts } from './domain/dossier-lifecycle.ts';
import { mayBeOverdueSql } from './data/overdue-candidates.ts';
import { loadCalendar } from '../reference/index.ts';

const TODAY = '2026-11-23';
let s: EvaluationTestServer;

beforeAll(async () => {
  s = await startEvaluationTestServer();
  const { producerId, productId } = await registerBinhLuProduct(s);
  const variants: [Record<string, string>, string | null][] = [
    [{}, '2026-09-01'],
    [{ communeDueOn: '2026-11-20' }, '2026-09-01'],
    [{ communeDueOn: '2026-11-30' }, '2026-09-01'],
    [{ reevaluationDueOn: '2026-11-01' }, '2026-09-01'],
    [{ roundFinishBy: '2026-06-30' }, '2026-03-01'],
    [{ centralRoundFinishBy: '2026-09-30' }, '2026-09-01'],
    [{}, '2026-04-01'],
    [{}, null],
  ];
  for (const state of DOSSIER_STATES)
    for (const kind of ['first', 'reevaluation'])
      for (const [facts, submittedOn] of variants)
        await s.db.pool.query(
          `insert into dossiers (province_code, commune_code, producer_id, product_id, kind, rule_set, set_no, state, facts, year, submitted_on)
           values ('12', '03390', $1, $2, $3, '26-2026', 1, $4, $5, 2026, $6)`,
          [producerId, productId, kind, state, JSON.stringify(facts), submittedOn],
        );
});
afterAll(async () => s?.close());

describe('the overdue pre-filter (dashboard counts)', () => {
  it('Art. 5.1, 5.2, 7.2, 7.6.g, 12: every dossier overdueDeadlines finds overdue is a candidate', async () => {
    const f = (k: string) => sql.raw(`d.facts->>'${k}' as "${k}"`);
    const { rows } = await s.db.db.execute<OverdueFacts & { candidate: boolean } & Record<string, unknown>>(sql`
      select d.state, d.kind, ${f('communeDueOn')}, ${f('reevaluationDueOn')}, ${f('roundFinishBy')},
        ${f('centralRoundFinishBy')}, to_char(d.submitted_on, 'YYYY-MM-DD') as "submittedOn",
        ${mayBeOverdueSql('d', TODAY)} as candidate
      from dossiers d`);
    const overdue = rows.filter((r) => overdueDeadlines(r, TODAY, loadCalendar()).length > 0);
    expect(overdue.length).toBeGreaterThan(10);
    expect(overdue.filter((r) => !r.candidate)).toEqual([]);
    // And it does filter: dossiers with nothing past are left out.
    expect(rows.filter((r) => r.candidate).length).toBeLessThan(rows.length / 2);
  });
});
