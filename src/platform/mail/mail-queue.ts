// The e-mail queue's name and job types. The queue itself is started at start-up only when OCOP_SMTP_URL is configured
// (platform/notifications/notification-mail.ts), so that with e-mail off nothing is queued and no pgboss schema is
// needed; it is handed to commands in their CommandContext (`jobs.mail`), never held in a module variable. Every
// process serving one database should be given the same OCOP_SMTP_URL (a process without it queues no e-mail).

export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';

export interface MailJobs extends Record<string, object> {
  /** One e-mail for one in-app notification; its content is read when it is sent. */
  [NOTIFICATION_EMAIL_QUEUE]: { notificationId: number };
}
