// The real app on a fresh database and a free port, for HTTP and browser tests.
import type { Clock } from '../platform/clock.ts';
import type { Jobs } from '../platform/command-context.ts';
import { testClock } from './test-clock.ts';
import { createTestDatabase } from './db.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ensureFirstAdmin } from '../platform/auth/users.ts';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/pool.ts';
import { DiskStorage } from '../platform/files.ts';
import { emailFactsWithCertificates } from '../modules/certificates/index.ts';
import { startNotificationMail, type NotificationMailOptions } from '../platform/notifications/notification-mail.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: Database & { url: string };
  adminUsername: string;
  adminPassword: string;
  /** The job queues the app was built with (jobs.mail: null when e-mail is off). */
  jobs: Jobs;
  close(): Promise<void>;
}

export const TEST_ADMIN_PASSWORD = 'mat-khau-quan-tri-1';

/**
 * `oneTimeAdmin`: the admin must change the password at first log-in, as after a real first start.
 * E-mail notifications run only when `env` has OCOP_SMTP_URL; `mail` tunes them (retries, polling, log).
 */
export async function startTestServer(
  opts: {
    listen?: boolean;
    oneTimeAdmin?: boolean;
    env?: NodeJS.ProcessEnv;
    mail?: NotificationMailOptions & { log?: (line: string) => void };
    /** Default: the test clock (testing/test-clock.ts, moved by pinToday). */
    clock?: Clock;
  } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const admin = await ensureFirstAdmin(db.db, opts.oneTimeAdmin ? undefined : TEST_ADMIN_PASSWORD);
  const config = { ...loadConfig(opts.env ?? {}), port: 0, host: '127.0.0.1' };
  const files = new DiskStorage(mkdtempSync(join(tmpdir(), 'ocop-test-files-')));
  const mail = await startNotificationMail(
    { config, databaseUrl: db.url, db, log: opts.mail?.log ?? (() => {}), facts: emailFactsWithCertificates },
    opts.mail,
  );
  const jobs: Jobs = { mail: mail?.queue ?? null };
  const app = await buildApp({ config, db, files, clock: opts.clock ?? testClock, jobs });
  let url = '';
  if (opts.listen ?? true) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  } else {
    await app.ready();
  }
  return {
    url,
    app,
    db,
    adminUsername: admin!.username,
    adminPassword: admin!.password,
    jobs,
    async close() {
      await app.close();
      await mail?.stop();
      await db.close();
    },
  };
}
