// A fresh database per test file, cloned from the migrated template prepared by global-setup.ts.
import { inject } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../db/pool.ts';

export async function createTestDatabase(): Promise<Database & { url: string }> {
  const templateUrl = inject('templateUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: templateUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ocop_template`);
  } finally {
    await admin.end();
  }
  const url = templateUrl.replace(/\/[^/]+$/, `/${name}`);
  return Object.assign(openDatabase(url, undefined, 5), { url });
}
