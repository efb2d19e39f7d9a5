// The daily job's schedule on pg-boss: started, it keeps one cron schedule (06:00, Vietnam) for its queue in the
// database (pg-boss sends one job per tick; its worker runs runCertificateDaily, tested on fixed days elsewhere).
import { NO_JOBS } from '../../../platform/command-context.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../testing/db.ts';
import type { Database } from '../../../db/pool.ts';
import { CERTIFICATE_DAILY_CRON, CERTIFICATE_DAILY_QUEUE, startCertificateDailyJob } from './daily-job.ts';

let db: Database & { url: string };
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

describe('startCertificateDailyJob', () => {
  it('schedules the certificates’ daily run at 06:00 in Vietnam, once however many processes start it', async () => {
    const lines: string[] = [];
    const a = await startCertificateDailyJob({ databaseUrl: db.url, db, jobs: NO_JOBS, log: (l) => lines.push(l) });
    const b = await startCertificateDailyJob({ databaseUrl: db.url, db, jobs: NO_JOBS, log: (l) => lines.push(l) });
    try {
      const rows = await db.pool.query(`select name, cron, options->>'tz' tz from pgboss.schedule`);
      expect(rows.rows).toEqual([
        { name: CERTIFICATE_DAILY_QUEUE, cron: CERTIFICATE_DAILY_CRON, tz: 'Asia/Ho_Chi_Minh' },
      ]);
    } finally {
      await a.stop();
      await b.stop();
    }
    expect(lines.filter((l) => l.startsWith('jobs:'))).toEqual([]);
  });
});
