// The e-mail queue of this process: set at start-up only when OCOP_SMTP_URL is configured, so that with e-mail off
// nothing is queued and no pgboss schema is needed. One per process, like the process's configuration: every
// process serving one database should be given the same OCOP_SMTP_URL (a process without it queues no e-mail).
import type { JobRunner } from '../jobs/job-runner.ts';

export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';

export interface MailJobs extends Record<string, object> {
  /** One e-mail for one in-app notification; its content is read when it is sent. */
  [NOTIFICATION_EMAIL_QUEUE]: { notificationId: number };
}

let active: JobRunner<MailJobs> | null = null;

export function setMailQueue(runner: JobRunner<MailJobs> | null): void {
  active = runner;
}

/** The queue, or null when e-mail is off. */
export function mailQueue(): JobRunner<MailJobs> | null {
  return active;
}
