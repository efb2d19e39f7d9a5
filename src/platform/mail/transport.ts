// Sends e-mail through the SMTP server of OCOP_SMTP_URL (smtp:// with STARTTLS when offered, smtps:// for TLS).
// Pooled connections: a burst of notifications reuses a few connections instead of one handshake per message.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailTransport(smtpUrl: string, from: string): MailTransport {
  const transport = nodemailer.createTransport(
    {
      url: smtpUrl,
      pool: true,
      maxConnections: 3,
      // A server that hangs must fail the attempt (the job is retried), not hold a worker forever.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    },
    { from },
  );
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close() {
      transport.close();
    },
  };
}
