// Start-up shared by `npm start`, the CLI and the tests: database (embedded or DATABASE_URL), migrations,
// reference data, first admin, HTTP app.
import { systemClock } from './platform/clock.ts';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.ts';
import { openDatabase, type Database } from './db/pool.ts';
import { migrate } from './db/migrate.ts';
import { loadReferenceData } from './modules/reference/index.ts';
import { ensureFirstAdmin } from './platform/auth/users.ts';
import { buildApp } from './app.ts';
import { DiskStorage } from './platform/files.ts';
import {
  emailFactsWithCertificates,
  startCertificateDailyJob,
  type CertificateDailyJob,
} from './modules/certificates/index.ts';
import { startNotificationMail, type NotificationMail } from './platform/notifications/notification-mail.ts';
import { join } from 'node:path';
import { startAuditSealer } from './platform/audit-chain.ts';

export interface Prepared {
  db: Database;
  /** The primary's URL (the job runner opens its own small pool). */
  url: string;
  embedded: EmbeddedDatabase | null;
  migrations: string[];
  referenceLoads: string[];
  firstAdmin: { username: string; password: string } | null;
  close(): Promise<void>;
}

/** Opens (and if needed starts) the database and brings it to the current schema and reference data. */
export async function prepareDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Prepared> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.pgPort });
    url = embedded.url;
    log(`PostgreSQL (embedded) on port ${embedded.port}, data in ${config.dataDir}/pg`);
  }
  const db = openDatabase(url, config.databaseReadUrl);
  try {
    const migrations = await migrate(db.pool);
    const referenceLoads = await loadReferenceData(db.pool);
    const firstAdmin = await ensureFirstAdmin(db.db, config.initialAdminPassword);
    return {
      db,
      url,
      embedded,
      migrations,
      referenceLoads,
      firstAdmin,
      async close() {
        await db.close();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await db.close();
    await embedded?.stop();
    throw err;
  }
}

export async function startServer(config: Config, opts: { logger?: boolean; log?: (line: string) => void } = {}) {
  const prepared = await prepareDatabase(config, opts.log);
  let app: FastifyInstance;
  let mail: NotificationMail | null = null;
  let daily: CertificateDailyJob | null = null;
  try {
    // Before listening: the first step served may already queue an e-mail. Only with OCOP_SMTP_URL set.
    mail = await startNotificationMail({
      config,
      databaseUrl: prepared.url,
      db: prepared.db,
      log: opts.log ?? (() => {}),
      facts: emailFactsWithCertificates,
    });
    if (mail) opts.log?.(`e-mail notifications on, links to ${config.publicUrl}`);
    // The certificates' daily notices (Art. 7.6.a, 4.3), every morning at 06:00 in Vietnam.
    if (config.certificateDaily)
      daily = await startCertificateDailyJob({
        databaseUrl: prepared.url,
        db: prepared.db,
        jobs: { mail: mail?.queue ?? null },
        log: opts.log ?? (() => {}),
      });
    app = await buildApp(
      {
        config,
        db: prepared.db,
        files: new DiskStorage(join(config.dataDir, 'files')),
        clock: systemClock,
        jobs: { mail: mail?.queue ?? null },
      },
      { logger: opts.logger },
    );
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await daily?.stop();
    await mail?.stop();
    await prepared.close();
    throw err;
  }
  // The audit log's hash chain is sealed behind the writes, every 30 s (migration 0026; `npm run ocop -- audit verify`).
  const sealer = startAuditSealer(prepared.db.pool, 30_000, (err) => opts.log?.(`audit seal failed: ${String(err)}`));
  return {
    app,
    prepared,
    async close() {
      sealer.stop();
      await app.close();
      // After the app: no request can queue more; running sends finish (bounded) before the pool goes.
      await daily?.stop();
      await mail?.stop();
      await prepared.close();
    },
  };
}
