// Shared set-up of the public module's tests: the evaluation test server (its people and products), certificates
// written as they stand on paper, and raw calls (HTML pages, PDFs, forms) with or without a session.
import type { FastifyInstance } from 'fastify';
import { PEOPLE_PASSWORD } from '../../testing/people.ts';
import type { EvaluationTestServer, Who } from '../evaluation/evaluation-test-kit.ts';

export async function certify(
  s: EvaluationTestServer,
  o: { product: string; number: string; star: number; on: string; until: string; province?: string; code?: string },
): Promise<string> {
  const c = await s.db.pool.query(
    `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on, product_code)
     values ($1, $2, $3, $4, 80, $5, $6, $7) returning id`,
    [o.province ?? '12', o.product, o.number, o.star, o.on, o.until, o.code ?? null],
  );
  return c.rows[0].id as string;
}

const sessions = new Map<string, string>();

export async function sessionOf(app: FastifyInstance, who: Who): Promise<string> {
  if (!sessions.has(who)) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: who, password: PEOPLE_PASSWORD },
    });
    sessions.set(who, login.cookies.find((c) => c.name === 'ocop_session')!.value);
  }
  return sessions.get(who)!;
}

/** A request as `who` (null: anybody), any body and answer. */
export async function request(
  app: FastifyInstance,
  who: Who | null,
  method: 'GET' | 'POST',
  url: string,
  opts: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  let payload: string | undefined;
  if (opts.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(opts.form).toString();
  } else if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(opts.json);
  }
  const res = await app.inject({
    method,
    url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
    ...(who ? { cookies: { ocop_session: await sessionOf(app, who) } } : {}),
  });
  return res;
}

export const forgetSessions = () => sessions.clear();
