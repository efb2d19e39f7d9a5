// `npm run bench`: prints performance figures (never asserted in tests). See bench/README.md for recorded runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getProductSet, allCriteria, scoreMany, type ProductSet } from '../src/modules/criteria/index.ts';
import { getRuleSet } from '../src/modules/reference/index.ts';
import { freePort } from '../src/db/free-port.ts';
import { benchApi } from './api-latency.ts';
import { benchAutosave } from './autosave.ts';
import { benchVerify } from './verify.ts';
import { benchOnboarding } from './onboarding.ts';
import { benchDashboard } from './dashboard.ts';
import { benchReports } from './reports.ts';
import { benchWebLoad } from './web-load.ts';

const only = process.argv[2];

/** Deterministic pseudo-random answers (a fixed LCG seed) so runs are comparable. */
function randomScorecards(set: ProductSet, n: number) {
  let seed = 20260522;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const cards = [];
  for (let i = 0; i < n; i++) {
    const answers: Record<string, number | boolean | null> = {};
    const branch = 1;
    for (const { criterion: c } of allCriteria(set)) {
      if (c.kind === 'yesno') answers[c.code] = rnd() < 0.5;
      else {
        const idx = c.options
          .map((o, j) => [o, j] as const)
          .filter(([o]) => o.branch === undefined || o.branch === branch);
        answers[c.code] = idx[Math.floor(rnd() * idx.length)]![1];
      }
    }
    cards.push(
      set.parts.some((p) => p.sections.some((s) => s.criteria.some((c) => c.branches)))
        ? { answers, branch }
        : { answers },
    );
  }
  return cards;
}

function benchScoring() {
  const bands = getRuleSet('26-2026')!.bands;
  for (const setNo of [1, 26]) {
    const set = getProductSet('26-2026', setNo)!;
    const cards = randomScorecards(set, 10_000);
    scoreMany(set, cards.slice(0, 500), bands); // warm-up
    const t0 = performance.now();
    const results = scoreMany(set, cards, bands);
    const ms = performance.now() - t0;
    console.log(
      `scoring: 10,000 scorecards of set ${setNo} (with blocking + quick wins) in ${ms.toFixed(0)} ms ` +
        `(${(10_000 / (ms / 1000)).toFixed(0)}/s); stars seen: ${[1, 2, 3, 4, 5].map((s) => results.filter((r) => r.star === s).length).join('/')}`,
    );
  }
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  // No DATABASE_URL / PGPORT: the embedded server under dataDir picks a free port (an empty PGPORT would even
  // reach PostgreSQL itself, which reads it).
  const { DATABASE_URL: _u, PGPORT: _p, ...inherited } = process.env;
  const env = { ...inherited, OCOP_DATA_DIR: dataDir, PORT: String(port) };
  // node itself (not npx) so that SIGINT reaches the server's own handler, as Ctrl-C does.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - t0;
      if (performance.now() - t0 > 120_000) throw new Error(`no answer after 120 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    }
  }
}

async function benchColdStart() {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
  try {
    const first = await timeStart(dir);
    const second = await timeStart(dir);
    console.log(
      `start: first run (initdb + migrations + reference data) ${(first / 1000).toFixed(1)} s; second run ${(second / 1000).toFixed(1)} s (until /api/health answers; web build excluded)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  if (!only || only === 'scoring') benchScoring();
  if (!only || only === 'start') await benchColdStart();
  if (!only || only === 'api') await benchApi();
  if (!only || only === 'autosave') await benchAutosave();
  if (!only || only === 'verify') await benchVerify();
  if (!only || only === 'onboarding') await benchOnboarding();
  if (!only || only === 'dashboard') await benchDashboard();
  if (!only || only === 'reports') await benchReports();
  if (!only || only === 'web') await benchWebLoad();
} catch (err) {
  console.error(err);
  process.exit(1);
}
