// A local SMTP catcher for trying e-mail notifications on a developer's machine:
//   npx tsx src/platform/mail/catch-mail.ts            (listens on 127.0.0.1:1025, or MAIL_CATCHER_PORT)
//   OCOP_SMTP_URL=smtp://127.0.0.1:1025 npm start        (in another terminal)
// Prints each e-mail it receives (recipients, subject, plain text). Needs the devDependencies (smtp-server).
import { startSmtpCatcher } from './smtp-catcher.ts';

const port = Number(process.env.MAIL_CATCHER_PORT ?? 1025);
const catcher = await startSmtpCatcher({
  port,
  onMail(mail) {
    console.log(`\n=== ${new Date().toISOString()} → ${mail.to.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text}`);
  },
});
console.log(
  `SMTP catcher on 127.0.0.1:${catcher.port}: start OCOP Hub with OCOP_SMTP_URL=smtp://127.0.0.1:${catcher.port}`,
);
const stop = () => void catcher.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
