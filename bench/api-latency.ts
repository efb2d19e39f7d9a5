// p50/p95 latency of list and scoring endpoints over real HTTP, against national-scale data in a throw-away
// embedded PostgreSQL. Sequential requests (one client), after a warm-up, so figures compare run to run.
import { systemClock } from '../src/platform/clock.ts';
import { NO_JOBS } from '../src/platform/command-context.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/server.ts';
import { buildApp } from '../src/app.ts';
import { DiskStorage } from '../src/platform/files.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { getProductSet, allCriteria } from '../src/modules/criteria/index.ts';
import { generateNationalData, type Sizes } from './national-data.ts';

const SIZES: Sizes = { producers: 10_000, products: 18_000, dossiers: 20_000 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-api-'));
  const config = { ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1' };
  const prepared = await prepareDatabase(config);
  try {
    const t0 = performance.now();
    await generateNationalData(prepared.db.pool, SIZES);
    console.log(
      `api: generated ${SIZES.producers} producers, ${SIZES.products} products, ${SIZES.dossiers} dossiers over 3,321 communes in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const hash = await hashPassword('bench-password-1');
    await prepared.db.pool.query(
      `insert into users (username, display_name, password_hash, role, unit_code, province_code) values
       ('bench.province', 'Bench province office', $1, 'province_office', '01', '01'),
       ('bench.national', 'Bench admin', $1, 'admin', null, null),
       ('bench.member', 'Bench council member', $1, 'province_council_member', '01', '01')`,
      [hash],
    );
    // A council of Hà Nội scoring 200 of the generated dossiers, for the scoring screen's own endpoints.
    const { id: council, round_id: roundId } = (
      await prepared.db.pool.query(`
      with r as (insert into rounds (province_code, level, year, number, cutoff_on, finish_before)
                 values ('01', 'province', 2026, 2, '2026-10-30', '2026-12-30') returning id)
      insert into councils (round_id, province_code, level, decision_no, decision_date)
      select id, '01', 'province', '99/QĐ-UBND', '2026-11-01' from r returning id, round_id`)
    ).rows[0] as { id: string; round_id: string };
    await prepared.db.pool.query(
      `update dossiers set round_id = $1 where id in (
      select id from dossiers where province_code = '01' and set_no = 1 limit 200)`,
      [roundId],
    );
    await prepared.db.pool.query(
      `insert into council_members (council_id, user_id, province_code, position, agency)
      select $1, id, '01', 'member', 'Sở Nông nghiệp và Môi trường' from users where username = 'bench.member'`,
      [council],
    );
    const scored = (
      await prepared.db.pool.query(
        `update dossiers set council_id = $1, state = 'council_scoring',
        facts = facts || '{"state":"council_scoring"}'::jsonb
      where round_id = $2 returning id`,
        [council, roundId],
      )
    ).rows.map((r) => r.id as string);
    const app = await buildApp({
      config,
      db: prepared.db,
      files: new DiskStorage(join(dir, 'files')),
      clock: systemClock,
      jobs: NO_JOBS,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const cookieOf = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'bench-password-1' }),
      });
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const province = await cookieOf('bench.province');
    const national = await cookieOf('bench.national');
    const member = await cookieOf('bench.member');
    const set1 = getProductSet('26-2026', 1)!;
    const answers = Object.fromEntries(
      allCriteria(set1).map(({ criterion: c }) => [c.code, c.kind === 'yesno' ? true : 0]),
    );

    const cases: { label: string; cookie: string; url: string; body?: unknown; method?: string }[] = [
      { label: 'producers list, province office (page 1)', cookie: province, url: '/api/producers?limit=50' },
      { label: 'producers search "htx che" (province)', cookie: province, url: '/api/producers?limit=50&q=htx%20che' },
      { label: 'products list, national, set 11', cookie: national, url: '/api/products?limit=50&setNo=11' },
      {
        label: 'products search "mien dong" (national)',
        cookie: national,
        url: '/api/products?limit=50&q=mien%20dong',
      },
      { label: 'scoring screen: criteria sheet of set 1', cookie: province, url: '/api/criteria/26-2026/sets/1' },
      {
        label: 'scoring screen: evaluate a full scorecard',
        cookie: province,
        url: '/api/scoring/evaluate',
        body: { ruleSet: '26-2026', setNo: 1, answers },
      },
    ];
    if (app.hasRoute({ method: 'GET', url: '/api/dossiers' })) {
      const card = `/api/councils/${council}/dossiers/${scored[0]}/scorecard`;
      cases.push(
        { label: 'scoring screen: own scorecard (GET)', cookie: member, url: card },
        {
          label: 'scoring screen: autosave answers (PUT)',
          cookie: member,
          url: card,
          method: 'PUT',
          body: { answers },
        },
        { label: 'scoring screen: members’ cards (GET)', cookie: member, url: `${card}s` },
        { label: 'dossier list, province office (page 1)', cookie: province, url: '/api/dossiers?limit=50' },
        {
          label: 'dossier list, national, state filter',
          cookie: national,
          url: '/api/dossiers?limit=50&state=council_scoring',
        },
        {
          label: 'dossier search "mien dong" (national)',
          cookie: national,
          url: '/api/dossiers?limit=50&q=mien%20dong',
        },
        // The scoring list: the round's dossiers with the member's own progress on each, in one call.
        {
          label: 'scoring list: the round, council member',
          cookie: member,
          url: `/api/dossiers?roundId=${roundId}&limit=200`,
        },
      );
    }
    for (const c of cases) {
      const times: number[] = [];
      let rows: number | null = null;
      for (let i = 0; i < 220; i++) {
        const t = performance.now();
        const res = await fetch(base + c.url, {
          method: c.method ?? (c.body ? 'POST' : 'GET'),
          headers: { cookie: c.cookie, ...(c.body ? { 'content-type': 'application/json' } : {}) },
          body: c.body ? JSON.stringify(c.body) : undefined,
        });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`${c.url}: HTTP ${res.status}`);
        // A list that answers nothing would time nothing: say how many rows each list returned.
        if (i === 0 && text.startsWith('{"items"')) rows = (JSON.parse(text) as { items: unknown[] }).items.length;
        if (i >= 20) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(
        `api: ${c.label.padEnd(44)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (200 requests${rows === null ? '' : `, ${rows} rows`})`,
      );
    }
    await app.close();
  } finally {
    await prepared.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
