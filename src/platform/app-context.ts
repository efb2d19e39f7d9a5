// What every route plugin is built with: configuration, the database (primary + read replica) and the file store.
// It lives below app.ts and every module's routes, so they all import it and none imports app.ts (no cycle).
import type { Config } from '../config.ts';
import type { Database } from '../db/pool.ts';
import type { FileStorage } from './files.ts';

export interface AppContext {
  config: Config;
  db: Database;
  files: FileStorage;
}
