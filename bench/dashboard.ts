// `npm run bench -- dashboard`: GET /api/dashboard at national scale, beside a route of the same server that does no
// work (GET /api/public/ping), in the same run. 10,000 producers, 20,000 products over all 3,321 communes, 20,000
// dossiers in every state (bench/national-data.ts) and one certificate per product issued over three years (so some
// expire within 6 months), every tenth expired, every fiftieth revoked; the server in its own process (src/main.ts on
// that database); autocannon with 10 connections (offices opening their first screen), 3 s warm-up then 10 s per route.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../src/db/free-port.ts';
import { prepareDatabase } from '../src/server.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { generateNationalData } from './national-data.ts';

const CONNECTIONS = 10;
const SECONDS = 10;
const PASSWORD = 'bench-password-1';

async function startServerProcess(databaseUrl: string, port: number, dataDir: string): Promise<ChildProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    OCOP_DATA_DIR: dataDir,
    OCOP_CERTIFICATE_DAILY: '0',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const t0 = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/public/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (performance.now() - t0 > 120_000) throw new Error(`no answer after 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function drive(base: string, path: string, cookie: string, seconds: number) {
  const result = await autocannon({
    url: base + path,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    headers: cookie ? { cookie } : {},
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors,
  };
}

export async function benchDashboard(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-dashboard-'));
  const config = { ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1' };
  const prepared = await prepareDatabase(config);
  let server: ChildProcess | undefined;
  try {
    const t0 = performance.now();
    const pool = prepared.db.pool;
    await generateNationalData(pool, { producers: 10_000, products: 20_000, dossiers: 20_000 });
    await pool.query(
      `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on, status, revoked_on)
       select province_code, id,
         lpad(rn::text, 5, '0') || '/GCN-OCOP-' || province_code || '-bench', 3 + (rn % 3)::int, 75,
         case when rn % 10 = 0 then date '2021-03-01' else date '2023-12-01' + (rn % 900)::int end,
         (case when rn % 10 = 0 then date '2021-03-01' else date '2023-12-01' + (rn % 900)::int end) + interval '36 months',
         case when rn % 50 = 0 then 'revoked' else 'valid' end,
         case when rn % 50 = 0 then date '2026-09-01' end
       from (select id, province_code, row_number() over (order by id) as rn from products) p`,
    );
    // The commune's Art. 7.2 deadline ran out on the dossiers it received: overdue for the dashboard to count.
    await pool.query(
      `update dossiers set facts = facts || '{"communeDueOn":"2026-10-01"}' where state = 'commune_received'`,
    );
    const hash = await hashPassword(PASSWORD);
    await pool.query(
      `insert into users (username, display_name, password_hash, role, unit_code, province_code) values
       ('bench.ministry', 'Bench Ministry office', $1, 'ministry_office', null, null),
       ('bench.province', 'Bench province office', $1, 'province_office', '01', '01')`,
      [hash],
    );
    // As autovacuum leaves a live database: statistics and the visibility map (index-only scans).
    await pool.query('vacuum analyze');
    const counts = (
      await pool.query(
        `select (select count(*) from products)::int products, (select count(*) from certificates)::int certificates,
           (select count(*) from dossiers)::int dossiers`,
      )
    ).rows[0];
    console.log(`dashboard: generated ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const port = await freePort();
    server = await startServerProcess(prepared.url, port, dir);
    const base = `http://127.0.0.1:${port}`;
    const cookieOf = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const ministry = await cookieOf('bench.ministry');
    const province = await cookieOf('bench.province');
    const runs: [string, string, string][] = [
      ['GET /api/public/ping (no work, no database)', '/api/public/ping', ''],
      ['GET /api/dashboard — national (Ministry office)', '/api/dashboard', ministry],
      ['GET /api/dashboard?asOf=2025-06-01 — national, a past date', '/api/dashboard?asOf=2025-06-01', ministry],
      ['GET /api/dashboard — Hà Nội (province office)', '/api/dashboard', province],
    ];
    for (const [name, path, cookie] of runs) {
      const t = performance.now();
      const r = await fetch(base + path, { headers: cookie ? { cookie } : {} });
      const body = await r.text();
      if (!r.ok) throw new Error(`${name}: ${r.status} ${body}`);
      const figures = path.startsWith('/api/dashboard')
        ? (JSON.parse(body) as { products: { total: number }; certificates: { inForce: { total: number } } })
        : null;
      console.log(
        `dashboard: first ${path} ${(performance.now() - t).toFixed(1)} ms, ${(body.length / 1024).toFixed(1)} kB` +
          (figures ? `, ${figures.products.total} products, ${figures.certificates.inForce.total} in force` : ''),
      );
    }
    const results: { name: string; rps: number; p50: number; p99: number; bad: number }[] = [];
    for (const [name, path, cookie] of runs) {
      await drive(base, path, cookie, 3);
      results.push({ name, ...(await drive(base, path, cookie, SECONDS)) });
    }
    const ping = results[0]!.rps;
    console.log(`dashboard: ${CONNECTIONS} connections, ${SECONDS} s per route, server in its own process`);
    console.log('| route | requests/s | p50 | p99 | vs ping | non-2xx |');
    console.log('|---|---|---|---|---|---|');
    for (const r of results)
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${((100 * r.rps) / ping).toFixed(1)} % | ${r.bad} |`,
      );
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGINT');
      await exited;
    }
    await prepared.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
