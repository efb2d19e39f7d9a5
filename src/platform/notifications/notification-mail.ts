// E-mail for in-app notifications (issue 3: "email when SMTP is configured"): started with the server only when
// OCOP_SMTP_URL is set; its queue goes into the app's context (jobs.mail). insertNotifications queues one job per notification in the step's transaction; the worker
// here reads the notification and its user as they are when sending (an account disabled or left without an address
// meanwhile gets nothing), renders it and sends it. Failed sends are retried with backoff, then logged.
// What a notice's body means (a dossier's product, state, receipt) is the sending module's: the caller passes
// `facts`, the lines to print from a body (evaluation's notificationEmailFacts); platform knows no module.
import type { Config } from '../../config.ts';
import type { Database } from '../../db/pool.ts';
import type { Message } from '../errors.ts';
import { JobRunner, type RetryPolicy } from '../jobs/job-runner.ts';
import { renderNotificationEmail, type NotificationEmailInput } from '../mail/render.ts';
import { createMailTransport, type MailTransport } from '../mail/transport.ts';
import { NOTIFICATION_EMAIL_QUEUE, type MailJobs } from '../mail/mail-queue.ts';
import { findNotificationForEmail } from './notification-store.ts';

/**
 * 5 more attempts, after 30–60 s, then 1–2, 2–4, 4–8 and 8–16 min (pg-boss backoff with jitter): an SMTP server down
 * for a quarter of an hour loses nothing.
 */
export const DEFAULT_MAIL_RETRY: RetryPolicy = { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true };

export interface NotificationMailOptions {
  retry?: RetryPolicy;
  pollingIntervalSeconds?: number;
}

export interface NotificationMail {
  /** The queue commands enqueue into (AppContext.jobs.mail, CommandContext.jobs.mail). */
  queue: JobRunner<MailJobs>;
  stop(): Promise<void>;
}

/** The lines an e-mail prints from a notification's kind and stored body (each module describes its own). */
export type NotificationEmailFacts = (kind: string, body: Record<string, unknown>) => NotificationEmailInput['facts'];

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).vi === 'string' && typeof (v as Message).en === 'string';
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Sends the e-mail of one notification; nothing when the account is no longer active or has no address. */
export async function deliverNotificationEmail(
  db: Database,
  mailer: MailTransport,
  publicUrl: string,
  notificationId: number,
  factsOf: NotificationEmailFacts,
): Promise<boolean> {
  const found = await findNotificationForEmail(db.db, notificationId);
  if (!found || !found.email?.trim() || found.status !== 'active') return false;
  const n = found.notification;
  const body = (n.body ?? {}) as Record<string, unknown>;
  const mail = renderNotificationEmail({
    recipientName: found.displayName,
    title: isMessage(n.title) ? n.title : { vi: n.kind, en: n.kind },
    facts: factsOf(n.kind, body),
    reason: text(body.reason),
    link: n.link,
    publicUrl,
  });
  await mailer.send({ to: found.email.trim(), ...mail });
  return true;
}

/** Starts the e-mail worker and turns queuing on; null (nothing started, nothing queued) when SMTP is not configured. */
export async function startNotificationMail(
  input: {
    config: Config;
    databaseUrl: string;
    db: Database;
    log: (line: string) => void;
    /** The lines each notice's e-mail prints from its body, given by the modules that send notices. */
    facts: NotificationEmailFacts;
  },
  opts: NotificationMailOptions = {},
): Promise<NotificationMail | null> {
  const { config, log } = input;
  if (!config.smtpUrl) return null;
  const mailer = createMailTransport(config.smtpUrl, config.mailFrom);
  let runner: JobRunner<MailJobs>;
  try {
    runner = await JobRunner.start<MailJobs>({
      databaseUrl: input.databaseUrl,
      log,
      pollingIntervalSeconds: opts.pollingIntervalSeconds,
    });
    await runner.createQueue(NOTIFICATION_EMAIL_QUEUE, opts.retry ?? DEFAULT_MAIL_RETRY);
    await runner.work(NOTIFICATION_EMAIL_QUEUE, { batchSize: 10 }, async ({ notificationId }) => {
      await deliverNotificationEmail(input.db, mailer, config.publicUrl, notificationId, input.facts);
    });
  } catch (err) {
    mailer.close();
    throw err;
  }
  return {
    queue: runner,
    async stop() {
      await runner.stop();
      mailer.close();
    },
  };
}
