import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runningClusterPort } from './embedded.ts';

describe('joining a PostgreSQL already running on the data directory (npm start, then npm run ocop -- demo)', () => {
  const dirs: string[] = [];
  const dirWithPid = (pid: number, port: number | string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-pid-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1795447837\n${port}\n/tmp\n127.0.0.1\n`);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads the port of a live postmaster', () => {
    expect(runningClusterPort(dirWithPid(process.pid, 43029))).toBe(43029);
  });

  it('ignores a stale postmaster.pid left by a crashed cluster', () => {
    expect(runningClusterPort(dirWithPid(2 ** 22 + 12345, 43029))).toBeNull();
  });

  it('ignores a missing or garbled file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-pid-'));
    dirs.push(dir);
    expect(runningClusterPort(dir)).toBeNull();
    expect(runningClusterPort(dirWithPid(process.pid, 'x'))).toBeNull();
  });
});
