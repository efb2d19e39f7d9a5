// `npm run bench -- verify`: the public verify route and the register search under internet-like load, beside a
// route of the same server that does no work (GET /api/public/ping → {ok:true}, no database), in the same run.
// 20,000 certificates over 20,000 products of all 34 provinces in a throw-away embedded PostgreSQL; the server runs in
// its own process (src/main.ts on that database, rate limits raised); autocannon drives it from this process with
// 200 connections for 10 s per route, after a 5 s warm-up. Goal (issue 9): verify ≥ 50 % of ping's requests/s and
// p99 < 50 ms.
import { systemClock } from '../src/platform/clock.ts';
import { NO_JOBS } from '../src/platform/command-context.ts';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../src/db/free-port.ts';
import { prepareDatabase } from '../src/server.ts';
import { DiskStorage } from '../src/platform/files.ts';
import { publicServices } from '../src/modules/public/index.ts';
import { generateNationalData } from './national-data.ts';

const CERTIFICATES = 20_000;
const CONNECTIONS = 200;
const SECONDS = 10;
const SECRET = 'bench-signing-secret';
const QUERIES = ['mien dong', 'che', 'mat ong', 'gao', 'ca phe', 'nam', 'thao qua', 'ruou', 'sam', 'banh'];

async function startServerProcess(databaseUrl: string, port: number, dataDir: string): Promise<ChildProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    OCOP_DATA_DIR: dataDir,
    OCOP_SIGNING_SECRET: SECRET,
    OCOP_PUBLIC_RATE_LIMIT: '100000000',
    LOG_REQUESTS: '0',
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

/** autocannon over paths taken in turn; requests/s (mean) and latency p99 (ms), and the non-2xx count. */
async function drive(base: string, paths: string[], seconds: number) {
  let i = 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req) => {
          req.path = paths[i++ % paths.length]!;
          return req;
        },
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

export async function benchVerify(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-verify-'));
  const config = { ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1', signingSecret: SECRET };
  const prepared = await prepareDatabase(config);
  let server: ChildProcess | undefined;
  try {
    const t0 = performance.now();
    await generateNationalData(prepared.db.pool, { producers: 10_000, products: CERTIFICATES, dossiers: 0 });
    // One certificate per product, numbered per province as the register numbers them; every tenth expired,
    // every fiftieth revoked.
    await prepared.db.pool.query(
      `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on, status, revoked_on)
       select province_code, id,
         lpad((row_number() over (partition by province_code order by id))::text, 4, '0') || '/GCN-OCOP-' || province_code || '-2026',
         3 + (row_number() over (order by id))::int % 2, 75,
         case when (row_number() over (order by id)) % 10 = 0 then date '2022-03-01' else date '2026-06-01' end,
         case when (row_number() over (order by id)) % 10 = 0 then date '2025-03-01' else date '2029-06-01' end,
         case when (row_number() over (order by id)) % 50 = 0 then 'revoked' else 'valid' end,
         case when (row_number() over (order by id)) % 50 = 0 then date '2026-09-01' end
       from products`,
    );
    await prepared.db.pool.query('analyze');
    console.log(
      `verify: ${CERTIFICATES.toLocaleString('en')} certificates over 20,000 products generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    // Signed codes of 2,000 certificates, made with the same keys the server reads (same database, same secret).
    const svc = publicServices({
      config,
      db: prepared.db,
      files: new DiskStorage(join(dir, 'files')),
      clock: systemClock,
      jobs: NO_JOBS,
    });
    const certs = (
      await prepared.db.pool.query(
        `select number, product_code, product_name, star, issued_on::text, expires_on::text, province_code
         from public_register_entries order by number limit 2000`,
      )
    ).rows;
    const signed: string[] = [];
    for (const c of certs) {
      const url = await svc.certificateQrUrl({
        number: c.number,
        productCode: c.product_code,
        productName: c.product_name,
        star: c.star,
        issuedOn: c.issued_on,
        expiresOn: c.expires_on,
        provinceCode: c.province_code,
      });
      const u = new URL(url);
      signed.push(
        `/api/public/verify?number=${encodeURIComponent(decodeURIComponent(u.pathname.slice(8)))}&${u.search.slice(1)}`,
      );
    }
    const numbers = (await prepared.db.pool.query(`select number from certificates order by random() limit 5000`)).rows;
    const byNumber = numbers.map((r) => `/api/public/verify?number=${encodeURIComponent(r.number)}`);
    const searches = QUERIES.flatMap((q) => [
      `/api/public/register?q=${encodeURIComponent(q)}`,
      `/api/public/register?q=${encodeURIComponent(q)}&star=4`,
    ]);

    const port = await freePort();
    server = await startServerProcess(prepared.url, port, dir);
    const base = `http://127.0.0.1:${port}`;
    const runs: [string, string[]][] = [
      ['GET /api/public/ping (no work, no database)', ['/api/public/ping']],
      ['GET /api/public/verify?number=…&c=… (signed QR code, 2,000 certificates)', signed],
      ['GET /api/public/verify?number=… (number typed, 5,000 certificates)', byNumber],
      ['GET /api/public/register?q=… (search without diacritics, 20 queries)', searches],
    ];
    for (const [name, paths] of runs) {
      const t = performance.now();
      const r = await fetch(base + paths[0]!);
      if (!r.ok) throw new Error(`${name}: ${r.status} ${await r.text()}`);
      console.log(`verify: first ${paths[0]} ${(performance.now() - t).toFixed(1)} ms`);
    }
    const results: { name: string; rps: number; p99: number; non2xx: number; errors: number }[] = [];
    for (const [name, paths] of runs) {
      await drive(base, paths, 5); // warm-up: JIT, pools, the answers kept in memory
      results.push({ name, ...(await drive(base, paths, SECONDS)) });
    }
    const ping = results[0]!.rps;
    console.log(`verify: ${CONNECTIONS} connections, ${SECONDS} s per route, server in its own process`);
    console.log('| route | requests/s | p99 | vs ping | non-2xx |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p99} ms | ${((100 * r.rps) / ping).toFixed(0)} % | ${r.non2xx + r.errors} |`,
      );
    }
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
