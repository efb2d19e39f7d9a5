// Logged-in users of every kind for HTTP tests: created directly in the database, then logged in through the API.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/pool.ts';
import { hashPassword } from '../platform/auth/passwords.ts';

export interface Person {
  role: string;
  /** 2025 province or commune code; null = national. */
  unit: string | null;
  province: string | null;
}

export const PEOPLE_PASSWORD = 'mat-khau-thu-nghiem';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface CallResult {
  status: number;
  // Tests read arbitrary JSON bodies.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Record<string, unknown>;
  raw: Buffer;
}

export interface People<W extends string> {
  ids: Record<W, string>;
  call(who: W | null, method: Method, url: string, payload?: unknown): Promise<CallResult>;
}

export async function createPeople<W extends string>(
  app: FastifyInstance,
  db: Database,
  people: Record<W, Person>,
): Promise<People<W>> {
  const hash = await hashPassword(PEOPLE_PASSWORD);
  const ids = {} as Record<W, string>;
  const cookies = {} as Record<W, string>;
  for (const [name, p] of Object.entries(people) as [W, Person][]) {
    const r = await db.pool.query(
      `insert into users (username, display_name, password_hash, role, unit_code, province_code) values ($1, $1, $2, $3, $4, $5) returning id`,
      [name, hash, p.role, p.unit, p.province],
    );
    ids[name] = r.rows[0].id;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: name, password: PEOPLE_PASSWORD },
    });
    cookies[name] = login.cookies.find((c) => c.name === 'ocop_session')!.value;
  }
  return {
    ids,
    async call(who, method, url, payload) {
      const res = await app.inject({
        method,
        url,
        payload: payload as never,
        cookies: who ? { ocop_session: cookies[who] } : {},
      });
      const json = (res.headers['content-type'] ?? '').toString().startsWith('application/json');
      return { status: res.statusCode, body: json ? res.json() : null, headers: res.headers, raw: res.rawPayload };
    },
  };
}
