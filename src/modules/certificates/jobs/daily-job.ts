// The certificate lifecycle's daily job on pg-boss: a cron schedule (every morning, 06:00 in Vietnam) queues one job,
// which one worker among the processes sharing the database runs — runCertificateDaily on the day in Vietnam. Started
// by `npm start` (server.ts) unless OCOP_CERTIFICATE_DAILY=0; tests call runCertificateDaily directly on fixed dates.
import type { Database } from '../../../db/pool.ts';
import type { Jobs } from '../../../platform/command-context.ts';
import { JobRunner, type JobTypes } from '../../../platform/jobs/job-runner.ts';
import { todayInVietnam } from '../../registry/index.ts';
import { runCertificateDaily } from '../commands/run-certificate-daily.ts';

export const CERTIFICATE_DAILY_QUEUE = 'certificate-daily';
/** 06:00 every day, Vietnam time: notices are waiting when offices open. */
export const CERTIFICATE_DAILY_CRON = '0 6 * * *';

interface DailyJobs extends JobTypes {
  [CERTIFICATE_DAILY_QUEUE]: { today?: string };
}

export interface CertificateDailyJob {
  stop(): Promise<void>;
}

export async function startCertificateDailyJob(input: {
  databaseUrl: string;
  db: Database;
  /** Where the notices' e-mails go (the app's job queues). */
  jobs: Jobs;
  log: (line: string) => void;
}): Promise<CertificateDailyJob> {
  const runner = await JobRunner.start<DailyJobs>({ databaseUrl: input.databaseUrl, log: input.log, schedule: true });
  try {
    // One retry an hour later: a database restart at 06:00 does not cost a day's notices.
    await runner.createQueue(CERTIFICATE_DAILY_QUEUE, { retryLimit: 3, retryDelaySeconds: 3600, retryBackoff: false });
    await runner.work(CERTIFICATE_DAILY_QUEUE, { batchSize: 1 }, async (data) => {
      const s = await runCertificateDaily(input.db.db, data.today ?? todayInVietnam(), input.jobs);
      input.log(
        `certificates daily ${s.today}: ${s.certificates} near a deadline, ${s.notices.length} notice(s), ${s.markedExpired} expired`,
      );
    });
    await runner.schedule(CERTIFICATE_DAILY_QUEUE, CERTIFICATE_DAILY_CRON, {}, 'Asia/Ho_Chi_Minh');
  } catch (err) {
    await runner.stop();
    throw err;
  }
  return { stop: () => runner.stop() };
}
