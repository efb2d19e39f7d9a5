// `npm run ocop -- certificates daily [--today YYYY-MM-DD]`: runs the certificates' daily job once, by hand (the server
// runs it every morning). With OCOP_SMTP_URL set the notices' e-mails are queued too (the server's worker, or this
// process while it runs, sends them). Each notice goes once, whoever runs the job.
import { loadConfig } from '../config.ts';
import { prepareDatabase } from '../server.ts';
import { emailFactsWithCertificates, runCertificateDaily } from '../modules/certificates/index.ts';
import { todayInVietnam } from '../modules/registry/index.ts';
import { startNotificationMail } from '../platform/notifications/notification-mail.ts';

export async function runCertificatesDaily(today: string | undefined): Promise<void> {
  const day = today ?? todayInVietnam();
  // A real calendar day: 2026-02-30 is refused too.
  const t = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) {
    console.error(`--today: ngày phải có dạng YYYY-MM-DD / a date is YYYY-MM-DD, got "${day}"`);
    process.exit(2);
  }
  const config = loadConfig();
  const prepared = await prepareDatabase(config);
  const mail = await startNotificationMail({
    config,
    databaseUrl: prepared.url,
    db: prepared.db,
    log: (line) => console.error(line),
    facts: emailFactsWithCertificates,
  });
  try {
    const s = await runCertificateDaily(prepared.db.db, day, { mail: mail?.queue ?? null });
    console.log(
      `Ngày ${s.today}: ${s.certificates} giấy chứng nhận gần hạn, ${s.notices.length} thông báo đã gửi, ${s.markedExpired} hết hiệu lực / ` +
        `${s.today}: ${s.certificates} certificate(s) near a deadline, ${s.notices.length} notice(s) sent, ${s.markedExpired} expired`,
    );
    for (const n of s.notices) console.log(`  ${n.number.padEnd(28)} ${n.kind.padEnd(16)} ${n.recipients} người nhận`);
  } finally {
    await mail?.stop();
    await prepared.close();
  }
}
