// `npm run bench -- autosave`: the members of one council autosaving their draft scorecards of one dossier at the same
// time, over real HTTP against an in-process server and a throw-away embedded PostgreSQL. The draft save of today
// (PUT …/scorecard: one query for the council and the member's seat, the dossier FOR SHARE, no council session) is
// timed against the path it replaced (the dossier FOR UPDATE, the whole session computed and thrown away), which this
// file keeps on a bench-only route, so both run in the same process, on the same data, alternately.
import { systemClock } from '../src/platform/clock.ts';
import { NO_JOBS } from '../src/platform/command-context.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/server.ts';
import { buildApp } from '../src/app.ts';
import type { Db } from '../src/db/pool.ts';
import type { Actor } from '../src/platform/auth/actor.ts';
import { requireUser } from '../src/platform/auth/guard.ts';
import { DiskStorage } from '../src/platform/files.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { allCriteria, findCriterion, getProductSet } from '../src/modules/criteria/index.ts';
import { findScorecard, saveScorecardDraft } from '../src/modules/evaluation/data/council-store.ts';
import { councilDossier } from '../src/modules/evaluation/commands/council-dossier.ts';
import { sheetOf } from '../src/modules/evaluation/commands/council-session.ts';
import { assertCanWrite, type ScorecardInput } from '../src/modules/evaluation/commands/save-scorecard.ts';
import { presentScorecard } from '../src/modules/evaluation/presenters.ts';
import { generateNationalData } from './national-data.ts';

const MEMBERS = 7;
const SAVES_PER_MEMBER = 60;
const ROUNDS = 3;

/** The draft save as it was before issue 8 (audit of a reopened card left out: the bench never reopens one). */
async function previousSaveScorecard(
  db: Db,
  actor: Actor,
  councilId: string,
  dossierId: string,
  input: ScorecardInput,
) {
  return db.transaction(async (tx) => {
    const cd = await councilDossier(tx, actor, councilId, dossierId, { lock: true });
    const existing = await findScorecard(tx, councilId, dossierId, actor.id, { lock: true });
    assertCanWrite(cd, existing?.submittedAt != null);
    const { set } = sheetOf(cd.row);
    if (Object.keys(input.answers).some((code) => !findCriterion(set, code))) throw new Error('unknown criterion');
    const row = await saveScorecardDraft(
      tx,
      { councilId, dossierId, memberId: actor.id, provinceCode: cd.row.provinceCode },
      { answers: input.answers, branch: null, knockouts: null, applies: null },
    );
    return presentScorecard(row);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Statements sent to PostgreSQL (BEGIN and COMMIT included), counted at the driver. */
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

export async function benchAutosave(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-autosave-'));
  const config = { ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1' };
  const prepared = await prepareDatabase(config);
  try {
    const pool = prepared.db.pool;
    await generateNationalData(pool, { producers: 1_000, products: 1_800, dossiers: 2_000 });
    const { id: dossierId, province_code: province } = (
      await pool.query(`select id, province_code from dossiers where set_no = 1 order by id limit 1`)
    ).rows[0] as { id: string; province_code: string };
    const hash = await hashPassword('bench-password-1');
    const names = Array.from({ length: MEMBERS }, (_, i) => `bench.member${i + 1}`);
    await pool.query(
      `insert into users (username, display_name, password_hash, role, unit_code, province_code)
       select u, 'Bench ' || u, $1, 'province_council_member', $2, $2 from unnest($3::text[]) u`,
      [hash, province, names],
    );
    const { id: councilId } = (
      await pool.query(
        `with r as (insert into rounds (province_code, level, year, number, cutoff_on, finish_before)
                  values ($1, 'province', 2026, 2, '2026-10-30', '2026-12-30') returning id)
         insert into councils (round_id, province_code, level, decision_no, decision_date)
         select id, $1, 'province', '99/QĐ-UBND', '2026-11-01' from r returning id`,
        [province],
      )
    ).rows[0] as { id: string };
    await pool.query(
      `insert into council_members (council_id, user_id, province_code, position, agency)
       select $1, id, $2, 'member', 'Sở ' || username from users where username = any($3::text[])`,
      [councilId, province, names],
    );
    await pool.query(
      `update dossiers set council_id = $1, state = 'council_scoring',
       facts = facts || '{"state":"council_scoring"}'::jsonb where id = $2`,
      [councilId, dossierId],
    );

    const app = await buildApp({
      config,
      db: prepared.db,
      files: new DiskStorage(join(dir, 'files')),
      clock: systemClock,
      jobs: NO_JOBS,
    });
    app.put<{ Params: { id: string; dossierId: string }; Body: ScorecardInput }>(
      '/api/bench/previous/councils/:id/dossiers/:dossierId/scorecard',
      { preHandler: requireUser() },
      async (request) =>
        previousSaveScorecard(
          prepared.db.db,
          request.actor!,
          request.params.id,
          request.params.dossierId,
          request.body,
        ),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const cookies: string[] = [];
    for (const username of names) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'bench-password-1' }),
      });
      cookies.push((res.headers.get('set-cookie') ?? '').split(';')[0]!);
    }
    const codes = allCriteria(getProductSet('26-2026', 1)!).map(({ criterion: c }) => c);
    const paths = {
      previous: `/api/bench/previous/councils/${councilId}/dossiers/${dossierId}/scorecard`,
      now: `/api/councils/${councilId}/dossiers/${dossierId}/scorecard`,
    };
    type Path = keyof typeof paths;
    const save = async (path: Path, member: number, i: number) => {
      // A member typing: each save carries a few more answers than the last.
      const answers = Object.fromEntries(
        codes.slice(0, 1 + (i % codes.length)).map((c) => [c.code, c.kind === 'yesno' ? i % 2 === 0 : 0]),
      );
      const t = performance.now();
      const res = await fetch(base + paths[path], {
        method: 'PUT',
        headers: { cookie: cookies[member]!, 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
      await res.text();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      return performance.now() - t;
    };
    /** `members` members at once, each saving `SAVES_PER_MEMBER` times in a row. */
    const run = async (path: Path, members: number) => {
      const t0 = performance.now();
      const before = statements;
      const times = (
        await Promise.all(
          Array.from({ length: members }, async (_, m) => {
            const own: number[] = [];
            for (let i = 0; i < SAVES_PER_MEMBER; i++) own.push(await save(path, m, i));
            return own;
          }),
        )
      )
        .flat()
        .sort((a, b) => a - b);
      const wall = performance.now() - t0;
      return {
        perSecond: times.length / (wall / 1000),
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        statements: (statements - before) / times.length,
      };
    };

    for (const path of ['previous', 'now'] as const) await run(path, MEMBERS); // warm-up
    const results: Record<string, Awaited<ReturnType<typeof run>>[]> = {};
    for (let r = 0; r < ROUNDS; r++) {
      for (const members of [1, MEMBERS]) {
        for (const path of (r % 2 ? ['now', 'previous'] : ['previous', 'now']) as Path[]) {
          (results[`${path}/${members}`] ??= []).push(await run(path, members));
        }
      }
    }
    const summary = (path: Path, members: number) => {
      const rs = results[`${path}/${members}`]!;
      return {
        perSecond: median(rs.map((x) => x.perSecond)),
        p50: median(rs.map((x) => x.p50)),
        p95: median(rs.map((x) => x.p95)),
        statements: median(rs.map((x) => x.statements)),
      };
    };
    console.log(
      `autosave: ${MEMBERS} members of one council, one dossier, ${SAVES_PER_MEMBER} saves each per run, median of ${ROUNDS} alternating runs`,
    );
    for (const members of [1, MEMBERS]) {
      const [p, n] = [summary('previous', members), summary('now', members)];
      for (const [label, x] of [
        ['previous (FOR UPDATE + session)', p],
        ['now (seat in one query, FOR SHARE)', n],
      ] as const) {
        console.log(
          `autosave: ${String(members).padStart(2)} at once, ${label.padEnd(36)} ${x.perSecond.toFixed(0).padStart(5)} saves/s, p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, ${x.statements.toFixed(1)} statements per save`,
        );
      }
      console.log(
        `autosave: ${String(members).padStart(2)} at once, now / previous: throughput ×${(n.perSecond / p.perSecond).toFixed(2)}, p50 ×${(n.p50 / p.p50).toFixed(2)}, p95 ×${(n.p95 / p.p95).toFixed(2)}, statements ×${(n.statements / p.statements).toFixed(2)}`,
      );
    }
    await app.close();
  } finally {
    await prepared.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
