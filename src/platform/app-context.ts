// What every route plugin is built with: configuration, the database (primary + read replica), the file store, and
// what commands are handed (CommandContext): the clock (the system's; a fixed one in tests and the demo) and the job
// queues (the e-mail queue when OCOP_SMTP_URL is set). It lives below app.ts and every module's routes, so they all
// import it and none imports app.ts (no cycle).
import type { Config } from '../config.ts';
import type { Database } from '../db/pool.ts';
import type { CommandContext } from './command-context.ts';
import type { FileStorage } from './files.ts';

export interface AppContext extends CommandContext {
  config: Config;
  db: Database;
  files: FileStorage;
}
