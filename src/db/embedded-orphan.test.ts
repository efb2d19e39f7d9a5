// Issue 13, finding 8: after the node process that started the embedded PostgreSQL dies (kill -9), the next start
// adopts the orphaned cluster and its stop stops it — it used to join it as a guest and leave it running for ever.
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterOwnerAlive, runningClusterPort, startEmbeddedPostgres } from './embedded.ts';

const dir = mkdtempSync(join(tmpdir(), 'ocop-orphan-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an orphaned embedded PostgreSQL', { timeout: 120_000 }, () => {
  it('is adopted by the next start and stopped by its stop', async () => {
    // A process starts the cluster, says so, and is killed without a chance to stop it.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/db/embedded.ts').then(async (m) => { await m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)} }); console.log('up'); setInterval(() => {}, 1000); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => String(d).includes('up') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    expect(clusterOwnerAlive(dir)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const databaseDir = join(dir, 'pg');
    expect(runningClusterPort(databaseDir)).not.toBeNull();
    expect(clusterOwnerAlive(dir)).toBe(false);

    const adopted = await startEmbeddedPostgres({ dataDir: dir });
    expect(clusterOwnerAlive(dir)).toBe(true);
    await adopted.stop();
    expect(runningClusterPort(databaseDir)).toBeNull();
  });
});
