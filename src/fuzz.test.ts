// Fuzzing generated from the OpenAPI document (issue 13): every route gets malformed requests — garbage path
// parameters, query values of the wrong type, bodies with wrong types, missing or extra fields, NUL bytes, huge or
// nested values, broken JSON, the wrong content type — from every kind of user and from nobody. No answer may be a
// 500, and a refused write (4xx) must commit nothing: a row trigger on every table counts committed row changes.
// Fixed seed, so a failure replays; OCOP_FUZZ_REQUESTS sets the size (10,000 by default).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from './testing/people.ts';

const TOTAL = Number(process.env.OCOP_FUZZ_REQUESTS ?? 10_000);
const SEED = 0x0c0b2026;

const PEOPLE = {
  fuzz_admin: { role: 'admin', unit: null, province: null },
  office: { role: 'province_office', unit: '12', province: '12' },
  commune: { role: 'commune_officer', unit: '03390', province: '12' },
  producer: { role: 'producer', unit: '03390', province: '12' },
  member: { role: 'province_council_member', unit: '12', province: '12' },
  ministry: { role: 'ministry_office', unit: null, province: null },
} as const;
type Who = keyof typeof PEOPLE;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const GARBAGE_TEXT = [
  '',
  ' ',
  'null',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '3.14',
  "' or 1=1 --",
  '%',
  '_',
  '\\',
  'a\u0000b',
  '\u0000',
  '\u200d',
  '👩‍🌾',
  'Tân\u0301 Phong',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  '2026-02-30',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  '12',
  '03390',
  'true',
];
const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });
const GARBAGE_VALUES: (() => unknown)[] = [
  () => pick(GARBAGE_TEXT),
  () => Math.floor(rand() * 2 ** 40) * (rand() < 0.5 ? -1 : 1),
  () => rand() * 1e6,
  () => rand() < 0.5,
  () => null,
  () => [],
  () => [pick(GARBAGE_TEXT), 1, null],
  () => ({}),
  () => ({ [pick(GARBAGE_TEXT)]: pick(GARBAGE_TEXT) }),
  () => nested(60),
  () => Array.from({ length: 2000 }, () => 1),
];
const garbage = () => pick(GARBAGE_VALUES)();

interface Op {
  method: string;
  path: string;
  pathParams: string[];
  query: string[];
  body: Record<string, unknown> | null;
}

/** The documented operations, minus the ones that end the caller's own session. */
function operations(doc: { paths: Record<string, Record<string, OpenApiOp>> }): Op[] {
  const out: Op[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (/\/api\/auth\/(logout|change-password)$/.test(path)) continue;
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const schema = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        body: schema?.properties ?? null,
      });
    }
  }
  return out;
}
interface OpenApiOp {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

function malformed(op: Op): FuzzRequest {
  const url =
    op.path.replace(/\{(\w+)\}/g, () => {
      const v = pick(GARBAGE_TEXT);
      // Sometimes a broken percent-encoding, as a client might send.
      return rand() < 0.1 ? '%E0%A4%A' : encodeURIComponent(v).slice(0, 3000) || '%20';
    }) +
    (op.query.length || rand() < 0.3
      ? '?' +
        [...op.query, 'khong_co']
          .filter(() => rand() < 0.7)
          .map((k) => `${k}=${encodeURIComponent(String(garbage())).slice(0, 3000)}`)
          .join('&')
      : '');
  const headers: Record<string, string> = {};
  if (op.method === 'GET' || op.method === 'DELETE') return { method: op.method, url, headers };
  const shape = rand();
  if (shape < 0.1) {
    headers['content-type'] = pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
    return { method: op.method, url, headers, payload: 'a=1&b=%00' };
  }
  headers['content-type'] = 'application/json';
  if (shape < 0.2) return { method: op.method, url, headers, payload: pick(['{', '{"a":', '[1,', 'nul', '"\u0000"']) };
  if (shape < 0.3) return { method: op.method, url, headers, payload: JSON.stringify(garbage()) };
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(op.body ?? {})) if (rand() < 0.8) body[key] = garbage();
  if (rand() < 0.3) body[pick(GARBAGE_TEXT)] = garbage();
  return { method: op.method, url, headers, payload: JSON.stringify(body) };
}

let s: TestServer;
let people: People<Who>;
const cookieOf: Partial<Record<Who, string>> = {};

/** Counts committed writes to any table but the session and log-in bookkeeping every request may touch. */
async function installWriteCounter() {
  await s.db.pool.query(`
    create table fuzz_writes (n bigint not null);
    insert into fuzz_writes values (0);
    create function fuzz_count() returns trigger language plpgsql as $$
    begin update fuzz_writes set n = n + 1; return null; end $$;
    do $$ declare t text; begin
      for t in select tablename from pg_tables where schemaname = 'public'
        and tablename not in ('fuzz_writes', 'sessions', 'login_attempts') loop
        execute format('create trigger fuzz_count after insert or update or delete on %I
          for each row execute function fuzz_count()', t);
      end loop;
    end $$;`);
}
const writes = async () => Number((await s.db.pool.query('select n from fuzz_writes')).rows[0].n);

beforeAll(async () => {
  s = await startTestServer({ listen: false });
  people = await createPeople(s.app, s.db, PEOPLE);
  for (const who of Object.keys(PEOPLE) as Who[]) {
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: who, password: PEOPLE_PASSWORD },
    });
    const c = r.cookies.find((x) => x.name === 'ocop_session');
    if (c) cookieOf[who] = c.value;
  }
  await installWriteCounter();
}, 120_000);
afterAll(async () => s?.close());

describe('fuzzing every route from the OpenAPI document', () => {
  it(`${TOTAL} malformed requests: no 500, and no refused write commits anything`, { timeout: 600_000 }, async () => {
    const ops = operations(s.app.swagger() as unknown as { paths: Record<string, Record<string, OpenApiOp>> });
    expect(ops.length).toBeGreaterThan(150);
    expect(people.ids.fuzz_admin).toBeTruthy();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const who: (Who | null)[] = [null, ...(Object.keys(PEOPLE) as Who[])];
    for (let i = 0; i < TOTAL && failures.length < 20; i++) {
      const op = ops[i % ops.length]!;
      const req = malformed(op);
      const actor = pick(who);
      const cookie = actor && cookieOf[actor];
      const before = op.method === 'GET' ? 0 : await writes();
      const res = await s.app.inject({
        method: req.method as 'GET',
        url: req.url,
        headers: { ...req.headers, ...(cookie ? { cookie: `ocop_session=${cookie}` } : {}) },
        payload: req.payload,
        remoteAddress: `10.${i % 250}.${(i >> 8) % 250}.1`,
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const line = `#${i} ${actor ?? 'anonymous'} ${req.method} ${req.url.slice(0, 200)} ${String(req.payload ?? '').slice(0, 200)}`;
      if (res.statusCode >= 500) failures.push(`${res.statusCode} ${line}\n  ${res.body.slice(0, 300)}`);
      else if (op.method !== 'GET' && res.statusCode >= 400 && (await writes()) !== before)
        failures.push(`refused with ${res.statusCode} but wrote: ${line}`);
    }
    expect(failures).toEqual([]);
    // The requests reach the routes' checks: most are refused as bad input, not stopped at the door.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(TOTAL / 3);
    console.log('fuzz statuses', Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
  });
});
