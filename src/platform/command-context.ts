// What a command is given beside the database and the actor: the clock that says what day it is, and the job queues
// it may enqueue into inside its transaction (today the e-mail of notifications: null when e-mail is off). Built once
// with the app (AppContext carries the same) and passed explicitly — by app.ts to the routes, by the demo and tests
// with their own fixed clock — so nothing process-wide decides the date or where e-mail goes.
import type { Clock } from './clock.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { MailJobs } from './mail/mail-queue.ts';

export interface Jobs {
  /** The e-mail queue of notifications; null when OCOP_SMTP_URL is not set (nothing is queued). */
  mail: JobRunner<MailJobs> | null;
}

export interface CommandContext {
  clock: Clock;
  jobs: Jobs;
}

/** No job queues: what a command runs with when e-mail is off (the demo, most tests). */
export const NO_JOBS: Jobs = { mail: null };
