// Vitest global setup: one throw-away embedded PostgreSQL for the whole run, with a migrated template database
// (schema + reference data). Each test file clones the template (CREATE DATABASE … TEMPLATE), which takes
// milliseconds, so files never see each other's data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { openDatabase } from '../db/pool.ts';
import { migrate } from '../db/migrate.ts';
import { loadReferenceData } from '../modules/reference/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-test-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'ocop_template', persistent: false });
  const db = openDatabase(pg.url);
  try {
    await migrate(db.pool);
    await loadReferenceData(db.pool);
  } finally {
    await db.close();
  }
  project.provide('templateUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
