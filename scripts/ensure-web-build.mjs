#!/usr/bin/env node
// Builds the staff web app (web/ → web/dist) with Vite's JS API, only when the build is missing or older than any of
// its sources (web/src/**, web/index.html, web/vite.config.ts). Run by `npm start` before the server, and by the
// browser tests. Prints one line; exits non-zero when the build fails.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'web');
const distIndex = join(webDir, 'dist', 'index.html');
const configFile = join(webDir, 'vite.config.ts');
// Outside the repository, one per checkout.
const lockDir = join(tmpdir(), `ocop-web-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);

/** Newest modification time (ms) among a file or every file under a directory. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** Why a build is needed, or null when web/dist is up to date. */
export function staleReason() {
  if (!existsSync(distIndex)) return 'web/dist/index.html is missing';
  const built = statSync(distIndex).mtimeMs;
  for (const source of [join(webDir, 'src'), join(webDir, 'index.html'), configFile, join(webDir, 'pwa-plugin.ts')]) {
    if (newest(source) > built) return `${relative(root, source)} changed`;
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One build at a time across processes (parallel test files, two terminals): a lock directory, stale after 5 min. */
async function withLock(fn) {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds web/dist when it is stale. Returns what happened: { built: false } when up to date, else
 * { built: true, ms, reason }. Throws when the build fails.
 */
export async function ensureWebBuild() {
  if (staleReason() === null) return { built: false };
  return withLock(async () => {
    const reason = staleReason(); // another process may have built it while we waited
    if (reason === null) return { built: false };
    const { build } = await import('vite');
    const started = Date.now();
    // Vite decides production vs development from NODE_ENV; under a test runner it is "test", which would bundle
    // React's development build. The app is always built for production.
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile, mode: 'production', logLevel: 'error' });
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
    return { built: true, ms: Date.now() - started, reason };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const result = await ensureWebBuild();
    console.log(
      result.built
        ? `web: built web/dist in ${(result.ms / 1000).toFixed(1)} s (${result.reason})`
        : 'web: web/dist is up to date',
    );
  } catch (err) {
    console.error(`web: build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
